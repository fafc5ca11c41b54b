// The explorer's worker: runs the first view's query and settles its layout, and settles the layouts of
// later views, off the main thread, so that the page can load its code and build its canvas meanwhile.
import type { QueryResponse } from '../../../shared/api';
import type { TextReply } from '../api/client';
import { ApiError, fetchText } from '../api/client';
import { datasetFromGraph } from '../data/utils';
import { createRenderGraph, layoutInputOfSerialized, renderGraphFor } from '../graph/utils';
import { settlesBeforeDrawing } from '../layout/limits';
import { settlePositions } from '../layout/utils';
import type { LoadRequest, WorkerAnswer, WorkerRequest } from './protocol';

const loads = new Map<number, AbortController>();

function answer(message: WorkerAnswer): void {
  const positions = 'positions' in message ? message.positions : null;
  self.postMessage(message, { transfer: positions ? [positions.buffer] : [] });
}

/** Answers larger than this are not read here: their graphs are far too large to settle before drawing. */
const SETTLED_REPLY_MAX_CHARS = 8_000_000;

/** The layout of a query's graph, built into a render graph exactly as the app builds it on an empty
 * canvas; null when it does not settle before drawing (or the answer is not a graph). */
function settleReply(reply: TextReply): Float64Array | null {
  if (reply.status !== 200 || reply.text.length > SETTLED_REPLY_MAX_CHARS) return null;
  let body: QueryResponse;
  try {
    body = JSON.parse(reply.text) as QueryResponse;
  } catch {
    return null;
  }
  if (body.error || !body.graph || !settlesBeforeDrawing(body.graph.nodes.length)) return null;
  const { serialized } = renderGraphFor(createRenderGraph(), datasetFromGraph(body.graph));
  return settlePositions(layoutInputOfSerialized(serialized));
}

async function load(request: LoadRequest): Promise<void> {
  const controller = new AbortController();
  loads.set(request.id, controller);
  try {
    const reply = await fetchText(request.path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: request.body,
      signal: controller.signal,
    });
    const positions = settleReply(reply);
    answer({ type: 'loaded', id: request.id, reply, positions });
  } catch (err) {
    // An abort was asked for by the page, which already stopped waiting.
    if (controller.signal.aborted) return;
    const kind = err instanceof ApiError ? err.kind : 'server-unreachable';
    answer({
      type: 'failed',
      id: request.id,
      message: err instanceof Error ? err.message : String(err),
      kind,
    });
  } finally {
    loads.delete(request.id);
  }
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'settle') {
    answer({ type: 'settled', id: request.id, positions: settlePositions(request.input) });
  } else {
    loads.get(request.id)?.abort();
  }
};

/** The job the worker was started with, in its name (the page's first view), if any. */
function firstJob(name: string): LoadRequest | null {
  if (!name.startsWith('{')) return null;
  try {
    const job = JSON.parse(name) as LoadRequest;
    return job.type === 'load' ? job : null;
  } catch {
    return null;
  }
}

const first = firstJob(self.name);
if (first) void load(first);
