// The page's first requests: the database's status and the view's query. Light on imports, so the
// page's entry can send them before the app's code has even loaded.
import type { JsonValue, QueryResponse, StatusResponse } from '../../../shared/api';
import { fetchStatus, runQuery } from '../api/client';
import { OVERVIEW } from '../api/queries';
import type { ViewQuery } from './types';

/** A view's query on its way, with what cancels it. */
export interface SentView {
  response: Promise<QueryResponse>;
  controller: AbortController;
}

export interface StartRequests {
  status: Promise<StatusResponse>;
  view: SentView;
}

export function viewCypher(query: ViewQuery): { cypher: string; params: Record<string, JsonValue> } {
  return query.kind === 'overview'
    ? { cypher: OVERVIEW, params: { limit: query.limit } }
    : { cypher: query.cypher, params: query.params };
}

export function sendView(query: ViewQuery): SentView {
  const controller = new AbortController();
  const { cypher, params } = viewCypher(query);
  // The overview is drawn, never tabulated: ask for the graph alone.
  const response = runQuery(cypher, params, { signal: controller.signal, rows: query.kind !== 'overview' });
  return { response: handledLater(response), controller };
}

export function sendStartRequests(query: ViewQuery): StartRequests {
  return { status: handledLater(fetchStatus()), view: sendView(query) };
}

/** Marks a promise as handled: its failure is read when the app awaits it, which may be after it fails. */
function handledLater<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}
