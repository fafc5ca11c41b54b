// Concurrent ingests against the real test Neo4j: eight ingests at once, each with its own driver, over
// overlapping subsets of the lake articles (test/fixtures/lake-articles/, which name the same people
// with different titles and spellings) in different orders, must leave exactly the graph that one serial
// run leaves: no alias lost to a read-then-write race, no duplicate node or relationship, no order effect.
// Then the prune, held open at a precise step while another article's load runs into it: a re-load that
// drops an actor must not delete it while another article is adding evidence to it, whichever goes first.
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { ingestFiles } from '../../ingest';
import { applySchema, loadExtraction } from '../../ingest/load/neo4j';
import type { Extraction } from '../../schema';
import { harbourExtraction } from '../fixtures/harbour-extraction';
import { articlesIn } from '../support/fixtures';
import { testConfig } from '../support/neo4j';
import { clearDatabase, contentLines, query, testDriver } from './graph-snapshot';

const DIR = join('test', 'fixtures', 'lake-articles');
const FILES = articlesIn(DIR);
const INGESTS = 8;
const ROUNDS = 3;

let driver: Driver;
let serial: string[];

/** The files of ingest k: five of the eight, starting at k, every other one backwards. */
function subset(k: number): string[] {
  const picked = [0, 1, 2, 3, 4].map((i) => FILES[(k + i * 3) % FILES.length] ?? '');
  return k % 2 === 0 ? picked : picked.reverse();
}

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  await ingestFiles({ files: FILES, config: testConfig() });
  serial = await contentLines(driver);
}, 120_000);

afterAll(async () => {
  await driver?.close();
});

describe('eight ingests at once', () => {
  it('the subsets overlap and together hold every article', () => {
    const all = new Set(Array.from({ length: INGESTS }, (_, k) => subset(k)).flat());
    expect([...all].sort()).toEqual(FILES);
    expect(FILES.length).toBeGreaterThanOrEqual(6);
  });

  it('the serial run merged one actor named in several articles under several spellings', async () => {
    const rows = await query<{ name: string; aliases: string[]; articles: number }>(
      driver,
      `MATCH (a:Actor)-[:EVIDENCED_BY]->(:Quote)-[:IN]->(art:Article)
       WITH a, count(DISTINCT art) AS articles WHERE articles >= 3
       RETURN a.name AS name, a.aliases AS aliases, articles`,
    );
    // Without shared actors whose aliases grow from several articles there would be no race to lose.
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.some((r) => r.aliases.length >= 3)).toBe(true);
  });

  for (let round = 1; round <= ROUNDS; round++) {
    it(`leave exactly the graph of one serial run (round ${round} of ${ROUNDS})`, async () => {
      await clearDatabase(driver);
      const runs = Array.from({ length: INGESTS }, (_, k) =>
        ingestFiles({ files: subset((k + round) % INGESTS), config: testConfig() }),
      );
      const results = await Promise.all(runs);
      expect(results.map((r) => r.articles.length)).toEqual(Array(INGESTS).fill(5));
      expect(await contentLines(driver)).toEqual(serial);
    });
  }
});

/** The harbour article (re-)extracted down to one actor, or as another article naming only that actor. */
function withOnly(actorId: string, articleId?: string): Extraction {
  const doc = harbourExtraction();
  const actors = doc.actors.filter((a) => a.id === actorId);
  const article = articleId ? { ...doc.article, id: articleId } : doc.article;
  return { article, actors, meetings: [], proposals: [], stances: [] };
}

/** Resolves once some transaction waits for a lock another one holds. */
async function someTransactionBlocked(): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const rows = await query<{ status: string }>(
      driver,
      "SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH 'Blocked' RETURN status",
    );
    if (rows.length > 0) return;
    await sleep(50);
  }
  throw new Error('no transaction became blocked');
}

describe('a re-load that drops an actor, while another article adds evidence to it', () => {
  const { database } = testConfig();
  // Article A first names Ruiz, Hale and the guild; re-extracted, it names only Ruiz, so its re-load
  // deletes Hale (nothing else cites him). Article B names only Hale.
  const first = harbourExtraction();
  const reload = withOnly('person-ana-ruiz');
  const other = withOnly('person-tom-hale', 'article-b');
  let expected: string[];

  beforeAll(async () => {
    await clearDatabase(driver);
    await applySchema(driver, database);
    for (const doc of [first, reload, other]) await loadExtraction(driver, doc, { database });
    expected = await contentLines(driver);
    expect(expected.some((l) => l.includes('"id":"person-tom-hale"'))).toBe(true);
  });

  it('keeps the actor when the other article writes it first and the re-load waits on its lock', async () => {
    await clearDatabase(driver);
    await loadExtraction(driver, first, { database });
    let reloading: Promise<unknown> = Promise.resolve();
    await loadExtraction(driver, other, {
      database,
      onStep: async (step) => {
        // B has written Hale and its evidence, uncommitted; A's re-load starts and must wait for B.
        if (step !== 'prune:elements') return;
        reloading = loadExtraction(driver, reload, { database });
        await someTransactionBlocked();
      },
    });
    await reloading;
    expect(await contentLines(driver)).toEqual(expected);
  });

  it('re-creates the actor when the re-load deletes it first and the other article waits', async () => {
    await clearDatabase(driver);
    await loadExtraction(driver, first, { database });
    let adding: Promise<unknown> = Promise.resolve();
    await loadExtraction(driver, reload, {
      database,
      onStep: async (step) => {
        // A's re-load has deleted Hale, uncommitted; B starts and must wait for A.
        if (step !== 'prune:quotes') return;
        adding = loadExtraction(driver, other, { database });
        await someTransactionBlocked();
      },
    });
    await adding;
    expect(await contentLines(driver)).toEqual(expected);
  });
});
