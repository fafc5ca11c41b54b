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
import { everyRow } from '../frontend/shared/paging';
import { defaultParams, parseSavedQuery } from '../frontend/shared/savedQuery';
import { toDriverParams } from '../frontend/server/api/query';
import { openDriver } from '../ingest/load/neo4j';
import type { BriefEvidence } from './brief';
import {
  briefEvidence,
  EVIDENCE_CYPHER,
  evidenceParams,
  ownedQuotes,
  QUOTES_CYPHER,
  quoteSources,
  EXPORT_ROWS,
  WHOLE_GRAPH,
} from './queries';

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
  // A paged query is exported whole: every row, as the explorer's export does.
  const params = toDriverParams(everyRow(defaultParams(parsed.query), EXPORT_ROWS));
  return { name: parsed.query.name, cypher: parsed.query.cypher, params };
}

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

/** The brief's evidence: each node's own quotes (by elementId), and every quote used, with its article. */
export async function readEvidence(
  driver: Driver,
  database: string,
  graph: GraphJson,
): Promise<BriefEvidence> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const owned = await session.executeRead((tx) => tx.run(EVIDENCE_CYPHER, evidenceParams(graph)));
    const mine = ownedQuotes(owned.records.map((r) => ({ owner: r.get('owner'), quote: r.get('quote') })));
    const found = await session.executeRead((tx) => tx.run(QUOTES_CYPHER, { quoteIds: mine.used }));
    return briefEvidence(mine, quoteSources(found.records.map((r) => r.toObject())));
  } finally {
    await session.close();
  }
}

/** A driver on the configured database (the ingest's settings); the caller closes it. */
export function connect(config: Neo4jConfig): Promise<Driver> {
  return openDriver(config);
}
