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

/** The settled positions for `input`, as [x0, y0, x1, y1, …] in node order. Pure and deterministic:
 * the layout worker and the main thread get the same picture from the same input. */
export function settlePositions(input: LayoutInput): Float64Array {
  const order = input.x.length;
  const graph = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  for (let i = 0; i < order; i++) graph.addNode(i, { x: input.x[i], y: input.y[i] });
  for (let e = 0; e < input.sources.length; e++) {
    graph.addEdge(input.sources[e], input.targets[e], { weight: input.weights[e] });
  }
  const iterations = Math.round(Math.min(150, Math.max(40, 30_000 / order)));
  const positions = forceAtlas2(graph, {
    iterations,
    settings: layoutSettings(graph),
    getEdgeWeight: 'weight',
  });
  const out = new Float64Array(order * 2);
  for (let i = 0; i < order; i++) {
    const p = positions[i] as { x: number; y: number };
    out[2 * i] = p.x;
    out[2 * i + 1] = p.y;
  }
  return out;
}

/** What the layout reads from a graph: positions in node order, edges by node index, weights. */
export function layoutInputOf(
  nodes: readonly { key: string; x: number; y: number }[],
  edges: readonly { source: string; target: string; weight: number }[],
): LayoutInput {
  const index = new Map<string, number>();
  const x = new Float64Array(nodes.length);
  const y = new Float64Array(nodes.length);
  nodes.forEach((node, i) => {
    index.set(node.key, i);
    x[i] = node.x;
    y[i] = node.y;
  });
  const sources = new Uint32Array(edges.length);
  const targets = new Uint32Array(edges.length);
  const weights = new Float64Array(edges.length);
  edges.forEach((edge, e) => {
    sources[e] = index.get(edge.source) as number;
    targets[e] = index.get(edge.target) as number;
    weights[e] = edge.weight;
  });
  return { x, y, sources, targets, weights };
}

/** Runs the deterministic layout on the render graph when it is small enough; returns whether it did. */
export function settleLayout(graph: RenderGraph): boolean {
  if (!settlesBeforeDrawing(graph.order)) return false;
  const nodes = graph.mapNodes((key, a) => ({ key, x: a.x, y: a.y }));
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
