// Adapts sigma's costlier features to the size of what is drawn: edge picking, z-ordering and
// hiding edges while the camera moves.
import type { Explorer } from '../../../core/explorer';
import type { ExplorerSigma } from '../../../core/graph/types';

export const EDGE_EVENTS_EDGE_LIMIT = 20_000;
export const Z_INDEX_NODE_LIMIT = 5_000;

export function bindPerformance(sigma: ExplorerSigma, explorer: Explorer): () => void {
  const apply = () => {
    const { order, size } = explorer.graph;
    const wanted = {
      enableEdgeEvents: size <= EDGE_EVENTS_EDGE_LIMIT,
      zIndex: order <= Z_INDEX_NODE_LIMIT,
      hideEdgesOnMove: size > 100_000,
    };
    // Changing a setting re-processes the whole graph: only do it when one differs.
    const current = sigma.getSettings();
    if (Object.entries(wanted).some(([key, value]) => current[key as keyof typeof wanted] !== value)) {
      sigma.setSettings(wanted);
    }
  };
  apply();
  return explorer.graphVersion.subscribe(apply);
}
