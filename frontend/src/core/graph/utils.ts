// Derives the render graph from the dataset, in place: the graphology instance that sigma holds is
// created once and only ever cleared, re-imported or updated, so sigma is never re-created.
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import {
  CATEGORY_STYLES,
  nodeCanvasLabel,
  nodeCategory,
  nodeIcon,
  nodeSize,
  relationshipColor,
  relationshipWeight,
  EVIDENCE_TYPES,
} from '../appearance/utils';
import type { Dataset, GraphNode, GraphRelationship } from '../data/types';
import type { LayoutInput } from '../layout/types';
import { layoutInputOf, seededPosition } from '../layout/utils';
import type { RenderEdgeAttributes, RenderGraph, RenderNodeAttributes } from './types';

/** Above this many nodes, nodes are plain discs: pictograms cannot be read at that density anyway. */
export const PICTOGRAM_NODE_LIMIT = 5_000;

export function createRenderGraph(): RenderGraph {
  return new Graph<RenderNodeAttributes, RenderEdgeAttributes>({ type: 'directed', multi: true });
}

function nodeAttributes(
  node: GraphNode,
  position: { x: number; y: number },
  pictograms: boolean,
): RenderNodeAttributes {
  const category = nodeCategory(node.labels);
  const style = CATEGORY_STYLES[category];
  const icon = pictograms ? nodeIcon(node, category) : null;
  const attributes: RenderNodeAttributes = {
    x: position.x,
    y: position.y,
    size: nodeSize(category, 0),
    label: nodeCanvasLabel(node),
    color: style.color,
    category,
    seedKey: positionKey(node),
    // Nodes with an image become pictograms once sigma has that program.
    type: 'circle',
  };
  if (icon) {
    attributes.image = icon;
    attributes.pictoColor = '#ffffff';
  }
  return attributes;
}

function edgeAttributes(rel: GraphRelationship, dense: boolean): RenderEdgeAttributes {
  const evidence = EVIDENCE_TYPES.has(rel.type);
  return {
    // A contradiction is drawn thicker, beside its own colour, so it stands out among the claims.
    size: dense ? 0.5 : evidence ? 0.8 : rel.type === 'CONTRADICTS' ? 3 : 1.6,
    color: relationshipColor(rel),
    relType: rel.type,
    weight: relationshipWeight(rel),
    type: 'line',
    // Arrowheads cannot be told apart in a dense graph, and they double the drawing work.
    arrow: !evidence && !dense,
  };
}

/** Sizes on screen: a dense graph gets smaller discs, or it is one blot (and slow to fill). */
function sizeFor(category: RenderNodeAttributes['category'], degree: number, dense: boolean): number {
  const size = nodeSize(category, degree);
  return dense ? Math.max(1.5, size * 0.45) : size;
}

/** Stable key for seeding a node's position: its domain id when it has one. */
export function positionKey(node: GraphNode): string {
  const id = node.properties.id;
  return typeof id === 'string' ? id : node.elementId;
}

export type SerializedRenderGraph = SerializedGraph<RenderNodeAttributes, RenderEdgeAttributes>;

/**
 * The render graph for `dataset`, serialized, and how many of its nodes are new: nodes that `graph`
 * already draws keep their positions; new ones get a deterministic seeded position.
 */
