// One actor, one node, across articles, on the real test Neo4j: three articles written for this test
// (test/fixtures/identity-articles/) spell one minister three ways and name an envoy by surname alone in
// the last one; each person is one Actor with evidence from every article that names them, re-ingesting
// changes nothing, and loading the articles in another order gives the same graph. Then a surname alone
// that becomes ambiguous: hand-written documents, loaded in every order, and one that fails mid-way.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../ingest';
import { reportLines } from '../../ingest/identity/report';
import { readResolution } from '../../ingest/load/identity';
import { applySchema, loadExtraction } from '../../ingest/load/neo4j';
import type { Extraction } from '../../schema';
import { articlesIn } from '../support/fixtures';
import { testConfig } from '../support/neo4j';
import { clearDatabase, contentLines, query, snapshot, testDriver } from './graph-snapshot';

const DIR = join('test', 'fixtures', 'identity-articles');
const FILES = articlesIn(DIR);

let driver: Driver;

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
});

afterAll(async () => {
  await driver?.close();
});

interface PersonRow {
  id: string;
  name: string;
  aliases: string[];
  articles: string[];
}

async function people(): Promise<PersonRow[]> {
  return query<PersonRow>(
    driver,
    `MATCH (p:Person)
     OPTIONAL MATCH (p)-[:EVIDENCED_BY]->(:Quote)-[:IN]->(a:Article)
     WITH p, a ORDER BY a.title
     RETURN p.id AS id, p.name AS name, p.aliases AS aliases, collect(DISTINCT a.title) AS articles
     ORDER BY id`,
  );
}

