// Exporting from the explorer, end to end: the real explorer server over the test Neo4j holding the seed
// article, in a real Chromium. The Export control downloads graph-YYYY-MM-DD files: a PNG of the canvas
// (a PNG at least the canvas's size, with drawn pixels), a brief whose every footnote quotes the article
// verbatim, a GEXF holding every node and relationship Cypher counts, and, with a saved query open, that
// query's graph. The export endpoint refuses bad requests with one line and writes nothing.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query, snapshot, testDriver } from '../integration/graph-snapshot';
import {
  SCREENSHOTS as SHOTS,
  SEED_ARTICLE,
  startExplorerRun,
  type ExplorerRun,
} from '../support/explorerRun';
import { openExplorer } from '../support/explorerPage';

let driver: Driver;
let run: ExplorerRun;

const FILE_NAME = /^graph-\d{4}-\d{2}-\d{2}\.(png|gexf|json|md)$/;
/** What a Markdown renderer shows for escaped text: the escapes dropped. */
const unescapeMd = (md: string) => md.replace(/\\([!-/:-@[-`{-~])/g, '$1');
const spaced = (text: string) => text.replace(/\s+/g, ' ');

beforeAll(async () => {
  driver = testDriver();
  run = await startExplorerRun({ files: [SEED_ARTICLE] });
});

afterAll(async () => {
  await run?.stop();
  await driver?.close();
});

const openPage = () => openExplorer(run, { waitFor: ['saved-queries'], acceptDownloads: true });

/** Chooses `item` in the Export menu; the download's file name and bytes. */
async function exportFile(page: Page, item: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('menuitem', { name: item }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

/** Width, height and how many pixels differ from the first one, read back by the browser itself. */
async function pngPixels(page: Page, png: Buffer) {
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let drawn = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) drawn++;
    }
    return { width: bitmap.width, height: bitmap.height, drawn };
  }, png.toString('base64'));
}

describe('export from the explorer', () => {
  it('downloads a PNG of the canvas, with the graph drawn on it', async () => {
    const page = await openPage();
    const box = (await page.locator('.canvas__sigma').first().boundingBox())!;
    const { name, bytes } = await exportFile(page, 'PNG image of the view');
    expect(name).toMatch(FILE_NAME);
    expect(name.endsWith('.png')).toBe(true);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
    const pixels = await pngPixels(page, bytes);
    expect(pixels.width).toBe(bytes.readUInt32BE(16));
    expect(pixels.width).toBeGreaterThanOrEqual(Math.floor(box.width));
    expect(pixels.height).toBeGreaterThanOrEqual(Math.floor(box.height));
    // Nodes, edges and labels: far more than a few stray pixels differ from the background.
    expect(pixels.drawn).toBeGreaterThan(1000);
    await expect.poll(() => page.getByTestId('export-status').textContent()).toBe(`Saved ${name}`);
    await page.screenshot({ path: join(SHOTS, 'export-menu.png') });
    await page.close();
  }, 120_000);

  it('downloads a brief whose every footnote quotes the article verbatim', async () => {
    const [article] = await query<{ title: string; text: string }>(
      driver,
      'MATCH (a:Article) RETURN a.title AS title, a.text AS text',
    );
    const page = await openPage();
    const { name, bytes } = await exportFile(page, 'Brief with quotes (Markdown)');
    expect(name).toMatch(FILE_NAME);
    expect(name.endsWith('.md')).toBe(true);
    const lines = bytes.toString('utf8').split('\n');
    expect(lines[0]).toBe('# Brief');
    const footnotes = lines.filter((l) => l.startsWith('[^'));
    expect(footnotes.length).toBeGreaterThan(0);
    for (const line of footnotes) {
      const match = /^\[\^(\d+)\]: “(.*)” — (.*)$/.exec(line);
      expect(match, line).not.toBeNull();
      const quote = spaced(unescapeMd(match![2]!));
      expect(quote.length, line).toBeGreaterThan(0);
      expect(spaced(article!.text), line).toContain(quote);
      expect(unescapeMd(match![3]!).startsWith(article!.title), line).toBe(true);
    }
    await page.close();
  }, 120_000);

  it('downloads a GEXF holding every node and relationship Cypher counts', async () => {
    const page = await openPage();
    const { name, bytes } = await exportFile(page, 'GEXF (Gephi)');
    expect(name).toMatch(FILE_NAME);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const ns = 'http://gexf.net/1.3';
      return {
        error: doc.getElementsByTagName('parsererror').length > 0,
        nodes: [...doc.getElementsByTagNameNS(ns, 'node')].map((n) => n.getAttribute('id') ?? ''),
        edges: [...doc.getElementsByTagNameNS(ns, 'edge')].map((e) => e.getAttribute('id') ?? ''),
      };
    }, bytes.toString('utf8'));
    expect(parsed.error).toBe(false);
    const nodes = await query<{ id: string }>(
      driver,
      'MATCH (n) WHERE NOT n:ActorKey RETURN elementId(n) AS id',
    );
    const rels = await query<{ id: string }>(driver, 'MATCH ()-[r]->() RETURN elementId(r) AS id');
    expect(parsed.nodes.sort()).toEqual(nodes.map((n) => n.id).sort());
    expect(parsed.edges.sort()).toEqual(rels.map((r) => r.id).sort());
    await page.close();
  }, 120_000);

  it('exports the open saved query: its graph as JSON, its name on the brief', async () => {
    const page = await openPage();
    await page.getByRole('button', { name: 'Who opposes what' }).click();
    await page.waitForFunction(() => window.__explorer?.viewStatus() === 'ready');
    await expect.poll(() => page.getByRole('button', { name: 'Export', exact: true }).isEnabled()).toBe(true);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect
      .poll(() => page.locator('.export-menu__scope').textContent(), { timeout: 20_000 })
      .toBe('Files of the query “Who opposes what”');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const json = JSON.parse((await exportFile(page, 'JSON')).bytes.toString('utf8')) as {
      nodes: { id: string }[];
      relationships: { id: string }[];
    };
    const [expected] = await query<{ nodes: string[]; relationships: string[] }>(
      driver,
      `MATCH p = (:Actor)-[:HOLDS]->(:Stance {polarity: 'oppose'})-[:TOWARD]->()
       UNWIND nodes(p) AS n WITH collect(DISTINCT elementId(n)) AS nodes, collect(p) AS ps
       UNWIND ps AS p UNWIND relationships(p) AS r
       RETURN nodes, collect(DISTINCT elementId(r)) AS relationships`,
    );
    expect(json.nodes.map((n) => n.id).sort()).toEqual([...expected!.nodes].sort());
    expect(json.relationships.map((r) => r.id).sort()).toEqual([...expected!.relationships].sort());
    const brief = (await exportFile(page, 'Brief with quotes (Markdown)')).bytes.toString('utf8');
    expect(brief.split('\n')[0]).toBe('# Brief: Who opposes what');
    await page.close();
  }, 120_000);

  it('refuses bad export requests with one line, and writes nothing', async () => {
    const before = await snapshot(driver);
    const post = (body: string, headers: Record<string, string> = {}) =>
      fetch(`${run.server.url}/api/export`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body,
      });
    const cases: [Promise<Response>, number][] = [
      [post('{"format":"pdf"}'), 400],
      [post('{"format":"json","extra":1}'), 400],
      [post('not json'), 400],
      [post(JSON.stringify({ format: 'json', cypher: 'x'.repeat(70_000) })), 413],
      [post(JSON.stringify({ format: 'json', cypher: "CREATE (:Intruder {at: 'export'}) RETURN 1" })), 400],
      [post(JSON.stringify({ format: 'gexf', cypher: 'MATCH (n) DETACH DELETE n' })), 400],
      [post('{"format":"json"}', { Origin: 'http://attacker.example' }), 403],
      [post('{"format":"json"}', { 'Content-Type': 'text/plain' }), 415],
      [fetch(`${run.server.url}/api/export`), 405],
    ];
    for (const [pending, status] of cases) {
      const response = await pending;
      expect(response.status).toBe(status);
      expect(response.headers.get('content-disposition')).toBeNull();
      const body = (await response.json()) as { error: { message: string } };
      expect(body.error.message.split('\n')).toHaveLength(1);
    }
    expect(await snapshot(driver)).toEqual(before);
  }, 120_000);
});
