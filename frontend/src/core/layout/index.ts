// Layout actions. The worker itself is owned by the canvas's layout binding, which follows
// this state: `running` spawns it, `idle` stops and kills it (positions are already written back).
import type { Explorer } from '../explorer';
import { resetLayout } from './utils';

export function startLayout(explorer: Explorer): void {
  if (explorer.graph.order === 0) return;
  explorer.layout.set({ type: 'running', startedAt: performance.now() });
}

export function stopLayout(explorer: Explorer): void {
  explorer.layout.set({ type: 'idle' });
}

/** Back to the deterministic layout the view opened with. */
export function resetToInitialLayout(explorer: Explorer): void {
  stopLayout(explorer);
  resetLayout(explorer.graph);
  explorer.graphVersion.set((v) => v + 1);
}
