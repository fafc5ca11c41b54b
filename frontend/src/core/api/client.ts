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

async function call<T>(path: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError('The explorer server is not answering.', 'server-unreachable');
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`The explorer server answered ${response.status} without JSON.`, 'bad-response');
  }
  if (response.status === 503) {
    const detail = (body as QueryResponse).error;
    throw new ApiError(detail?.message ?? 'Neo4j cannot be reached.', 'neo4j-unreachable', detail);
  }
  return body as T;
}

export function fetchStatus(signal?: AbortSignal): Promise<StatusResponse> {
  return call<StatusResponse>('/api/status', { method: 'GET', signal });
}

export function runQuery(
  cypher: string,
  params: Record<string, JsonValue> = {},
  options: { signal?: AbortSignal; rowCap?: number; rows?: boolean } = {},
): Promise<QueryResponse> {
  return call<QueryResponse>('/api/query', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ cypher, params, rowCap: options.rowCap, rows: options.rows }),
    signal: options.signal,
  });
}
