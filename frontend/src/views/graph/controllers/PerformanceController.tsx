// Adapts sigma's costlier features to the size of what is drawn: edge picking, z-ordering and
// hiding edges while the camera moves.
import { useEffect } from 'react';
import { useExplorer, useSigma } from '../../../core/context';

export const EDGE_EVENTS_EDGE_LIMIT = 20_000;
export const Z_INDEX_NODE_LIMIT = 5_000;

export function PerformanceController() {
  const sigma = useSigma();
  const explorer = useExplorer();

  useEffect(() => {
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
  }, [sigma, explorer]);

  return null;
}
