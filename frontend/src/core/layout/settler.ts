// Settles layouts in the explorer's worker; where no worker runs (or it fails), the same computation
// runs on the main thread, so the picture never depends on which ran it.
import { nextJobId } from '../worker/jobs';
import type { WorkerAnswer, WorkerRequest } from '../worker/protocol';
import { startExplorerWorker } from '../worker/start';
import type { LayoutInput } from './types';
import { settlePositions } from './utils';

export interface Settler {
  /** The settled positions for `input`, as [x0, y0, x1, y1, …] in node order. */
  settle(input: LayoutInput): Promise<Float64Array>;
}

export function createSettler(started: Worker | null = startExplorerWorker()): Settler {
  let worker = started;
  const waiting = new Map<number, { input: LayoutInput; resolve: (positions: Float64Array) => void }>();
  const fallBack = () => {
    worker = null;
    for (const { input, resolve } of waiting.values()) resolve(settlePositions(input));
    waiting.clear();
  };
  // Listeners, not handlers: the page's first view (see view/start.ts) listens on the same worker.
  worker?.addEventListener('message', (event: MessageEvent<WorkerAnswer>) => {
    const answer = event.data;
    const job = answer.type === 'settled' ? waiting.get(answer.id) : undefined;
    if (!job || answer.type !== 'settled') return;
    waiting.delete(answer.id);
    job.resolve(answer.positions);
  });
  worker?.addEventListener('error', fallBack);
  return {
    settle(input) {
      if (!worker) return Promise.resolve(settlePositions(input));
      const id = nextJobId();
      const request: WorkerRequest = { type: 'settle', id, input };
      return new Promise((resolve) => {
        waiting.set(id, { input, resolve });
        worker?.postMessage(request);
      });
    },
  };
}
