// The sigma event handlers of the app: hover, clicks (./clicks.ts), dragging nodes, and the camera's zoom
// level (for edge labels).
import type { SigmaEvents } from 'sigma/types';
import type { Explorer } from '../../../core/explorer';
import type { ExplorerSigma } from '../../../core/graph/types';
import { bindClicks } from './clicks';

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

  offs.push(bindClicks(sigma, explorer, () => dragMoved));

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
