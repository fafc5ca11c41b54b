// What each end-to-end suite sets up around the explorer, and tears down after it: the test database
// holding the suite's articles (and nothing else), the app built into a work folder of the suite's own,
// the explorer server on a free port, and Chromium. Screenshots go to test-results/.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { startExplorerServer, type ExplorerServer } from '../../frontend/server/server';
import { ingestFiles } from '../../ingest';
import { buildExplorer, launchChromium, TEST_BUILD_MODE } from './browser';
import { testConfig, testDriver } from './neo4j';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The seed article, as the project keeps it. */
export const SEED_ARTICLE = join(ROOT, 'data', 'articles', 'seed-article.txt');
/** Where the suites put their screenshots. */
export const SCREENSHOTS = join(ROOT, 'test-results');

export interface ExplorerRun {
  server: ExplorerServer;
  browser: Browser;
  /** The built app, for a suite that starts another server over it. */
  distDir: string;
  stop(): Promise<void>;
}

/**
 * Empties the test database and ingests `files`, then the `written` articles (name and text, written
 * into the work folder first), builds the app (with its test hooks unless `mode` is 'production'),
 * starts its server and launches Chromium.
 */
export async function startExplorerRun(options: {
  files: string[];
  written?: { name: string; text: string }[];
  mode?: typeof TEST_BUILD_MODE | 'production';
}): Promise<ExplorerRun> {
  const workDir = await mkdtemp(join(tmpdir(), 'explorer-e2e-'));
  const driver = testDriver();
  try {
    await driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: testConfig().database });
  } finally {
    await driver.close();
  }
  const written: string[] = [];
  for (const article of options.written ?? []) {
    const file = join(workDir, article.name);
    await writeFile(file, article.text);
    written.push(file);
  }
  await ingestFiles({ files: [...options.files, ...written], config: testConfig() });
  const distDir = join(workDir, 'dist');
  await buildExplorer(distDir, options.mode ?? TEST_BUILD_MODE);
  const server = await startExplorerServer({ neo4j: testConfig(), port: 0, distDir });
  const browser = await launchChromium();
  await mkdir(SCREENSHOTS, { recursive: true });
  return {
    server,
    browser,
    distDir,
    async stop() {
      await browser.close();
      await server.close();
      await rm(workDir, { recursive: true, force: true });
    },
  };
}
