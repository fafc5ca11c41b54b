// Deterministic layout: seeded positions from each node's stable key, then (for graphs small enough to
// do it without a noticeable pause) a fixed number of synchronous ForceAtlas2 iterations. The same data
// always gives the same picture, which keeps screenshots and shared links stable.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import type { RenderGraph } from '../graph/types';

/** Graphs up to this many nodes are laid out synchronously before their first frame. */
export const SYNC_LAYOUT_NODE_LIMIT = 1_500;

/** FNV-1a, 32 bits. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a small, good-enough seeded generator. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A position in the unit disc (uniform by area) determined by `key` alone. */
export function seededPosition(key: string): { x: number; y: number } {
  const random = seededRandom(hashString(key));
  const r = Math.sqrt(random()) * 100;
  const angle = random() * 2 * Math.PI;
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}

export function layoutSettings(graph: RenderGraph): ForceAtlas2Settings {
  return {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order > 400,
    edgeWeightInfluence: 1,
    gravity: 1,
    scalingRatio: 10,
    slowDown: 2,
  };
}

/** Runs the deterministic synchronous layout when the graph is small enough; returns whether it did. */
export function settleLayout(graph: RenderGraph): boolean {
  if (graph.order === 0 || graph.order > SYNC_LAYOUT_NODE_LIMIT) return false;
  const iterations = Math.round(Math.min(150, Math.max(40, 30_000 / graph.order)));
  forceAtlas2.assign(graph, { iterations, settings: layoutSettings(graph), getEdgeWeight: 'weight' });
  return true;
}

/** Seeds every node's position afresh from its key, then settles: the layout a view first opened with. */
export function resetLayout(graph: RenderGraph): void {
  graph.updateEachNodeAttributes(
    (_node, attributes) => {
      const { x, y } = seededPosition(attributes.seedKey);
      attributes.x = x;
      attributes.y = y;
      return attributes;
    },
    { attributes: ['x', 'y'] },
  );
  settleLayout(graph);
}
