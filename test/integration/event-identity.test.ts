// One meeting, one proposal, across articles, on the real test Neo4j: three articles written for this test
// (test/fixtures/event-articles/) report one meeting twice, repeat one ceasefire offer, answer it with a
// counter-proposal by the other side, and tell a second meeting of the same two ministers weeks later.
// The two reports are one Meeting with evidence from both, the counter-proposal and the later meeting stay
// apart, loading the articles in another order gives the same graph, and loading them again changes nothing.
// A fourth (test/fixtures/event-articles-later/) looks back weeks later at the first meeting, dated: it
// joins that meeting whichever is loaded first, although its article is far from theirs.
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../ingest';
import { articlesIn } from '../support/fixtures';
import { testConfig } from '../support/neo4j';
import { clearDatabase, contentLines, query, snapshot, testDriver } from './graph-snapshot';

const DIR = join('test', 'fixtures', 'event-articles');
const FILES = articlesIn(DIR);
const LATER = articlesIn(join('test', 'fixtures', 'event-articles-later'));

let driver: Driver;

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
});

afterAll(async () => {
  await driver?.close();
});

interface EventRow {
  label: string;
  place: string | null;
  articles: string[];
  actors: string[];
}

/** Every meeting or proposal with the titles of the articles that evidence it and its actors' names. */
async function events(label: 'Meeting' | 'Proposal'): Promise<EventRow[]> {
  const rel = label === 'Meeting' ? 'ATTENDED' : 'PROPOSED';
  return query<EventRow>(
    driver,
    `MATCH (e:${label})
     OPTIONAL MATCH (e)-[:EVIDENCED_BY]->(:Quote)-[:IN]->(a:Article)
     WITH e, collect(DISTINCT a.title) AS articles
     OPTIONAL MATCH (x:Actor)-[:${rel}]->(e)
     WITH e, articles, x ORDER BY x.name
     RETURN e.label AS label, e.place AS place, articles, collect(x.name) AS actors
     ORDER BY e.label, size(articles)`,
  );
}

const sorted = (xs: string[] | undefined) => [...(xs ?? [])].sort();

describe('meetings and proposals across articles', { timeout: 300_000 }, () => {
  let ordered: string[];

  it('gives one Meeting for two reports of one meeting, with evidence from both', async () => {
    await ingestFiles({ files: FILES, config: testConfig() });
    const meetings = await events('Meeting');
    expect(meetings).toHaveLength(2);
    const pellham = meetings.find((m) => m.place === 'Pellham');
    expect(sorted(pellham?.articles)).toEqual([
      'Norvia and Casterland Open Border Talks in Pellham',
      'Pellham Talks End Without Agreement',
    ]);
    expect(pellham?.actors).toEqual(['Alina Dovrek', 'Tomas Reyl']);
    // The second round weeks later, between the same two ministers, stays its own meeting.
    const ardmore = meetings.find((m) => m.place === 'Ardmore');
    expect(ardmore?.articles).toEqual(['Norvia and Casterland Meet Again in Ardmore']);
    ordered = await contentLines(driver);
  });

  it('merges one offer told twice, and keeps the counter-proposal by the other side apart', async () => {
    const proposals = await events('Proposal');
    const byDovrek = proposals.filter((p) => p.actors.join() === 'Alina Dovrek');
    const ceasefire = byDovrek.find((p) => p.articles.length === 2);
    expect(sorted(ceasefire?.articles)).toEqual([
      'Norvia and Casterland Open Border Talks in Pellham',
      'Pellham Talks End Without Agreement',
    ]);
    const counter = proposals.filter((p) => p.actors.join() === 'Tomas Reyl');
    expect(counter).toHaveLength(1);
    expect(counter[0]?.articles).toEqual(['Pellham Talks End Without Agreement']);
    // Reyl's rejection points at his own counter-proposal's node or the offer's, never at a node gone.
    const dangling = await query<{ c: number }>(
      driver,
      'MATCH (s:Stance) WHERE NOT (s)-[:TOWARD]->() RETURN count(s) AS c',
    );
    expect(dangling[0]?.c).toBe(0);
  });

  it('changes nothing when the same articles are ingested again', async () => {
    const before = await snapshot(driver);
    const again = await ingestFiles({ files: FILES, config: testConfig() });
    expect(await snapshot(driver)).toEqual(before);
    for (const article of again.articles) {
      expect(article.written).toMatchObject({
        nodesCreated: 0,
        nodesDeleted: 0,
        relationshipsCreated: 0,
        relationshipsDeleted: 0,
      });
    }
  });

  it('gives the same graph in the reverse order, and in another order', async () => {
    for (const order of [[...FILES].reverse(), [FILES[1], FILES[2], FILES[0]] as string[]]) {
      await clearDatabase(driver);
      await ingestFiles({ files: order, config: testConfig() });
      expect(await contentLines(driver)).toEqual(ordered);
    }
  });

  it('joins a dated meeting told weeks later to its earlier reports, in either order', async () => {
    const pellham = async () => (await events('Meeting')).filter((m) => m.place === 'Pellham');
    const told = [
      'Norvia and Casterland Open Border Talks in Pellham',
      'Norvia and Casterland Still Apart on the Border',
      'Pellham Talks End Without Agreement',
    ];
    await clearDatabase(driver);
    await ingestFiles({ files: [...FILES, ...LATER], config: testConfig() });
    expect((await pellham()).map((m) => sorted(m.articles))).toEqual([told]);
    const later = await contentLines(driver);
    await clearDatabase(driver);
    await ingestFiles({ files: [...LATER, ...FILES], config: testConfig() });
    expect((await pellham()).map((m) => sorted(m.articles))).toEqual([told]);
    expect(await contentLines(driver)).toEqual(later);
  });
});
