// The page's first requests: the database's status and the view's query. Light on imports, so the
// page's entry can send them before the app's code has even loaded.
import type { JsonValue, QueryResponse, StatusResponse } from '../../../shared/api';
import { ApiError, fetchStatus, parseReply, readReply, runQuery } from '../api/client';
import { OVERVIEW } from '../api/queries';
import { nextJobId } from '../worker/jobs';
import type { LoadRequest, WorkerAnswer, WorkerRequest } from '../worker/protocol';
import { startExplorerWorker } from '../worker/start';
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
 * The page's first requests: the database's status, and the view's query through a new explorer worker,
 * which also settles the view's layout, so that neither waits for the main thread, busy loading the
 * app. The query travels in the worker's name, so that the worker sends it as soon as it runs: a
 * message posted now would only reach it once the main thread is next free to pass it on. If the worker
 * cannot run, the query goes from here.
 */
export function sendFirstRequests(query: ViewQuery): { requests: StartRequests; worker: Worker | null } {
  const { cypher, params } = viewCypher(query);
  const load: LoadRequest = { type: 'load', id: nextJobId(), cypher, params, rows: wantsRows(query) };
  const worker = startExplorerWorker(JSON.stringify(load));
  const status = handledLater(fetchStatus());
  return { requests: { status, view: worker ? awaitLoad(worker, load) : sendView(query) }, worker };
}

/** The status and the view's query, both from the main thread. */
export function sendStartRequests(query: ViewQuery): StartRequests {
  return { status: handledLater(fetchStatus()), view: sendView(query) };
}

/** The answer to a load the worker was given. */
function awaitLoad(worker: Worker, load: LoadRequest): SentView {
  const controller = new AbortController();
  const { id } = load;
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
      resolve(runQuery(load.cypher, load.params, { signal: controller.signal, rows: load.rows }));
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
  });
  return { response: handledLater(response), controller, layout };
}

/** Marks a promise as handled: its failure is read when the app awaits it, which may be after it fails. */
function handledLater<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}
