// Reads what an export needs from Neo4j, in READ transactions only: the whole graph, or the graph a saved
// query (cypher/queries/NAME.cypher, run with its default parameters) returns; and, for the brief, the
// quotes behind that graph's elements with their articles. Connection settings are the ingest's
// (db/config.ts, ingest/load/neo4j.ts openDriver).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../db/config';
import { GraphCollector } from '../frontend/server/graph/fromRecords';
import type { GraphJson } from '../frontend/shared/api';
import { defaultParams, parseSavedQuery } from '../frontend/shared/savedQuery';
import { openDriver } from '../ingest/load/neo4j';
import type { QuoteSource } from './brief';

export const QUERIES_DIR = fileURLToPath(new URL('../cypher/queries', import.meta.url));

/** A saved query's name is a plain file stem: no path can be spelled with it. */
export const QUERY_NAME = /^[a-z0-9][a-z0-9_-]{0,99}$/i;

export interface SavedCypher {
  name: string;
  cypher: string;
  params: Record<string, unknown>;
}

/** The saved query NAME, or a one-line Error saying why it cannot be used. */
export async function savedQuery(name: string, dir = QUERIES_DIR): Promise<SavedCypher> {
  if (!QUERY_NAME.test(name)) throw new Error(`--query takes a saved query's file name, not "${name}"`);
  let text: string;
  try {
    text = await readFile(join(dir, `${name}.cypher`), 'utf8');
  } catch {
    throw new Error(`no saved query "${name}" in cypher/queries`);
  }
  const parsed = parseSavedQuery(text);
  if (!parsed.ok) throw new Error(`cypher/queries/${name}.cypher: ${parsed.error}`);
  return { name: parsed.query.name, cypher: parsed.query.cypher, params: defaultParams(parsed.query) };
}

const WHOLE_GRAPH = ['MATCH (n) RETURN n', 'MATCH ()-[r]->() RETURN r'];

/** Nodes and relationships (each once; relationships only with both ends) of `query`, or of everything. */
export async function readGraph(driver: Driver, database: string, query?: SavedCypher): Promise<GraphJson> {
  const collector = new GraphCollector();
  const statements = query ? [{ cypher: query.cypher, params: query.params }] : WHOLE_GRAPH.map(plain);
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    for (const { cypher, params } of statements) {
      await session.executeRead(async (tx) => {
        for await (const record of tx.run(cypher, params)) {
          for (const value of record.values()) collector.add(value);
        }
      });
    }
  } finally {
    await session.close();
  }
  return collector.toGraph();
}

const plain = (cypher: string) => ({ cypher, params: {} });

const EVIDENCE = `
UNWIND $ids AS nodeId
MATCH (n)-[:EVIDENCED_BY]->(q:Quote) WHERE elementId(n) = nodeId
RETURN nodeId AS owner, q.id AS quote
UNION
UNWIND $quoteIds AS quoteId
MATCH (q:Quote {id: quoteId})
RETURN null AS owner, q.id AS quote`;

const QUOTES = `
UNWIND $quoteIds AS quoteId
MATCH (q:Quote {id: quoteId})-[:IN]->(a:Article)
RETURN q.id AS id, q.text AS text, a.title AS title, a.source AS source, toString(a.date) AS date`;

/** The brief's evidence: each node's own quotes (by elementId), and every quote used, with its article. */
export async function readEvidence(
  driver: Driver,
  database: string,
  graph: GraphJson,
): Promise<{ quotesOf: Map<string, string[]>; quotes: Map<string, QuoteSource> }> {
  const ids = graph.nodes.map((n) => n.elementId);
  const relQuotes = graph.relationships.flatMap((r) => stringList(r.properties.quoteIds));
  const quotesOf = new Map<string, string[]>();
  const quotes = new Map<string, QuoteSource>();
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const owned = await session.executeRead((tx) => tx.run(EVIDENCE, { ids, quoteIds: relQuotes }));
    const used = new Set<string>();
    for (const record of owned.records) {
      const owner = record.get('owner') as string | null;
      const quote = String(record.get('quote'));
      used.add(quote);
      if (owner === null) continue;
      const list = quotesOf.get(owner);
      if (list) list.push(quote);
      else quotesOf.set(owner, [quote]);
    }
    const found = await session.executeRead((tx) => tx.run(QUOTES, { quoteIds: [...used] }));
    for (const r of found.records) {
      const text = (key: string) => (r.get(key) === null ? null : String(r.get(key)));
      quotes.set(String(r.get('id')), {
        text: text('text') ?? '',
        title: text('title') ?? 'Untitled article',
        source: text('source'),
        date: text('date'),
      });
    }
  } finally {
    await session.close();
  }
  return { quotesOf, quotes };
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** A driver on the configured database (the ingest's settings); the caller closes it. */
export function connect(config: Neo4jConfig): Promise<Driver> {
  return openDriver(config);
}
