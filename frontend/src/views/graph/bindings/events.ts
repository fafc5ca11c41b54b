// Every sigma event handler of the app, in one place: hover, click and double-click on nodes and edges,
// dragging nodes, and the camera's zoom level (for edge labels).
import type { SigmaEvents } from 'sigma/types';
import type { Explorer } from '../../../core/explorer';
import type { ExplorerSigma } from '../../../core/graph/types';
import { clearSelection, selectEdge, selectNode } from '../../../core/selection';
import { expandNode } from '../../../core/view';
import { edgeNear } from './edgePicking';

/** Below this camera ratio, relationship types are written on the edges. */
export const EDGE_LABEL_RATIO = 0.5;

export function bindEvents(sigma: ExplorerSigma, explorer: Explorer): () => void {
  const graph = sigma.getGraph();
  const container = sigma.getContainer();
  const camera = sigma.getCamera();
  let dragged: string | null = null;
  let dragMoved = false;

  const offs: (() => void)[] = [];
  const on = <E extends keyof SigmaEvents>(event: E, handler: SigmaEvents[E]) => {
    sigma.on(event, handler);
    offs.push(() => sigma.off(event, handler));
  };

  const setCursor = (cursor: string) => {
    container.style.cursor = cursor;
  };

  on('enterNode', ({ node }) => {
    explorer.hovered.set(node);
    if (!dragged) setCursor('pointer');
  });
  on('leaveNode', () => {
    explorer.hovered.set(null);
    if (!dragged) setCursor('');
  });
  on('enterEdge', () => setCursor('pointer'));
  on('leaveEdge', () => setCursor(''));

  on('clickNode', ({ node }) => {
    if (dragMoved) return;
    selectNode(explorer, node);
  });
  on('clickEdge', ({ edge }) => selectEdge(explorer, edge));
  on('clickStage', ({ event }) => {
    // Sigma's picking misses thin edges; where it sees none, the geometry may still find one.
    const edge = sigma.getSetting('enableEdgeEvents') ? edgeNear(sigma, event) : null;
    if (edge) selectEdge(explorer, edge);
    else clearSelection(explorer);
  });
  on('doubleClickNode', (payload) => {
    // Double-click on a node expands it; sigma's default would zoom.
    payload.preventSigmaDefault();
    void expandNode(explorer, payload.node);
  });

  // Dragging: the node follows the pointer and is held still by the layout meanwhile.
  on('downNode', ({ node }) => {
    dragged = node;
    dragMoved = false;
    graph.setNodeAttribute(node, 'fixed', true);
    setCursor('grabbing');
  });
  on('moveBody', ({ event }) => {
    if (!dragged) return;
    // Hold the framing while a node moves (a plain click leaves it alone).
    if (!sigma.getCustomBBox()) sigma.setCustomBBox(sigma.getBBox());
    const position = sigma.viewportToGraph(event);
    graph.mergeNodeAttributes(dragged, { x: position.x, y: position.y });
    dragMoved = true;
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  const endDrag = () => {
    if (!dragged) return;
    if (graph.hasNode(dragged)) graph.removeNodeAttribute(dragged, 'fixed');
    dragged = null;
    setCursor('');
    // The click that ends a drag must not also select: clear the flag after sigma's click event.
    setTimeout(() => {
      dragMoved = false;
    }, 0);
  };
  on('upNode', endDrag);
  on('upStage', endDrag);

  const onCamera = () => {
    explorer.zoomedIn.set(camera.getState().ratio < EDGE_LABEL_RATIO);
  };
  camera.on('updated', onCamera);
  onCamera();

  return () => {
    for (const off of offs) off();
    camera.off('updated', onCamera);
  };
}
