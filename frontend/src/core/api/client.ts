// The browser's only way to Neo4j: the explorer server's JSON API. No credentials here.
import type { JsonValue, QueryError, QueryResponse, StatusResponse } from '../../../shared/api';

/** The API could not give an answer at all (server down, or Neo4j unreachable behind it). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly kind: 'server-unreachable' | 'neo4j-unreachable' | 'bad-response',
    readonly detail?: QueryError,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** An HTTP answer, its body as text. */
export interface TextReply {
  status: number;
  text: string;
}

/** An HTTP answer with a JSON body, before it is read as the API's answer. */
export interface JsonReply {
  status: number;
  body: unknown;
}

/** Sends a request and reads its body as text; an abort passes through as the DOMException it is. */
export async function fetchText(path: string, init: RequestInit): Promise<TextReply> {
  try {
    const response = await fetch(path, init);
    return { status: response.status, text: await response.text() };
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError('The explorer server is not answering.', 'server-unreachable');
  }
}

export function parseReply(reply: TextReply): JsonReply {
  try {
    return { status: reply.status, body: JSON.parse(reply.text) as unknown };
  } catch {
    throw new ApiError(`The explorer server answered ${reply.status} without JSON.`, 'bad-response');
  }
}

/**
 * The API's answer in a reply; a 503 that says Neo4j is unreachable becomes an ApiError. A 503 of the
 * explorer's own (Explorer.Busy: too many queries at once) is an answer like any refusal, not an outage.
 */
export function readReply<T>(reply: JsonReply): T {
  const detail = (reply.body as QueryResponse | null)?.error;
  if (reply.status === 503 && !detail?.code.startsWith('Explorer.')) {
    throw new ApiError(detail?.message ?? 'Neo4j cannot be reached.', 'neo4j-unreachable', detail);
  }
  return reply.body as T;
}

async function call<T>(path: string, init: RequestInit): Promise<T> {
  return readReply<T>(parseReply(await fetchText(path, init)));
}

/** The request that runs a query, as runQuery sends it. */
export function queryRequest(
  cypher: string,
  params: Record<string, JsonValue> = {},
  options: { signal?: AbortSignal; rowCap?: number; rows?: boolean } = {},
): RequestInit {
  return {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ cypher, params, rowCap: options.rowCap, rows: options.rows }),
    signal: options.signal,
  };
}

export function fetchStatus(signal?: AbortSignal): Promise<StatusResponse> {
  return call<StatusResponse>('/api/status', { method: 'GET', signal });
}

export function runQuery(
  cypher: string,
  params: Record<string, JsonValue> = {},
  options: { signal?: AbortSignal; rowCap?: number; rows?: boolean } = {},
): Promise<QueryResponse> {
  return call<QueryResponse>('/api/query', queryRequest(cypher, params, options));
}
