// Saved-query benchmarks: the latency of every query in cypher/queries/ as the browser gets it (HTTP POST
// to the explorer server, through the read-only guards, in a READ transaction, converted to JSON), on the
// seed article and then on synthetic negotiation graphs of about 34,000 nodes and 70,000 relationships and
// of three times that, built around it. One more line measures the guards' cost: a query read directly through the service.
import { mkdtemp, rm } from 'node:fs/promises';
import { clearDatabase } from './database';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver, QueryResult } from 'neo4j-driver';
import type { JsonValue, QueryResponse, SavedQueryEntry } from '../frontend/shared/api';
import { loadSavedQueries } from '../frontend/server/api/savedQueries';
import { toDriverParams } from '../frontend/server/api/query';
import { startExplorerServer, type ExplorerServer } from '../frontend/server/server';
import { defaultParams } from '../frontend/shared/savedQuery';
import { ingestFiles } from '../ingest';
import { backfillStanceCounts } from '../ingest/load/events';
import { measure, type BenchResult, type BenchSuite } from './measure';

const SEED = fileURLToPath(new URL('../data/articles/seed-article.txt', import.meta.url));

/** A saved query's line: its timing, and what the last run returned. */
interface QueryBenchResult extends BenchResult {
  graph: string;
  status: string;
  rows: number;
  nodes: number;
  relationships: number;
}

/** Rows per inner transaction of the synthetic graph's creates: each commits well under the database's
 * memory cap per transaction (db/neo4j.conf), whatever the scale. */
const BATCH = 2_000;

/** The synthetic graph's sizes at scale 1 (about 34,000 nodes); every element has one quote, in an article. */
const SYNTHETIC = { articles: 300, actors: 3_000, meetings: 4_000, proposals: 2_000, stances: 8_000 };

/**
 * The synthetic graphs the queries run on: about 34,000 nodes, then three times that (about 100,000, the
 * size the saved queries' p95 target of 100 ms is set for).
 */
const SCALES = [
  { scale: 1, target: 1_000 },
  { scale: 3, target: 100 },
] as const;

export const queryBenchmarks: BenchSuite = async function* (ctx) {
  const { driver, config } = await ctx.neo4j();
  const { database } = config;
  const { queries, errors } = await loadSavedQueries();
  if (errors.length > 0)
    throw new Error(`saved queries that do not parse: ${errors.map((e) => e.file).join(', ')}`);

  // The bench database is its own (bench/run.ts), so emptying it touches no one's data.
  await clearDatabase(driver, database);
  await ingestFiles({ files: [SEED], config, driver });

  const distDir = await mkdtemp(join(tmpdir(), 'bench-queries-'));
  const server = await startExplorerServer({ neo4j: config, port: 0, distDir });
  try {
    for (const query of queries) yield await timeQuery(server, query, 'seed', 100);

    const who = queries.find((q) => q.id === 'who-opposes-what');
    if (who) {
      yield await measure(
        { name: 'query-direct:who-opposes-what:seed', target: 50, warmup: 5, runs: 30 },
        () => server.service.read(who.cypher, toDriverParams(defaultParams(who))),
      );
    }

    for (const { scale, target } of SCALES) {
      process.stderr.write(`building the synthetic graph at scale ${scale}…\n`);
      // Each size replaces the last one's synthetic nodes; the seed article stays.
      await clearDatabase(driver, database, 'syn-');
      const built = await buildSynthetic(driver, database, scale);
      const label = `synthetic-${Math.round(built.nodes / 1000)}k`;
      process.stderr.write(`${label}: ${built.nodes} nodes, ${built.relationships} relationships\n`);
      for (const query of queries) yield await timeQuery(server, query, label, target);
    }
  } finally {
    await server.close();
    await rm(distDir, { recursive: true, force: true });
  }
};

/** Runs `cypher` in an auto-commit transaction (which CALL { } IN TRANSACTIONS needs). */
async function autoCommit(
  driver: Driver,
  database: string,
  cypher: string,
  params: Record<string, unknown> = {},
) {
  const session = driver.session({ database });
  try {
    return await session.run(cypher, params);
  } finally {
    await session.close();
  }
}

