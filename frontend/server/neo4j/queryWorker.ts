// Runs the explorer's queries in a worker thread with a bounded heap, so that one huge value cannot
// freeze or exhaust the server. The driver decodes a whole record at once, in a loop whose cost grows
// with the square of the record's size: `RETURN range(1, 30000000)` keeps a thread busy for minutes and
// needs gigabytes. In the worker, a query that is not answered in its time (plus a grace period) is
// ended by terminating the worker, and one that exhausts the worker's heap kills only the worker; the
// server's own thread keeps answering, and the next query starts a new worker. Neo4j ends the
// transactions of a terminated worker when its connections close.
import { Worker } from 'node:worker_threads';
import type { Neo4jConfig } from '../../../db/config';
import type { QueryRequest } from '../../shared/api';
import { errorAnswer, type QueryAnswer } from '../api/query';
import type { QueryRunner } from '../api/routes';
import type { AnswerCaps } from '../graph/answer';
import type { ServiceDefaults } from './service';

export interface WorkerSetup {
  neo4j: Neo4jConfig;
  limits: ServiceDefaults;
  caps?: Partial<Omit<AnswerCaps, 'rowCap'>>;
}

export type ToWorker =
  /** `caps`: the server's own caps for this query (the overview's), over the worker's defaults. */
  | { type: 'run'; id: number; request: QueryRequest; caps?: Partial<AnswerCaps> }
  | { type: 'cancel'; id: number };
export type FromWorker = { type: 'answer'; id: number; answer: QueryAnswer };

/** The worker's heap (old generation); answers are capped at 16 MB of JSON, far below it. */
export const WORKER_HEAP_MB = 192;
/** How long past its timeout a query may go unanswered before its worker is terminated. */
const GRACE_MS = 5_000;

interface Pending {
  resolve(answer: QueryAnswer): void;
  timer: ReturnType<typeof setTimeout>;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

// The worker's code is TypeScript: register tsx's loader in the worker, then import it.
const ENTRY = new URL('./queryWorkerMain.ts', import.meta.url).href;
const BOOTSTRAP = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(ENTRY)}); })`;

export function createWorkerRunner(setup: WorkerSetup): { run: QueryRunner; close(): Promise<void> } {
  let slot: Slot | null = null;
  let nextId = 1;

  const finish = (from: Slot, id: number, answer: QueryAnswer) => {
    const pending = from.pending.get(id);
    if (!pending) return;
    from.pending.delete(id);
    clearTimeout(pending.timer);
    pending.resolve(answer);
  };

  /** Ends `from`'s worker; every query it held gets `why` (the one that ran out of time, `first`). */
  const stop = (from: Slot, why: QueryAnswer, first?: { id: number; answer: QueryAnswer }) => {
    if (slot === from) slot = null;
    if (first) finish(from, first.id, first.answer);
    for (const id of [...from.pending.keys()]) finish(from, id, why);
    void from.worker.terminate();
  };

  const start = (): Slot => {
    const worker = new Worker(BOOTSTRAP, {
      eval: true,
      workerData: setup,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 32 },
    });
    const started: Slot = { worker, pending: new Map() };
    worker.on('message', (message: FromWorker) => finish(started, message.id, message.answer));
    worker.on('error', (err: NodeJS.ErrnoException) => {
      stop(started, err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooLarge() : failed(err.message));
    });
    worker.on('exit', () => stop(started, failed('the query worker stopped')));
    worker.unref();
    return started;
  };

  const run: QueryRunner = (request, signal, caps) => {
    const current = (slot ??= start());
    const id = nextId++;
    return new Promise<QueryAnswer>((resolve) => {
      const timer = setTimeout(() => {
        const timeoutMs = setup.limits.timeoutMs;
        stop(current, stoppedWithOther(), { id, answer: timedOut(timeoutMs) });
      }, setup.limits.timeoutMs + GRACE_MS);
      current.pending.set(id, { resolve, timer });
      signal.addEventListener(
        'abort',
        () => current.worker.postMessage({ type: 'cancel', id } satisfies ToWorker),
        {
          once: true,
        },
      );
      current.worker.postMessage({ type: 'run', id, request, caps } satisfies ToWorker);
    });
  };

  return {
    run,
    async close() {
      const current = slot;
      slot = null;
      if (current) {
        for (const id of [...current.pending.keys()]) finish(current, id, failed('the server is stopping'));
        await current.worker.terminate();
      }
    },
  };
}

function timedOut(timeoutMs: number): QueryAnswer {
  return errorAnswer(
    'timed-out',
    {
      code: 'Explorer.QueryTimedOut',
      message: `The query did not finish within ${(timeoutMs / 1000).toFixed(0)} s and was stopped.`,
      hint: 'Narrow it down, for example with a LIMIT, or return smaller values.',
    },
    0,
    0,
  );
}

function tooLarge(): QueryAnswer {
  return errorAnswer(
    'error',
    {
      code: 'Explorer.TooLarge',
      message: 'The answer needed more memory than the explorer allows for queries, and was stopped.',
      hint: 'Return smaller values: a single value of millions of items cannot be shown.',
    },
    0,
    0,
  );
}

function stoppedWithOther(): QueryAnswer {
  return errorAnswer(
    'error',
    {
      code: 'Explorer.Stopped',
      message: 'Another query had to be stopped, and this one with it; run it again.',
    },
    0,
    0,
  );
}

function failed(reason: string): QueryAnswer {
  return errorAnswer('error', { code: 'Explorer.Error', message: `The query failed: ${reason}.` }, 0, 0);
}
