// Sigma only listens to window resizes; the canvas also changes size when panels open and close. Sigma
// is told only of real changes: the observer also reports the size it starts with, and a redraw of a
// large graph for nothing is costly.
import type { ExplorerSigma } from '../../../core/graph/types';

export function bindResize(sigma: ExplorerSigma): () => void {
  const observer = new ResizeObserver(() => {
    const before = sigma.getDimensions();
    sigma.resize();
    const after = sigma.getDimensions();
    if (after.width !== before.width || after.height !== before.height) {
      sigma.refresh({ skipIndexation: true });
    }
  });
  observer.observe(sigma.getContainer());
  return () => observer.disconnect();
}
