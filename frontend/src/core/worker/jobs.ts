// Job ids for the explorer's worker, one sequence for the whole page (the entry's loads and the app's
// layouts share the worker).
let next = 0;

export function nextJobId(): number {
  return next++;
}
