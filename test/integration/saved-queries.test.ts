// Every saved query of cypher/queries/, listed by GET /api/queries and run through POST /api/query (the
// read-only guards included) against the seed article in the real test Neo4j, with its answer checked
// against what the article says and what Cypher counts directly.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphJson, JsonValue, QueryResponse, SavedQueryEntry } from '../../frontend/shared/api';
import { defaultParams } from '../../frontend/shared/savedQuery';
import { SCHEMA_CYPHER } from '../../frontend/src/core/queries';
import { ingestFiles } from '../../ingest';
import { ACTOR_KEY_LABEL } from '../../schema/vocabulary';
import { startApiServer, type ApiServer } from '../support/explorerApi';
import { testConfig } from '../support/neo4j';
import { clearDatabase, query, testDriver } from './graph-snapshot';

const SEED = 'data/articles/seed-article.txt';
const ZELENSKIY = 'Volodymyr Zelenskiy';
const TRUMP = 'Donald Trump';
const PUTIN = 'Vladimir Putin';
const KELLOGG = 'Keith Kellogg';
const US_OFFER = 'Initial US offer';

const REQUIRED = [
  'Meetings and who attended',
  'Who proposed what',
  'Who opposes what',
  'Who supports what',
  'Everything one actor said or did',
  'Shortest paths between two actors',
  'Most connected actors',
  'The quotes behind one actor',
  'Proposals and the stances toward each',
  'Meetings planned but not held',
  "One article's whole graph",
  'Timeline of articles, meetings and stances',
];

let driver: Driver;
let api: ApiServer;
let saved: SavedQueryEntry[];

type Row = Record<string, JsonValue>;

function rows(response: QueryResponse): Row[] {
  return response.rows.map((row) => Object.fromEntries(response.columns.map((c, i) => [c, row[i] ?? null])));
}

const nodeNamed = (graph: GraphJson, name: string) =>
  graph.nodes.find((n) => n.properties.name === name || n.properties.label === name);

async function count(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  return (await query<{ c: number }>(driver, cypher, params))[0]?.c ?? -1;
}

async function run(
  id: string,
  params: Record<string, JsonValue> = {},
): Promise<{ response: QueryResponse; rows: Row[] }> {
  const entry = saved.find((q) => q.id === id);
  if (!entry) throw new Error(`no saved query ${id}`);
  const response = await api.query(entry.cypher, { ...defaultParams(entry), ...params });
  expect(response.error, `${id}: ${response.error?.message}`).toBeUndefined();
  expect(response.status).toBe('complete');
  return { response, rows: rows(response) };
}

