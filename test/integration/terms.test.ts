// What proposals trade, through the real ingest into the real test Neo4j: Term nodes under their proposal
// with the side each is for, counter-proposals linked to what they answer, quotes on every one of these
// relationships, nothing changed by a second load, stale terms gone with a revised article, and two
// articles about one deal giving the same graph in either order.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../support/neo4j';
import { ingestFiles } from '../../ingest';
import { extractArticle } from '../../ingest/extract';
import { parseArticle } from '../../ingest/article/read';
import { loadExtraction } from '../../ingest/load/neo4j';
import { clearDatabase, contentLines, query, snapshot, testDriver } from './graph-snapshot';

const SEED = 'data/articles/seed-article.txt';

let driver: Driver;

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  await ingestFiles({ files: [SEED], driver, config: testConfig() });
});

afterAll(async () => {
  await driver?.close();
});

interface TermRow {
  proposal: string;
  role: string;
  text: string;
  for: string[];
}

const termRows = () =>
  query<TermRow>(
    driver,
    `MATCH (p:Proposal)-[:HAS_TERM]->(t:Term)
     OPTIONAL MATCH (t)-[:FOR]->(a:Actor)
     RETURN p.id AS proposal, t.id AS id, t.role AS role, t.text AS text, collect(a.name) AS for`,
  );

describe('the seed article: what is traded for what', () => {
  it('has one proposal where Ukraine gives access to its minerals and gets security guarantees', async () => {
    const rows = await termRows();
    const gives = rows.filter(
      (r) => r.role === 'gives' && /minerals/i.test(r.text) && r.for.includes('Ukraine'),
    );
    const gets = rows.filter(
      (r) => r.role === 'gets' && /security guarantees/i.test(r.text) && r.for.includes('Ukraine'),
    );
    const shared = gives.filter((g) => gets.some((x) => x.proposal === g.proposal));
    expect(shared).toHaveLength(1);
    // The side that gives the minerals is not also said to get them.
    expect(gives.every((g) => !g.for.includes('United States'))).toBe(true);
  });

  it('links the changes Ukraine put forward to the initial US offer they answer', async () => {
    const rows = await query<{ counter: string; answered: string }>(
      driver,
      `MATCH (ua:Actor {name: 'Ukraine'})-[:PROPOSED]->(c:Proposal)-[:COUNTERS]->(o:Proposal)<-[:PROPOSED]-(us:Actor {name: 'United States'})
       WHERE toLower(c.label) CONTAINS 'changes'
       MATCH (o)-[:EVIDENCED_BY]->(q:Quote) WHERE q.text CONTAINS 'initial US offer'
       RETURN DISTINCT c.label AS counter, o.label AS answered`,
    );
    expect(rows).toHaveLength(1);
  });

  it('puts quotes on every HAS_TERM, FOR and COUNTERS relationship, and evidence on every Term', async () => {
    const bare = await query<{ c: number }>(
      driver,
      `MATCH ()-[r:HAS_TERM|FOR|COUNTERS]->()
       WHERE r.quoteIds IS NULL OR size(r.quoteIds) = 0
          OR any(id IN r.quoteIds WHERE NOT EXISTS { MATCH (:Quote {id: id}) })
       RETURN count(r) AS c`,
    );
    expect(bare[0]?.c).toBe(0);
    const unevidenced = await query<{ c: number }>(
      driver,
      'MATCH (t:Term) WHERE NOT EXISTS { (t)-[:EVIDENCED_BY]->(:Quote) } RETURN count(t) AS c',
    );
    expect(unevidenced[0]?.c).toBe(0);
    const orphan = await query<{ c: number }>(
      driver,
      'MATCH (t:Term) WHERE NOT EXISTS { (:Proposal)-[:HAS_TERM]->(t) } RETURN count(t) AS c',
    );
    expect(orphan[0]?.c).toBe(0);
  });

  it('changes nothing when the seed is ingested again', async () => {
    const before = await snapshot(driver);
    const again = await ingestFiles({ files: [SEED], driver, config: testConfig() });
    expect(await snapshot(driver)).toEqual(before);
    expect(again.articles[0]?.written).toMatchObject({
      nodesCreated: 0,
      nodesDeleted: 0,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
    });
  });
});

const DEAL_A = [
  'Title: Norway and Finland near ports deal',
  'Date: 2025-03-10',
  'Source: Test Wire',
  '',
  'Talks resumed in Oslo on Monday. Finnish and Norwegian negotiators are seeking to finalize a deal on Finnish access to Norwegian ports in exchange for fishing rights, officials said.',
].join('\n');

const DEAL_B = [
  'Title: Ports deal takes shape',
  'Date: 2025-03-12',
  'Source: Test Wire',
  '',
  'Officials met again on Wednesday. Norway and Finland are seeking to finalize a deal on Finnish access to Norwegian ports in exchange for fishing rights, a diplomat said.',
].join('\n');

describe('terms of one deal in two articles', () => {
  let dir: string;
  const files: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'terms-'));
    for (const [name, text] of [
      ['a.txt', DEAL_A],
      ['b.txt', DEAL_B],
    ] as const) {
      const file = join(dir, name);
      await writeFile(file, text);
      files.push(file);
    }
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("hangs both articles' terms on the one merged proposal, for the one Norway node, in either order", async () => {
    await clearDatabase(driver);
    await ingestFiles({ files, driver, config: testConfig() });
    const forward = await contentLines(driver);
    const rows = await termRows();
    expect(new Set(rows.map((r) => r.proposal)).size).toBe(1);
    expect(rows.filter((r) => r.role === 'gives' && r.for.includes('Norway'))).toHaveLength(2);
    await clearDatabase(driver);
    await ingestFiles({ files: [...files].reverse(), driver, config: testConfig() });
    expect(await contentLines(driver)).toEqual(forward);
  });

  it('removes the terms an article no longer states when its extraction changes', async () => {
    await clearDatabase(driver);
    const doc = extractArticle(parseArticle(DEAL_A, 'a.txt'));
    await loadExtraction(driver, doc, { database: testConfig().database });
    expect((await termRows()).length).toBe(2);
    const revised = structuredClone(doc);
    for (const p of revised.proposals) p.termRoles = (p.termRoles ?? []).filter((t) => t.role !== 'gets');
    await loadExtraction(driver, revised, { database: testConfig().database });
    const left = await termRows();
    expect(left.map((r) => r.role)).toEqual(['gives']);
    const stray = await query<{ c: number }>(driver, 'MATCH (t:Term) RETURN count(t) AS c');
    expect(stray[0]?.c).toBe(1);
  });
});
