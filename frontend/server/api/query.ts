// The query endpoint's pipeline: validate the request, run the guards, stream the records through the
// Neo4j service into the answer. Guards are where the read-only layers go (../safety: the statement check,
// then the EXPLAIN query-type and plan check). The READ transaction and the timeout are enforced by the
// service; the row cap and the size caps by the answer (../graph/answer.ts), record by record.
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import {
  errorResponse,
  type JsonValue,
  type QueryError,
  type QueryRequest,
  type QueryStatus,
} from '../../shared/api';
import { AnswerBuilder, DEFAULT_ANSWER_CAPS, type AnswerCaps } from '../graph/answer';
import { countRowEvidence } from '../graph/evidence';
import type { Neo4jService } from '../neo4j/service';

export const MAX_CYPHER_LENGTH = 20_000;
/** How deeply a request body may nest (its params are two levels in). */
export const MAX_BODY_DEPTH = 32;
/** Parameters of one query, and JSON values in a whole request body. */
export const MAX_PARAMS = 100;
export const MAX_BODY_VALUES = 10_000;

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

/**
 * Why a parsed JSON body is too deep or too large to validate, or null. Walked with a stack of its own:
 * zod's recursive schema would overflow the call stack on 100,000 nested arrays.
 */
export function checkBodyShape(body: unknown): string | null {
  const stack: { value: unknown; depth: number }[] = [{ value: body, depth: 1 }];
  let count = 0;
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (++count > MAX_BODY_VALUES) return `The request holds more than ${MAX_BODY_VALUES} values`;
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_BODY_DEPTH) return `The request nests deeper than ${MAX_BODY_DEPTH} levels`;
    for (const item of Object.values(value)) stack.push({ value: item, depth: depth + 1 });
  }
  const params = (body as { params?: unknown } | null)?.params;
  if (params !== null && typeof params === 'object' && Object.keys(params).length > MAX_PARAMS) {
    return `A query takes at most ${MAX_PARAMS} parameters`;
  }
  return null;
}

export function parseQueryRequest(body: unknown): ParsedRequest {
  const shape = checkBodyShape(body);
  if (shape) return { ok: false, error: { code: 'Explorer.BadRequest', message: shape } };
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

/** A query's answer: its status (for the HTTP status code) and the QueryResponse as JSON text. */
export interface QueryAnswer {
  status: QueryStatus;
  error?: QueryError;
  json: string;
}

/** The guards' verdict on a request: the refusal's answer, or null to run it. */
export async function guardQuery(
  service: Neo4jService,
  request: QueryRequest,
  guards: readonly QueryGuard[],
): Promise<QueryAnswer | null> {
  for (const guard of guards) {
    const refusal = await guard(request, service);
    if (refusal) return errorAnswer('error', refusal, 0, 0);
  }
  return null;
}

/** Runs one validated (and guarded) request; answers in the single QueryResponse shape, whatever
 * happens. Records become JSON as they arrive, and reading stops at the first cap reached. */
export async function executeQuery(
  service: Neo4jService,
  request: QueryRequest,
  options: { signal?: AbortSignal; caps?: Partial<AnswerCaps> } = {},
): Promise<QueryAnswer> {
  // The server's own queries (the overview) may bring a row cap of their own; the browser's cannot.
  const ceiling = options.caps?.rowCap ?? service.limits.rowCap;
  const rowCap = Math.max(0, Math.min(request.rowCap ?? ceiling, ceiling));
  const caps: AnswerCaps = { ...DEFAULT_ANSWER_CAPS, ...options.caps, rowCap };
  const answer = new AnswerBuilder(caps, request.rows !== false);
  const outcome = await service.stream(
    request.cypher,
    toDriverParams(request.params ?? {}),
    (values) => answer.add(values),
    { signal: options.signal, fetchSize: caps.fetchSize },
  );
  if (!outcome.ok) return errorAnswer(outcome.status, outcome.error, rowCap, outcome.elapsedMs);
  const status: QueryStatus = answer.truncation ? 'truncated' : 'complete';
  // A second, bounded read: how many quotes stand behind each kept row (../graph/evidence.ts).
  const evidence = await countRowEvidence(service, answer.rowElements, options.signal);
  return {
    status,
    json: answer.toJson({ status, columns: outcome.keys, elapsedMs: outcome.elapsedMs, evidence }),
  };
}

/** The answer of a query that ended in `error`. */
export function errorAnswer(
  status: QueryStatus,
  error: QueryError,
  rowCap: number,
  elapsedMs: number,
): QueryAnswer {
  return { status, error, json: JSON.stringify({ ...errorResponse(error), status, rowCap, elapsedMs }) };
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
