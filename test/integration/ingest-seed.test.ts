// The seed article through the real ingest into the real test Neo4j, checked with Cypher: the actors,
// meeting, proposal and stance the article states, evidence everywhere, quotes that are the article's own
// text, idempotent re-ingest, and a load that fails mid-way leaving the database exactly as it was.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../support/neo4j';
import { ingestFiles, type IngestResult } from '../../ingest';
import { clearDatabase, query, snapshot, testDriver } from './graph-snapshot';

const SEED = 'data/articles/seed-article.txt';
const DOMAIN_TYPES = ['ATTENDED', 'PROPOSED', 'HOLDS', 'TOWARD', 'DISCUSSED'];
const LICENSE_TERM = '50% of license sales';

let driver: Driver;
let first: IngestResult;

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  first = await ingestFiles({ files: [SEED], driver, config: testConfig() });
});

afterAll(async () => {
  await driver?.close();
});

const count = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await query<{ c: number }>(driver, cypher, params))[0]?.c ?? -1;

describe('the seed article in Neo4j', () => {
  it('reports what it wrote', () => {
    expect(first.articles).toHaveLength(1);
    const [report] = first.articles;
    expect(report?.written?.nodesCreated).toBeGreaterThan(0);
    expect(first.database?.nodes.Article).toBe(1);
  });

  it.each(['Zelenskiy', 'Trump', 'Kellogg', 'Bessent', 'Putin', 'Vance'])(
    'has one Actor node for %s',
    async (surname) => {
      expect(
        await count('MATCH (a:Actor) WHERE a.name CONTAINS $surname RETURN count(a) AS c', { surname }),
      ).toBe(1);
    },
  );

  it('gives every actor its kind label', async () => {
    expect(
      await count(
        'MATCH (a:Actor) WHERE size([l IN labels(a) WHERE l IN $kinds]) <> 1 RETURN count(a) AS c',
        { kinds: ['Person', 'Country', 'Organization', 'Group'] },
      ),
    ).toBe(0);
    expect(await count("MATCH (a:Actor:Person) WHERE a.name CONTAINS 'Zelenskiy' RETURN count(a) AS c")).toBe(
      1,
    );
  });

  it('has a meeting in Kyiv attended by Zelenskiy and Kellogg', async () => {
    const c = await count(
      `MATCH (z:Actor)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(k:Actor)
       WHERE z.name CONTAINS 'Zelenskiy' AND k.name CONTAINS 'Kellogg' AND m.place = 'Kyiv'
       RETURN count(DISTINCT m) AS c`,
    );
    expect(c).toBeGreaterThanOrEqual(1);
  });

  it(`has a proposal whose terms include "${LICENSE_TERM}", opposed by Zelenskiy`, async () => {
    expect(
      await count('MATCH (p:Proposal) WHERE any(t IN p.terms WHERE t CONTAINS $term) RETURN count(p) AS c', {
        term: LICENSE_TERM,
      }),
    ).toBeGreaterThanOrEqual(1);
    const c = await count(
      `MATCH (z:Actor)-[:HOLDS]->(s:Stance {polarity: 'oppose'})-[:TOWARD]->(p:Proposal)
       WHERE z.name CONTAINS 'Zelenskiy' AND any(t IN p.terms WHERE t CONTAINS $term)
       RETURN count(s) AS c`,
      { term: LICENSE_TERM },
    );
    expect(c).toBeGreaterThanOrEqual(1);
  });

  it('ties every actor, meeting, proposal and stance to at least one quote', async () => {
    for (const label of ['Actor', 'Meeting', 'Proposal', 'Stance']) {
      expect(await count(`MATCH (n:${label}) RETURN count(n) AS c`), label).toBeGreaterThan(0);
      expect(
        await count(`MATCH (n:${label}) WHERE NOT (n)-[:EVIDENCED_BY]->(:Quote) RETURN count(n) AS c`),
        label,
      ).toBe(0);
    }
  });

  it('stores quotes that are exactly the article text at their offsets, each IN one article', async () => {
    expect(await count('MATCH (q:Quote) RETURN count(q) AS c')).toBeGreaterThan(0);
    expect(
      await count(
        `MATCH (q:Quote)-[:IN]->(a:Article)
         WHERE q.text <> substring(a.text, q.start, q.end - q.start) RETURN count(q) AS c`,
      ),
    ).toBe(0);
    expect(
      await count('MATCH (q:Quote) WHERE COUNT { (q)-[:IN]->(:Article) } <> 1 RETURN count(q) AS c'),
    ).toBe(0);
  });

  it('puts non-empty quoteIds on every domain relationship, each naming a Quote node', async () => {
    const rels = await query<{ type: string; quoteIds: string[] | null }>(
      driver,
      'MATCH ()-[r]->() WHERE type(r) IN $types RETURN type(r) AS type, r.quoteIds AS quoteIds',
      { types: DOMAIN_TYPES },
    );
    // The meeting and the stance above imply these three at least.
    for (const type of ['ATTENDED', 'HOLDS', 'TOWARD']) expect(rels.map((r) => r.type)).toContain(type);
    for (const r of rels) expect(r.quoteIds?.length ?? 0, r.type).toBeGreaterThan(0);
    expect(
      await count(
        `MATCH ()-[r]->() WHERE type(r) IN $types
         UNWIND r.quoteIds AS id
         OPTIONAL MATCH (q:Quote {id: id})
         WITH q WHERE q IS NULL RETURN count(*) AS c`,
        { types: DOMAIN_TYPES },
      ),
    ).toBe(0);
  });

  it('changes nothing when the same article is ingested again', async () => {
    const before = await snapshot(driver);
    const again = await ingestFiles({ files: [SEED], driver, config: testConfig() });
    expect(await snapshot(driver)).toEqual(before);
    expect(again.articles[0]?.written).toMatchObject({
      nodesCreated: 0,
      nodesDeleted: 0,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
      labelsAdded: 0,
      labelsRemoved: 0,
    });
  });

  it('leaves the database exactly as it was when an article fails mid-load', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ingest-seed-'));
    try {
      // A new article naming actors already in the graph: committed, it would add nodes and aliases.
      const file = join(dir, 'follow-up.md');
      await writeFile(
        file,
        [
          'Title: Envoy Returns From Kyiv Talks',
          'Date: 2025-02-22',
          'Source: Test Wire',
          '',
          'President Volodymyr Zelenskiy met US envoy Keith Kellogg again in Kyiv on Friday.',
          'Treasury Secretary Scott Bessent proposed a revised minerals agreement.',
          'Zelenskiy opposed the revised agreement, his office said.',
          '',
        ].join('\n'),
      );
      const before = await snapshot(driver);
      const steps: string[] = [];
      const failing = ingestFiles({
        files: [file],
        driver,
        config: testConfig(),
        onStep: (step) => {
          steps.push(step);
          // Every node and relationship batch of the article is written by the time the prune starts.
          if (step.startsWith('prune:')) throw new Error('injected failure');
        },
      });
      await expect(failing).rejects.toThrow(/follow-up\.md: load rolled back: injected failure/);
      expect(steps[0]).toBe('node:Article');
      expect(await snapshot(driver)).toEqual(before);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
