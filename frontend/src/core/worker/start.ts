// Starts the explorer's worker (null where workers cannot run). Its own module, light on imports: the
// page's entry starts the worker first thing. `name` may carry the worker's first job (see
// explorer.worker.ts).
export function startExplorerWorker(name = 'explorer'): Worker | null {
  try {
    return new Worker(new URL('./explorer.worker.ts', import.meta.url), { type: 'module', name });
  } catch {
    return null;
  }
}
