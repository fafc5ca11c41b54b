// Where each node of a graph is drawn, and how it looks, as the explorer draws it: the same render graph
// (frontend/src/core/graph/utils.ts: colours, sizes, canvas labels) and the same deterministic layout
// (frontend/src/core/layout/utils.ts), with the categories the explorer hides at first (quotes and
// articles, frontend/src/core/filters/utils.ts) left out. Pure: the PNG export draws from it.
import type { GraphJson } from '../frontend/shared/api';
import { datasetFromGraph } from '../frontend/src/core/data/utils';
import { DEFAULT_HIDDEN_CATEGORIES } from '../frontend/src/core/filters/utils';
import { createRenderGraph, renderGraphFor } from '../frontend/src/core/graph/utils';
import { settleLayout } from '../frontend/src/core/layout/utils';

export interface PictureNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
}

export interface PictureEdge {
  source: number;
  target: number;
  size: number;
  color: string;
  arrow: boolean;
}

/** Nodes in layout units (y grows upwards, as in sigma); edges by index into `nodes`. */
export interface Picture {
  nodes: PictureNode[];
  edges: PictureEdge[];
}

/** The picture of `graph` the explorer's first view shows; `hidden` overrides the hidden categories. */
export function pictureOf(graph: GraphJson, hidden: readonly string[] = DEFAULT_HIDDEN_CATEGORIES): Picture {
  const render = createRenderGraph();
  render.import(renderGraphFor(render, datasetFromGraph(graph)).serialized);
  settleLayout(render);
  const index = new Map<string, number>();
  const nodes: PictureNode[] = [];
  render.forEachNode((key, a) => {
    if (hidden.includes(a.category)) return;
    index.set(key, nodes.length);
    nodes.push({ x: a.x, y: a.y, size: a.size, color: a.color, label: a.label });
  });
  const edges: PictureEdge[] = [];
  render.forEachEdge((_key, a, source, target) => {
    const s = index.get(source);
    const t = index.get(target);
    if (s === undefined || t === undefined) return;
    edges.push({ source: s, target: t, size: a.size, color: a.color, arrow: a.arrow });
  });
  return { nodes, edges };
}
