// The production build (what `npm run build` and `npm start` make) carries none of the canvas's test
// hooks: no file of the built app holds `__explorer`, and in a real Chromium the page draws the graph of
// the test database while `window.__explorer` stays undefined. The build the end-to-end tests use holds
// the hooks, which shows the check can tell the two apart.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawnCounts, testDriver } from '../integration/graph-snapshot';
import { buildExplorer, statusCounts } from '../support/browser';
import { SEED_ARTICLE, startExplorerRun, type ExplorerRun } from '../support/explorerRun';

const HOOK = '__explorer';

let run: ExplorerRun;
let driver: Driver;

beforeAll(async () => {
  run = await startExplorerRun({ files: [SEED_ARTICLE], mode: 'production' });
  driver = testDriver();
});

afterAll(async () => {
  await run?.stop();
  await driver?.close();
});

/** The names of the built files whose text holds `needle`. */
async function filesHolding(dir: string, needle: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true, withFileTypes: true });
  const hits: string[] = [];
  for (const entry of names) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if ((await readFile(path, 'utf8')).includes(needle)) hits.push(path);
  }
  return hits;
}

describe('the production build', () => {
  it('holds no test hook, where the end-to-end build does', async () => {
    const built = await readdir(join(run.distDir, 'assets'));
    expect(built.some((name) => name.endsWith('.js'))).toBe(true);
    expect(await filesHolding(run.distDir, HOOK)).toEqual([]);

    const withHooks = await mkdtemp(join(tmpdir(), 'explorer-e2e-build-'));
    try {
      await buildExplorer(withHooks);
      expect((await filesHolding(withHooks, HOOK)).length).toBeGreaterThan(0);
    } finally {
      await rm(withHooks, { recursive: true, force: true });
    }
  });

  it('draws the graph in Chromium with window.__explorer undefined', async () => {
    const expected = await drawnCounts(driver);
    const page = await run.browser.newPage({ viewport: { width: 1440, height: 900 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));
    await page.goto(run.server.url);
    await expect.poll(() => statusCounts(page).catch(() => null), { timeout: 30_000 }).toEqual(expected);
    expect(await page.locator('.canvas__host canvas').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => typeof window.__explorer)).toBe('undefined');
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
