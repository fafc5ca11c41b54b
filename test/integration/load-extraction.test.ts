// The loader on a hand-written extraction document (independent of the extractor) against the real test
// Neo4j: the schema it applies, what one article writes, aliases merged across articles, re-loads that
// change nothing or replace what an article no longer states, and rollback at every step of the load.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testConfig } from '../support/neo4j';
import {
  InvalidExtractionError,
  applySchema,
  awaitSearchIndexes,
  loadExtraction,
} from '../../ingest/load/neo4j';
import { buildLoadPlan, planCounts } from '../../ingest/load/rows';
import type { Extraction } from '../../schema';
import { harbourExtraction } from '../fixtures/harbour-extraction';
import { clearDatabase, query, snapshot, testDriver } from './graph-snapshot';

const { database } = testConfig();
let driver: Driver;

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  await applySchema(driver, database);
});

beforeEach(async () => {
  await clearDatabase(driver);
});

afterAll(async () => {
  await driver?.close();
});

/** The same document as another article: new article id, and its own meeting/proposal/stance ids. */
function asOtherArticle(doc: Extraction, articleId: string): Extraction {
  const json = JSON.stringify(doc).replaceAll(doc.article.id, articleId);
  return JSON.parse(json) as Extraction;
}

const load = (doc: unknown, onStep?: (step: string) => void) =>
  loadExtraction(driver, doc, { database, onStep });

describe('applySchema', () => {
  it('creates a uniqueness constraint per label and the full-text indexes, idempotently', async () => {
    // Created anew here: a test database kept from before may hold them with other settings.
    for (const name of ['actor_names', 'quote_text']) {
      await driver.executeQuery(`DROP INDEX ${name} IF EXISTS`, {}, { database });
    }
    // The token index of an earlier version, which nothing reads any more: applying the schema drops it.
    await driver.executeQuery(
      'CREATE FULLTEXT INDEX article_actor_tokens IF NOT EXISTS FOR (n:Article) ON EACH [n.actorTokens]',
      {},
      { database },
    );
    await applySchema(driver, database);
    await applySchema(driver, database);
    const constraints = await query<{ labels: string[]; props: string[] }>(
      driver,
      "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties WHERE type = 'UNIQUENESS' RETURN labelsOrTypes AS labels, properties AS props",
    );
    for (const label of ['Article', 'Actor', 'Meeting', 'Proposal', 'Stance', 'Quote', 'ActorKey']) {
      expect(constraints).toContainEqual({ labels: [label], props: ['id'] });
    }
    const indexes = await query<{ name: string; state: string }>(
      driver,
      "SHOW INDEXES YIELD name, type, state WHERE type = 'FULLTEXT' RETURN name, state",
    );
    expect(indexes).toEqual(
      expect.arrayContaining([
        { name: 'actor_names', state: 'ONLINE' },
        { name: 'quote_text', state: 'ONLINE' },
        { name: 'actor_key_tokens', state: 'ONLINE' },
      ]),
    );
    // Only the ingest's own lookup is updated inside each article's commit; the search indexes follow it.
    const consistency = await query<{ name: string; eventual: boolean | null }>(
      driver,
      "SHOW INDEXES YIELD name, type, options WHERE type = 'FULLTEXT' RETURN name, options.indexConfig.`fulltext.eventually_consistent` AS eventual ORDER BY name",
    );
    expect(consistency).toEqual([
      { name: 'actor_key_tokens', eventual: false },
      { name: 'actor_names', eventual: true },
      { name: 'quote_text', eventual: true },
    ]);
  });
});

