// The saved queries and the Cypher editor end to end: the real explorer server on a free port over the
// test Neo4j holding the seed article, driven in a real Chromium. Choosing a saved query redraws the
// canvas with exactly what Cypher counts for it; a write typed in the editor is refused on screen and the
// database is unchanged; a slow query shows its progress and Cancel stops it inside Neo4j; the row cap
// shows a notice; "save as" keeps a query in the browser and exports it in the saved-query format; a
// link with a query fills the editor and runs nothing until the person runs it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { int as neo4jInt, type Driver } from 'neo4j-driver';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExplorerServer } from '../../frontend/server/server';
import { parseSavedQuery } from '../../frontend/shared/savedQuery';
import { drawnCounts, query, snapshot, testDriver } from '../integration/graph-snapshot';
import { statusCounts } from '../support/browser';
import {
  SCREENSHOTS as SHOTS,
  SEED_ARTICLE,
  startExplorerRun,
  type ExplorerRun,
} from '../support/explorerRun';
const FOREVER = 'MATCH (a), (b), (c), (d), (e) WHERE a.id < b.id AND c.id <> e.id RETURN count(*) AS n';

let driver: Driver;
let run: ExplorerRun;
let server: ExplorerServer;
let browser: Browser;

/** Nodes and relationships on the paths a pattern matches, as Cypher counts them. */
async function pathCounts(pattern: string, params: Record<string, unknown> = {}) {
  const [row] = await query<{ nodes: number; relationships: number }>(
    driver,
    `MATCH p = ${pattern}
     UNWIND nodes(p) AS n
     WITH collect(DISTINCT n) AS ns, collect(p) AS ps
     UNWIND ps AS p UNWIND relationships(p) AS r
     RETURN size(ns) AS nodes, count(DISTINCT r) AS relationships`,
    params,
  );
  return row ?? { nodes: 0, relationships: 0 };
}

async function openPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(server.url);
  await page.waitForFunction(() => window.__explorer?.viewStatus() === 'ready');
  await page.getByRole('button', { name: 'Who opposes what' }).waitFor();
  return page;
}

async function typeInEditor(page: Page, cypher: string): Promise<void> {
  await page.getByRole('tab', { name: 'Cypher editor' }).click();
  const editor = page.getByTestId('cypher-editor').locator('.cm-content');
  await editor.waitFor();
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  // CodeMirror closes brackets and quotes as they are typed; insert the text as one piece instead.
  await page.keyboard.insertText(cypher);
}

const queryStatus = (page: Page) => page.getByTestId('query-status').textContent();

/** The Cypher of every /api/query request the page (or its worker) sends, as they go. */
function watchQueries(page: Page): string[] {
  const sent: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path !== '/api/query' && path !== '/api/overview') return;
    const body = JSON.parse(request.postData() ?? '{}') as { cypher?: unknown };
    sent.push(typeof body.cypher === 'string' ? body.cypher : '');
  });
  return sent;
}

beforeAll(async () => {
  driver = testDriver();
  run = await startExplorerRun({ files: [SEED_ARTICLE] });
  ({ server, browser } = run);
});

afterAll(async () => {
  await run?.stop();
  await driver?.close();
});

