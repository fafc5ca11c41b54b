// The largest article the ingest accepts (ingest/article/read.ts, MAX_ARTICLE_BYTES) against the test
// Neo4j, whose transactions are capped at 128 MB (db/neo4j.conf): made of the bench's invented news
// (bench/newsCorpus.ts) under one header, it loads in its one transaction and loads again without a change.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateNewsCorpus } from '../../bench/newsCorpus';
import { extractFile, ingestFiles } from '../../ingest';
import { MAX_ARTICLE_BYTES } from '../../ingest/article/read';
import { buildLoadPlan } from '../../ingest/load/rows';
import { testConfig } from '../support/neo4j';
import { clearDatabase, query, snapshot, testDriver } from './graph-snapshot';

let driver: Driver;
let dir: string;

/** One article of the corpus's bodies, up to `bytes` of UTF-8, under a header of its own. */
function largeArticle(title: string, bytes: number, seed: number): string {
  const header = `Title: ${title}\nDate: 2024-03-01\nSource: Invented for the test\n\n`;
  let text = header;
  for (const file of generateNewsCorpus({ articles: 2_000, seed })) {
    const body = file.text.slice(file.text.indexOf('\n\n') + 2);
    if (Buffer.byteLength(text + body) + 2 > bytes) break;
    text += `${body}\n\n`;
  }
  return text;
}

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  dir = await mkdtemp(join(tmpdir(), 'large-article-'));
});

afterAll(async () => {
  await clearDatabase(driver);
  await driver.close();
  await rm(dir, { recursive: true, force: true });
});

describe('an article of the largest size accepted', () => {
  it('loads in one transaction, and again without a change', async () => {
    const file = join(dir, 'large.txt');
    const text = largeArticle('A month of harbour talks', MAX_ARTICLE_BYTES, 7);
    expect(Buffer.byteLength(text)).toBeGreaterThan(MAX_ARTICLE_BYTES * 0.95);
    await writeFile(file, text);

    const first = await ingestFiles({ files: [file], config: testConfig() });
    expect(first.failed).toEqual([]);
    // Every quote of the load plan is in the graph, and they are many.
    const plan = buildLoadPlan(await extractFile(file));
    const quotes = plan.nodes.find((b) => b.label === 'Quote')?.rows.length ?? 0;
    expect(quotes).toBeGreaterThan(1_000);
    const [counts] = await query<{ quotes: number }>(driver, 'MATCH (q:Quote) RETURN count(q) AS quotes');
    expect(counts!.quotes).toBe(quotes);

    const before = await snapshot(driver);
    const again = await ingestFiles({ files: [file], config: testConfig() });
    expect(again.failed).toEqual([]);
    expect(await snapshot(driver)).toEqual(before);
  }, 600_000);
});
