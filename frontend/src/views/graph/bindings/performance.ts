// Adapts sigma's costlier features to the size of what is drawn: edge picking, z-ordering and
// hiding edges while the camera moves. A new view's size is applied while the render graph is still
// empty (`explorer.incoming`): changing a setting makes sigma re-process every node and edge it holds.
import type { Explorer } from '../../../core/explorer';
import type { ExplorerSigma } from '../../../core/graph/types';

export const EDGE_EVENTS_EDGE_LIMIT = 20_000;
export const Z_INDEX_NODE_LIMIT = 5_000;

export function bindPerformance(sigma: ExplorerSigma, explorer: Explorer): () => void {
  const apply = (order: number, size: number) => {
    const wanted = {
      enableEdgeEvents: size <= EDGE_EVENTS_EDGE_LIMIT,
      zIndex: order <= Z_INDEX_NODE_LIMIT,
      hideEdgesOnMove: size > 100_000,
    };
    const current = sigma.getSettings();
    if (Object.entries(wanted).some(([key, value]) => current[key as keyof typeof wanted] !== value)) {
      sigma.setSettings(wanted);
    }
  };
  const applyGraph = () => apply(explorer.graph.order, explorer.graph.size);
  applyGraph();
  const offIncoming = explorer.incoming.subscribe(() => {
    const { order, size } = explorer.incoming.get();
    apply(order, size);
  });
  const offVersion = explorer.graphVersion.subscribe(applyGraph);
  return () => {
    offIncoming();
    offVersion();
  };
}
