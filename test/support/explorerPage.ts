// Opening the explorer in a suite's Chromium and waiting until the parts a suite drives are there: what
// every end-to-end suite does before its own steps.
import type { Page } from 'playwright-core';
import type { ExplorerRun } from './explorerRun';

/** A busy machine may take seconds to answer: poll well past playwright's one-second habits. */
export const POLL = { timeout: 20_000 };

/** What a suite waits for once the open view is ready. */
export type Landmark = 'search' | 'timeline' | 'as-of' | 'saved-queries' | 'camera-still';

const LANDMARKS: Record<Landmark, (page: Page) => Promise<unknown>> = {
  search: (page) => page.getByRole('combobox', { name: 'Search nodes' }).waitFor(POLL),
  // The timeline under the canvas sets the canvas's final height once it is drawn.
  timeline: (page) => page.getByTestId('timeline-chart').waitFor(POLL),
  'as-of': (page) => page.getByTestId('timeline-as-of').waitFor(POLL),
  'saved-queries': (page) => page.getByRole('button', { name: 'Who opposes what' }).waitFor(POLL),
  'camera-still': (page) =>
    page.waitForFunction(() => window.__explorer && !window.__explorer.cameraMoving(), undefined, POLL),
};

export interface OpenOptions {
  /** Path and query string on the explorer server; default '/'. */
  path?: string;
  /** Waited for in this order once the view is ready. */
  waitFor?: readonly Landmark[];
  acceptDownloads?: boolean;
  /** A last pause, for a suite that reads positions on the canvas. */
  settleMs?: number;
}

/** A new page of the explorer at 1440×900, its view ready and `waitFor` there. */
export async function openExplorer(run: ExplorerRun, options: OpenOptions = {}): Promise<Page> {
  const page = await run.browser.newPage({
    viewport: { width: 1440, height: 900 },
    acceptDownloads: options.acceptDownloads ?? false,
  });
  await page.goto(new URL(options.path ?? '/', run.server.url).href);
  await page.waitForFunction(() => window.__explorer?.viewStatus() === 'ready', undefined, POLL);
  for (const landmark of options.waitFor ?? []) await LANDMARKS[landmark](page);
  if (options.settleMs) await page.waitForTimeout(options.settleMs);
  return page;
}
