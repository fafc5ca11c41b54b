// Finds the edge under a point by geometry. Sigma picks edges in a picking buffer drawn at half the
// canvas's resolution (or less), where a line about a pixel wide often covers no pixel at all: a click on
// the middle of such an edge found nothing. A click that sigma gives to the stage is checked here against
// every drawn edge's segment on screen.
import type { ExplorerSigma } from '../../../core/graph/types';

/** How far from a line a click still hits it, in CSS pixels. */
export const EDGE_HIT_PIXELS = 4;

/** The drawn edge whose segment passes nearest to `point` (viewport pixels), within reach; else null. */
export function edgeNear(sigma: ExplorerSigma, point: { x: number; y: number }): string | null {
  const graph = sigma.getGraph();
  const onScreen = new Map<string, { x: number; y: number }>();
  const place = (node: string) => {
    let at = onScreen.get(node);
    if (!at) {
      at = sigma.graphToViewport(graph.getNodeAttributes(node));
      onScreen.set(node, at);
    }
    return at;
  };
  let best: string | null = null;
  let bestDistance = Infinity;
  graph.forEachEdge((edge, _attributes, source, target) => {
    const display = sigma.getEdgeDisplayData(edge);
    if (!display || display.hidden || source === target) return;
    const reach = Math.max(EDGE_HIT_PIXELS, sigma.scaleSize(display.size) / 2);
    const distance = segmentDistance(point, place(source), place(target));
    if (distance <= reach && distance < bestDistance) {
      best = edge;
      bestDistance = distance;
    }
  });
  return best;
}

/** Distance from `p` to the segment from `a` to `b`. */
export function segmentDistance(
  p: { x: number; y: number },
  a: { x: number; y: number },
  b: { x: number; y: number },
): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}