/** What each saved query must answer on the seed article; a new file without a check fails the suite. */
const CHECKS: Record<string, () => Promise<void>> = {
  'meetings-and-participants': async () => {
    const { response, rows: meetings } = await run('meetings-and-participants');
    expect(meetings).toHaveLength(await count('MATCH (m:Meeting) RETURN count(m) AS c'));
    const kyiv = meetings.find((m) => m.date === '2025-02-20');
    expect(kyiv?.participants).toEqual(expect.arrayContaining([ZELENSKIY, KELLOGG]));
    expect(kyiv?.status).toBe('held');
    const attended = response.graph.relationships.filter((r) => r.type === 'ATTENDED');
    expect(attended).toHaveLength(
      await count('MATCH (:Actor)-[r:ATTENDED]->(:Meeting) RETURN count(r) AS c'),
    );
  },
  'who-proposed-what': async () => {
    const { response, rows: proposals } = await run('who-proposed-what');
    const offer = proposals.find((p) => p.proposal === US_OFFER);
    expect(offer?.proposers).toContain('United States');
    expect((offer?.terms as string[]).some((t) => t.includes('50% of license sales'))).toBe(true);
    expect(response.graph.relationships.every((r) => r.type === 'PROPOSED')).toBe(true);
    expect(response.graph.relationships).toHaveLength(
      await count('MATCH ()-[r:PROPOSED]->() RETURN count(r) AS c'),
    );
  },
  'who-opposes-what': async () => {
    const { response, rows: stances } = await run('who-opposes-what');
    expect(stances).toContainEqual(expect.objectContaining({ holder: ZELENSKIY, target: US_OFFER }));
    expect(stances).toHaveLength(
      await count("MATCH (:Actor)-[:HOLDS]->(s:Stance {polarity: 'oppose'}) RETURN count(s) AS c"),
    );
    const polarities = response.graph.nodes
      .filter((n) => n.labels.includes('Stance'))
      .map((n) => n.properties.polarity);
    expect(new Set(polarities)).toEqual(new Set(['oppose']));
    // Narrowed to one holder by an alias.
    const { rows: his } = await run('who-opposes-what', { actor: 'Zelenskiy' });
    expect(new Set(his.map((r) => r.holder))).toEqual(new Set([ZELENSKIY]));
    expect(his.map((r) => r.target)).toContain(US_OFFER);
  },
  'who-supports-what': async () => {
    const { response, rows: stances } = await run('who-supports-what');
    const zelenskiy = stances.find((s) => s.holder === ZELENSKIY);
    expect(zelenskiy?.target).toMatch(/minerals/i);
    expect(stances.map((s) => s.holder)).toContain('United States');
    const polarities = response.graph.nodes
      .filter((n) => n.labels.includes('Stance'))
      .map((n) => n.properties.polarity);
    expect(new Set(polarities)).toEqual(new Set(['support']));
  },
  'actor-activity': async () => {
    const { response, rows: acts } = await run('actor-activity');
    expect(new Set(acts.map((a) => a.actor))).toEqual(new Set([ZELENSKIY]));
    const said = acts.map((a) => `${(a.how as string[]).join('>')} ${String(a.what)}`);
    expect(said).toContainEqual(expect.stringMatching(/^ATTENDED .*Kellogg/));
    expect(said).toContain(`HOLDS>TOWARD ${US_OFFER}`);
    expect(said.some((s) => s.startsWith('HOLDS>EVIDENCED_BY '))).toBe(true);
    expect(acts.filter((a) => (a.how as string[])[0] === 'ATTENDED')).toHaveLength(
      await count('MATCH (:Actor {name: $name})-[r:ATTENDED]->() RETURN count(r) AS c', { name: ZELENSKIY }),
    );
    expect(nodeNamed(response.graph, ZELENSKIY)).toBeDefined();
  },
  'shortest-path-between-actors': async () => {
    const { response, rows: paths } = await run('shortest-path-between-actors');
    expect(paths.length).toBeGreaterThan(0);
    const hops = await count(
      `MATCH (a:Actor {name: $from}), (b:Actor {name: $to})
       MATCH p = shortestPath((a)-[:ATTENDED|PROPOSED|HOLDS|TOWARD|DISCUSSED*..12]-(b)) RETURN length(p) AS c`,
      { from: ZELENSKIY, to: PUTIN },
    );
    const zelenskiy = nodeNamed(response.graph, ZELENSKIY)!;
    const putin = nodeNamed(response.graph, PUTIN)!;
    for (const row of paths) {
      expect(row.hops).toBe(hops);
      const path = row.path as { $ref: 'path'; nodes: string[]; relationships: string[] };
      expect(path.nodes[0]).toBe(zelenskiy.elementId);
      expect(path.nodes.at(-1)).toBe(putin.elementId);
      expect(path.relationships).toHaveLength(hops);
    }
  },
  'most-connected-actors': async () => {
    const { response, rows: ranked } = await run('most-connected-actors');
    expect(ranked.length).toBe(Math.min(10, await count('MATCH (a:Actor) RETURN count(a) AS c')));
    const scores = ranked.map((r) => r.connections as number);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const r of ranked) {
      expect(r.connections).toBe(
        (r.meetings as number) +
          (r.proposals as number) +
          (r.stancesHeld as number) +
          (r.stancesToward as number),
      );
    }
    expect(ranked.slice(0, 3).map((r) => r.name)).toContain(ZELENSKIY);
    expect(response.graph.nodes.every((n) => n.labels.includes('Actor'))).toBe(true);
    expect((await run('most-connected-actors', { limit: 2 })).rows).toHaveLength(2);
  },
  'quotes-behind-actor': async () => {
    const { response, rows: quotes } = await run('quotes-behind-actor');
    expect(quotes).toHaveLength(
      await count('MATCH (:Actor {name: $name})-[:EVIDENCED_BY]->(q:Quote) RETURN count(q) AS c', {
        name: ZELENSKIY,
      }),
    );
    const [article] = await query<{ text: string }>(driver, 'MATCH (a:Article) RETURN a.text AS text');
    for (const q of quotes) expect(article?.text).toContain(q.quote);
    expect(quotes.map((q) => q.quote)).toContain('Zelenskiy');
    expect(response.graph.nodes.filter((n) => n.labels.includes('Article'))).toHaveLength(1);
  },
  'proposals-and-stances': async () => {
    const { rows: proposals } = await run('proposals-and-stances');
    expect(proposals).toHaveLength(await count('MATCH (p:Proposal) RETURN count(p) AS c'));
    const offer = proposals.find((p) => p.proposal === US_OFFER);
    expect(offer?.oppose).toContain(ZELENSKIY);
    expect(offer?.support).toEqual([]);
    const deal = proposals.find((p) => /minerals/i.test(String(p.proposal)) && p.proposal !== US_OFFER);
    expect(deal?.support).toEqual(expect.arrayContaining(['United States', ZELENSKIY]));
  },
  'claims-on-anonymous-sources': async () => {
    const { response, rows: claims } = await run('claims-on-anonymous-sources');
    expect(claims.length).toBeGreaterThan(0);
    expect(claims).toHaveLength(
      await count(`MATCH (e)-[:EVIDENCED_BY]->(q:Quote) WHERE e:Meeting OR e:Proposal OR e:Stance
        WITH e, collect(q.attribution) AS kinds WHERE all(k IN kinds WHERE k = 'anonymous')
        RETURN count(e) AS c`),
    );
    const [article] = await query<{ text: string }>(driver, 'MATCH (a:Article) RETURN a.text AS text');
    for (const claim of claims) {
      expect(['Meeting', 'Proposal', 'Stance']).toContain(claim.kind);
      const quotes = claim.quotes as string[];
      expect(quotes.length).toBeGreaterThan(0);
      for (const quote of quotes) expect(article?.text).toContain(quote);
      for (const source of claim.sources as string[]) expect(article?.text).toContain(source);
    }
    const quoteNodes = response.graph.nodes.filter((n) => n.labels.includes('Quote'));
    expect(quoteNodes.length).toBeGreaterThan(0);
    for (const q of quoteNodes) expect(q.properties.attribution).toBe('anonymous');
  },
  'meetings-not-held': async () => {
    const { response, rows: meetings } = await run('meetings-not-held');
    expect(meetings.length).toBe(
      await count("MATCH (m:Meeting) WHERE m.status <> 'held' RETURN count(m) AS c"),
    );
    for (const m of meetings) expect(['planned', 'proposed', 'cancelled']).toContain(m.status);
    expect(meetings.map((m) => m.actors)).toContainEqual(expect.arrayContaining([TRUMP, PUTIN]));
    expect(
      response.graph.nodes
        .filter((n) => n.labels.includes('Meeting'))
        .every((n) => n.properties.status !== 'held'),
    ).toBe(true);
  },
  'article-graph': async () => {
    const {
      response,
      rows: [article],
    } = await run('article-graph', { article: 'Ramp Up Talks' });
    // The database holds this one article, so its graph is the whole graph.
    expect(response.graph.nodes).toHaveLength(
      await count('MATCH (n) WHERE NOT n:ActorKey RETURN count(n) AS c'),
    );
    expect(response.graph.relationships).toHaveLength(await count('MATCH ()-[r]->() RETURN count(r) AS c'));
    expect(article?.quoteCount).toBe(await count('MATCH (q:Quote) RETURN count(q) AS c'));
    const none = await api.query(saved.find((q) => q.id === 'article-graph')!.cypher, {
      article: 'no such article',
    });
    expect(none.rows).toEqual([]);
  },
  timeline: async () => {
    const { rows: events } = await run('timeline');
    expect(events).toHaveLength(
      await count(
        'RETURN COUNT { (:Article) } + COUNT { (:Meeting) } + COUNT { (:Actor)-[:HOLDS]->(:Stance) } AS c',
      ),
    );
    const days = events.map((e) => e.day as string | null);
    const dated = days.filter((d): d is string => d !== null);
    expect(dated).toEqual([...dated].sort());
    expect(events[0]).toMatchObject({ day: '2025-02-20', dating: 'dated', kind: 'meeting' });
    expect(events.map((e) => e.what)).toContain(`${ZELENSKIY} opposes ${US_OFFER}`);
  },
  'who-met-whom': async () => {
    const { rows: pairs } = await run('who-met-whom');
    expect(pairs).toContainEqual(expect.objectContaining({ actor: KELLOGG, met: ZELENSKIY }));
    for (const p of pairs) expect(String(p.actor) < String(p.met)).toBe(true);
  },
  'stances-toward-actor': async () => {
    const { rows: stances } = await run('stances-toward-actor', { actor: 'Trump' });
    expect(stances).toContainEqual(expect.objectContaining({ holder: ZELENSKIY, polarity: 'oppose' }));
  },
  contradictions: async () => {
    // One article alone: every row is a CONTRADICTS or a proposal with conflicting figures, as Cypher counts.
    const { response, rows: found } = await run('contradictions');
    const stances = found.filter((r) => r.kind === 'stance');
    expect(stances).toHaveLength(await count('MATCH ()-[c:CONTRADICTS]->() RETURN count(c) AS c'));
    expect(found.filter((r) => r.kind === 'figures')).toHaveLength(
      await count('MATCH (p:Proposal) WHERE p.conflictingTerms IS NOT NULL RETURN count(p) AS c'),
    );
    for (const r of stances) expect(r.earlierPolarity).not.toBe(r.laterPolarity);
    expect(response.graph.relationships.filter((r) => r.type === 'CONTRADICTS')).toHaveLength(stances.length);
  },
};

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  await ingestFiles({ files: [SEED], config: testConfig() });
  api = await startApiServer();
  const listed = await api.savedQueries();
  expect(listed.errors).toEqual([]);
  saved = listed.queries;
});

