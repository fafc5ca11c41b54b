// Rasterises an SVG document (export/svg.ts) to PNG in headless Chromium through playwright-core: the
// browser draws the SVG as an image, with JavaScript off and no network, and screenshots it at the
// document's size. Chromium is found at CHROMIUM_PATH (default /usr/bin/chromium); when it cannot be
// started the error is one line naming that variable.
import { access } from 'node:fs/promises';
import { chromium, type Browser } from 'playwright-core';

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** The flags the project's headless Chromium runs with (as test/support/browser.ts). */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH;
}

/** Throws the one-line error a user sees when no Chromium is at `path`; cheap, so callers check first. */
export async function assertChromium(path = chromiumPath()): Promise<void> {
  try {
    await access(path);
  } catch {
    throw new Error(
      `Chromium not found at ${path}: set CHROMIUM_PATH to a Chromium executable for --format png`,
    );
  }
}

async function launch(path: string): Promise<Browser> {
  await assertChromium(path);
  try {
    return await chromium.launch({ executablePath: path, args: CHROMIUM_ARGS, timeout: 60_000 });
  } catch (err) {
    const first = (err instanceof Error ? err.message : String(err)).split('\n')[0];
    throw new Error(`Chromium at ${path} (CHROMIUM_PATH) did not start: ${first}`, { cause: err });
  }
}

/** The PNG of `svg`, `width` × `height` CSS pixels at `scale` device pixels each. */
export async function svgToPng(
  svg: string,
  size: { width: number; height: number; scale?: number },
  path = chromiumPath(),
): Promise<Buffer> {
  const browser = await launch(path);
  try {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      offline: true,
      viewport: { width: size.width, height: size.height },
      deviceScaleFactor: size.scale ?? 1,
    });
    const page = await context.newPage();
    // As an <img>, an SVG can run nothing and fetch nothing, whatever it holds.
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    const html = `<!doctype html><html><body style="margin:0"><img alt="" src="${src}" width="${size.width}" height="${size.height}" style="display:block"></body></html>`;
    await page.setContent(html, { waitUntil: 'load' });
    return await page.screenshot({
      type: 'png',
      clip: { x: 0, y: 0, width: size.width, height: size.height },
    });
  } finally {
    await browser.close();
  }
}
