// Pure helpers over the Neo4j dataset.
import type { GraphJson, JsonValue } from '../../../shared/api';
import type { Dataset, GraphNode, GraphRelationship } from './types';

export const EMPTY_DATASET: Dataset = { nodes: new Map(), relationships: new Map() };

export function datasetFromGraph(graph: GraphJson): Dataset {
  return {
    nodes: new Map(graph.nodes.map((n) => [n.elementId, n])),
    relationships: new Map(graph.relationships.map((r) => [r.elementId, r])),
  };
}

/** `base` plus what `graph` adds; relationships whose ends are in neither are left out. */
export function mergeGraph(base: Dataset, graph: GraphJson): Dataset {
  const nodes = new Map(base.nodes);
  for (const node of graph.nodes) if (!nodes.has(node.elementId)) nodes.set(node.elementId, node);
  const relationships = new Map(base.relationships);
  for (const rel of graph.relationships) {
    if (nodes.has(rel.startNodeElementId) && nodes.has(rel.endNodeElementId)) {
      relationships.set(rel.elementId, rel);
    }
  }
  return { nodes, relationships };
}

export function stringProp(node: GraphNode | GraphRelationship, key: string): string | null {
  const value = node.properties[key];
  return typeof value === 'string' ? value : null;
}

export function numberProp(node: GraphNode | GraphRelationship, key: string): number | null {
  const value = node.properties[key];
  return typeof value === 'number' ? value : null;
}

export function stringListProp(node: GraphNode | GraphRelationship, key: string): string[] {
  const value: JsonValue | undefined = node.properties[key];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The node's stable key for URLs: its domain `id` when it has one (deterministic across databases),
 * else `eid:` and its elementId. */
export function nodeUrlKey(node: GraphNode): string {
  return stringProp(node, 'id') ?? `eid:${node.elementId}`;
}

export function findNodeByUrlKey(dataset: Dataset, key: string): GraphNode | undefined {
  if (key.startsWith('eid:')) return dataset.nodes.get(key.slice(4));
  for (const node of dataset.nodes.values()) if (node.properties.id === key) return node;
  return undefined;
}
