// Each Proposal's `stanceCount` (ingest/load/events.ts) on the real test Neo4j: after a first load, a second
// article whose proposal joins the same group, a load again, a revised article that drops or re-targets its
// stance or whose proposal leaves the group, articles whose actors and proposals merge across the corpus
// (test/fixtures/), and a database loaded before proposals kept the count. Each time the stored count is
// the number of stances with a holder toward the proposal, and the saved query that pages by it
// (cypher/queries/proposals-and-stances.cypher) returns what counting at read time returns.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseSavedQuery } from '../../frontend/shared/savedQuery';
import { ingestFiles } from '../../ingest';
import { backfillStanceCounts } from '../../ingest/load/events';
import { applySchema, loadExtraction } from '../../ingest/load/neo4j';
import type { Extraction } from '../../schema';
import { harbourExtraction } from '../fixtures/harbour-extraction';
import { articlesIn } from '../support/fixtures';
import { testConfig } from '../support/neo4j';
import { clearDatabase, query, testDriver } from './graph-snapshot';

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

const load = (doc: Extraction) => loadExtraction(driver, doc, { database });

/** The same document as another article: its own article, meeting, proposal and stance ids. */
function asOtherArticle(doc: Extraction, articleId: string): Extraction {
  return JSON.parse(JSON.stringify(doc).replaceAll(doc.article.id, articleId)) as Extraction;
}

interface Counted {
  label: string;
  stored: number | null;
  counted: number;
}

/** Every proposal with its stored count beside the count of its stances with a holder, by label. */
async function counts(): Promise<Counted[]> {
  return query<Counted>(
    driver,
    `MATCH (p:Proposal)
     RETURN p.label AS label, p.stanceCount AS stored,
            COUNT { (:Actor)-[:HOLDS]->(:Stance)-[:TOWARD]->(p) } AS counted
     ORDER BY label, p.id`,
  );
}

/** Asserts that every proposal's stored count is its count; returns the stored counts by label. */
async function expectExact(): Promise<Record<string, number | null>> {
  const rows = await counts();
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(row.stored, row.label).toBe(row.counted);
  return Object.fromEntries(rows.map((r) => [r.label, r.stored]));
}

/** Proposals that stances of more than one article are toward (a proposal grouped across articles). */
async function stancesFromSeveralArticles(): Promise<unknown[]> {
  return query(
    driver,
    `MATCH (p:Proposal)<-[:TOWARD]-(:Stance)-[:EVIDENCED_BY]->(:Quote)-[:IN]->(a:Article)
     WITH p, count(DISTINCT a) AS articles WHERE articles > 1
     RETURN p.id AS id`,
  );
}

const TIMETABLE = 'Ferry timetable';

describe('a proposal keeps the number of stances toward it', { timeout: 300_000 }, () => {
  it('after a first load, a second article on the same proposal, and a load again', async () => {
    const first = harbourExtraction();
    await load(first);
    expect(await expectExact()).toEqual({ [TIMETABLE]: 1 });
    // The other article's timetable joins the same group: its stance counts on the one node.
    await load(asOtherArticle(harbourExtraction(), 'article-other'));
    expect(await expectExact()).toEqual({ [TIMETABLE]: 2 });
    await load(first);
    expect(await expectExact()).toEqual({ [TIMETABLE]: 2 });
  });

  it('after a revised article drops its stance, turns it toward an actor, or takes it back', async () => {
    const first = harbourExtraction();
    await load(first);
    await load(asOtherArticle(harbourExtraction(), 'article-other'));
    const dropped = harbourExtraction();
    dropped.stances = dropped.stances.filter((s) => !s.id.endsWith('stance-1'));
    await load(dropped);
    expect(await expectExact()).toEqual({ [TIMETABLE]: 1 });
    const retargeted = harbourExtraction();
    retargeted.stances[0]!.target = 'person-ana-ruiz';
    await load(retargeted);
    expect(await expectExact()).toEqual({ [TIMETABLE]: 1 });
    await load(first);
    expect(await expectExact()).toEqual({ [TIMETABLE]: 2 });
  });

  it('after a revised article takes its proposal out of the group, and back', async () => {
    const first = harbourExtraction();
    await load(first);
    await load(asOtherArticle(harbourExtraction(), 'article-other'));
    // Proposed by the guild instead: no longer the same proposal as the other article's.
    const apart = harbourExtraction();
    apart.proposals[0]!.proposers = ['organization-alden-fishers-guild'];
    apart.proposals[0]!.label = 'Guild timetable';
    await load(apart);
    expect(await expectExact()).toEqual({ 'Guild timetable': 1, [TIMETABLE]: 1 });
    await load(first);
    expect(await expectExact()).toEqual({ [TIMETABLE]: 2 });
  });

  it('across articles whose actors and proposals merge, in either order', async () => {
    const stored: number[] = [];
    let merged = 0;
    for (const dir of ['event-articles', 'identity-articles', 'reversal-articles']) {
      const files = articlesIn(join('test', 'fixtures', dir));
      await ingestFiles({ files, config: testConfig() });
      const inOrder = await expectExact();
      merged += (await stancesFromSeveralArticles()).length;
      await clearDatabase(driver);
      await ingestFiles({ files: [...files].reverse(), config: testConfig() });
      expect(await expectExact(), dir).toEqual(inOrder);
      await clearDatabase(driver);
      stored.push(...Object.values(inOrder).map((n) => n ?? 0));
    }
    // Some of these proposals have stances toward them, not only zeros, and some are one node that
    // several articles' stances are toward.
    expect(Math.max(...stored)).toBeGreaterThan(0);
    expect(merged).toBeGreaterThan(0);
  });

  it('in a database loaded before proposals kept it, once the schema is applied again', async () => {
    await load(harbourExtraction());
    await load(asOtherArticle(harbourExtraction(), 'article-other'));
    await driver.executeQuery('MATCH (p:Proposal) REMOVE p.stanceCount', {}, { database });
    expect((await counts()).map((r) => r.stored)).toEqual([null]);
    await applySchema(driver, database);
    expect(await expectExact()).toEqual({ [TIMETABLE]: 2 });
    // Once every proposal has its count, the check finds none missing and nothing is counted again.
    expect(await backfillStanceCounts(driver, database)).toBe(0);
    await driver.executeQuery('MATCH (p:Proposal) REMOVE p.stanceCount', {}, { database });
    expect(await backfillStanceCounts(driver, database)).toBe(1);
    expect(await expectExact()).toEqual({ [TIMETABLE]: 2 });
  });
});

