// End to end: the real explorer server on a free port, over the test Neo4j holding the seed article (and
// one article full of markup), driven in a real Chromium. Screenshots go to test-results/.
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startExplorerServer, type ExplorerServer } from '../../frontend/server/server';
import { statusCounts } from '../support/browser';
import {
  SCREENSHOTS as SHOTS,
  SEED_ARTICLE,
  startExplorerRun,
  type ExplorerRun,
} from '../support/explorerRun';
import { testConfig, testDriver } from '../support/neo4j';
const XSS = '<img src=x onerror=alert(1)>';
const XSS_ARTICLE = `Title: Envoy's note ${XSS} puzzles Kyiv
Date: 2025-02-22
Source: Test Wire

Volodymyr Zelenskiy met Keith Kellogg in Kyiv on Friday. The envoy's note read "${XSS} <script>alert(2)</script>" and nothing more, officials said.

Zelenskiy said the note "changed nothing" about the minerals deal.
`;

/** How long to wait for what the page shows: generous, as the machine may be busy. */
const POLL = { timeout: 20_000 };

let driver: Driver;
let run: ExplorerRun;
let server: ExplorerServer;
let browser: Browser;

async function cypher<T = unknown>(query: string, params: Record<string, unknown> = {}): Promise<T[][]> {
  const result = await driver.executeQuery(query, params, { database: testConfig().database });
  return result.records.map((r) => r.keys.map((k) => toPlain(r.get(k))) as T[]);
}

function toPlain(value: unknown): unknown {
  if (value && typeof value === 'object' && 'toNumber' in value && typeof value.toNumber === 'function') {
    return value.toNumber() as number;
  }
  return value;
}

async function count(query: string): Promise<number> {
  const rows = await cypher<number>(query);
  return rows[0]?.[0] ?? 0;
}

