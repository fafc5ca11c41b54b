// Turns neo4j-driver records into the explorer's JSON: a graph (nodes and relationships found anywhere in
// the result, each once) and table rows. It walks values recursively using the driver's own type tests, so
// a node inside a list inside a map is found as surely as a returned node. Everything is keyed by
// elementId; the legacy numeric identity is never used.
import {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPathSegment,
  isPoint,
  isRelationship,
  isTime,
  isUnboundRelationship,
  isUUID,
  isVector,
  type Node,
  type Path,
  type Record as Neo4jRecord,
  type Relationship,
} from 'neo4j-driver';
import type { GraphJson, GraphNode, GraphRelationship, JsonProperties, JsonValue } from '../../shared/api';

/** Accumulates nodes and relationships by elementId while values are walked. */
export class GraphCollector {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly relationships = new Map<string, GraphRelationship>();

  /** Collects every node, relationship and path inside `value`, however deeply nested. */
  add(value: unknown): void {
    if (value === null || typeof value !== 'object') return;
    if (isNode(value)) this.addNode(value);
    else if (isRelationship(value)) this.addRelationship(value);
    else if (isPath(value)) this.addPath(value);
    else if (isPathSegment(value)) {
      this.addNode(value.start);
      this.addRelationship(value.relationship);
      this.addNode(value.end);
    } else if (Array.isArray(value)) {
      for (const item of value) this.add(item);
    } else if (isPlainObject(value)) {
      for (const item of Object.values(value)) this.add(item);
    }
  }

  /** The graph so far. Relationships whose start or end node is not in the result are dropped: a
   * relationship on screen always has both ends on screen. */
  toGraph(): GraphJson {
    const relationships: GraphRelationship[] = [];
    for (const rel of this.relationships.values()) {
      if (this.nodes.has(rel.startNodeElementId) && this.nodes.has(rel.endNodeElementId)) {
        relationships.push(rel);
      }
    }
    return { nodes: [...this.nodes.values()], relationships };
  }

  private addNode(node: Node): void {
    if (this.nodes.has(node.elementId)) return;
    this.nodes.set(node.elementId, {
      elementId: node.elementId,
      labels: [...node.labels],
      properties: toJsonProperties(node.properties),
    });
  }

  private addRelationship(rel: Relationship): void {
    if (this.relationships.has(rel.elementId)) return;
    this.relationships.set(rel.elementId, {
      elementId: rel.elementId,
      type: rel.type,
      startNodeElementId: rel.startNodeElementId,
      endNodeElementId: rel.endNodeElementId,
      properties: toJsonProperties(rel.properties),
    });
  }

  private addPath(path: Path): void {
    this.addNode(path.start);
    for (const segment of path.segments) {
      this.addNode(segment.start);
      this.addRelationship(segment.relationship);
      this.addNode(segment.end);
    }
    this.addNode(path.end);
  }
}

/** Records in, the graph they contain out. */
export function graphFromRecords(records: Iterable<Neo4jRecord>): GraphJson {
  const collector = new GraphCollector();
  for (const record of records) {
    for (const value of record.values()) collector.add(value);
  }
  return collector.toGraph();
}

/** One record as a JSON row, in column order; graph entities become references into the graph. */
export function rowFromRecord(record: Neo4jRecord): JsonValue[] {
  return Array.from(record.values(), (value) => toJsonValue(value));
}

function toJsonProperties(properties: Record<string, unknown>): JsonProperties {
  const out: JsonProperties = {};
  for (const [key, value] of Object.entries(properties)) out[key] = toJsonValue(value);
  return out;
}

/**
 * Any driver value as plain JSON: Integers as numbers (decimal strings beyond ±2^53, so nothing is
 * silently rounded), temporal values and durations as their ISO strings, points as {srid, x, y, z?},
 * byte arrays and vectors as number arrays, graph entities as references.
 */
export function toJsonValue(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : String(value);
    case 'bigint':
      return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
    case 'object':
      break;
    default:
      return String(value);
  }
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (isNode(value)) return { $ref: 'node', elementId: value.elementId };
  if (isRelationship(value)) return { $ref: 'relationship', elementId: value.elementId };
  if (isPath(value)) {
    return {
      $ref: 'path',
      nodes: [value.start.elementId, ...value.segments.map((s) => s.end.elementId)],
      relationships: value.segments.map((s) => s.relationship.elementId),
    };
  }
  if (isPathSegment(value)) {
    return {
      $ref: 'path',
      nodes: [value.start.elementId, value.end.elementId],
      relationships: [value.relationship.elementId],
    };
  }
  if (isUnboundRelationship(value))
    return { type: value.type, properties: toJsonProperties(value.properties) };
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isLocalTime(value) ||
    isTime(value) ||
    isDuration(value)
  ) {
    return value.toString();
  }
  if (isPoint(value)) {
    const point: { [key: string]: JsonValue } = {
      srid: toJsonValue(value.srid),
      x: value.x,
      y: value.y,
    };
    if (value.z !== undefined) point.z = value.z;
    return point;
  }
  if (isUUID(value)) return value.toString();
  if (isVector(value)) return numberArray(value.asTypedArray());
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) return numberArray(value);
  if (Array.isArray(value)) return value.map((item) => toJsonValue(item));
  if (isPlainObject(value)) return toJsonProperties(value);
  return String(value);
}

function numberArray(view: ArrayBufferView): JsonValue[] {
  return Array.from(view as unknown as ArrayLike<number | bigint>, (n) => toJsonValue(n));
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