describe('proposals-and-stances', { timeout: 300_000 }, () => {
  it('pages in the order that counting the stances at read time gives', async () => {
    const files = ['event-articles', 'identity-articles', 'reversal-articles', 'figure-articles'].flatMap(
      (dir) => articlesIn(join('test', 'fixtures', dir)),
    );
    await ingestFiles({
      files: [join('data', 'articles', 'seed-article.txt'), ...files],
      config: testConfig(),
    });
    const parsed = parseSavedQuery(readFileSync('cypher/queries/proposals-and-stances.cypher', 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    const saved = parsed.query.cypher;
    // The same query with the count taken at read time, as it was before proposals kept it.
    const counting = `MATCH (p:Proposal)
      WITH p, COUNT { (:Actor)-[:HOLDS]->(:Stance)-[:TOWARD]->(p) } AS stanceCount
      ${saved.slice(saved.indexOf('ORDER BY stanceCount'))}`;
    const read = async (cypher: string, skip: number, limit: number) =>
      (await query(driver, cypher, { skip: neo4j.int(skip), limit: neo4j.int(limit) })).map((row) => ({
        ...row,
        p: (row.p as { elementId: string }).elementId,
        // Each stance path by its relationships, so their order in the list counts too.
        stances: (row.stances as { segments: { relationship: { elementId: string } }[] }[]).map((path) =>
          path.segments.map((segment) => segment.relationship.elementId).join('>'),
        ),
      }));
    const whole = await read(saved, 0, 1_000);
    expect(whole.length).toBeGreaterThan(5);
    expect(whole).toEqual(await read(counting, 0, 1_000));
    expect(await read(saved, 3, 4)).toEqual(await read(counting, 3, 4));
    expect(whole.filter((r) => (r.stances as string[]).length > 1).length).toBeGreaterThan(0);
    // Every other proposal from the most discussed loses its count (a database loaded before
    // proposals kept it, not ingested into since): each one still appears, in its place.
    await query(
      driver,
      `MATCH (p:Proposal) WITH p ORDER BY p.stanceCount DESC, p.id
       WITH collect(p) AS proposals UNWIND range(0, size(proposals) - 1, 2) AS i
       WITH proposals[i] AS p REMOVE p.stanceCount`,
    );
    const [uncounted] = await query<{ all: number; held: number }>(
      driver,
      `MATCH (p:Proposal) WHERE p.stanceCount IS NULL
       RETURN count(p) AS all, count(CASE WHEN EXISTS { (:Actor)-[:HOLDS]->(:Stance)-[:TOWARD]->(p) } THEN 1 END) AS held`,
    );
    expect(uncounted!.all).toBeGreaterThan(2);
    expect(uncounted!.held).toBeGreaterThan(0);
    expect(whole).toEqual(await read(saved, 0, 1_000));
    expect(await read(saved, 3, 4)).toEqual(await read(counting, 3, 4));
  });
});
