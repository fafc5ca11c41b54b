// The page's first requests: the database's status and the view's query. Light on imports, so the
// page's entry can send them before the app's code has even loaded.
import type { QueryResponse, StatusResponse } from '../../../shared/api';
import { OVERVIEW_ROW_CAP, type OverviewRequest } from '../../../shared/overview';
import { ApiError, fetchStatus, fetchText, parseReply, readReply } from '../api/client';
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

/** A view's request: a page of the overview (the server holds its Cypher), or a query. */
export interface ViewRequest {
  path: string;
  body: string;
}

export function viewRequest(query: ViewQuery): ViewRequest {
  if (query.kind === 'overview') {
    const page: OverviewRequest = { skip: 0, limit: Math.min(query.limit, OVERVIEW_ROW_CAP) };
    return { path: '/api/overview', body: JSON.stringify(page) };
  }
  // A query's rows go to the table; the overview is drawn, never tabulated.
  return {
    path: '/api/query',
    body: JSON.stringify({ cypher: query.cypher, params: query.params, rows: true }),
  };
}

/** Sends a view's request. */
export async function fetchView(request: ViewRequest, signal?: AbortSignal): Promise<QueryResponse> {
  const init: RequestInit = {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: request.body,
    signal,
  };
  return readReply<QueryResponse>(parseReply(await fetchText(request.path, init)));
}

export function sendView(query: ViewQuery): SentView {
  const controller = new AbortController();
  const response = fetchView(viewRequest(query), controller.signal);
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
  const load: LoadRequest = { type: 'load', id: nextJobId(), ...viewRequest(query) };
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
      resolve(fetchView(load, controller.signal));
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
