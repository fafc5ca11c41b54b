// End to end: the timeline under the canvas, on the fictional sample corpus (data/samples/) in the test
// Neo4j, driven in a real Chromium. Brushing a range of days (and choosing an article) leaves on the
// canvas, and counts in the status line, exactly what Cypher finds for that range; an actor's stances
// show in its details panel in date order.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query, testDriver } from '../integration/graph-snapshot';
import { listArticleFiles } from '../../ingest/article/files';
import { statusCounts } from '../support/browser';
import { SCREENSHOTS, startExplorerRun, type ExplorerRun } from '../support/explorerRun';
import { openExplorer, POLL } from '../support/explorerPage';

const SAMPLES = fileURLToPath(new URL('../../data/samples/', import.meta.url));

let driver: Driver;
let run: ExplorerRun;

/** What a range keeps, as Cypher reads it: the articles, meetings and stances dated inside it (their
 * own date, else their earliest article's), and the actors, proposals and quotes next to them. */
const RANGE_SHOWN = `
CALL () {
  MATCH (e) WHERE e:Article OR e:Meeting OR e:Stance
  OPTIONAL MATCH (e)-[:EVIDENCED_BY]->(:Quote)-[:IN]->(r:Article)
  WITH e, coalesce(e.date, min(r.date)) AS day
  WHERE $from <= day <= $to
  RETURN collect(e) AS events
}
CALL (events) {
  UNWIND events AS e
  MATCH (e)--(n) WHERE (n:Actor OR n:Proposal OR n:Quote)
  RETURN collect(DISTINCT n) AS near
}
WITH events + near AS shown
RETURN [n IN shown | elementId(n)] AS ids,
       COUNT { MATCH (a)-[r]->(b) WHERE a IN shown AND b IN shown } AS relationships`;

/** What an article keeps: it, its quotes and every node those quotes evidence. */
const ARTICLE_SHOWN = `
MATCH (a:Article) WHERE elementId(a) = $id
OPTIONAL MATCH (q:Quote)-[:IN]->(a)
OPTIONAL MATCH (x)-[:EVIDENCED_BY]->(q)
WITH a, collect(DISTINCT q) AS quotes, collect(DISTINCT x) AS evidenced
WITH [a] + quotes + evidenced AS shown
RETURN [n IN shown | elementId(n)] AS ids,
       COUNT { MATCH (s)-[r]->(t) WHERE s IN shown AND t IN shown } AS relationships`;

// The page opens with quotes and articles drawn (an empty `hide`), since the timeline keeps the evidence
// of what it shows and the counts below include it.
const openPage = (path = '/?hide=') => openExplorer(run, { path, waitFor: ['timeline'] });

/** The nodes the canvas draws (not hidden), among `ids`. */
function drawn(page: Page, ids: string[]): Promise<string[]> {
  return page.evaluate((all) => all.filter((id) => window.__explorer!.nodePosition(id) !== null), ids);
}

async function allNodeIds(): Promise<string[]> {
  return (await query(driver, 'MATCH (n) WHERE NOT n:ActorKey RETURN elementId(n) AS id')).map(
    (r) => r.id as string,
  );
}

beforeAll(async () => {
  driver = testDriver();
  const { files } = await listArticleFiles([SAMPLES]);
  expect(files).toHaveLength(10);
  run = await startExplorerRun({ files });
});

afterAll(async () => {
  await run?.stop();
  await driver?.close();
});

describe('the timeline in a browser', () => {
  it('brushing a range keeps on the canvas, and counts, what Cypher finds for it; clearing brings all back', async () => {
    const page = await openPage();
    const all = await allNodeIds();
    const total = {
      nodes: all.length,
      relationships: (await query(driver, 'MATCH ()-[r]->() RETURN count(r) AS c'))[0]!.c as number,
    };
    expect(await statusCounts(page)).toEqual(total);

    // Drag across the middle of the axis.
    const box = (await page.getByTestId('timeline-plot').boundingBox())!;
    const y = box.y + 20;
    await page.mouse.move(box.x + box.width * 0.3, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.45, y, { steps: 5 });
    await page.mouse.move(box.x + box.width * 0.6, y, { steps: 5 });
    await page.mouse.up();
    const brush = page.getByTestId('timeline-brush');
    await brush.waitFor(POLL);
    const from = (await brush.getAttribute('data-from'))!;
    const to = (await brush.getAttribute('data-to'))!;
    expect(from < to).toBe(true);

    const [expected] = await query(driver, RANGE_SHOWN, { from, to });
    const ids = expected!.ids as string[];
    const relationships = expected!.relationships as number;
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThan(total.nodes);
    const status = page.getByTestId('status-line');
    await expect
      .poll(() => status.textContent(), POLL)
      .toMatch(new RegExp(`^${ids.length} nodes · ${relationships} relationships · .+`));
    expect(await page.getByTestId('timeline-range').textContent()).toBe(
      (await status.textContent())!.split(' · ').slice(2).join(' · '),
    );
    await expect.poll(async () => (await drawn(page, all)).sort(), POLL).toEqual([...ids].sort());
    await page.screenshot({ path: join(SCREENSHOTS, 'timeline-brushed.png') });

    await page.getByRole('button', { name: 'Clear range' }).click();
    await expect.poll(() => statusCounts(page), POLL).toEqual(total);
    await expect.poll(async () => (await drawn(page, all)).length, POLL).toBe(all.length);
    await page.close();
  });

  it('choosing an article keeps what it supports', async () => {
    const page = await openPage();
    const [article] = await query(
      driver,
      'MATCH (a:Article) RETURN elementId(a) AS id, a.title AS title ORDER BY a.date DESC LIMIT 1',
    );
    const [expected] = await query(driver, ARTICLE_SHOWN, { id: article!.id });
    const ids = expected!.ids as string[];
    await page.getByTestId('timeline-articles').locator('summary').click();
    await page.getByRole('checkbox', { name: article!.title as string }).check();
    await expect
      .poll(() => page.getByTestId('status-line').textContent(), POLL)
      .toBe(`${ids.length} nodes · ${expected!.relationships as number} relationships · from 1 article`);
    await expect
      .poll(async () => (await drawn(page, await allNodeIds())).sort(), POLL)
      .toEqual([...ids].sort());
    await page.close();
  });

  it("shows an actor's stances in date order in its details panel", async () => {
    const [actor] = await query(
      driver,
      `MATCH (a:Actor)-[:HOLDS]->(s:Stance) WHERE s.date IS NOT NULL
       WITH a, collect(s.date) AS days WHERE size(days) >= 2
       RETURN a.id AS id, a.name AS name, days ORDER BY size(days) DESC, a.id LIMIT 1`,
    );
    if (!actor) throw new Error('no actor of the sample corpus holds two dated stances: nothing to check');
    const page = await openPage(`/?hide=&node=${encodeURIComponent(actor.id as string)}`);
    const panel = page.getByTestId('details-panel');
    const items = panel.getByTestId('stance-history-item');
    const days = actor.days as string[];
    await expect.poll(() => items.count(), POLL).toBe(days.length);
    const shown = await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-day') ?? ''));
    expect([...shown].sort()).toEqual([...days].sort());
    // Within each target the stances run in date order, each polarity written out.
    for (const group of await panel.getByTestId('stance-history-group').all()) {
      const groupDays = await group
        .getByTestId('stance-history-item')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-day') ?? ''));
      expect(groupDays).toEqual([...groupDays].sort());
    }
    for (const text of await items.allTextContents()) {
      expect(text).toMatch(/supports|opposes|mixed on|neutral on/);
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'timeline-stance-history.png') });
    await page.close();
  });
});