async function openPage(path = '/'): Promise<{ page: Page; dialogs: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${server.url}${path}`);
  await page.waitForFunction(() => window.__explorer?.viewStatus() === 'ready');
  // The graph is drawn before the app around it mounts; these tests use the whole page.
  await page.getByRole('combobox', { name: 'Search nodes' }).waitFor(POLL);
  await waitForCamera(page);
  return { page, dialogs };
}

/** Waits until the camera has stopped moving (after a search or a focus). */
async function waitForCamera(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__explorer && !window.__explorer.cameraMoving());
  await page.waitForTimeout(100);
}

beforeAll(async () => {
  driver = testDriver();
  run = await startExplorerRun({
    files: [SEED_ARTICLE],
    written: [{ name: 'markup-article.txt', text: XSS_ARTICLE }],
  });
  ({ server, browser } = run);
});

afterAll(async () => {
  await run?.stop();
  await driver?.close();
});

describe('the explorer in a browser', () => {
  it('shows every node and relationship of the loaded articles but the evidence, as Cypher counts them', async () => {
    const { page } = await openPage();
    // Quotes, articles and terms are hidden until the legend shows them.
    const nodes = await count(
      'MATCH (n) WHERE NOT n:Quote AND NOT n:Article AND NOT n:Term AND NOT n:ActorKey RETURN count(n)',
    );
    const relationships = await count(
      'MATCH (a)-[r]->(b) WHERE NOT (a:Quote OR a:Article OR a:Term OR b:Quote OR b:Article OR b:Term) RETURN count(r)',
    );
    expect(await statusCounts(page)).toEqual({ nodes, relationships });
    // Pictograms and arrowheads are drawn a moment after the first frame.
    await expect
      .poll(() => page.evaluate(() => window.__explorer!.programs()), POLL)
      .toEqual({ nodes: ['circle', 'pictogram'], edges: ['arrow', 'line'] });
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, 'explorer-main.png') });
    await page.close();
  });

  it('draws the graph before the rest of the page has loaded, and keeps it in place when that arrives', async () => {
    const [[elementId]] = (await cypher<string>(
      "MATCH (a:Actor) WHERE a.name CONTAINS 'Zelenskiy' RETURN elementId(a)",
    )) as [[string]];
    const [[articleId]] = (await cypher<string>(
      "MATCH (a:Article) WHERE a.source = 'Bloomberg' RETURN a.id",
    )) as [[string]];
    // The overview, and a link that opens the article reader beside it (a narrower canvas).
    for (const path of ['/', `/?article=${encodeURIComponent(articleId)}`]) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      // The app's code (the search box, the panels) is held back until the graph is on screen.
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/assets\/app-[^/]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${server.url}${path}`);
      await page.waitForFunction(() => window.__explorer?.firstFrameAt != null, undefined, POLL);
      const search = page.getByRole('combobox', { name: 'Search nodes' });
      expect(await search.count()).toBe(0);
      const canvas = page.locator('.canvas__host');
      const boxBefore = await canvas.boundingBox();
      const nodeBefore = await page.evaluate((id) => window.__explorer!.nodePosition(id), elementId);
      expect(boxBefore).not.toBeNull();
      expect(nodeBefore).not.toBeNull();
      expect(nodeBefore!.x).toBeGreaterThan(boxBefore!.x);
      expect(nodeBefore!.x).toBeLessThan(boxBefore!.x + boxBefore!.width);
      expect(nodeBefore!.y).toBeGreaterThan(boxBefore!.y);
      expect(nodeBefore!.y).toBeLessThan(boxBefore!.y + boxBefore!.height);

      release();
      await search.waitFor(POLL);
      expect(await canvas.boundingBox(), path).toEqual(boxBefore);
      expect(await page.evaluate((id) => window.__explorer!.nodePosition(id), elementId)).toEqual(nodeBefore);
      await page.close();
    }
  });

  it('finds Zelenskiy by search, and shows his quotes when his node is clicked', async () => {
    const { page } = await openPage();
    const [[elementId]] = (await cypher<string>(
      "MATCH (a:Actor) WHERE a.name CONTAINS 'Zelenskiy' RETURN elementId(a)",
    )) as [[string]];
    const quotes = (
      await cypher<string>(
        `MATCH (a:Actor)-[:EVIDENCED_BY]->(q:Quote) WHERE elementId(a) = $id RETURN q.text`,
        { id: elementId },
      )
    ).map(([text]) => text);
    expect(quotes.length).toBeGreaterThan(0);

    const search = page.getByRole('combobox', { name: 'Search nodes' });
    await search.fill('Zelenskiy');
    await expect.poll(() => page.getByRole('option').count(), POLL).toBeGreaterThan(0);
    await search.press('Enter');
    await waitForCamera(page);
    const panel = page.getByTestId('details-panel');
    await expect
      .poll(() => panel.getByRole('heading', { level: 2 }).textContent(), POLL)
      .toContain('Zelenskiy');

    // Close the panel, then click the node where the canvas draws it.
    await page.getByRole('button', { name: 'Close details' }).click();
    await expect.poll(() => panel.count(), POLL).toBe(0);
    const position = await page.evaluate((id) => window.__explorer?.nodePosition(id) ?? null, elementId);
    expect(position).not.toBeNull();
    await page.mouse.click(position!.x, position!.y);
    await expect
      .poll(() => panel.getByRole('heading', { level: 2 }).textContent(), POLL)
      .toContain('Zelenskiy');
    const marks = panel.locator('.quote-card__mark');
    await expect.poll(() => marks.count(), POLL).toBeGreaterThan(0);
    const shown = await marks.allTextContents();
    expect(shown.some((text) => quotes.includes(text))).toBe(true);
    // Each card says how its quote is sourced, as the database holds it.
    const sources = await panel
      .locator('.quote-card')
      .evaluateAll((els) =>
        els.map((el) => [
          el.getAttribute('data-quote-id'),
          el.querySelector('[data-attribution]')?.getAttribute('data-attribution') ?? null,
        ]),
      );
    const stored = new Map(
      (await cypher<string>('MATCH (q:Quote) RETURN q.id, q.attribution')) as [string, string][],
    );
    expect(sources.length).toBeGreaterThan(0);
    for (const [id, attribution] of sources) expect(attribution).toBe(stored.get(id ?? ''));
    expect(page.url()).toContain('node=');
    await page.screenshot({ path: join(SHOTS, 'explorer-details.png') });

    // The URL reopens the same selection.
    const reopened = await openPage(new URL(page.url()).search);
    await expect
      .poll(
        () => reopened.page.getByTestId('details-panel').getByRole('heading', { level: 2 }).textContent(),
        POLL,
      )
      .toContain('Zelenskiy');
    await reopened.page.close();
    await page.close();
  });

  it('drags a node after a search has zoomed onto it, and the rest of the view stays put', async () => {
    const { page } = await openPage();
    const [[zelenskiy, neighbour]] = (await cypher<string>(
      `MATCH (a:Actor)--(b) WHERE a.name CONTAINS 'Zelenskiy' AND NOT (b:Quote OR b:Article)
       RETURN elementId(a), elementId(b) LIMIT 1`,
    )) as [[string, string]];
    const search = page.getByRole('combobox', { name: 'Search nodes' });
    await search.fill('Zelenskiy');
    await expect.poll(() => page.getByRole('option').count(), POLL).toBeGreaterThan(0);
    await search.press('Enter');
    await waitForCamera(page);
    const where = (id: string) => page.evaluate((node) => window.__explorer!.nodePosition(node), id);
    const start = await where(zelenskiy);
    const other = await where(neighbour);
    expect(start).not.toBeNull();
    expect(other).not.toBeNull();

    const drop = { x: start!.x + 90, y: start!.y + 60 };
    await page.mouse.move(start!.x, start!.y);
    await page.mouse.down();
    for (let step = 1; step <= 10; step++) {
      await page.mouse.move(start!.x + 9 * step, start!.y + 6 * step);
    }
    await page.mouse.up();
    await waitForCamera(page);

    const moved = await where(zelenskiy);
    expect(Math.abs(moved!.x - drop.x)).toBeLessThan(3);
    expect(Math.abs(moved!.y - drop.y)).toBeLessThan(3);
    const otherAfter = await where(neighbour);
    expect(Math.abs(otherAfter!.x - other!.x)).toBeLessThan(1);
    expect(Math.abs(otherAfter!.y - other!.y)).toBeLessThan(1);
    await page.close();
  });

  it('shows the quote behind a relationship when its edge is clicked', async () => {
    const { page } = await openPage();
    const candidates = await cypher<string | string[]>(
      `MATCH (a)-[r]->(b)
       WHERE NOT type(r) IN ['EVIDENCED_BY', 'IN'] AND size(coalesce(r.quoteIds, [])) > 0
       RETURN elementId(r), r.quoteIds, type(r)`,
    );
    expect(candidates.length).toBeGreaterThan(0);
    const panel = page.getByTestId('details-panel');
    let clicked: { id: string; quoteIds: string[] } | null = null;
    for (const [id, quoteIds] of candidates as [string, string[]][]) {
      const position = await page.evaluate((edge) => window.__explorer?.edgePosition(edge) ?? null, id);
      if (!position) continue;
      await page.mouse.click(position.x, position.y);
      // Wait for the click to select something (a busy machine may take a while), then see what it hit.
      await page
        .waitForFunction(() => /[?&](edge|node)=/.test(location.search), undefined, { timeout: 3_000 })
        .catch(() => undefined);
      if (new URL(page.url()).searchParams.get('edge') === id) {
        clicked = { id, quoteIds };
        break;
      }
      // Hit a node or another edge: clear the selection and try the next one.
      if ((await panel.count()) > 0) await page.getByRole('button', { name: 'Close details' }).click();
    }
    expect(clicked, 'an edge could be clicked on the canvas').not.toBeNull();
    await expect
      .poll(() => panel.locator('.panel-header__kind').textContent(), POLL)
      .toContain('Relationship');
    const cards = panel.locator('.quote-card');
    await expect.poll(() => cards.count(), POLL).toBeGreaterThan(0);
    const shownIds = await cards.evaluateAll((els) => els.map((el) => el.getAttribute('data-quote-id')));
    expect(shownIds.some((id) => id !== null && clicked!.quoteIds.includes(id))).toBe(true);
    const [[quoteText]] = (await cypher<string>('MATCH (q:Quote {id: $id}) RETURN q.text', {
      id: clicked!.quoteIds[0],
    })) as [[string]];
    expect(await panel.locator('.quote-card__mark').allTextContents()).toContain(quoteText);
    await page.close();
  });

  it('shows the hidden quotes from the legend, and the status line grows by what Cypher counts', async () => {
    const { page } = await openPage();
    const before = await statusCounts(page);
    const quotes = page.getByRole('checkbox', { name: /Quotes/ });
    expect(await quotes.isChecked()).toBe(false);
    await quotes.check();
    const nodes = await count(
      'MATCH (n) WHERE NOT n:Article AND NOT n:Term AND NOT n:ActorKey RETURN count(n)',
    );
    const relationships = await count(
      'MATCH (a)-[r]->(b) WHERE NOT (a:Article OR a:Term OR b:Article OR b:Term) RETURN count(r)',
    );
    await expect.poll(() => statusCounts(page), POLL).toEqual({ nodes, relationships });
    expect(nodes).toBeGreaterThan(before.nodes);
    expect(page.url()).toContain('hide=Article');
    await quotes.uncheck();
    await expect.poll(() => statusCounts(page), POLL).toEqual(before);
    await page.close();
  });

  it('reads an article with its spans highlighted, and a highlight selects its node', async () => {
    const [[articleId]] = (await cypher<string>(
      "MATCH (a:Article) WHERE a.title STARTS WITH 'US, Ukraine' RETURN a.id",
    )) as [[string]];
    const { page } = await openPage(`/?article=${encodeURIComponent(articleId)}`);
    const reader = page.getByTestId('article-reader');
    await expect.poll(() => reader.locator('mark.hl').count(), POLL).toBeGreaterThan(10);
    const mark = reader.locator('mark.hl--Person').first();
    await mark.scrollIntoViewIfNeeded();
    // "Person: Donald Trump · Narration": what the span evidences, then how it is sourced.
    const title = await mark.getAttribute('title');
    await mark.click();
    const panel = page.getByTestId('details-panel');
    await expect
      .poll(() => panel.getByRole('heading', { level: 2 }).textContent(), POLL)
      .toBe(title?.replace(/^Person: /, '').replace(/ · [^·]*$/, ''));
    await waitForCamera(page);
    await page.screenshot({ path: join(SHOTS, 'explorer-reader.png') });
    await page.close();
  });

  it('shows markup in an article as text and runs none of it', async () => {
    const [[articleId]] = (await cypher<string>(
      "MATCH (a:Article) WHERE a.text CONTAINS '<img' RETURN a.id",
    )) as [[string]];
    const { page, dialogs } = await openPage(`/?article=${encodeURIComponent(articleId)}`);
    const reader = page.getByTestId('article-reader');
    await expect.poll(() => reader.locator('.reader__body').textContent(), POLL).toContain(XSS);
    expect(await reader.getByRole('heading', { level: 2 }).textContent()).toContain(XSS);
    expect(await reader.locator('img, script').count()).toBe(0);
    // Its quotes in the details panel are text too.
    await reader.locator('mark.hl').first().click();
    await page.getByTestId('details-panel').locator('.quote-card').first().waitFor();
    await page.waitForTimeout(500);
    expect(await page.locator('.panel img, .reader img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('shows markup in search results, query results and error messages as text, and runs none of it', async () => {
    const { page, dialogs } = await openPage();
    const search = page.getByRole('combobox', { name: 'Search nodes' });
    await search.fill('Envoy');
    const options = page.getByRole('option');
    await expect.poll(() => options.allTextContents(), POLL).toContainEqual(expect.stringContaining(XSS));

    await page.getByRole('tab', { name: 'Cypher editor' }).click();
    const editor = page.getByTestId('cypher-editor').locator('.cm-content');
    const run = async (cypherText: string) => {
      await editor.click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Delete');
      await page.keyboard.insertText(cypherText);
      await page.keyboard.press('Control+Enter');
    };
    await run("MATCH (a:Article) WHERE a.text CONTAINS '<img' RETURN a.title AS title, a.text AS text");
    const table = page.getByTestId('result-table');
    await expect
      .poll(() => table.locator('tbody td').allTextContents(), POLL)
      .toContainEqual(expect.stringContaining(XSS));
    // Neo4j's error message quotes the query, markup and all.
    await page.getByRole('tab', { name: 'Cypher editor' }).click();
    await run('RETURN <img src=x onerror=alert(3)> AS nothing');
    await expect.poll(() => page.getByTestId('query-error').textContent(), POLL).toContain('<img');
    await page.waitForTimeout(500);
    expect(await page.locator('#root img, #root script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('says what to run when Neo4j cannot be reached, with a retry button', async () => {
    const offline = await startExplorerServer({
      neo4j: { ...testConfig(), uri: 'bolt://127.0.0.1:9' },
      port: 0,
      distDir: run.distDir,
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
      await page.goto(offline.url);
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.textContent(), POLL).toContain('Neo4j cannot be reached');
      expect(await alert.textContent()).toContain('npm run db:start');
      await expect.poll(() => page.getByRole('button', { name: 'Retry' }).isVisible(), POLL).toBe(true);
      await page.close();
    } finally {
      await offline.close();
    }
  });
});
