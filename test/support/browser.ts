// What an end-to-end test needs around the explorer: the app built into a folder of the test's own (a
// developer's frontend/dist is left alone), Debian's Chromium launched headless, and reading the status
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

/** Builds the explorer (Vite, production mode) into `outDir`. */
export async function buildExplorer(outDir: string): Promise<void> {
  const { build } = await import('vite');
  await build({
    configFile: join(ROOT, 'frontend', 'vite.config.ts'),
    configLoader: 'runner',
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
