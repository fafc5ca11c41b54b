// Unit tests of the records-to-graph conversion, on real neo4j-driver values built in-process.
import neo4j, { Integer, Node, Path, PathSegment, Record as Neo4jRecord, Relationship } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { graphFromRecords, rowFromRecord, toJsonValue } from '../../frontend/server/graph/fromRecords';

const int = (n: number) => neo4j.int(n);

function node(id: number, labels: string[], properties: object = {}): Node {
  return new Node(int(id), labels, properties, `4:db:${id}`);
}

function rel(id: number, start: Node, end: Node, type: string, properties: object = {}): Relationship {
  return new Relationship(
    int(id),
    start.identity,
    end.identity,
    type,
    properties,
    `5:db:${id}`,
    start.elementId,
    end.elementId,
  );
}

function record(fields: Record<string, unknown>): Neo4jRecord {
  return new Neo4jRecord(Object.keys(fields), Object.values(fields));
}

const zelenskiy = node(1, ['Actor', 'Person'], { id: 'actor:zelenskiy', name: 'Volodymyr Zelenskiy' });
const kellogg = node(2, ['Actor', 'Person'], { id: 'actor:kellogg', name: 'Keith Kellogg' });
const meeting = node(3, ['Meeting'], { id: 'meeting:kyiv', label: 'Kyiv meeting', status: 'held' });
const attended = rel(10, zelenskiy, meeting, 'ATTENDED', { quoteIds: ['q1', 'q2'] });
const attendedToo = rel(11, kellogg, meeting, 'ATTENDED', { quoteIds: ['q3'] });

describe('graphFromRecords', () => {
  it('collects nodes and relationships, keyed by elementId, with labels and properties', () => {
    const graph = graphFromRecords([record({ a: zelenskiy, r: attended, m: meeting })]);
    expect(graph.nodes).toEqual([
      {
        elementId: '4:db:1',
        labels: ['Actor', 'Person'],
        properties: { id: 'actor:zelenskiy', name: 'Volodymyr Zelenskiy' },
      },
      {
        elementId: '4:db:3',
        labels: ['Meeting'],
        properties: { id: 'meeting:kyiv', label: 'Kyiv meeting', status: 'held' },
      },
    ]);
    expect(graph.relationships).toEqual([
      {
        elementId: '5:db:10',
        type: 'ATTENDED',
        startNodeElementId: '4:db:1',
        endNodeElementId: '4:db:3',
        properties: { quoteIds: ['q1', 'q2'] },
      },
    ]);
  });

  it('de-duplicates nodes and relationships that appear in several records', () => {
    const graph = graphFromRecords([
      record({ a: zelenskiy, r: attended, m: meeting }),
      record({ a: kellogg, r: attendedToo, m: meeting }),
      record({ a: zelenskiy, r: attended, m: meeting }),
    ]);
    expect(graph.nodes.map((n) => n.elementId)).toEqual(['4:db:1', '4:db:3', '4:db:2']);
    expect(graph.relationships.map((r) => r.elementId)).toEqual(['5:db:10', '5:db:11']);
  });

  it('keys by elementId, never by the numeric identity', () => {
    // Two different nodes whose legacy identities collide (as they can across databases).
    const a = new Node(int(7), ['Actor'], { name: 'A' }, '4:one:7');
    const b = new Node(int(7), ['Actor'], { name: 'B' }, '4:two:7');
    const graph = graphFromRecords([record({ a, b })]);
    expect(graph.nodes.map((n) => n.properties.name)).toEqual(['A', 'B']);
  });

  it('drops relationships whose start or end node is not in the result', () => {
    const graph = graphFromRecords([record({ r: attended, a: zelenskiy })]);
    expect(graph.nodes.map((n) => n.elementId)).toEqual(['4:db:1']);
    expect(graph.relationships).toEqual([]);
  });

  it('unrolls paths into their nodes and relationships', () => {
    const path = new Path(zelenskiy, kellogg, [
      new PathSegment(zelenskiy, attended, meeting),
      new PathSegment(meeting, rel(12, meeting, kellogg, 'DISCUSSED'), kellogg),
    ]);
    const graph = graphFromRecords([record({ p: path })]);
    expect(graph.nodes.map((n) => n.elementId)).toEqual(['4:db:1', '4:db:3', '4:db:2']);
    expect(graph.relationships.map((r) => r.elementId)).toEqual(['5:db:10', '5:db:12']);
  });

  it('finds graph values nested in lists and maps', () => {
    const graph = graphFromRecords([
      record({ nodes: [zelenskiy, [meeting]], summary: { rels: [attended], who: { kellogg } } }),
    ]);
    expect(graph.nodes.map((n) => n.elementId).sort()).toEqual(['4:db:1', '4:db:2', '4:db:3']);
    expect(graph.relationships.map((r) => r.elementId)).toEqual(['5:db:10']);
  });

  it('ignores scalars and nulls', () => {
    const graph = graphFromRecords([record({ n: null, count: int(3), name: 'x' })]);
    expect(graph).toEqual({ nodes: [], relationships: [] });
  });
});

describe('toJsonValue', () => {
  it('turns Integers into numbers, and into strings beyond the safe range', () => {
    expect(toJsonValue(int(42))).toBe(42);
    expect(toJsonValue(Integer.fromString('9223372036854775807'))).toBe('9223372036854775807');
    expect(toJsonValue({ n: [int(1), int(2)] })).toEqual({ n: [1, 2] });
  });

  it('turns temporal values into ISO strings', () => {
    expect(toJsonValue(new neo4j.types.Date(2025, 2, 21))).toBe('2025-02-21');
    expect(toJsonValue(new neo4j.types.LocalDateTime(2025, 2, 21, 9, 30, 0, 0))).toBe('2025-02-21T09:30:00');
    expect(toJsonValue(new neo4j.types.Duration(0, 1, 30, 0))).toBe('P1DT30S');
  });

  it('turns points into plain objects', () => {
    expect(toJsonValue(new neo4j.types.Point(int(4326), 30.5, 50.45))).toEqual({
      srid: 4326,
      x: 30.5,
      y: 50.45,
    });
  });

  it('turns converted property values into JSON in node properties too', () => {
    const dated = node(20, ['Article'], { date: new neo4j.types.Date(2025, 2, 21), words: int(700) });
    const graph = graphFromRecords([record({ a: dated })]);
    expect(graph.nodes[0]?.properties).toEqual({ date: '2025-02-21', words: 700 });
  });
});

describe('rowFromRecord', () => {
  it('keeps column order and refers to graph entities by elementId', () => {
    const path = new Path(zelenskiy, meeting, [new PathSegment(zelenskiy, attended, meeting)]);
    const row = rowFromRecord(record({ n: zelenskiy, r: attended, p: path, total: int(5) }));
    expect(row).toEqual([
      { $ref: 'node', elementId: '4:db:1' },
      { $ref: 'relationship', elementId: '5:db:10' },
      { $ref: 'path', nodes: ['4:db:1', '4:db:3'], relationships: ['5:db:10'] },
      5,
    ]);
  });
});