describe('saved queries in a browser', () => {
  it('"Who opposes what" redraws the canvas with what Cypher counts for it', async () => {
    const page = await openPage();
    const before = await statusCounts(page);
    const expected = await pathCounts("(:Actor)-[:HOLDS]->(:Stance {polarity: 'oppose'})-[:TOWARD]->()");
    expect(expected.nodes).toBeGreaterThan(0);
    expect(expected.nodes).toBeLessThan(before.nodes);

    await page.getByRole('button', { name: 'Who opposes what' }).click();
    await expect.poll(() => statusCounts(page), { timeout: 20_000 }).toEqual(expected);
    expect(await page.evaluate(() => window.__explorer?.counts())).toEqual({
      nodes: expected.nodes,
      edges: expected.relationships,
    });
    const stances = await query(driver, "MATCH (:Actor)-[:HOLDS]->(s:Stance {polarity: 'oppose'}) RETURN s");
    expect(await queryStatus(page)).toContain(`Who opposes what: ${stances.length} rows`);
    // Zelenskiy and the US offer he rejected are on the canvas.
    for (const name of ['Volodymyr Zelenskiy', 'Initial US offer']) {
      const [row] = await query<{ id: string }>(
        driver,
        'MATCH (n) WHERE n.name = $name OR n.label = $name RETURN elementId(n) AS id',
        { name },
      );
      expect(
        await page.evaluate((id) => window.__explorer?.nodePosition(id) ?? null, row!.id),
      ).not.toBeNull();
    }
    expect(page.url()).toContain('cypher=');
    await page.screenshot({ path: join(SHOTS, 'queries-who-opposes-what.png') });

    // Its parameter narrows it to one holder.
    await page.getByLabel('actor').fill('Zelenskiy');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const his = await pathCounts(
      "(:Actor {name: 'Volodymyr Zelenskiy'})-[:HOLDS]->(:Stance {polarity: 'oppose'})-[:TOWARD]->()",
    );
    await expect.poll(() => statusCounts(page)).toEqual(his);
    await page.close();
  });

  it('adds a result to the view instead of replacing it, and searches the list', async () => {
    const page = await openPage();
    await page.getByRole('button', { name: 'Who opposes what' }).click();
    const opposes = await pathCounts("(:Actor)-[:HOLDS]->(:Stance {polarity: 'oppose'})-[:TOWARD]->()");
    await expect.poll(() => statusCounts(page)).toEqual(opposes);

    await page.getByLabel('Search saved queries').fill('planned');
    await expect.poll(() => page.locator('.saved-query').count()).toBe(1);
    await page.getByRole('radio', { name: 'Add to view' }).first().click();
    await page.getByRole('button', { name: 'Meetings planned but not held' }).click();
    const [union] = await query<{ nodes: number; relationships: number }>(
      driver,
      `CALL () {
         MATCH p = (:Actor)-[:HOLDS]->(:Stance {polarity: 'oppose'})-[:TOWARD]->() RETURN p
         UNION
         MATCH p = (:Actor)-[:ATTENDED]->(m:Meeting) WHERE m.status <> 'held' RETURN p
       }
       WITH collect(p) AS ps
       CALL (ps) { UNWIND ps AS p UNWIND nodes(p) AS n RETURN count(DISTINCT n) AS nodes }
       CALL (ps) { UNWIND ps AS p UNWIND relationships(p) AS r RETURN count(DISTINCT r) AS relationships }
       RETURN nodes, relationships`,
    );
    await expect.poll(() => statusCounts(page)).toEqual(union);
    await page.close();
  });
});

describe('a saved query that lists, page by page', () => {
  /** Each page is a round trip to the server and Neo4j. */
  const WAIT = { timeout: 15_000 };

  /** What the first `k` meetings of "Meetings and who attended" draw, as Cypher counts them. */
  async function firstMeetings(k: number) {
    const [row] = await query<{ nodes: number; relationships: number }>(
      driver,
      `MATCH (m:Meeting) WITH m ORDER BY m.date IS NULL, m.date, m.label, m.id LIMIT $k
       OPTIONAL MATCH (a:Actor)-[r:ATTENDED]->(m)
       WITH collect(DISTINCT m) + collect(DISTINCT a) AS nodes, collect(DISTINCT r) AS relationships
       RETURN size(nodes) AS nodes, size(relationships) AS relationships`,
      { k: neo4jInt(k) },
    );
    return row ?? { nodes: 0, relationships: 0 };
  }

  it('"Load more rows" adds the next page to the table and the canvas, until the last', async () => {
    const meetings = await query<{ label: string }>(
      driver,
      'MATCH (m:Meeting) RETURN m.label AS label ORDER BY m.date IS NULL, m.date, m.label, m.id',
    );
    expect(meetings.length).toBeGreaterThan(4);
    const page = await openPage();
    await page.getByRole('button', { name: 'Meetings and who attended' }).click();
    await expect
      .poll(() => queryStatus(page), WAIT)
      .toContain(`Meetings and who attended: ${meetings.length} rows`);
    // The whole list fits in one page of 100: nothing more to load.
    expect(await page.getByRole('button', { name: 'Load more rows' }).count()).toBe(0);

    await page.getByLabel('limit').fill('2');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(() => queryStatus(page), WAIT).toContain('Meetings and who attended: 2 rows');
    expect(await statusCounts(page)).toEqual(await firstMeetings(2));
    await page.getByRole('tab', { name: 'Table' }).click();
    const firstCells = () =>
      page.getByTestId('result-table').locator('tbody tr').locator('td:first-child').allTextContents();
    expect(await firstCells()).toEqual(meetings.slice(0, 2).map((m) => m.label));

    const more = page.getByRole('button', { name: 'Load more rows' });
    await more.click();
    await expect.poll(firstCells, WAIT).toEqual(meetings.slice(0, 4).map((m) => m.label));
    await expect.poll(() => statusCounts(page), WAIT).toEqual(await firstMeetings(4));
    await page.screenshot({ path: join(SHOTS, 'queries-load-more.png') });
    // The address shares the rows on screen: opened elsewhere and run, it reads the same four at once.
    await expect
      .poll(() => JSON.parse(new URL(page.url()).searchParams.get('params') ?? '{}') as unknown, WAIT)
      .toMatchObject({ skip: 0, limit: 4 });
    const shared = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await shared.goto(page.url());
    await shared.waitForFunction(() => window.__explorer?.viewStatus() === 'ready');
    await shared.getByRole('button', { name: 'Run Ctrl+Enter' }).click();
    await expect.poll(() => queryStatus(shared), WAIT).toContain('4 rows');
    expect(await statusCounts(shared)).toEqual(await firstMeetings(4));
    await shared.close();

    // Page by page to the end; the last page is short, and the button goes.
    while ((await firstCells()).length < meetings.length) {
      const before = (await firstCells()).length;
      await more.click();
      await expect.poll(async () => (await firstCells()).length, WAIT).toBeGreaterThan(before);
    }
    expect(await firstCells()).toEqual(meetings.map((m) => m.label));
    await expect.poll(() => statusCounts(page), WAIT).toEqual(await firstMeetings(meetings.length));
    await expect.poll(() => more.count(), WAIT).toBe(meetings.length % 2 === 0 ? 1 : 0);
    await page.close();
  });
});

