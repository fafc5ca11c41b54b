// What an end-to-end test needs around the explorer: the app built into a folder of the test's own (a
// developer's frontend/dist is left alone), with its test hooks, Debian's Chromium launched headless, and reading the status
// line's counts.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Vite's mode for builds that expose the canvas's test hooks (`window.__explorer`, see
 * frontend/src/views/graph/bindings/testHooks.ts); otherwise optimised as a production build. */
export const TEST_BUILD_MODE = 'e2e';

/**
 * Builds the explorer into `outDir`: with the test hooks (the default, for the end-to-end tests), or as
 * `npm run build` does (`mode: 'production'`).
 */
export async function buildExplorer(
  outDir: string,
  mode: typeof TEST_BUILD_MODE | 'production' = TEST_BUILD_MODE,
): Promise<void> {
  const { build } = await import('vite');
  await build({
    configFile: join(ROOT, 'frontend', 'vite.config.ts'),
    configLoader: 'runner',
    mode,
    build: { outDir, emptyOutDir: true },
    logLevel: 'error',
  });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** "N nodes · M relationships" as numbers. */
export async function statusCounts(page: Page): Promise<{ nodes: number; relationships: number }> {
  const text = (await page.getByTestId('status-line').textContent()) ?? '';
  const match = /^(\d+) nodes · (\d+) relationships$/.exec(text.trim());
  if (!match) throw new Error(`status line reads "${text}"`);
  return { nodes: Number(match[1]), relationships: Number(match[2]) };
}