afterAll(async () => {
  await api?.close();
  await driver?.close();
});

describe('GET /api/queries', () => {
  it('lists every saved query by name, with its parameters and defaults', () => {
    expect(saved.length).toBeGreaterThanOrEqual(12);
    expect(saved.map((q) => q.name)).toEqual(expect.arrayContaining(REQUIRED));
    expect(saved.map((q) => q.name)).toEqual(
      [...saved.map((q) => q.name)].sort((a, b) => a.localeCompare(b, 'en')),
    );
    const shortest = saved.find((q) => q.id === 'shortest-path-between-actors');
    expect(shortest?.params.map((p) => [p.name, p.type, p.default])).toEqual([
      ['from', 'string', ZELENSKIY],
      ['to', 'string', PUTIN],
    ]);
  });

  it('has a check below for every saved query', () => {
    expect(saved.map((q) => q.id).sort()).toEqual(Object.keys(CHECKS).sort());
  });
});

describe('each saved query on the seed article', () => {
  for (const [id, check] of Object.entries(CHECKS)) it(id, check);
});

/** The saved queries that list, each answering a page of rows at a time. */
const PAGED = [
  'claims-on-anonymous-sources',
  'meetings-and-participants',
  'meetings-not-held',
  'most-connected-actors',
  'proposals-and-stances',
  'timeline',
  'who-met-whom',
  'who-opposes-what',
  'who-proposed-what',
  'who-supports-what',
];

