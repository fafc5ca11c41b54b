// The query worker's own code (see queryWorker.ts): a Neo4j service of its own, and for each request from
// the server's thread, the query run through executeQuery and its answer posted back. A cancel message
// aborts the query, which closes its session: Neo4j stops the transaction.
import { parentPort, workerData } from 'node:worker_threads';
import { errorAnswer, executeQuery } from '../api/query';
import { createNeo4jService } from './service';
import type { FromWorker, ToWorker, WorkerSetup } from './queryWorker';

const setup = workerData as WorkerSetup;
const service = createNeo4jService(setup.neo4j, setup.limits);
const running = new Map<number, AbortController>();
const port = parentPort!;

port.on('message', (message: ToWorker) => {
  if (message.type === 'cancel') {
    running.get(message.id)?.abort();
    return;
  }
  const { id, request } = message;
  const caps = { ...setup.caps, ...message.caps };
  const controller = new AbortController();
  running.set(id, controller);
  executeQuery(service, request, { signal: controller.signal, caps })
    .catch((err: unknown) => {
      const text = err instanceof Error ? err.message : String(err);
      return errorAnswer('error', { code: 'Explorer.Error', message: text.split('\n')[0] ?? '' }, 0, 0);
    })
    .then((answer) => port.postMessage({ type: 'answer', id, answer } satisfies FromWorker))
    .finally(() => running.delete(id));
});
