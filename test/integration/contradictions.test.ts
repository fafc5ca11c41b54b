// Contradictions on the real test Neo4j, from articles written for this test: a minister who opposed a
// toll plan and backs it three weeks later (test/fixtures/reversal-articles/, the second article naming
// him by surname alone), and one harbour fund reported with two different sums
// (test/fixtures/figure-articles/). The saved query cypher/queries/contradictions.cypher lists both; the
// CONTRADICTS relationship runs from the later stance to the earlier whatever the loading order; loading
// again changes nothing; and the fictional sample corpus's change of stance is found too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultParams, parseSavedQuery } from '../../frontend/shared/savedQuery';
import { ingestFiles, listArticleFiles } from '../../ingest';
import { articlesIn } from '../support/fixtures';
import { testConfig } from '../support/neo4j';
import { clearDatabase, contentLines, query, snapshot, testDriver } from './graph-snapshot';

const REVERSAL = articlesIn(join('test', 'fixtures', 'reversal-articles'));
const FIGURES = articlesIn(join('test', 'fixtures', 'figure-articles'));
const OTHER_BRENN = articlesIn(join('test', 'fixtures', 'reversal-other-brenn'));

let driver: Driver;

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
});

afterAll(async () => {
  await driver?.close();
});

interface Row {
  kind: string;
  holder: string | null;
  target: string;
  earlierPolarity: string | null;
  earlierDate: string | null;
  earlierArticle: string | null;
  laterPolarity: string | null;
  laterDate: string | null;
  laterArticle: string | null;
  quotes: string[];
  figures: string[] | null;
}

