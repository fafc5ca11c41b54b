// The page's first requests: the database's status and the view's query. Light on imports, so the
// page's entry can send them before the app's code has even loaded.
import type { JsonValue, QueryResponse, StatusResponse } from '../../../shared/api';
import { ApiError, fetchStatus, parseReply, readReply, runQuery } from '../api/client';
import { OVERVIEW } from '../api/queries';
import { nextJobId } from '../worker/jobs';
import type { WorkerAnswer, WorkerRequest } from '../worker/protocol';
import type { ViewQuery } from './types';

/** A view's query on its way, with what cancels it. */
export interface SentView {
  response: Promise<QueryResponse>;
  controller: AbortController;
  /** Its layout, settled by the worker that ran the query: the positions of its render graph built on
   * an empty canvas, or null when it does not settle before drawing. */
  layout?: Promise<Float64Array | null>;
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

/** The overview is drawn, never tabulated: it asks for the graph alone. */
function wantsRows(query: ViewQuery): boolean {
  return query.kind !== 'overview';
}

export function sendView(query: ViewQuery): SentView {
  const controller = new AbortController();
  const { cypher, params } = viewCypher(query);
  const response = runQuery(cypher, params, { signal: controller.signal, rows: wantsRows(query) });
  return { response: handledLater(response), controller };
}

/**
 * Sends the view's query through the explorer's worker, which also settles its layout: neither waits
 * for the main thread, busy loading the app. If the worker cannot run, the query goes from here.
 */
export function sendViewInWorker(worker: Worker, query: ViewQuery): SentView {
  const controller = new AbortController();
  const id = nextJobId();
  const { cypher, params } = viewCypher(query);
  let settle: (positions: Float64Array | null) => void = () => undefined;
  const layout = new Promise<Float64Array | null>((resolve) => (settle = resolve));
  const response = new Promise<QueryResponse>((resolve, reject) => {
    const finish = () => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      controller.signal.removeEventListener('abort', onAbort);
    };
    const onMessage = (event: MessageEvent<WorkerAnswer>) => {
      const answer = event.data;
      if (answer.id !== id || (answer.type !== 'loaded' && answer.type !== 'failed')) return;
      finish();
      if (answer.type === 'failed') {
        settle(null);
        reject(new ApiError(answer.message, answer.kind));
        return;
      }
      settle(answer.positions);
      try {
        resolve(readReply<QueryResponse>(parseReply(answer.reply)));
      } catch (err) {
        reject(err);
      }
    };
    const onError = () => {
      finish();
      settle(null);
      resolve(runQuery(cypher, params, { signal: controller.signal, rows: wantsRows(query) }));
    };
    const onAbort = () => {
      finish();
      settle(null);
      const request: WorkerRequest = { type: 'abort', id };
      worker.postMessage(request);
      reject(new DOMException('The view was replaced.', 'AbortError'));
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    controller.signal.addEventListener('abort', onAbort);
    const request: WorkerRequest = { type: 'load', id, cypher, params, rows: wantsRows(query) };
    worker.postMessage(request);
  });
  return { response: handledLater(response), controller, layout };
}

/** The status and the view's query (through the worker when there is one). */
export function sendStartRequests(query: ViewQuery, worker: Worker | null = null): StartRequests {
  return {
    status: handledLater(fetchStatus()),
    view: worker ? sendViewInWorker(worker, query) : sendView(query),
  };
}

/** Marks a promise as handled: its failure is read when the app awaits it, which may be after it fails. */
function handledLater<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}
