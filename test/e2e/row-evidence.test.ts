// The quotes behind a row of a result, end to end: the real explorer server over the test Neo4j holding
// the seed article, in a real Chromium. A saved query's table shows, per row, how many quotes stand
// behind its nodes and relationships; clicking the count opens them as quote cards, each the verbatim
// text of its article with the article's title, and as many as the count says.
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query, testDriver } from '../integration/graph-snapshot';
import {
  SCREENSHOTS as SHOTS,
  SEED_ARTICLE,
  startExplorerRun,
  type ExplorerRun,
} from '../support/explorerRun';
import { openExplorer, POLL } from '../support/explorerPage';

let driver: Driver;
let run: ExplorerRun;

beforeAll(async () => {
  driver = testDriver();
  run = await startExplorerRun({ files: [SEED_ARTICLE] });
});

afterAll(async () => {
  await run?.stop();
  await driver?.close();
});

const openPage = () => openExplorer(run, { waitFor: ['saved-queries'] });

describe('the quotes behind a row, in a browser', () => {
  it("opens the quotes of a saved query's row: verbatim text of the article, as many as counted", async () => {
    const [article] = await query<{ title: string; text: string }>(
      driver,
      'MATCH (a:Article) RETURN a.title AS title, a.text AS text',
    );
    const page = await openPage();
    await page.getByRole('button', { name: 'Who opposes what' }).click();
    await page.getByRole('tab', { name: 'Table' }).click();
    const table = page.getByTestId('result-table');
    const buttons = table.locator('tbody tr td:last-child button');
    await expect.poll(() => buttons.count(), POLL).toBeGreaterThan(0);
    const first = buttons.first();
    const label = (await first.textContent()) ?? '';
    const count = Number(/^(\d+) quotes?$/.exec(label)?.[1]);
    expect(count).toBeGreaterThan(0);
    expect(await first.getAttribute('aria-expanded')).toBe('false');

    await first.click();
    expect(await first.getAttribute('aria-expanded')).toBe('true');
    const cards = page.getByTestId('row-evidence').locator('.quote-card');
    await expect.poll(() => cards.count(), POLL).toBe(count);
    const quotes = await cards.locator('.quote-card__mark').allTextContents();
    expect(quotes).toHaveLength(count);
    for (const quote of quotes) {
      expect(quote.length).toBeGreaterThan(0);
      expect(article!.text).toContain(quote);
    }
    const titles = await cards.locator('.quote-card__title').allTextContents();
    expect(new Set(titles)).toEqual(new Set([article!.title]));
    await page.screenshot({ path: join(SHOTS, 'queries-row-evidence.png') });

    // A second click closes them.
    await first.click();
    await expect.poll(() => page.getByTestId('row-evidence').count(), POLL).toBe(0);
    await page.close();
  }, 120_000);
});
