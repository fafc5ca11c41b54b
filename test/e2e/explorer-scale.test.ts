// End to end, in a real Chromium over the test Neo4j holding the seed article: every relationship backed
// by quotes can be clicked where the canvas draws its middle and shows its own quotes; labels drawn at
// the default zoom do not overlap; and the overview answers within its own caps, in pages.
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueryResponse } from '../../frontend/shared/api';
import { OVERVIEW_ROW_CAP } from '../../frontend/shared/overview';
import type { ExplorerServer } from '../../frontend/server/server';
import { SCREENSHOTS, SEED_ARTICLE, startExplorerRun, type ExplorerRun } from '../support/explorerRun';
import { testConfig, testDriver } from '../support/neo4j';

const POLL = { timeout: 20_000 };

let driver: Driver;
let run: ExplorerRun;
let server: ExplorerServer;
let browser: Browser;

async function cypher(query: string): Promise<unknown[][]> {
  const result = await driver.executeQuery(query, {}, { database: testConfig().database });
  return result.records.map((r) => r.keys.map((k) => r.get(k) as unknown));
}

async function openPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(server.url);
  await page.waitForFunction(() => window.__explorer?.viewStatus() === 'ready');
  await page.getByRole('combobox', { name: 'Search nodes' }).waitFor(POLL);
  // The timeline under the canvas sets the canvas's final height once it is drawn.
  await page.getByTestId('timeline-chart').waitFor(POLL);
  await page.waitForFunction(() => window.__explorer && !window.__explorer.cameraMoving());
  await page.waitForTimeout(300);
  return page;
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

describe('the explorer at its default view', () => {
  it('shows the quotes of every quote-backed relationship clicked at its middle, or beside it under a disc', async () => {
    const page = await openPage();
    const rows = (await cypher(
      `MATCH (a)-[r]->(b)
       WHERE NOT (a:Quote OR a:Article OR a:Term OR b:Quote OR b:Article OR b:Term) AND size(coalesce(r.quoteIds, [])) > 0
       RETURN elementId(r), r.quoteIds`,
    )) as [string, string[]][];
    expect(rows.length).toBeGreaterThan(0);
    const panel = page.getByTestId('details-panel');
    const missed: string[] = [];
    /** Clicks the edge at `along` its line once it stops moving (closing the panel resizes the canvas). */
    const clickEdge = async (id: string, along: number): Promise<string> => {
      if ((await panel.count()) > 0) await page.getByRole('button', { name: 'Close details' }).click();
      await page.mouse.move(5, 5);
      const place = () =>
        page.evaluate(([edge, t]) => window.__explorer?.edgePosition(edge, t) ?? null, [id, along] as const);
      let point = await place();
      for (let tries = 0; tries < 20; tries++) {
        await page.waitForTimeout(100);
        const again = await place();
        const still = again && point && again.x === point.x && again.y === point.y;
        point = again;
        if (still) break;
      }
      if (!point) return 'not drawn';
      await page.mouse.click(point.x, point.y);
      // Wait for the click to select something (a busy machine may take a while), then see what it hit.
      await page
        .waitForFunction(() => /[?&](edge|node)=/.test(location.search), undefined, { timeout: 3_000 })
        .catch(() => undefined);
      const selected = new URL(page.url()).searchParams;
      return selected.get('edge') ?? (selected.get('node') ? `node ${selected.get('node')}` : 'nothing');
    };
    // The middle first; where a third node's disc lies over it (a click on a disc is the node's), the
    // nearest points of the line beside it.
    const offMiddle: string[] = [];
    for (const [id, quoteIds] of rows) {
      let hit = await clickEdge(id, 0.5);
      // A click that lands while the page is still settling selects nothing: once more, from a fresh place.
      if (hit === 'nothing') hit = await clickEdge(id, 0.5);
      for (const along of [0.4, 0.6]) {
        if (!hit.startsWith('node ')) break;
        hit = await clickEdge(id, along);
        if (hit === id) offMiddle.push(`${id} at ${along}`);
      }
      if (hit !== id) {
        missed.push(`${id}: clicked ${hit}`);
        continue;
      }
      const cards = panel.locator('.quote-card');
      await cards
        .first()
        .waitFor(POLL)
        .catch(() => undefined);
      const shown = await cards.evaluateAll((els) => els.map((el) => el.getAttribute('data-quote-id')));
      if (!quoteIds.every((q) => shown.includes(q))) missed.push(`${id}: quotes ${shown.join(' ')}`);
    }
    expect(missed).toEqual([]);
    // A disc over the middle is rare: at most one edge in ten needs a point beside it.
    expect(offMiddle.length).toBeLessThanOrEqual(Math.floor(rows.length / 10));
    await page.close();
  }, 600_000);

  it('selects the second of two edges clicked in quick succession, without zooming', async () => {
    const page = await openPage();
    const rows = (await cypher(
      `MATCH (a)-[r]->(b)
       WHERE NOT (a:Quote OR a:Article OR a:Term OR b:Quote OR b:Article OR b:Term) AND size(coalesce(r.quoteIds, [])) > 0
       RETURN elementId(r) ORDER BY elementId(r)`,
    )) as [string][];
    // Two edges whose middles lie far apart: sigma would take the two clicks for one double click.
    const middles = await page.evaluate(
      (ids) => ids.map((id) => ({ id, at: window.__explorer?.edgePosition(id) ?? null })),
      rows.map(([id]) => id),
    );
    const drawn = middles.filter((m): m is { id: string; at: { x: number; y: number } } => m.at !== null);
    const first = drawn[0]!;
    const second = drawn.find((m) => Math.hypot(m.at.x - first.at.x, m.at.y - first.at.y) > 100);
    expect(second).toBeDefined();
    const ratio = () => page.evaluate(() => window.__explorer!.cameraRatio());
    const selectedEdge = (id: string) =>
      page.waitForFunction((edge) => new URL(location.href).searchParams.get('edge') === edge, id, POLL);
    // The second edge's middle is clickable on its own (no disc over it) ...
    await page.mouse.click(second!.at.x, second!.at.y);
    await selectedEdge(second!.id);
    await page.waitForTimeout(500);
    const before = await ratio();
    // ... and still after a click elsewhere a moment before.
    await page.mouse.click(first.at.x, first.at.y);
    await page.waitForFunction(
      (edge) => new URL(location.href).searchParams.get('edge') !== edge,
      second!.id,
      POLL,
    );
    await page.mouse.click(second!.at.x, second!.at.y);
    await selectedEdge(second!.id);
    await page.waitForTimeout(300);
    expect(await ratio()).toBe(before);
    await page.close();
  });

  it('draws no two labels over each other at the default zoom', async () => {
    const page = await openPage();
    const boxes = await page.evaluate(() => window.__explorer!.labelBoxes());
    expect(boxes.length).toBeGreaterThan(5);
    const overlaps: string[] = [];
    boxes.forEach((a, i) => {
      for (const b of boxes.slice(i + 1)) {
        const apart =
          a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        if (!apart) overlaps.push(`${a.label} / ${b.label}`);
      }
    });
    expect(overlaps).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'explorer-labels.png') });
    await page.close();
  });
});

