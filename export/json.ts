// The JSON export: every node with its labels and properties, every relationship with its type, ends
// and properties, keyed by Neo4j's element ids. Pure.
import type { GraphJson } from '../frontend/shared/api';

export function toJson(graph: GraphJson): string {
  const nodes = graph.nodes.map((n) => ({ id: n.elementId, labels: n.labels, properties: n.properties }));
  const relationships = graph.relationships.map((r) => ({
    id: r.elementId,
    type: r.type,
    start: r.startNodeElementId,
    end: r.endNodeElementId,
    properties: r.properties,
  }));
  return `${JSON.stringify({ nodes, relationships }, null, 2)}\n`;
}