async function timeQuery(
  server: ExplorerServer,
  query: SavedQueryEntry,
  graph: string,
  target: number,
): Promise<QueryBenchResult> {
  let last: QueryResponse | null = null;
  const run = async () => {
    const response = await fetch(`${server.url}/api/query`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ cypher: query.cypher, params: defaultParams(query) }),
    });
    last = (await response.json()) as QueryResponse;
    if (last.error) throw new Error(`${query.id} on ${graph}: ${last.error.message}`);
  };
  const result = await measure({ name: `query:${query.id}:${graph}`, target, warmup: 3, runs: 15 }, run);
  const response = last as QueryResponse | null;
  return {
    ...result,
    graph,
    status: response?.status ?? 'none',
    rows: response?.rows.length ?? 0,
    nodes: response?.graph.nodes.length ?? 0,
    relationships: response?.graph.relationships.length ?? 0,
  };
}

/** Runs a statement of the synthetic build and logs what it created. */
type BuildStep = (cypher: string, params?: Record<string, JsonValue>) => Promise<QueryResult>;

/**
 * Adds a negotiation-shaped graph to what is loaded: articles, actors, meetings (three participants each,
 * every status), proposals (two proposers, discussed at a meeting), stances of every polarity toward
 * proposals, actors and meetings, and one quote per element in an article. Participants and holders are
 * drawn from all actors, the seed's included, so the saved queries' defaults reach into it; each proposal
 * gets its `stanceCount` from the ingest's own count (ingest/load/events.ts). Deterministic.
 */
async function buildSynthetic(
  driver: Driver,
  database: string,
  scale: number,
): Promise<{ nodes: number; relationships: number }> {
  const run: BuildStep = async (cypher, params = {}) => {
    // Whole numbers as Cypher integers (the driver sends JS numbers as floats: 'x' + 3.0 is 'x3.0').
    const result = await autoCommit(driver, database, cypher, toDriverParams(params));
    const counters = result.summary.counters.updates();
    process.stderr.write(
      `  ${counters.nodesCreated} nodes, ${counters.relationshipsCreated} relationships\n`,
    );
    return result;
  };
  const sizes = {
    articles: SYNTHETIC.articles * scale,
    actors: SYNTHETIC.actors * scale,
    meetings: SYNTHETIC.meetings * scale,
    proposals: SYNTHETIC.proposals * scale,
    stances: SYNTHETIC.stances * scale,
  };
  await createNodes(run, sizes);
  await createRelationships(run, sizes);
  // Each proposal's stanceCount, as the ingest's schema step gives a database loaded without it.
  await backfillStanceCounts(driver, database);
  const { records } = await run('RETURN COUNT { (n) } AS nodes, COUNT { ()-[r]->() } AS relationships');
  const record = records[0];
  return {
    nodes: Number(record?.get('nodes') ?? 0),
    relationships: Number(record?.get('relationships') ?? 0),
  };
}

type Sizes = Record<keyof typeof SYNTHETIC, number>;

/** The synthetic articles, actors, meetings, proposals and stances, and one quote for each. */
async function createNodes(run: BuildStep, sizes: Sizes): Promise<void> {
  await run(
    `UNWIND range(0, $n - 1) AS i
     CREATE (:Article {id: 'syn-article-' + i, title: 'Synthetic report ' + i,
       date: toString(date('2024-01-01') + duration({days: i % 400})), source: 'Synthetic', url: null,
       text: 'Synthetic report ' + i})`,
    { n: sizes.articles },
  );
  await run(
    `UNWIND range(0, $n - 1) AS i
     CREATE (a:Actor:Person {id: 'syn-actor-' + i, name: 'Negotiator ' + i, kind: 'person', aliases: []})`,
    { n: sizes.actors },
  );
  await run(
    `UNWIND range(0, $n - 1) AS i
     CREATE (:Meeting {id: 'syn-meeting-' + i, label: 'Round ' + i, place: 'City ' + (i % 40),
       date: CASE WHEN i % 3 = 0 THEN null ELSE toString(date('2024-01-01') + duration({days: i % 400})) END,
       status: ['held', 'planned', 'proposed', 'cancelled'][i % 4]})`,
    { n: sizes.meetings },
  );
  await run(
    `UNWIND range(0, $n - 1) AS i
     CREATE (:Proposal {id: 'syn-proposal-' + i, label: 'Draft ' + i, terms: ['term ' + i, 'clause ' + (i % 17)]})`,
    { n: sizes.proposals },
  );
  await run(
    `UNWIND range(0, $n - 1) AS i
     CREATE (:Stance {id: 'syn-stance-' + i, polarity: ['support', 'oppose', 'mixed', 'neutral'][i % 4],
       summary: 'position ' + i})`,
    { n: sizes.stances },
  );
  // One quote per synthetic element, in an article; every element is evidenced by its quote.
  await run(
    `MATCH (x) WHERE x.id STARTS WITH 'syn-' AND NOT x:Article
     CALL (x) {
       WITH x, 'syn-quote-' + x.id AS qid
       MATCH (article:Article {id: 'syn-article-' + (toInteger(split(x.id, '-')[2]) % $articles)})
       CREATE (x)-[:EVIDENCED_BY]->(q:Quote {id: qid, text: 'Synthetic report', start: 0, end: 16})-[:IN]->(article)
     } IN TRANSACTIONS OF ${BATCH} ROWS`,
    { articles: sizes.articles },
  );
}

