// What came from Neo4j, keyed by elementId. The canvas draws a graph derived from this; nothing here
// knows about positions, colours or sigma.
import type { GraphNode, GraphRelationship } from '../../../shared/api';

export type { GraphNode, GraphRelationship };

export interface Dataset {
  nodes: ReadonlyMap<string, GraphNode>;
  relationships: ReadonlyMap<string, GraphRelationship>;
}
