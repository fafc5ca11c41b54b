// End to end: the graph "as of an article" and contradictions, in a real Chromium, on articles written for
// the tests (test/fixtures/reversal-articles/: a minister opposes a toll plan, then backs it) in the test
// Neo4j. Choosing an article under the timeline leaves on the canvas, and counts in the status line, what
// Cypher finds evidenced by that article and the ones dated before it, and highlights what it added; the
// CONTRADICTS relationship and its stances are drawn in the contradiction colour the legend explains.
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTRADICTION_COLOR } from '../../frontend/src/core/appearance/utils';
import { query, testDriver } from '../integration/graph-snapshot';
import { articlesIn } from '../support/fixtures';
import { startExplorerRun, type ExplorerRun } from '../support/explorerRun';
import { openExplorer, POLL } from '../support/explorerPage';

const FILES = articlesIn(join('test', 'fixtures', 'reversal-articles'));

let driver: Driver;
let run: ExplorerRun;

/** Each node with the earliest article (date, then id) that evidences it: its quotes' articles, a quote's
 * own article, an article itself. */
const FIRST_ARTICLE = `
MATCH (n) WHERE NOT n:ActorKey
CALL (n) {
  MATCH (n)-[:EVIDENCED_BY]->(:Quote)-[:IN]->(a:Article) RETURN a
  UNION
  MATCH (n)-[:IN]->(a:Article) RETURN a
  UNION
  WITH n WHERE n:Article RETURN n AS a
}
WITH n, min(coalesce(a.date, '') + '|' + a.id) AS first
RETURN elementId(n) AS id, first, (n:Quote OR n:Article) AS evidence`;

/** What Cypher says the canvas holds as of the article `key` (date|id): the nodes, the relationships
 * between them, and the nodes the article added. */
async function expectedAsOf(key: string) {
  const rows = await query(driver, FIRST_ARTICLE);
  const ids = rows.filter((r) => (r.first as string) <= key).map((r) => r.id as string);
  const added = rows.filter((r) => r.first === key && r.evidence !== true).map((r) => r.id as string);
  const [rels] = await query(
    driver,
    'RETURN COUNT { MATCH (s)-[r]->(t) WHERE elementId(s) IN $ids AND elementId(t) IN $ids } AS c',
    { ids },
  );
  return { ids, added, relationships: rels!.c as number };
}

// Quotes and articles drawn, since the counts include them.
const openPage = () => openExplorer(run, { path: '/?hide=', waitFor: ['as-of'] });

function drawn(page: Page, ids: string[]): Promise<string[]> {
  return page.evaluate((all) => all.filter((id) => window.__explorer!.nodePosition(id) !== null), ids);
}

beforeAll(async () => {
  driver = testDriver();
  run = await startExplorerRun({ files: FILES });
});

afterAll(async () => {
  await run?.stop();
  await driver?.close();
});

describe('the graph as of an article', () => {
  it('shows what stood once each article was loaded, and highlights what it added', async () => {
    const page = await openPage();
    const articles = await query(
      driver,
      `MATCH (a:Article) RETURN elementId(a) AS id, a.title AS title,
         coalesce(a.date, '') + '|' + a.id AS key ORDER BY key`,
    );
    expect(articles).toHaveLength(2);
    const all = (await query(driver, 'MATCH (n) WHERE NOT n:ActorKey RETURN elementId(n) AS id')).map(
      (r) => r.id as string,
    );
    for (const article of articles) {
      const expected = await expectedAsOf(article.key as string);
      expect(expected.added.length).toBeGreaterThan(0);
      await page.getByTestId('timeline-as-of').selectOption(article.id as string);
      await expect
        .poll(() => page.getByTestId('status-line').textContent(), POLL)
        .toBe(
          `${expected.ids.length} nodes · ${expected.relationships} relationships · ` +
            `as of ${String(article.title)}: ${expected.added.length} added`,
        );
      await expect.poll(async () => (await drawn(page, all)).sort(), POLL).toEqual([...expected.ids].sort());
      await expect
        .poll(() => page.evaluate(() => window.__explorer!.highlighted().sort()), POLL)
        .toEqual([...expected.added].sort());
    }
    // The first article shows less than the whole graph; "every article" brings it all back.
    const first = await expectedAsOf(articles[0]!.key as string);
    expect(first.ids.length).toBeLessThan(all.length);
    await page.getByTestId('timeline-as-of').selectOption('');
    await expect.poll(async () => (await drawn(page, all)).length, POLL).toBe(all.length);
    await expect.poll(() => page.evaluate(() => window.__explorer!.highlighted()), POLL).toEqual([]);
    await page.close();
  });

  it('draws the contradiction and its stances in the colour the legend explains', async () => {
    const page = await openPage();
    const [pair] = await query(
      driver,
      `MATCH (a:Stance)-[c:CONTRADICTS]->(b:Stance)
       RETURN elementId(c) AS edge, elementId(a) AS later, elementId(b) AS earlier`,
    );
    expect(pair).toBeDefined();
    const style = await page.evaluate((id) => window.__explorer!.edgeStyle(id), pair!.edge as string);
    expect(style?.color).toBe(CONTRADICTION_COLOR);
    for (const stance of [pair!.later, pair!.earlier] as string[]) {
      expect(await page.evaluate((id) => window.__explorer!.nodeColor(id), stance)).toBe(CONTRADICTION_COLOR);
    }
    // A stance in no contradiction keeps the stance colour.
    const [other] = await query(
      driver,
      'MATCH (s:Stance) WHERE NOT (s)-[:CONTRADICTS]-() RETURN elementId(s) AS id LIMIT 1',
    );
    expect(await page.evaluate((id) => window.__explorer!.nodeColor(id), other!.id as string)).not.toBe(
      CONTRADICTION_COLOR,
    );
    await expect(page.getByTestId('legend-contradictions').textContent()).resolves.toMatch(
      /later stance to the earlier/,
    );
    await page.close();
  });
});
