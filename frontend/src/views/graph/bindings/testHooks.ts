// Exposes a few read-only facts about the canvas on `window.__explorer`, for end-to-end tests and the
// benchmark: where a node or edge is drawn on the page, and when the first frame with the graph was
// drawn. Installed with the canvas, removed when it is killed; only in builds made in Vite's mode `e2e`
// (see ../canvas.ts), never in a production build.
import type { Explorer } from '../../../core/explorer';
import type { ExplorerSigma } from '../../../core/graph/types';
import { drawnLabels, type LabelBox } from './labels';

export interface ExplorerTestHooks {
  /** Page coordinates (CSS pixels) of a node's centre, or null when it is not drawn. */
  nodePosition(elementId: string): { x: number; y: number; size: number } | null;
  /** Page coordinates of a point on an edge: its middle, or the point at `along` (0 at the source, 1 at the
   * target). */
  edgePosition(elementId: string, along?: number): { x: number; y: number } | null;
  /** When the first view with at least one node was on screen (performance.now() clock; see
   * ../canvas.ts for how that is told). */
  readonly firstFrameAt: number | null;
  /** The first renders: when each started and how long it took (ms), to see what a load costs. */
  renders: { at: number; ms: number; nodes: number }[];
  layout(): 'idle' | 'running';
  /** The open view's status: idle, loading, ready or error. */
  viewStatus(): string;
  /** Whether the camera is animating. */
  cameraMoving(): boolean;
  /** The camera's zoom ratio (1 at the default view). */
  cameraRatio(): number;
  counts(): { nodes: number; edges: number };
  /** The nodes drawn highlighted in the last frame, and their colours. */
  highlighted(): string[];
  nodeColor(elementId: string): string | null;
  edgeStyle(elementId: string): { color: string; size: number } | null;
  /** The node labels of the last frame, as boxes in the canvas's CSS pixels. */
  labelBoxes(): LabelBox[];
  /** The sigma programs the nodes and the edges are drawn with (discs and lines at first; pictograms and
   * arrowheads once those programs are registered). */
  programs(): { nodes: string[]; edges: string[] };
}

declare global {
  interface Window {
    __explorer?: ExplorerTestHooks;
  }
}

export function bindTestHooks(sigma: ExplorerSigma, explorer: Explorer): () => void {
  const graph = sigma.getGraph();
  const toPage = (point: { x: number; y: number }) => {
    const rect = sigma.getContainer().getBoundingClientRect();
    const viewport = sigma.graphToViewport(point);
    return { x: rect.left + viewport.x, y: rect.top + viewport.y };
  };
  const hooks: ExplorerTestHooks = {
    nodePosition(id) {
      if (!graph.hasNode(id)) return null;
      const display = sigma.getNodeDisplayData(id);
      const attributes = graph.getNodeAttributes(id);
      if (!display || display.hidden) return null;
      return { ...toPage(attributes), size: sigma.scaleSize(display.size) };
    },
    edgePosition(id, along = 0.5) {
      if (!graph.hasEdge(id)) return null;
      const [source, target] = graph.extremities(id).map((n) => graph.getNodeAttributes(n));
      if (!source || !target) return null;
      return toPage({
        x: source.x + (target.x - source.x) * along,
        y: source.y + (target.y - source.y) * along,
      });
    },
    get firstFrameAt() {
      return graph.order > 0 ? explorer.drawn.get() : null;
    },
    renders: [],
    layout: () => explorer.layout.get().type,
    viewStatus: () => explorer.view.get().status.type,
    cameraMoving: () => sigma.getCamera().isAnimated(),
    cameraRatio: () => sigma.getCamera().getState().ratio,
    counts: () => ({ nodes: graph.order, edges: graph.size }),
    highlighted: () =>
      graph.filterNodes((node) => {
        const display = sigma.getNodeDisplayData(node);
        return display !== undefined && !display.hidden && display.highlighted;
      }),
    nodeColor: (id) => (graph.hasNode(id) ? (sigma.getNodeDisplayData(id)?.color ?? null) : null),
    edgeStyle: (id) => {
      const display = graph.hasEdge(id) ? sigma.getEdgeDisplayData(id) : undefined;
      return display ? { color: display.color, size: display.size } : null;
    },
    labelBoxes: () => [...drawnLabels(sigma)],
    programs: () => ({
      nodes: [...new Set(graph.mapNodes((node) => sigma.getNodeDisplayData(node)?.type ?? ''))].sort(),
      edges: [...new Set(graph.mapEdges((edge) => sigma.getEdgeDisplayData(edge)?.type ?? ''))].sort(),
    }),
  };
  let renderStart = 0;
  const onBeforeRender = () => {
    renderStart = performance.now();
  };
  const onRender = () => {
    if (hooks.renders.length < 20) {
      hooks.renders.push({
        at: Math.round(renderStart),
        ms: Math.round(performance.now() - renderStart),
        nodes: graph.order,
      });
    }
  };
  sigma.on('beforeRender', onBeforeRender);
  sigma.on('afterRender', onRender);
  window.__explorer = hooks;
  return () => {
    sigma.off('beforeRender', onBeforeRender);
    sigma.off('afterRender', onRender);
    if (window.__explorer === hooks) delete window.__explorer;
  };
}
