// Deterministic layout: seeded positions from each node's stable key, then (for graphs small enough,
// see limits.ts) a fixed number of ForceAtlas2 iterations, in the layout worker or on the main thread.
// The same data always gives the same picture, which keeps screenshots and shared links stable.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import type { RenderGraph } from '../graph/types';
import { settlesBeforeDrawing } from './limits';
import type { LayoutInput } from './types';

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

export function layoutSettings(graph: Graph): ForceAtlas2Settings {
  return {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order > 400,
    edgeWeightInfluence: 1,
    gravity: 1,
    scalingRatio: 10,
    slowDown: 2,
  };
}

/** The settled positions for `input`, as [x0, y0, x1, y1, …] in the caller's node order. Pure and
 * deterministic: the layout worker and the main thread get the same picture from the same input, and
 * the same graph gives the same picture whatever order it came in. */
export function settlePositions(input: LayoutInput): Float64Array {
  const count = input.x.length;
  const graph = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  for (let i = 0; i < count; i++) graph.addNode(i, { x: input.x[i], y: input.y[i] });
  for (let e = 0; e < input.sources.length; e++) {
    graph.addEdge(input.sources[e], input.targets[e], { weight: input.weights[e] });
  }
  const iterations = Math.round(Math.min(150, Math.max(40, 30_000 / count)));
  const positions = forceAtlas2(graph, {
    iterations,
    settings: layoutSettings(graph),
    getEdgeWeight: 'weight',
  });
  const out = new Float64Array(count * 2);
  for (let i = 0; i < count; i++) {
    const p = positions[i] as { x: number; y: number };
    const at = input.order[i] as number;
    out[2 * at] = p.x;
    out[2 * at + 1] = p.y;
  }
  return out;
}

/** A layout node: its key in the graph, the key its position is seeded from (its domain id when it has
 * one), and where it is. */
export interface LayoutNode {
  key: string;
  seedKey: string;
  x: number;
  y: number;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** What the layout reads from a graph, in the layout's own order: nodes by seed key (then key), edges by
 * their ends' places in that order, then weight. Edges that compare equal are interchangeable. */
export function layoutInputOf(
  nodes: readonly LayoutNode[],
  edges: readonly { source: string; target: string; weight: number }[],
): LayoutInput {
  const sorted = nodes.map((node, at) => ({ node, at }));
  sorted.sort((a, b) => byText(a.node.seedKey, b.node.seedKey) || byText(a.node.key, b.node.key));
  const index = new Map<string, number>();
  const order = new Uint32Array(nodes.length);
  const x = new Float64Array(nodes.length);
  const y = new Float64Array(nodes.length);
  sorted.forEach(({ node, at }, i) => {
    index.set(node.key, i);
    order[i] = at;
    x[i] = node.x;
    y[i] = node.y;
  });
  const ends = edges.map((edge) => ({
    source: index.get(edge.source) as number,
    target: index.get(edge.target) as number,
    weight: edge.weight,
  }));
  ends.sort((a, b) => a.source - b.source || a.target - b.target || a.weight - b.weight);
  const sources = new Uint32Array(ends.length);
  const targets = new Uint32Array(ends.length);
  const weights = new Float64Array(ends.length);
  ends.forEach((edge, e) => {
    sources[e] = edge.source;
    targets[e] = edge.target;
    weights[e] = edge.weight;
  });
  return { order, x, y, sources, targets, weights };
}

/** Runs the deterministic layout on the render graph when it is small enough; returns whether it did. */
export function settleLayout(graph: RenderGraph): boolean {
  if (!settlesBeforeDrawing(graph.order)) return false;
  const nodes = graph.mapNodes((key, a) => ({ key, seedKey: a.seedKey, x: a.x, y: a.y }));
  const edges = graph.mapEdges((_key, a, source, target) => ({ source, target, weight: a.weight }));
  const positions = settlePositions(layoutInputOf(nodes, edges));
  // Nodes are visited in the same order as mapNodes listed them.
  let i = 0;
  graph.updateEachNodeAttributes(
    (_key, attributes) => {
      attributes.x = positions[i++] as number;
      attributes.y = positions[i++] as number;
      return attributes;
    },
    { attributes: ['x', 'y'] },
  );
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
