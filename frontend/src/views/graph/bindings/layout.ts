// Runs ForceAtlas2 in its web worker while the layout state says `running`. The supervisor writes
// positions into the render graph as it goes, so stopping needs no copy-back; it is killed on stop, when
// the canvas is killed, and when the graph's content is replaced. Large graphs (laid out only by their
// seeded positions) get a few seconds of layout once their first frame is on screen.
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import type { Explorer } from '../../../core/explorer';
import type { ExplorerSigma } from '../../../core/graph/types';
import { startLayout, stopLayout } from '../../../core/layout';
import { SYNC_LAYOUT_NODE_LIMIT } from '../../../core/layout/limits';
import { layoutSettings } from '../../../core/layout/utils';

/** How long the layout runs by itself after a large graph opens. */
export const AUTO_LAYOUT_MS = 6_000;

export function bindLayout(sigma: ExplorerSigma, explorer: Explorer): () => void {
  const graph = explorer.graph;
  let supervisor: FA2LayoutSupervisor | null = null;
  let autoStop: ReturnType<typeof setTimeout> | undefined;

  const kill = () => {
    clearTimeout(autoStop);
    supervisor?.kill();
    supervisor = null;
  };
  const follow = () => {
    const state = explorer.layout.get();
    if (state.type === 'running' && !supervisor && graph.order > 0) {
      sigma.setCustomBBox(null);
      supervisor = new FA2LayoutSupervisor(graph, {
        settings: { ...layoutSettings(graph), barnesHutOptimize: graph.order > 400 },
        getEdgeWeight: 'weight',
      });
      supervisor.start();
    } else if (state.type === 'idle' && supervisor) {
      kill();
    }
  };
  // Read now: once a view is open, the URL is rewritten from the explorer's state (core/url/sync.ts).
  const autoLayout = new URLSearchParams(location.search).get('layout') !== 'off';
  let offDrawn: () => void = () => undefined;
  const runForAWhile = () => {
    startLayout(explorer);
    autoStop = setTimeout(() => stopLayout(explorer), AUTO_LAYOUT_MS);
  };
  const onGraphReplaced = () => {
    offDrawn();
    if (supervisor) {
      kill();
      stopLayout(explorer);
    }
    if (!autoLayout || graph.order <= SYNC_LAYOUT_NODE_LIMIT) return;
    // After the first frame: its seeded positions are what that frame shows anyway, and the layout's
    // worker and its position updates would only delay it.
    if (explorer.drawn.get() !== null) return runForAWhile();
    offDrawn = explorer.drawn.subscribe(() => {
      offDrawn();
      runForAWhile();
    });
  };
  const offLayout = explorer.layout.subscribe(follow);
  const offVersion = explorer.graphVersion.subscribe(onGraphReplaced);
  // The view's data may have arrived before the canvas was created.
  if (graph.order > 0) onGraphReplaced();
  return () => {
    offDrawn();
    offLayout();
    offVersion();
    kill();
  };
}
