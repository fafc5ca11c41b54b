// What "the database is exactly as it was" means in the integration tests: nodes per label, relationships
// per type, a checksum over every node's labels and properties and every relationship's type, ends and
// properties, and a hash of the element ids (so a node deleted and re-created would show too).
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { testConfig, testDriver as supportDriver } from '../support/neo4j';

export interface GraphSnapshot {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  checksum: string;
  identities: string;
}

/** A driver on the test database that returns plain numbers. */
export function testDriver(): Driver {
  return supportDriver({ disableLosslessIntegers: true });
}

export async function clearDatabase(driver: Driver): Promise<void> {
  await driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: testConfig().database });
}

export async function query<T = Record<string, unknown>>(
  driver: Driver,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const { records } = await driver.executeQuery(cypher, params, { database: testConfig().database });
  return records.map((r) => r.toObject() as T);
}

/**
 * The nodes and relationships the explorer's overview draws, as Cypher counts them: everything but the
 * quotes, articles and terms, which stay hidden until the legend shows them.
 */
export async function drawnCounts(driver: Driver): Promise<{ nodes: number; relationships: number }> {
  const [row] = await query<{ nodes: number; relationships: number }>(
    driver,
    `RETURN COUNT { (n) WHERE NOT (n:Quote OR n:Article OR n:Term OR n:ActorKey) } AS nodes,
            COUNT { (a)-[r]->(b)
              WHERE NOT (a:Quote OR a:Article OR a:Term OR b:Quote OR b:Article OR b:Term) } AS relationships`,
  );
  return row!;
}

export async function snapshot(driver: Driver): Promise<GraphSnapshot> {
  const nodeRows = await query<{ e: string; labels: string[]; props: Record<string, unknown> }>(
    driver,
    'MATCH (n) RETURN elementId(n) AS e, labels(n) AS labels, properties(n) AS props',
  );
  const relRows = await query<{
    e: string;
    type: string;
    from: unknown;
    to: unknown;
    props: Record<string, unknown>;
  }>(
    driver,
    'MATCH (a)-[r]->(b) RETURN elementId(r) AS e, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props',
  );
  const nodes: Record<string, number> = {};
  for (const n of nodeRows) for (const l of n.labels) nodes[l] = (nodes[l] ?? 0) + 1;
  const relationships: Record<string, number> = {};
  for (const r of relRows) relationships[r.type] = (relationships[r.type] ?? 0) + 1;
  const lines = [
    ...nodeRows.map((n) => stableJson({ labels: [...n.labels].sort(), props: n.props })),
    ...relRows.map((r) => stableJson({ type: r.type, from: r.from, to: r.to, props: r.props })),
  ];
  const ids = [...nodeRows.map((n) => n.e), ...relRows.map((r) => r.e)];
  return { nodes, relationships, checksum: hash(lines), identities: hash(ids) };
}

function hash(lines: string[]): string {
  return createHash('sha256')
    .update([...lines].sort().join('\n'))
    .digest('hex');
}

/** JSON with object keys sorted, so equal property maps give equal strings. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}

/**
 * Every node (labels and properties) and relationship (type, end ids and properties) as one sorted line
 * each, without element ids: two databases that hold the same graph, however it was written, give equal
 * lists, and a test that compares them shows the lines that differ.
 */
export async function contentLines(driver: Driver): Promise<string[]> {
  const nodeRows = await query<{ labels: string[]; props: Record<string, unknown> }>(
    driver,
    'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props',
  );
  const relRows = await query<{ type: string; from: unknown; to: unknown; props: Record<string, unknown> }>(
    driver,
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props',
  );
  return [
    ...nodeRows.map((n) => stableJson({ labels: [...n.labels].sort(), props: n.props })),
    ...relRows.map((r) => stableJson({ type: r.type, from: r.from, to: r.to, props: r.props })),
  ].sort();
}
