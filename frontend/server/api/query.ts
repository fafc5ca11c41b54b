// The query endpoint's pipeline: validate the request, run the guards, read through the Neo4j service,
// convert. Guards are where the read-only layers go (../safety: the statement check, then the EXPLAIN
// query-type and plan check). The READ transaction, the timeout and the row cap are enforced by the
// service for every query.
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import type { JsonValue, QueryError, QueryRequest, QueryResponse } from '../../shared/api';
import { GraphCollector, rowFromRecord } from '../graph/fromRecords';
import type { Neo4jService } from '../neo4j/service';

export const MAX_CYPHER_LENGTH = 20_000;

const JsonValueSchema: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([
    z.null(),
    z.boolean(),
    z.number(),
    z.string(),
    z.array(JsonValueSchema),
    z.record(z.string(), JsonValueSchema),
  ]),
);

export const QueryRequestSchema = z.object({
  cypher: z.string().trim().min(1).max(MAX_CYPHER_LENGTH),
  params: z.record(z.string(), JsonValueSchema).optional(),
  rowCap: z.number().int().positive().optional(),
  rows: z.boolean().optional(),
});

/** A check that may refuse a query before it reaches Neo4j; returns the reason, or null to let it pass. */
export type QueryGuard = (
  request: QueryRequest,
  service: Neo4jService,
) => QueryError | null | Promise<QueryError | null>;

export type ParsedRequest = { ok: true; request: QueryRequest } | { ok: false; error: QueryError };

export function parseQueryRequest(body: unknown): ParsedRequest {
  const parsed = QueryRequestSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
    return {
      ok: false,
      error: {
        code: 'Explorer.BadRequest',
        message: `Expected {"cypher": string, "params"?: object}: ${issue?.message ?? 'invalid'}${where}`,
      },
    };
  }
  return { ok: true, request: parsed.data };
}

/** Runs one validated request and answers in the single QueryResponse shape, whatever happens. */
export async function runQuery(
  service: Neo4jService,
  request: QueryRequest,
  guards: readonly QueryGuard[] = [],
  options: { signal?: AbortSignal } = {},
): Promise<QueryResponse> {
  const empty = { columns: [], rows: [], graph: { nodes: [], relationships: [] } };
  for (const guard of guards) {
    const refusal = await guard(request, service);
    if (refusal) return { status: 'error', ...empty, rowCap: 0, elapsedMs: 0, error: refusal };
  }
  const outcome = await service.read(request.cypher, toDriverParams(request.params ?? {}), {
    rowCap: request.rowCap,
    signal: options.signal,
  });
  const rowCap = Math.min(request.rowCap ?? service.limits.rowCap, service.limits.rowCap);
  if (!outcome.ok) {
    return { status: outcome.status, ...empty, rowCap, elapsedMs: outcome.elapsedMs, error: outcome.error };
  }
  const collector = new GraphCollector();
  const rows: JsonValue[][] = [];
  for (const record of outcome.records) {
    for (const value of record.values()) collector.add(value);
    if (request.rows !== false) rows.push(rowFromRecord(record));
  }
  return {
    status: outcome.status,
    columns: outcome.keys,
    rows,
    graph: collector.toGraph(),
    rowCap,
    elapsedMs: outcome.elapsedMs,
  };
}

/**
 * JSON parameters as the driver should send them. JSON has one number type; Cypher needs integers for
 * LIMIT, SKIP, ranges and id comparisons, so whole numbers are sent as Integers (as Neo4j Browser does).
 */
export function toDriverParams(params: Record<string, JsonValue>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) out[key] = toDriverValue(value);
  return out;
}

function toDriverValue(value: JsonValue): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toDriverValue);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = toDriverValue(item);
    return out;
  }
  return value;
}
