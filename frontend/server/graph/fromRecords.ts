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
    forEachEntity(value, {
      node: (node) => this.addNode(node),
      relationship: (rel) => this.addRelationship(rel),
    });
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
    if (!this.nodes.has(node.elementId)) this.nodes.set(node.elementId, graphNode(node));
  }

  private addRelationship(rel: Relationship): void {
    if (!this.relationships.has(rel.elementId)) this.relationships.set(rel.elementId, graphRelationship(rel));
  }
}

/** Thrown when one value would take more than its budget of JSON, or nests too deeply. */
export class ValueTooLarge extends Error {
  constructor(readonly what: 'size' | 'depth') {
    super(what === 'size' ? 'value over its size budget' : 'value nested too deeply');
    this.name = 'ValueTooLarge';
  }
}

/** How many bytes of JSON one value may still take, and how deeply it may nest. Conversion spends it
 * as it goes, so a huge value costs no more work than its budget. */
export interface Budget {
  left: number;
}

/** Values nested deeper than this (lists in lists...) are refused rather than walked. */
export const MAX_VALUE_DEPTH = 64;

function spend(budget: Budget | undefined, bytes: number): void {
  if (!budget) return;
  budget.left -= bytes;
  if (budget.left < 0) throw new ValueTooLarge('size');
}

function checkDepth(depth: number): void {
  if (depth > MAX_VALUE_DEPTH) throw new ValueTooLarge('depth');
}

/** Calls `visit` for every node and relationship inside `value` (paths and segments unrolled). */
export function forEachEntity(
  value: unknown,
  visit: { node(node: Node): void; relationship(rel: Relationship): void },
  budget?: Budget,
  depth = 0,
): void {
  checkDepth(depth);
  spend(budget, 1);
  if (value === null || typeof value !== 'object') return;
  if (isNode(value)) visit.node(value);
  else if (isRelationship(value)) visit.relationship(value);
  else if (isPath(value)) {
    visit.node(value.start);
    for (const segment of value.segments) {
      visit.node(segment.start);
      visit.relationship(segment.relationship);
      visit.node(segment.end);
    }
    visit.node(value.end);
  } else if (isPathSegment(value)) {
    visit.node(value.start);
    visit.relationship(value.relationship);
    visit.node(value.end);
  } else if (Array.isArray(value)) {
    for (const item of value) forEachEntity(item, visit, budget, depth + 1);
  } else if (isPlainObject(value)) {
    for (const item of Object.values(value)) forEachEntity(item, visit, budget, depth + 1);
  }
}

/** A node as the graph JSON holds it. */
export function graphNode(node: Node, budget?: Budget): GraphNode {
  return {
    elementId: node.elementId,
    labels: [...node.labels],
    properties: toJsonProperties(node.properties, budget, 0),
  };
}

/** A relationship as the graph JSON holds it. */
export function graphRelationship(rel: Relationship, budget?: Budget): GraphRelationship {
  return {
    elementId: rel.elementId,
    type: rel.type,
    startNodeElementId: rel.startNodeElementId,
    endNodeElementId: rel.endNodeElementId,
    properties: toJsonProperties(rel.properties, budget, 0),
  };
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

function toJsonProperties(
  properties: Record<string, unknown>,
  budget: Budget | undefined,
  depth: number,
): JsonProperties {
  checkDepth(depth);
  const out: JsonProperties = {};
  for (const [key, value] of Object.entries(properties)) {
    spend(budget, key.length + 4);
    out[key] = toJsonValue(value, budget, depth + 1);
  }
  return out;
}

/**
 * Any driver value as plain JSON: Integers as numbers (decimal strings beyond ±2^53, so nothing is
 * silently rounded), temporal values and durations as their ISO strings, points as {srid, x, y, z?},
 * byte arrays and vectors as number arrays, graph entities as references.
 */
export function toJsonValue(value: unknown, budget?: Budget, depth = 0): JsonValue {
  checkDepth(depth);
  const json = scalarToJson(value);
  if (json === undefined) return objectToJson(value as object, budget, depth);
  // What the value takes in JSON: its text, quotes and a separator.
  spend(budget, typeof json === 'string' ? Buffer.byteLength(json) + 3 : String(json).length + 1);
  return json;
}

/** A scalar (or an Integer) as JSON; undefined for anything else. */
function scalarToJson(value: unknown): JsonValue | undefined {
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
      return isInt(value) ? (value.inSafeRange() ? value.toNumber() : value.toString()) : undefined;
    default:
      return String(value);
  }
}

function objectToJson(value: object, budget: Budget | undefined, depth: number): JsonValue {
  spend(budget, 2);
  if (isNode(value)) return { $ref: 'node', elementId: value.elementId };
  if (isRelationship(value)) return { $ref: 'relationship', elementId: value.elementId };
  if (isPath(value)) {
    spend(budget, 80 * (value.segments.length + 1));
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
    return { type: value.type, properties: toJsonProperties(value.properties, budget, depth + 1) };
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
      srid: toJsonValue(value.srid, budget, depth + 1),
      x: value.x,
      y: value.y,
    };
    if (value.z !== undefined) point.z = value.z;
    return point;
  }
  if (isUUID(value)) return value.toString();
  if (isVector(value)) return numberArray(value.asTypedArray(), budget, depth);
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) return numberArray(value, budget, depth);
  if (Array.isArray(value)) return value.map((item) => toJsonValue(item, budget, depth + 1));
  if (isPlainObject(value)) return toJsonProperties(value, budget, depth);
  return String(value);
}

function numberArray(view: ArrayBufferView, budget: Budget | undefined, depth: number): JsonValue[] {
  return Array.from(view as unknown as ArrayLike<number | bigint>, (n) => toJsonValue(n, budget, depth + 1));
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