/**
 * Who attended, proposed and holds what, and what each stance is toward. The actors are picked by their
 * place among every actor in id order; the rows carry the picked ids, so that each batch of the
 * relationships' creates holds only its own rows (a list of every actor on every row went over the
 * memory cap per transaction).
 */
async function createRelationships(run: BuildStep, sizes: Sizes): Promise<void> {
  const { records } = await run('MATCH (a:Actor) RETURN a.id AS id ORDER BY id');
  const actorIds = records.map((r) => String(r.get('id')));
  const actorAt = (n: number) => actorIds[n % actorIds.length] ?? '';
  const upTo = (n: number) => Array.from({ length: n }, (_, i) => i);
  await run(
    `UNWIND $rows AS row
     CALL (row) {
       MATCH (m:Meeting {id: row.meeting})
       UNWIND row.actors AS actorId
       MATCH (a:Actor {id: actorId})
       CREATE (a)-[:ATTENDED {quoteIds: ['syn-quote-' + m.id]}]->(m)
     } IN TRANSACTIONS OF ${BATCH} ROWS`,
    {
      rows: upTo(sizes.meetings).map((i) => ({
        meeting: `syn-meeting-${i}`,
        actors: [0, 1, 2].map((k) => actorAt(i * 7 + k * 131)),
      })),
    },
  );
  await run(
    `UNWIND $rows AS row
     CALL (row) {
       MATCH (p:Proposal {id: row.proposal}), (m:Meeting {id: row.meeting})
       CREATE (m)-[:DISCUSSED {quoteIds: ['syn-quote-' + p.id]}]->(p)
       WITH p, row
       UNWIND row.actors AS actorId
       MATCH (a:Actor {id: actorId})
       CREATE (a)-[:PROPOSED {quoteIds: ['syn-quote-' + p.id]}]->(p)
     } IN TRANSACTIONS OF ${BATCH} ROWS`,
    {
      rows: upTo(sizes.proposals).map((i) => ({
        proposal: `syn-proposal-${i}`,
        meeting: `syn-meeting-${(i * 2) % sizes.meetings}`,
        actors: [0, 1].map((k) => actorAt(i * 11 + k * 257)),
      })),
    },
  );
  await run(
    `UNWIND $rows AS row
     CALL (row) {
       MATCH (s:Stance {id: row.stance}), (holder:Actor {id: row.holder})
       CREATE (holder)-[:HOLDS {quoteIds: ['syn-quote-' + s.id]}]->(s)
       WITH s, row.i AS i
       OPTIONAL MATCH (p:Proposal {id: 'syn-proposal-' + (i % $proposals)}) WHERE i % 3 = 0
       OPTIONAL MATCH (m:Meeting {id: 'syn-meeting-' + (i % $meetings)}) WHERE i % 3 = 1
       OPTIONAL MATCH (a:Actor {id: 'syn-actor-' + ((i * 17) % $actors)}) WHERE i % 3 = 2
       WITH s, coalesce(p, m, a) AS target
       CREATE (s)-[:TOWARD {quoteIds: ['syn-quote-' + s.id]}]->(target)
     } IN TRANSACTIONS OF ${BATCH} ROWS`,
    {
      rows: upTo(sizes.stances).map((i) => ({ stance: `syn-stance-${i}`, i, holder: actorAt(i * 13) })),
      proposals: sizes.proposals,
      meetings: sizes.meetings,
      actors: sizes.actors,
    },
  );
}