describe('the saved queries that list, page by page', () => {
  it('declare $skip from 0 and a whole $limit', () => {
    const paged = saved.filter((q) => q.params.some((p) => p.name === 'skip'));
    expect(paged.map((q) => q.id).sort()).toEqual(PAGED);
    for (const q of paged) {
      const page = Object.fromEntries(q.params.map((p) => [p.name, [p.type, p.default]]));
      expect(page.skip, q.id).toEqual(['integer', 0]);
      expect(page.limit?.[0], q.id).toBe('integer');
    }
  });

  for (const id of PAGED) {
    it(`${id}: pages of two rows join into the whole list, each row with its whole graph`, async () => {
      const whole = await run(id, { skip: 0, limit: 1_000 });
      const joined: JsonValue[][] = [];
      const relationships = new Set<string>();
      for (let skip = 0; ; skip += 2) {
        const { response } = await run(id, { skip, limit: 2 });
        joined.push(...response.rows);
        for (const r of response.graph.relationships) relationships.add(r.elementId);
        if (response.rows.length < 2) break;
      }
      // Rows hold their nodes, relationships and paths as references: equal rows reach the same graph.
      expect(joined).toEqual(whole.response.rows);
      expect([...relationships].sort()).toEqual(
        whole.response.graph.relationships.map((r) => r.elementId).sort(),
      );
    });
  }
});

describe("the Cypher editor's completion", () => {
  it("offers the graph's labels, and not the label of the ingest's own lookup nodes", async () => {
    expect(await count(`MATCH (k:${ACTOR_KEY_LABEL}) RETURN count(k) AS c`)).toBeGreaterThan(0);
    const response = await api.query(SCHEMA_CYPHER, {});
    expect(response.error, response.error?.message).toBeUndefined();
    const labels = response.rows[0]?.[0];
    expect(labels).toEqual(expect.arrayContaining(['Actor', 'Meeting', 'Proposal', 'Stance', 'Quote']));
    expect(labels).not.toContain(ACTOR_KEY_LABEL);
  });
});