describe('loadExtraction', () => {
  it('writes what the plan holds, and finds actors by alias through the full-text index', async () => {
    const doc = harbourExtraction();
    const counters = await load(doc);
    const planned = planCounts(buildLoadPlan(doc));
    const snap = await snapshot(driver);
    expect(snap.relationships).toEqual(planned.relationships);
    expect(snap.nodes).toMatchObject({ ...planned.nodes, Person: 2, Organization: 1 });
    expect(counters.nodesCreated).toBe(Object.values(planned.nodes).reduce((a, b) => a + b, 0));

    // The ingest waits for the search indexes at the end of a run (ingestFiles); so does this test.
    await awaitSearchIndexes(driver, database);
    const hits = await query<{ name: string }>(
      driver,
      "CALL db.index.fulltext.queryNodes('actor_names', 'Ruiz') YIELD node RETURN node.name AS name",
    );
    expect(hits).toEqual([{ name: 'Ana Ruiz' }]);
    const [quote] = await query<{ start: number; text: string }>(
      driver,
      "CALL db.index.fulltext.queryNodes('quote_text', 'winter') YIELD node RETURN node.start AS start, node.text AS text",
    );
    expect(quote?.text).toContain('a later winter service');
    expect(Number.isInteger(quote?.start)).toBe(true);
    const [toward] = await query<{ name: string }>(
      driver,
      "MATCH (:Actor {name: 'Alden Fishers Guild'})-[:HOLDS]->(:Stance)-[:TOWARD]->(a:Actor) RETURN a.name AS name",
    );
    expect(toward?.name).toBe('Ana Ruiz');
  });

  it('changes nothing, not even element ids, when the same document is loaded again', async () => {
    await load(harbourExtraction());
    const before = await snapshot(driver);
    const counters = await load(harbourExtraction());
    expect(await snapshot(driver)).toEqual(before);
    expect(counters).toMatchObject({
      nodesCreated: 0,
      nodesDeleted: 0,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
    });
  });

  it('keeps one node per actor across articles and unions their aliases', async () => {
    await load(harbourExtraction());
    const other = asOtherArticle(harbourExtraction(), 'article-other');
    const ruiz = other.actors.find((a) => a.id === 'person-ana-ruiz');
    if (ruiz) ruiz.aliases = ['Mayor Ruiz', 'Ruiz'];
    await load(other);
    const before = await snapshot(driver);
    // The meeting both articles report is one node as well (ingest/identity/events.ts).
    expect(before.nodes).toMatchObject({ Article: 2, Actor: 3, Meeting: 1, Stance: 4 });
    const [row] = await query<{ aliases: string[] }>(
      driver,
      "MATCH (a:Actor {id: 'person-ana-ruiz'}) RETURN a.aliases AS aliases",
    );
    expect(row?.aliases).toEqual(['Ruiz', 'Mayor Ruiz']);
    // The full-text index covers the aliases list too, not only the name.
    await awaitSearchIndexes(driver, database);
    const hits = await query<{ id: string }>(
      driver,
      "CALL db.index.fulltext.queryNodes('actor_names', 'mayor') YIELD node RETURN node.id AS id",
    );
    expect(hits).toEqual([{ id: 'person-ana-ruiz' }]);
    // Loading either article again adds no alias and no relationship.
    await load(harbourExtraction());
    await load(other);
    expect(await snapshot(driver)).toEqual(before);
  });

  it('replaces what an earlier load of the same article holds and this one does not, and nothing else', async () => {
    const original = harbourExtraction();
    await load(original);
    // The other article reports no meeting, so the revised one below is this article's alone.
    const other = asOtherArticle(harbourExtraction(), 'article-other');
    other.meetings = [];
    await load(other);
    const ids = async () =>
      new Map(
        (
          await query<{ id: string; e: string }>(driver, 'MATCH (n) RETURN n.id AS id, elementId(n) AS e')
        ).map((r) => [r.id, r.e]),
      );
    const before = await ids();

    // A later extractor drops the guild's stance, Hale's attendance and one mention of Ruiz.
    const revised = harbourExtraction();
    revised.stances = revised.stances.filter((s) => !s.id.endsWith('stance-2'));
    revised.meetings[0]!.participants = ['person-ana-ruiz'];
    revised.actors[0]!.mentions.pop();
    const counters = await load(revised);
    expect(counters.nodesCreated).toBe(0);

    const stance2 = `${original.article.id}-stance-2`;
    const after = await ids();
    expect(after.has(stance2)).toBe(false);
    expect(after.has('article-other-stance-2')).toBe(true);
    for (const [id, e] of after) expect(before.get(id), id).toBe(e);
    const attended = await query<{ name: string }>(
      driver,
      'MATCH (a:Actor)-[:ATTENDED]->(m:Meeting {id: $id}) RETURN a.name AS name',
      { id: original.meetings[0]!.id },
    );
    expect(attended).toEqual([{ name: 'Ana Ruiz' }]);
    // The quotes of the dropped mention and of the dropped stance are gone.
    const quotes = await query<{ c: number }>(
      driver,
      'MATCH (q:Quote)-[:IN]->(:Article {id: $id}) RETURN count(q) AS c',
      { id: original.article.id },
    );
    expect(quotes[0]?.c).toBe(buildLoadPlan(revised).nodes.find((b) => b.label === 'Quote')?.rows.length);

    // Loading the original again restores exactly what the first load wrote (ids of re-created nodes aside).
    await load(original);
    const restored = await snapshot(driver);
    await clearDatabase(driver);
    await load(original);
    await load(other);
    const fresh = await snapshot(driver);
    expect({ ...restored, identities: '' }).toEqual({ ...fresh, identities: '' });
  });

  it('deletes an actor that only a dropped element of this article mentioned', async () => {
    await load(harbourExtraction());
    const revised = harbourExtraction();
    revised.actors = revised.actors.filter((a) => a.kind !== 'organization');
    revised.stances = revised.stances.filter((s) => !s.id.endsWith('stance-2'));
    await load(revised);
    const snap = await snapshot(driver);
    expect(snap.nodes.Organization ?? 0).toBe(0);
    expect(snap.nodes.Actor).toBe(2);
  });

  it('refuses a document the schema refuses, before writing anything', async () => {
    await load(harbourExtraction());
    const before = await snapshot(driver);
    const bad = harbourExtraction();
    bad.stances[0]!.evidence[0]!.start += 1;
    await expect(load(bad)).rejects.toThrow(InvalidExtractionError);
    await expect(load({ article: bad.article })).rejects.toThrow(/invalid extraction document at actors/);
    expect(await snapshot(driver)).toEqual(before);
  });

  it('rolls back completely when the load fails at any step', async () => {
    const steps: string[] = [];
    await load(harbourExtraction(), (s) => steps.push(s));
    expect(steps.length).toBeGreaterThan(15);
    expect(new Set(steps).size).toBe(steps.length);
    await clearDatabase(driver);
    await load(asOtherArticle(harbourExtraction(), 'article-other'));
    const before = await snapshot(driver);
    for (const failAt of steps) {
      const failing = load(harbourExtraction(), (s) => {
        if (s === failAt) throw new Error(`injected at ${s}`);
      });
      await expect(failing).rejects.toThrow(`injected at ${failAt}`);
      expect(await snapshot(driver), failAt).toEqual(before);
    }
  });
});