describe('the Cypher editor in a browser', () => {
  it('shows the refusal of a write typed in the editor, and the database is unchanged', async () => {
    const page = await openPage();
    const dbBefore = await snapshot(driver);
    const screenBefore = await statusCounts(page);
    await typeInEditor(page, "CREATE (n:Hostile {note: 'from the browser'}) RETURN n");
    await page.keyboard.press('Control+Enter');
    const alert = page.getByTestId('query-error');
    await expect.poll(() => alert.textContent()).toContain('Refused: CREATE would change the database');
    expect(await alert.getAttribute('role')).toBe('alert');
    expect(await statusCounts(page)).toEqual(screenBefore);
    expect(await snapshot(driver)).toEqual(dbBefore);
    await page.screenshot({ path: join(SHOTS, 'queries-refused-write.png') });

    // The history keeps what ran; a read runs from the same editor, its rows in the table.
    await typeInEditor(page, 'MATCH (a:Actor) RETURN a.name AS name, a.kind AS kind ORDER BY name');
    await page.getByRole('button', { name: 'Run Ctrl+Enter' }).click();
    await expect.poll(() => queryStatus(page)).toMatch(/Cypher editor: \d+ rows, rows only/);
    const actors = await query<{ name: string }>(
      driver,
      'MATCH (a:Actor) RETURN a.name AS name ORDER BY name',
    );
    const table = page.getByTestId('result-table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(actors.length);
    expect(await table.locator('tbody tr').first().locator('td').first().textContent()).toBe(actors[0]?.name);
    await page.getByRole('tab', { name: 'Cypher editor' }).click();
    // A placeholder, then both runs, newest first.
    const history = page.getByRole('combobox', { name: 'History' }).locator('option');
    expect(await history.allTextContents()).toEqual([
      'History (2)',
      'MATCH (a:Actor) RETURN a.name AS name, a.kind AS kind ORDER BY name',
      "CREATE (n:Hostile {note: 'from the browser'}) RETURN n",
    ]);
    await page.close();
  });

  it('shows a slow query running, and Cancel stops it inside Neo4j', async () => {
    const page = await openPage();
    const marker = `browser-cancel-${Date.now()}`;
    await typeInEditor(page, `${FOREVER} // ${marker}`);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => queryStatus(page)).toMatch(/Running Cypher editor… \d+\.\d s/);
    const running = async () =>
      (
        await query(
          driver,
          `SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker
           AND NOT currentQuery STARTS WITH 'SHOW' RETURN currentQuery`,
          { marker },
        )
      ).length;
    await expect.poll(running, { timeout: 5_000 }).toBe(1);
    await page.waitForTimeout(1_200);
    const shown = await queryStatus(page);
    expect(Number(/(\d+\.\d) s/.exec(shown ?? '')?.[1])).toBeGreaterThanOrEqual(1);
    await page.screenshot({ path: join(SHOTS, 'queries-running.png') });
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => queryStatus(page)).toContain('cancelled after');
    await expect.poll(running, { timeout: 3_000 }).toBe(0);
    await page.close();
  });

  it('says when the row cap truncated a result', async () => {
    const page = await openPage();
    await typeInEditor(page, 'UNWIND range(1, 6000) AS i RETURN i');
    await page.keyboard.press('Control+Enter');
    const notice = page.getByTestId('query-truncated');
    await expect.poll(() => notice.textContent()).toContain('Truncated. Only the first 5,000 rows were read');
    await page.close();
  });

  it('saves a query with its header in the browser and exports it as a .cypher file', async () => {
    const page = await openPage();
    const cypher = 'MATCH (a:Actor) WHERE a.name CONTAINS $part RETURN a LIMIT $max';
    await typeInEditor(page, cypher);
    await page.getByRole('textbox', { name: '$part' }).fill('Zelenskiy');
    await page.getByRole('textbox', { name: '$max' }).fill('5');
    await page.getByRole('button', { name: 'Save as…' }).click();
    await page.getByRole('textbox', { name: 'Name' }).fill('Actors by part of a name');
    await page.getByRole('textbox', { name: 'Description' }).fill('Actors whose name contains some text');
    await page.getByRole('button', { name: 'Save in this browser' }).click();
    await expect
      .poll(() => page.locator('.saved-queries__group').textContent())
      .toBe('Saved in this browser');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save as…' }).click();
    await page.getByRole('textbox', { name: 'Name' }).fill('Actors by part of a name');
    await page.getByRole('button', { name: 'Export .cypher' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('actors-by-part-of-a-name.cypher');
    const parsed = parseSavedQuery(await readFile((await file.path())!, 'utf8'));
    expect(parsed).toEqual({
      ok: true,
      query: {
        name: 'Actors by part of a name',
        description: 'Actors whose name contains some text',
        params: [
          { name: 'part', type: 'string', default: 'Zelenskiy' },
          { name: 'max', type: 'integer', default: 5 },
        ],
        cypher,
      },
    });

    // A .cypher file imports into the library (and the editor).
    await page.getByLabel('Import a .cypher file').setInputFiles({
      name: 'kyiv-meetings.cypher',
      mimeType: 'text/plain',
      buffer: Buffer.from(
        '// name: Meetings in Kyiv\n// param: place string "Kyiv"\nMATCH (m:Meeting {place: $place}) RETURN m\n',
      ),
    });
    await expect.poll(() => page.getByRole('button', { name: 'Meetings in Kyiv' }).count()).toBe(1);

    // It survives a reload, and choosing it runs it like any saved query.
    await page.reload();
    await page.waitForFunction(() => window.__explorer?.viewStatus() === 'ready');
    await page.getByRole('button', { name: 'Actors by part of a name' }).click();
    await expect.poll(() => statusCounts(page)).toEqual({ nodes: 1, relationships: 0 });
    await page.close();
  });
});

describe('a link with a query', () => {
  it('fills the editor and runs nothing until the person runs it, on opening and on reload', async () => {
    // A query whose result would be plain to see: the actors alone, without a relationship.
    const cypher = 'MATCH (a:Actor) WHERE size(a.name) >= $min RETURN a';
    const [actors] = await query<{ n: number }>(
      driver,
      'MATCH (a:Actor) WHERE size(a.name) >= 1 RETURN count(a) AS n',
    );
    const everything = await drawnCounts(driver);
    expect(actors!.n).toBeGreaterThan(0);
    expect(actors!.n).toBeLessThan(everything.nodes);
    const link = new URLSearchParams({ cypher, params: JSON.stringify({ min: 1 }) });

    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const sent = watchQueries(page);
    const editor = page.getByTestId('cypher-editor').locator('.cm-content');
    const opensOnTheOverview = async () => {
      await page.waitForFunction(() => window.__explorer?.viewStatus() === 'ready');
      await expect.poll(() => editor.textContent()).toBe(cypher);
      expect(await page.getByRole('textbox', { name: '$min' }).inputValue()).toBe('1');
      expect(await queryStatus(page)).toContain('it has not run');
      await expect.poll(() => statusCounts(page)).toEqual(everything);
      // The overview's request was seen (from the page's worker), and none with the link's query.
      expect(sent.length).toBeGreaterThan(0);
      expect(sent).not.toContain(cypher);
    };

    await page.goto(`${server.url}/?${link.toString()}`);
    await opensOnTheOverview();
    await page.screenshot({ path: join(SHOTS, 'queries-linked-query.png') });
    // The link stays in the address bar, for sharing.
    expect(new URL(page.url()).searchParams.get('cypher')).toBe(cypher);

    await page.getByRole('button', { name: 'Run Ctrl+Enter' }).click();
    await expect.poll(() => statusCounts(page)).toEqual({ nodes: actors!.n, relationships: 0 });
    expect(sent).toContain(cypher);
    expect(new URL(page.url()).searchParams.get('cypher')).toBe(cypher);

    // The address of the view that ran reopens with the query in the editor, not run.
    sent.length = 0;
    await page.reload();
    await opensOnTheOverview();
    await page.close();
  });
});