/** The saved query's rows, run with its default parameters as the explorer would. */
async function contradictions(params: Record<string, unknown> = {}): Promise<Row[]> {
  const parsed = parseSavedQuery(readFileSync('cypher/queries/contradictions.cypher', 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return query<Row>(driver, parsed.query.cypher, { ...defaultParams(parsed.query), ...params });
}

/** Every CONTRADICTS as "holder: later polarity date -> earlier polarity date", with its quote count. */
async function contradictsLines(): Promise<string[]> {
  const rows = await query<{ line: string }>(
    driver,
    `MATCH (h:Actor)-[:HOLDS]->(a:Stance)-[c:CONTRADICTS]->(b:Stance)<-[:HOLDS]-(h)
     RETURN h.name + ': ' + a.polarity + ' ' + a.date + ' -> ' + b.polarity + ' ' + b.date +
       ' (' + size(c.quoteIds) + ' quotes)' AS line ORDER BY line`,
  );
  return rows.map((r) => r.line);
}

const load = (files: string[]) => ingestFiles({ files, config: testConfig() });

describe('contradictions', { timeout: 300_000 }, () => {
  it('links a reversed stance to the earlier one and lists it in the contradictions query', async () => {
    await load(REVERSAL);
    expect(await contradictsLines()).toEqual([
      'Halvard Brenn: support 2026-03-20 -> oppose 2026-03-02 (2 quotes)',
    ]);
    const rows = (await contradictions()).filter((r) => r.kind === 'stance');
    expect(rows).toEqual([
      expect.objectContaining({
        holder: 'Halvard Brenn',
        target: expect.stringMatching(/toll plan/i) as unknown,
        earlierPolarity: 'oppose',
        earlierDate: '2026-03-02',
        earlierArticle: 'Minister Rejects Port Authority Toll Plan',
        laterPolarity: 'support',
        laterDate: '2026-03-20',
        laterArticle: 'Minister Now Backs Toll Plan After Talks',
      }),
    ]);
    const quotes = rows[0]?.quotes.join(' | ') ?? '';
    expect(quotes).toMatch(/opposed the toll plan/);
    expect(quotes).toMatch(/supported the toll plan/);
    // The union opposed the plan once only: nothing to contradict.
    expect(await contradictions({ actor: 'Solvang' })).toEqual([]);
  });

  it('changes nothing when the articles are loaded again', async () => {
    const before = await snapshot(driver);
    await load(REVERSAL);
    expect(await snapshot(driver)).toEqual(before);
  });

  it('gives the same graph when the later article is loaded first', async () => {
    const inOrder = await contentLines(driver);
    await clearDatabase(driver);
    await load([...REVERSAL].reverse());
    expect(await contradictsLines()).toEqual([
      'Halvard Brenn: support 2026-03-20 -> oppose 2026-03-02 (2 quotes)',
    ]);
    expect(await contentLines(driver)).toEqual(inOrder);
  });

  it('removes a stale contradiction when an article no longer holds its stance', async () => {
    await clearDatabase(driver);
    await load(REVERSAL);
    // The earlier article, loaded again under the same id with the stance gone: the pair goes with it.
    const { extractFile } = await import('../../ingest');
    const { loadExtraction } = await import('../../ingest/load/neo4j');
    const doc = await extractFile(REVERSAL[0]!);
    const stances = doc.stances.filter(
      (s) => !doc.actors.some((a) => a.id === s.holder && /Brenn/.test(a.name)),
    );
    // The sourcing of each cited span goes with the spans still cited.
    const cited = new Set(
      [...doc.meetings, ...doc.proposals, ...stances].flatMap((e) =>
        e.evidence.map((q) => `${q.start}-${q.end}`),
      ),
    );
    const quotes = doc.quotes?.filter((q) => cited.has(`${q.start}-${q.end}`));
    const withoutBrenn = { ...doc, stances, quotes };
    await loadExtraction(driver, withoutBrenn, { database: testConfig().database });
    expect(await contradictsLines()).toEqual([]);
    await loadExtraction(driver, doc, { database: testConfig().database });
    expect(await contradictsLines()).toHaveLength(1);
  });

  it('follows the surname when another article makes it ambiguous, in either order', async () => {
    await clearDatabase(driver);
    await load(REVERSAL);
    expect(await contradictsLines()).toHaveLength(1);
    // A second Brenn: "Minister Brenn" can no longer be told to be Halvard Brenn, so his stances part.
    await load(OTHER_BRENN);
    const holders = await query<{ name: string }>(
      driver,
      "MATCH (h:Actor)-[:HOLDS]->(:Stance {polarity: 'support'}) RETURN h.name AS name",
    );
    expect(holders.map((h) => h.name)).not.toContain('Halvard Brenn');
    expect(await contradictsLines()).toEqual([]);
    // Without it, the contradiction is back, as the same graph as before.
    const inOrder = await contentLines(driver);
    await clearDatabase(driver);
    await load([...OTHER_BRENN, ...REVERSAL]);
    expect(await contentLines(driver)).toEqual(inOrder);
  });

  it('flags one proposal reported with two different sums', async () => {
    await clearDatabase(driver);
    await load(FIGURES);
    const [proposal] = await query<{ label: string; terms: string[]; conflicting: string[] | null }>(
      driver,
      'MATCH (p:Proposal) RETURN p.label AS label, p.terms AS terms, p.conflictingTerms AS conflicting',
    );
    expect(proposal?.terms).toHaveLength(2);
    expect(proposal?.conflicting).toEqual([...(proposal?.terms ?? [])].sort());
    const rows = (await contradictions()).filter((r) => r.kind === 'figures');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.figures?.join(' ')).toMatch(/\$500 million.*\$300 million|\$300 million.*\$500 million/);
  });

  it('lists every opposite pair of the sample corpus, and only those', async () => {
    await clearDatabase(driver);
    const { files } = await listArticleFiles(['data/samples']);
    await load(files);
    const rows = (await contradictions()).filter((r) => r.kind === 'stance');
    for (const r of rows) {
      expect(r.earlierDate! <= r.laterDate!).toBe(true);
      expect(new Set([r.earlierPolarity, r.laterPolarity])).toEqual(new Set(['support', 'oppose']));
    }
    // Counted straight from the stances: one holder, one target, both polarities, not one article's day.
    const [pairs] = await query<{ c: number }>(
      driver,
      `MATCH (h:Actor)-[:HOLDS]->(a:Stance {polarity: 'support'})-[:TOWARD]->(t)
       MATCH (h)-[:HOLDS]->(b:Stance {polarity: 'oppose'})-[:TOWARD]->(t)
       MATCH (a)-[:EVIDENCED_BY]->(:Quote)-[:IN]->(x:Article)
       MATCH (b)-[:EVIDENCED_BY]->(:Quote)-[:IN]->(y:Article)
       WITH DISTINCT a, b, x, y
       WHERE x <> y OR coalesce(a.date, x.date) <> coalesce(b.date, y.date)
       RETURN count(*) AS c`,
    );
    expect(rows).toHaveLength(pairs?.c ?? -1);
    const [count] = await query<{ c: number }>(driver, 'MATCH ()-[c:CONTRADICTS]->() RETURN count(c) AS c');
    expect(count?.c).toBe(pairs?.c);
  });
});