describe('the overview endpoint', () => {
  const post = async (body: unknown) => {
    const response = await fetch(`${server.url}/api/overview`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as QueryResponse };
  };

  it('reads the graph in pages that together hold every node and relationship once', async () => {
    const [[nodes, relationships]] = (await cypher(
      'RETURN COUNT { (n) WHERE NOT n:ActorKey } AS n, COUNT { ()-[r]->() } AS r',
    )) as [[{ toNumber(): number }, { toNumber(): number }]];
    const size = Math.ceil(nodes.toNumber() / 3);
    const seen = new Set<string>();
    const rels = new Set<string>();
    for (let skip = 0; skip < nodes.toNumber(); skip += size) {
      const { status, body } = await post({ skip, limit: size });
      expect(status).toBe(200);
      for (const node of body.graph.nodes) seen.add(node.elementId);
      for (const rel of body.graph.relationships) {
        if (seen.has(rel.startNodeElementId) && seen.has(rel.endNodeElementId)) rels.add(rel.elementId);
      }
    }
    expect(seen.size).toBe(nodes.toNumber());
    expect(rels.size).toBe(relationships.toNumber());
  });

  it('refuses a page over its cap, a bad body, and any Cypher', async () => {
    expect((await post({ limit: OVERVIEW_ROW_CAP + 1 })).status).toBe(400);
    expect((await post({ limit: 0 })).status).toBe(400);
    expect((await post({ limit: 10, skip: -1 })).status).toBe(400);
    const cypherSent = await post({ limit: 10, cypher: 'MATCH (n) DETACH DELETE n' });
    expect(cypherSent.status).toBe(400);
    expect(cypherSent.body.error?.message).toMatch(/limit/);
    const [[left]] = (await cypher('RETURN COUNT { (n) WHERE NOT n:ActorKey }')) as [
      [{ toNumber(): number }],
    ];
    expect(left.toNumber()).toBeGreaterThan(0);
  });
});
