// Selection actions. Selecting with `focus` also asks the camera to centre on the node.
import type { Explorer } from '../explorer';

export function selectNode(explorer: Explorer, id: string, options: { focus?: boolean } = {}): void {
  explorer.selection.set({ type: 'node', id });
  if (options.focus) requestFocus(explorer, id);
}

export function selectEdge(explorer: Explorer, id: string): void {
  explorer.selection.set({ type: 'edge', id });
}

export function clearSelection(explorer: Explorer): void {
  explorer.selection.set(null);
}

export function requestFocus(explorer: Explorer, node: string): void {
  explorer.focus.set((previous) => ({ node, seq: (previous?.seq ?? 0) + 1 }));
}