export function renderGraphFor(
  graph: RenderGraph,
  dataset: Dataset,
): { serialized: SerializedRenderGraph; added: number } {
  const previous = new Map<string, { x: number; y: number }>();
  graph.forEachNode((key, attributes) => previous.set(key, { x: attributes.x, y: attributes.y }));
  const pictograms = dataset.nodes.size <= PICTOGRAM_NODE_LIMIT;
  const dense = !pictograms;
  let added = 0;
  const serialized: SerializedRenderGraph = {
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    attributes: {},
    nodes: [],
    edges: [],
  };
  for (const node of dataset.nodes.values()) {
    let position = previous.get(node.elementId);
    if (!position) {
      position = seededPosition(positionKey(node));
      added++;
    }
    serialized.nodes.push({ key: node.elementId, attributes: nodeAttributes(node, position, pictograms) });
  }
  for (const rel of dataset.relationships.values()) {
    if (!dataset.nodes.has(rel.startNodeElementId) || !dataset.nodes.has(rel.endNodeElementId)) continue;
    serialized.edges.push({
      key: rel.elementId,
      source: rel.startNodeElementId,
      target: rel.endNodeElementId,
      attributes: edgeAttributes(rel, dense),
    });
  }
  // Sizes come from degrees, known before import, so the graph is written once.
  const degree = new Map<string, number>();
  for (const edge of serialized.edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  for (const node of serialized.nodes) {
    if (node.attributes)
      node.attributes.size = sizeFor(node.attributes.category, degree.get(node.key) ?? 0, dense);
  }
  return { serialized, added };
}

/** What the settling layout reads from a serialized render graph. */
export function layoutInputOfSerialized(serialized: SerializedRenderGraph): LayoutInput {
  return layoutInputOf(
    serialized.nodes.map((n) => ({
      key: n.key,
      seedKey: n.attributes?.seedKey ?? n.key,
      x: n.attributes?.x ?? 0,
      y: n.attributes?.y ?? 0,
    })),
    serialized.edges.map((e) => ({ source: e.source, target: e.target, weight: e.attributes?.weight ?? 1 })),
  );
}

/** Writes settled positions ([x0, y0, …] in node order) into a serialized render graph. */
export function placeSerialized(serialized: SerializedRenderGraph, positions: Float64Array): void {
  serialized.nodes.forEach((node, i) => {
    if (!node.attributes) return;
    node.attributes.x = positions[2 * i] as number;
    node.attributes.y = positions[2 * i + 1] as number;
  });
}

/** Makes `serialized` the render graph's content, in place (sigma keeps the same graph); `whileEmpty`
 * runs between the clear and the import. */
export function showRenderGraph(
  graph: RenderGraph,
  serialized: SerializedRenderGraph,
  whileEmpty: () => void = () => undefined,
): void {
  graph.clear();
  whileEmpty();
  graph.import(serialized);
}

/**
 * Adds what the dataset holds and the render graph lacks (after an expansion), placing new nodes
 * around `anchor`. Returns the keys of the nodes added.
 */
export function addToRenderGraph(graph: RenderGraph, dataset: Dataset, anchor: string | null): string[] {
  const pictograms = dataset.nodes.size <= PICTOGRAM_NODE_LIMIT;
  const center = anchor && graph.hasNode(anchor) ? graph.getNodeAttributes(anchor) : null;
  const added: string[] = [];
  const fresh = [...dataset.nodes.values()].filter((n) => !graph.hasNode(n.elementId));
  const radius = center ? Math.max(center.size * 4, spread(graph) * 0.08) : 0;
  fresh.forEach((node, i) => {
    const position = center
      ? {
          x: center.x + radius * Math.cos((2 * Math.PI * i) / fresh.length),
          y: center.y + radius * Math.sin((2 * Math.PI * i) / fresh.length),
        }
      : seededPosition(positionKey(node));
    graph.addNode(node.elementId, nodeAttributes(node, position, pictograms));
    added.push(node.elementId);
  });
  for (const rel of dataset.relationships.values()) {
    if (graph.hasEdge(rel.elementId)) continue;
    if (!graph.hasNode(rel.startNodeElementId) || !graph.hasNode(rel.endNodeElementId)) continue;
    graph.addEdgeWithKey(
      rel.elementId,
      rel.startNodeElementId,
      rel.endNodeElementId,
      edgeAttributes(rel, !pictograms),
    );
  }
  applyDegreeSizes(graph, !pictograms);
  return added;
}

function applyDegreeSizes(graph: RenderGraph, dense: boolean): void {
  // No attribute hints: sigma must re-index, since the update may follow nodes it has not drawn yet.
  graph.updateEachNodeAttributes((key, attributes) => {
    attributes.size = sizeFor(attributes.category, graph.degree(key), dense);
    return attributes;
  });
}

/** The extent of the drawn positions (its larger side). */
function spread(graph: RenderGraph): number {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_, a) => {
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  });
  return Number.isFinite(minX) ? Math.max(maxX - minX, maxY - minY) : 1;
}
