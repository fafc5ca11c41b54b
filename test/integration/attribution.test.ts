// How each quote is sourced, through the real ingest into the real test Neo4j: the seed article's
// anonymous, direct and narrated quotes with SAID from the speaker's Actor node; SAID moving with an
// actor that a later article resolves to another node, the same graph in either order, nothing changed
// by a re-ingest, and a stale SAID removed when the article's extraction changes.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../ingest';
import { parseArticle } from '../../ingest/article/read';
import { extractArticle } from '../../ingest/extract';
import { loadExtraction } from '../../ingest/load/neo4j';
import { testConfig } from '../support/neo4j';
import { clearDatabase, contentLines, query, snapshot, testDriver } from './graph-snapshot';

const SEED = 'data/articles/seed-article.txt';

let driver: Driver;

beforeAll(() => {
  driver = testDriver();
});

afterAll(async () => {
  await driver?.close();
});

interface QuoteRow {
  text: string;
  attribution: string;
  description: string | null;
  speakers: string[];
}

/** Every quote whose text contains `part`, with its attribution and who SAID it. */
async function quotesWith(part: string): Promise<QuoteRow[]> {
  return query<QuoteRow>(
    driver,
    `MATCH (q:Quote) WHERE q.text CONTAINS $part
     OPTIONAL MATCH (a:Actor)-[:SAID]->(q)
     WITH q, collect(a.name) AS speakers ORDER BY q.start, q.end
     RETURN q.text AS text, q.attribution AS attribution, q.sourceDescription AS description, speakers`,
    { part },
  );
}

describe('the seed article’s quotes', () => {
  beforeAll(async () => {
    await clearDatabase(driver);
    await ingestFiles({ files: [SEED], driver, config: testConfig() });
  });

  it('gives every quote an attribution, and a description exactly to the anonymous ones', async () => {
    const rows = await query<{ attribution: string; described: boolean }>(
      driver,
      'MATCH (q:Quote) RETURN q.attribution AS attribution, q.sourceDescription IS NOT NULL AS described',
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(['direct', 'reported', 'anonymous', 'narration']).toContain(row.attribution);
      expect(row.described).toBe(row.attribution === 'anonymous');
    }
  });

  it('reads the quotes that cite "a person with knowledge of the talks" as anonymous, with that description', async () => {
    const rows = await query<{ text: string; attribution: string; speakers: number }>(
      driver,
      `MATCH (q:Quote {sourceDescription: 'a person with knowledge of the talks'})
       RETURN q.text AS text, q.attribution AS attribution, COUNT { (:Actor)-[:SAID]->(q) } AS speakers`,
    );
    expect(rows.length).toBeGreaterThan(0);
    // Each of them lies in the sentence that cites the person.
    const sentence = (
      await query<{ text: string }>(driver, 'MATCH (a:Article) RETURN a.text AS text')
    )[0]!.text
      .split('\n')
      .find((line) => line.includes('a person with knowledge of the talks said'))!;
    for (const row of rows) {
      expect(row.attribution).toBe('anonymous');
      expect(row.speakers).toBe(0);
      expect(sentence).toContain(row.text);
    }
  });

  it('reads Zelenskiy’s words as direct, SAID by his Actor node', async () => {
    const [quote] = await quotesWith('We need strong agreements with the United States');
    expect(quote?.attribution).toBe('direct');
    expect(quote?.description).toBeNull();
    expect(quote?.speakers).toEqual(['Volodymyr Zelenskiy']);
  });

  it('leaves the outlet’s own sentence to narration, with no speaker', async () => {
    const [quote] = await quotesWith('Trump followed with a social media post');
    expect(quote?.attribution).toBe('narration');
    expect(quote?.speakers).toEqual([]);
  });

  it('changes nothing when the article is ingested again', async () => {
    const before = await snapshot(driver);
    const again = await ingestFiles({ files: [SEED], driver, config: testConfig() });
    expect(await snapshot(driver)).toEqual(before);
    expect(again.articles[0]?.written).toMatchObject({ relationshipsCreated: 0, relationshipsDeleted: 0 });
  });
});

describe('SAID across articles', () => {
  let dir: string;
  let files: string[];

  const QUOTED = [
    'Title: Velmar Rejects Orrin Offer',
    'Date: 2024-05-02',
    'Source: Test Wire',
    '',
    'Orrin Foods made an offer for Velmar Mills on Monday.',
    '',
    '“We reject the Orrin Foods offer because it undervalues our mills,” Minister Ruiz said on Tuesday.',
    '',
  ].join('\n');
  const NAMED = [
    'Title: Ruiz Meets Hale',
    'Date: 2024-05-03',
    'Source: Test Wire',
    '',
    'Trade Minister Ana Ruiz met Orrin Foods chief executive Tom Hale in Velmar on Wednesday.',
    '',
  ].join('\n');

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'attribution-'));
    files = [join(dir, 'quoted.txt'), join(dir, 'named.txt')];
    await writeFile(files[0]!, QUOTED);
    await writeFile(files[1]!, NAMED);
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const saidBy = () =>
    query<{ id: string; name: string; text: string }>(
      driver,
      'MATCH (a:Actor)-[:SAID]->(q:Quote) RETURN a.id AS id, a.name AS name, q.text AS text ORDER BY q.start',
    );

  it('moves SAID to the node a later article resolves the speaker to, the same in either order', async () => {
    await clearDatabase(driver);
    await ingestFiles({ files: [files[0]!], driver, config: testConfig() });
    const alone = await saidBy();
    expect(alone.length).toBeGreaterThan(0);
    expect(new Set(alone.map((r) => r.name))).toEqual(new Set(['Ruiz']));

    await ingestFiles({ files: [files[1]!], driver, config: testConfig() });
    const joined = await saidBy();
    expect(joined.map((r) => r.text)).toEqual(alone.map((r) => r.text));
    expect(new Set(joined.map((r) => r.name))).toEqual(new Set(['Ana Ruiz']));
    const ordered = await contentLines(driver);

    await clearDatabase(driver);
    await ingestFiles({ files: [files[1]!, files[0]!], driver, config: testConfig() });
    expect(await contentLines(driver)).toEqual(ordered);
  });

  it('changes nothing on a re-ingest, and drops SAID that a changed extraction no longer has', async () => {
    const before = await snapshot(driver);
    await ingestFiles({ files, driver, config: testConfig() });
    expect(await snapshot(driver)).toEqual(before);

    // The same article read again with every quote left to narration, as a revised extractor might.
    const doc = extractArticle(parseArticle(QUOTED, files[0]!));
    const narrated = doc.quotes?.map(({ start, end }) => ({ start, end, attribution: 'narration' as const }));
    await loadExtraction(driver, { ...doc, quotes: narrated }, { database: testConfig().database });
    expect(await saidBy()).toEqual([]);
    const attributions = await query<{ a: string }>(
      driver,
      'MATCH (q:Quote)-[:IN]->(:Article {title: $title}) RETURN DISTINCT q.attribution AS a',
      { title: 'Velmar Rejects Orrin Offer' },
    );
    expect(attributions.map((r) => r.a)).toEqual(['narration']);
  });
});
