// End to end, in a real Chromium over the test Neo4j holding the seed article: labels drawn at the default
// zoom do not overlap, and the overview answers within its own caps, in pages.
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
      'RETURN COUNT { (n) } AS n, COUNT { ()-[r]->() } AS r',
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
    const [[left]] = (await cypher('RETURN COUNT { (n) }')) as [[{ toNumber(): number }]];
    expect(left.toNumber()).toBeGreaterThan(0);
  });
});
