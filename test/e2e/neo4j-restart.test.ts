// End to end: the explorer survives a restart of Neo4j. With the graph on screen in a real Chromium, the
// test database is stopped: the page says so in a notice, keeps the graph and keeps working; once the
// database is started again, the page loads the graph anew by itself, without a page reload. Neo4j is
// started again even when the test fails midway, since the test files after this one share it.
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalNeo4j, stopLocalNeo4j } from '../../db/local';
import { drawnCounts, query, testDriver } from '../integration/graph-snapshot';
import { statusCounts } from '../support/browser';
import { SCREENSHOTS, SEED_ARTICLE, startExplorerRun, type ExplorerRun } from '../support/explorerRun';
import { testConfig } from '../support/neo4j';

/** Generous: the page checks again at most every 10 s, and the machine may be busy. */
const POLL = { timeout: 60_000 };

let run: ExplorerRun;
let driver: Driver;

beforeAll(async () => {
  run = await startExplorerRun({ files: [SEED_ARTICLE] });
  driver = testDriver();
});

afterAll(async () => {
  await run?.stop();
  await driver?.close();
});

describe('the explorer while Neo4j restarts', () => {
  it('says the database cannot be reached, keeps working, and brings the graph back without a reload', async () => {
    const neo4j = testConfig();
    const page = await run.browser.newPage({ viewport: { width: 1440, height: 900 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));
    // The overview's answers, in order: whether each came from a running database.
    const overviews: number[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname === '/api/overview') {
        overviews.push(response.status());
      }
    });
    await page.goto(run.server.url);
    await page.waitForFunction(() => window.__explorer?.viewStatus() === 'ready');
    const savedQuery = page.getByRole('button', { name: 'Who opposes what' });
    await savedQuery.waitFor(POLL);
    const before = await drawnCounts(driver);
    expect(await statusCounts(page)).toEqual(before);
    // A mark on this document: a reload would lose it.
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));

    const notice = page.getByTestId('connection-lost');
    const answeredBefore = overviews.length;
    let stopped = false;
    try {
      await stopLocalNeo4j({ port: neo4j.port, dataDir: neo4j.dataDir });
      stopped = true;
      // A saved query cannot run now: the page says why, calmly, and keeps the graph it has.
      await savedQuery.click();
      await expect.poll(() => notice.textContent(), POLL).toContain('Neo4j cannot be reached');
      expect(await notice.getAttribute('role')).toBe('status');
      expect(await statusCounts(page)).toEqual(before);
      // It keeps working on what it holds: the legend still filters the canvas.
      const quotes = page.getByRole('checkbox', { name: /Quotes/ });
      await quotes.check();
      await expect.poll(() => statusCounts(page).then((c) => c.nodes)).toBeGreaterThan(before.nodes);
      await quotes.uncheck();
      await expect.poll(() => statusCounts(page)).toEqual(before);
      await page.screenshot({ path: join(SCREENSHOTS, 'explorer-neo4j-lost.png') });
    } finally {
      if (stopped) {
        await startLocalNeo4j({ port: neo4j.port, dataDir: neo4j.dataDir, password: neo4j.password });
      }
    }

    // Back by itself: the notice goes, the overview is loaded again from the database, the same graph.
    await expect.poll(() => notice.count(), POLL).toBe(0);
    await expect.poll(() => overviews.slice(answeredBefore).includes(200), POLL).toBe(true);
    await page.waitForFunction(() => window.__explorer?.viewStatus() === 'ready');
    expect(await statusCounts(page)).toEqual(before);
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
    // And queries run again.
    const [opposed] = await query<{ nodes: number }>(
      driver,
      `MATCH p = (:Actor)-[:HOLDS]->(:Stance {polarity: 'oppose'})-[:TOWARD]->()
       UNWIND nodes(p) AS n RETURN count(DISTINCT n) AS nodes`,
    );
    await savedQuery.click();
    await expect.poll(() => statusCounts(page).then((c) => c.nodes), POLL).toBe(opposed!.nodes);
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 420_000);
});
