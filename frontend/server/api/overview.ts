// POST /api/overview {skip, limit}: one page of the overview, the first view a page draws. The server
// owns its Cypher (../../shared/overview.ts), so its row cap (OVERVIEW_ROW_CAP, far above the query API's)
// and its byte cap apply to that query alone. It takes the same way as any query (the concurrency gate,
// the read-only guards, the worker with its bounded heap, the READ transaction and its timeout), and one
// overview runs at a time, so that the server holds at most one answer of this size.
import { z } from 'zod';
import type { QueryRequest } from '../../shared/api';
import {
  OVERVIEW_MAX_BYTES,
  OVERVIEW_MAX_SKIP,
  OVERVIEW_ROW_CAP,
  overviewCypher,
  type OverviewRequest,
} from '../../shared/overview';
import type { AnswerCaps } from '../graph/answer';
import { QueryGate } from './gate';

export const MAX_OVERVIEW_BODY_BYTES = 1024;

/** Records of the overview read from Neo4j at a time: 50,000 rows in batches of 20 (the service's
 * default) would wait on 2,500 round trips. A record holds one node, and an Article node holds its whole
 * text (up to 128 KB, ingest/article/read.ts), and the best-connected articles come first: a batch of 100
 * holds at most about 13 MB of them, where one of 1,000 could hold 128 MB. */
export const OVERVIEW_FETCH_SIZE = 100;

const OverviewRequestSchema = z
  .object({
    skip: z.number().int().min(0).max(OVERVIEW_MAX_SKIP).default(0),
    limit: z.number().int().min(1).max(OVERVIEW_ROW_CAP),
  })
  .strict();

export type ParsedOverview = { ok: true; page: OverviewRequest } | { ok: false; message: string };

export function parseOverviewRequest(body: unknown): ParsedOverview {
  const parsed = OverviewRequestSchema.safeParse(body);
  if (parsed.success) return { ok: true, page: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
  return {
    ok: false,
    message: `Expected {"skip"?: 0 to ${OVERVIEW_MAX_SKIP}, "limit": 1 to ${OVERVIEW_ROW_CAP}}: ${issue?.message ?? 'invalid'}${where}`,
  };
}

/** The query of one page, with the caps it runs under. */
export function overviewQuery(page: OverviewRequest): { request: QueryRequest; caps: Partial<AnswerCaps> } {
  const { cypher, params } = overviewCypher(page);
  return {
    request: { cypher, params, rows: false },
    caps: {
      rowCap: page.limit,
      maxBytes: OVERVIEW_MAX_BYTES,
      openEnds: page.skip > 0,
      fetchSize: OVERVIEW_FETCH_SIZE,
    },
  };
}

/** One overview at a time; a few more may wait (beyond that, 503 Explorer.Busy). */
export function createOverviewGate(): QueryGate {
  return new QueryGate({ running: 1, queued: 4 });
}
