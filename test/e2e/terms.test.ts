// End to end: clicking a proposal on the canvas of the real explorer, over the test Neo4j holding the seed
// article, in a real Chromium, shows what it trades: one column per side, each line with its quote.
// Term nodes start hidden, like quotes and articles, and the legend draws them.
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query, testDriver } from '../integration/graph-snapshot';
import { statusCounts } from '../support/browser';
import { SCREENSHOTS, SEED_ARTICLE, startExplorerRun, type ExplorerRun } from '../support/explorerRun';
import { openExplorer, POLL } from '../support/explorerPage';

let driver: Driver;
let run: ExplorerRun;

/** The first column of the first row of `cypher`. */
async function one<T>(cypher: string): Promise<T> {
  const [row] = await query<Record<string, T>>(driver, cypher);
  return Object.values(row ?? {})[0] as T;
}

const openPage = () => openExplorer(run, { waitFor: ['search', 'camera-still'] });

beforeAll(async () => {
  driver = testDriver();
  run = await startExplorerRun({ files: [SEED_ARTICLE] });
});

afterAll(async () => {
  await run?.stop();
  await driver?.close();
});

describe("a proposal's trade in the explorer", () => {
  it('shows two columns, one per side, with what each gives and gets and the quote behind it', async () => {
    // The proposal whose terms are for one side while two sides made it.
    const elementId = await one<string>(
      `MATCH (p:Proposal)-[:HAS_TERM]->(t:Term {role: 'gives'})-[:FOR]->(:Actor {name: 'Ukraine'})
       WHERE t.text CONTAINS 'minerals' AND EXISTS { (p)-[:HAS_TERM]->(:Term {role: 'gets'}) }
       RETURN elementId(p) LIMIT 1`,
    );
    expect(elementId).toBeTruthy();
    const page = await openPage();
    const position = await page.evaluate((id) => window.__explorer?.nodePosition(id) ?? null, elementId);
    expect(position).not.toBeNull();
    await page.mouse.click(position!.x, position!.y);
    const trade = page.getByTestId('proposal-trade');
    await trade.waitFor(POLL);
    const columns = trade.getByTestId('trade-column');
    await expect.poll(() => columns.count(), POLL).toBe(2);
    const titles = await columns.locator('.trade-column__title').allTextContents();
    expect(titles).toEqual(['Ukraine', 'United States']);

    const ukraine = columns.nth(0);
    const gives = ukraine.locator('[data-kind="gives"] .trade-line__text');
    const gets = ukraine.locator('[data-kind="gets"] .trade-line__text');
    expect((await gives.allTextContents()).some((t) => t.includes('minerals'))).toBe(true);
    expect((await gets.allTextContents()).some((t) => t.includes('security guarantees'))).toBe(true);
    // Each line carries the quote it was read from, inside its paragraph.
    const marks = await ukraine.locator('[data-kind="gives"] .quote-card__mark').allTextContents();
    expect(marks.some((m) => m.includes('in exchange for security guarantees'))).toBe(true);
    // The other side reads the same trade from where it stands.
    const usGets = await columns.nth(1).locator('[data-kind="gets"] .trade-line__text').allTextContents();
    expect(usGets.some((t) => t.includes('minerals') && t.includes('from Ukraine'))).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'explorer-trade.png') });
    await page.close();
  });

  it('keeps Term nodes off the canvas until the legend shows them', async () => {
    const page = await openPage();
    const terms = await one<number>('MATCH (t:Term) RETURN count(t)');
    expect(terms).toBeGreaterThan(0);
    const before = await statusCounts(page);
    const box = page.getByRole('checkbox', { name: /Terms/ });
    expect(await box.isChecked()).toBe(false);
    await box.check();
    await expect.poll(async () => (await statusCounts(page)).nodes, POLL).toBe(before.nodes + terms);
    await page.close();
  });
});
