// DNS rebinding in a real Chromium: the name rebind.evil.example is made to resolve to 127.0.0.1 (as an
// attacker's DNS would after the page loaded), so the browser sends it as Host to the explorer's server.
// The server answers 421 with one line and no graph data, to a navigation and to the attacker page's own
// fetches; the same server through http://127.0.0.1 serves the status and draws the graph.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startExplorerServer, type ExplorerServer } from '../../frontend/server/server';
import type { StatusResponse } from '../../frontend/shared/api';
import { ingestFiles } from '../../ingest';
import { clearDatabase, testDriver } from '../integration/graph-snapshot';
import { buildExplorer, CHROMIUM_ARGS, statusCounts } from '../support/browser';
import { SEED_ARTICLE } from '../support/explorerRun';
import { testConfig } from '../support/neo4j';

const EVIL = 'rebind.evil.example';
const POLL = { timeout: 30_000, interval: 100 };

let workDir: string;
let server: ExplorerServer;
let browser: Browser;

beforeAll(async () => {
  const driver = testDriver();
  try {
    await clearDatabase(driver);
  } finally {
    await driver.close();
  }
  await ingestFiles({ files: [SEED_ARTICLE], config: testConfig() });
  workDir = await mkdtemp(join(tmpdir(), 'explorer-rebinding-'));
  await buildExplorer(join(workDir, 'dist'));
  server = await startExplorerServer({ neo4j: testConfig(), port: 0, distDir: join(workDir, 'dist') });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${EVIL} 127.0.0.1`],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe('a page under a rebound name', () => {
  it('gets 421 and no graph data for /api/status', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`http://${EVIL}:${server.port}/api/status`);
    expect(response?.status()).toBe(421);
    const body = (await response?.text()) ?? '';
    expect(body).toMatch(/answers only its own host names/);
    expect(body).not.toMatch(/"nodes"|"articles"|"relationships"/);
    await page.close();
  });

  it('gets 421 for the app itself, and nothing is drawn', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`http://${EVIL}:${server.port}/`);
    expect(response?.status()).toBe(421);
    expect(await page.locator('canvas, script').count()).toBe(0);
    expect((await page.textContent('body'))?.trim()).toMatch(/^This server answers only its own host names/);
    await page.close();
  });

  it("cannot read the graph from the attacker's own script", async () => {
    const page = await browser.newPage();
    // A script running in a document of the rebound origin (the attacker's page, which it loaded before
    // the name was rebound), reading same-origin URLs that now reach the explorer's server.
    await page.goto(`http://${EVIL}:${server.port}/attack`);
    const stolen = await page.evaluate(async () => {
      const read = async (init?: RequestInit, path = '/api/status') => {
        try {
          const response = await fetch(path, init);
          return { status: response.status, text: await response.text() };
        } catch (err) {
          return { status: 0, text: String(err) };
        }
      };
      const status = await read();
      const query = await read(
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ cypher: 'MATCH (n) RETURN n LIMIT 5' }),
        },
        '/api/query',
      );
      return { status: status.status, query: query.status, text: status.text + query.text };
    });
    expect(stolen.status).toBe(421);
    expect(stolen.query).toBe(421);
    expect(stolen.text).not.toMatch(/elementId|"nodes":\d/);
    await page.close();
  });
});

describe('the same server through 127.0.0.1', () => {
  it('answers the status with the graph counts', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`http://127.0.0.1:${server.port}/api/status`);
    expect(response?.status()).toBe(200);
    const status = JSON.parse((await response?.text()) ?? '{}') as StatusResponse;
    expect(status.connected).toBe(true);
    if (status.connected) expect(status.nodes).toBeGreaterThan(0);
    await page.close();
  });

  it('draws the graph', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    await page.goto(`http://127.0.0.1:${server.port}/`);
    await expect.poll(() => page.evaluate(() => window.__explorer?.viewStatus()), POLL).toBe('ready');
    expect((await statusCounts(page)).nodes).toBeGreaterThan(0);
    await page.close();
  });
});
