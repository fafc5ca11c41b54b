// Starts the explorer's worker (null where workers cannot run). Its own module, light on imports: the
// page's entry starts the worker first thing and sends the first view's query through it.
export function startExplorerWorker(): Worker | null {
  try {
    return new Worker(new URL('./explorer.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}
