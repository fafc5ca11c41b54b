// Clicks and double clicks on the canvas: a click selects the node or edge under it (an edge also by
// geometry, ./edgePicking.ts) or clears the selection; a double click on a node brings in its neighbours.
// Sigma takes any two clicks within its double-click timeout (300 ms) for a double click, wherever they
// land, so a quick click on one edge and then on another selected nothing and zoomed in. A second click
// away from the first is handled here as a click of its own.
import type { SigmaEvents } from 'sigma/types';
import type { Explorer } from '../../../core/explorer';
import type { ExplorerSigma } from '../../../core/graph/types';
import { clearSelection, selectEdge, selectNode } from '../../../core/selection';
import { expandNode } from '../../../core/view';
import { edgeNear } from './edgePicking';

type Point = { x: number; y: number };

/** How far apart (CSS pixels) the two clicks of a double click may land. */
export const DOUBLE_CLICK_PIXELS = 6;

/** Whether a click at `now` completes a double click begun at `first` (sigma has checked the time). */
export function isDoubleClick(first: Point | null, now: Point): boolean {
  return first !== null && Math.hypot(now.x - first.x, now.y - first.y) <= DOUBLE_CLICK_PIXELS;
}

/** Binds the click handlers; `dragMoved` says whether the click ends a drag. Returns the unbinding. */
export function bindClicks(sigma: ExplorerSigma, explorer: Explorer, dragMoved: () => boolean): () => void {
  let lastClick: Point | null = null;
  /** Remembers where a click landed; true when it lands away from the one before. */
  const landed = (event: Point): boolean => {
    const apart = !isDoubleClick(lastClick, event);
    lastClick = { x: event.x, y: event.y };
    return apart;
  };
  const onNode = (node: string) => {
    if (!dragMoved()) selectNode(explorer, node);
  };
  const onStage = (event: Point) => {
    // Sigma's picking misses thin edges; where it sees none, the geometry may still find one.
    const edge = sigma.getSetting('enableEdgeEvents') ? edgeNear(sigma, event) : null;
    if (edge) selectEdge(explorer, edge);
    else clearSelection(explorer);
  };
  const offs: (() => void)[] = [];
  const on = <E extends keyof SigmaEvents>(event: E, handler: SigmaEvents[E]) => {
    sigma.on(event, handler);
    offs.push(() => sigma.off(event, handler));
  };
  on('clickNode', ({ node, event }) => {
    landed(event);
    onNode(node);
  });
  on('clickEdge', ({ edge, event }) => {
    landed(event);
    selectEdge(explorer, edge);
  });
  on('clickStage', ({ event }) => {
    landed(event);
    onStage(event);
  });
  on('doubleClickNode', (payload) => {
    // Sigma's default would zoom.
    payload.preventSigmaDefault();
    if (landed(payload.event)) onNode(payload.node);
    else void expandNode(explorer, payload.node);
  });
  on('doubleClickEdge', (payload) => {
    if (!landed(payload.event)) return;
    payload.preventSigmaDefault();
    selectEdge(explorer, payload.edge);
  });
  on('doubleClickStage', (payload) => {
    if (!landed(payload.event)) return;
    payload.preventSigmaDefault();
    onStage(payload.event);
  });
  return () => {
    for (const off of offs) off();
  };
}