describe('three articles, one minister spelled three ways', () => {
  let ordered: string[];

  it('gives one Actor with evidence from each article, and one for the envoy named by surname alone', async () => {
    await clearDatabase(driver);
    await ingestFiles({ files: FILES, config: testConfig() });
    const rows = await people();
    expect(rows.map((r) => r.id)).toEqual(['person-bohdan-kravetsky', 'person-marta-wisniewska']);
    const [minister, envoy] = rows;
    const spellings = ['Bohdan Kravetskiy', 'Bohdan Kravetsky', 'Bohdan Kravétskyy'];
    expect([minister?.name, ...(minister?.aliases ?? [])]).toEqual(expect.arrayContaining(spellings));
    expect(minister?.articles).toEqual([
      'Farmers Object to River Compact',
      'River Compact Signed in Lindhaven',
      'Valdoria and Ostmark Open Talks on River Compact',
    ]);
    expect(envoy?.name).toBe('Marta Wisniewska');
    expect(envoy?.articles).toEqual([
      'River Compact Signed in Lindhaven',
      'Valdoria and Ostmark Open Talks on River Compact',
    ]);
    // The surname alone brings its relationships along: the envoy attended the meeting of the third article.
    const met = await query<{ c: number }>(
      driver,
      `MATCH (:Actor {id: 'person-marta-wisniewska'})-[:ATTENDED]->(m:Meeting)
       MATCH (m)-[:EVIDENCED_BY]->(:Quote)-[:IN]->(:Article {title: 'River Compact Signed in Lindhaven'})
       RETURN count(DISTINCT m) AS c`,
    );
    expect(met[0]?.c).toBe(1);
    ordered = await contentLines(driver);
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

  it('writes the merges with their rules to the --report file of the command', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'identity-report-'));
    try {
      const file = join(dir, 'report.jsonl');
      const code = await new Promise<number>((done) =>
        execFile(join('node_modules', '.bin', 'tsx'), ['ingest/cli.ts', '--report', file, ...FILES], (err) =>
          done(err ? 1 : 0),
        ),
      );
      expect(code).toBe(0);
      const lines = (await readFile(file, 'utf8')).trimEnd().split('\n');
      const merges = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(merges).toEqual([
        expect.objectContaining({
          id: 'person-bohdan-kravetsky',
          spelling: 'Bohdan Kravetsky',
          rule: 'transliteration',
        }),
        expect.objectContaining({
          id: 'person-bohdan-kravetsky',
          spelling: 'Bohdan Kravétskyy',
          rule: 'transliteration',
        }),
        expect.objectContaining({
          id: 'person-marta-wisniewska',
          spelling: 'Wisniewska',
          rule: 'short form',
        }),
        // The meeting two of the articles report is one node too, and the report says so after the actors.
        expect.objectContaining({ decision: 'merged', kind: 'meeting' }),
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('gives the same graph, node for node and relationship for relationship, in the reverse order', async () => {
    await clearDatabase(driver);
    // The surname alone comes first here: it is its own node until the full name arrives.
    await ingestFiles({ files: [...FILES].reverse(), config: testConfig() });
    expect(await contentLines(driver)).toEqual(ordered);
  });
});

/** A one-sentence article naming one person, written by hand (no extractor). */
function onePerson(id: string, name: string, sentence: string): Extraction {
  const start = sentence.indexOf(name);
  return {
    article: { id, title: id, date: '2025-05-01', source: null, url: null, text: sentence },
    actors: [
      {
        id: `a-${id}`,
        name,
        kind: 'person',
        aliases: [],
        mentions: [{ start, end: start + name.length, text: name }],
      },
    ],
    meetings: [],
    proposals: [],
    stances: [
      {
        id: `${id}-stance`,
        holder: `a-${id}`,
        target: `a-${id}`,
        polarity: 'neutral',
        evidence: [{ start: 0, end: sentence.length, text: sentence }],
      },
    ],
  };
}

describe('a surname alone, unambiguous and then ambiguous', () => {
  const { database } = testConfig();
  const anna = onePerson('art-anna', 'Anna Kowalczyk', 'Anna Kowalczyk spoke in Brenna.');
  const alone = onePerson('art-alone', 'Kowalczyk', 'Kowalczyk spoke again in Brenna.');
  const piotr = onePerson('art-piotr', 'Piotr Kowalczyk', 'Piotr Kowalczyk spoke in Tarvo.');
  const load = async (docs: Extraction[]) => {
    await clearDatabase(driver);
    await applySchema(driver, database);
    for (const doc of docs) await loadExtraction(driver, doc, { database });
  };
  const names = async () =>
    (await query<{ name: string }>(driver, 'MATCH (p:Person) RETURN p.name AS name ORDER BY name')).map(
      (r) => r.name,
    );

  it('joins the one person with that surname', async () => {
    await load([alone, anna]);
    expect(await names()).toEqual(['Anna Kowalczyk']);
    const evidence = await query<{ c: number }>(
      driver,
      `MATCH (:Person {name: 'Anna Kowalczyk'})-[:EVIDENCED_BY]->(q:Quote) RETURN count(q) AS c`,
    );
    expect(evidence[0]?.c).toBe(2);
  });

  it('stays apart once two people share it, whatever the order', async () => {
    const orders = [
      [anna, alone, piotr],
      [piotr, alone, anna],
      [alone, anna, piotr],
      [anna, piotr, alone],
    ];
    let first: string[] | undefined;
    for (const order of orders) {
      await load(order);
      expect(await names()).toEqual(['Anna Kowalczyk', 'Kowalczyk', 'Piotr Kowalczyk']);
      const lines = await contentLines(driver);
      first ??= lines;
      expect(lines).toEqual(first);
    }
    const report = reportLines(await readResolution(driver, database)).map((l) => JSON.parse(l) as unknown);
    expect(report).toEqual([
      expect.objectContaining({ decision: 'apart', names: ['Anna Kowalczyk', 'Piotr Kowalczyk'] }),
      expect.objectContaining({
        decision: 'apart',
        names: ['Kowalczyk', 'Anna Kowalczyk', 'Piotr Kowalczyk'],
      }),
    ]);
  });

  it('leaves the database as it was when the article that makes it ambiguous fails mid-way', async () => {
    await load([anna, alone]);
    const steps: string[] = [];
    await loadExtraction(driver, piotr, { database, onStep: (s) => void steps.push(s) });
    expect(steps).toContain('identity:link');
    for (const failAt of steps) {
      await load([anna, alone]);
      const before = await snapshot(driver);
      const failing = loadExtraction(driver, piotr, {
        database,
        onStep: (s) => {
          if (s === failAt) throw new Error(`injected at ${s}`);
        },
      });
      await expect(failing).rejects.toThrow(`injected at ${failAt}`);
      expect(await snapshot(driver), failAt).toEqual(before);
    }
  });
});
