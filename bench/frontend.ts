// Explorer benchmarks in headless Chromium, against the bench's own Neo4j: time from navigation to the
// first frame drawn with the graph, and the median frame time while panning, for the seed article and for
// synthetic graphs of 10,000 nodes / 30,000 edges and 50,000 / 150,000. Each is measured beside a bare
// page that fetches the same graph from the same API and draws it with plain sigma; the first-frame
// target is 1.3 × the bare page's time.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { clearDatabase } from './database';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Browser, Page } from 'playwright-core';
import { seededRandom } from '../frontend/src/core/layout/utils';
import { launchChromium, TEST_BUILD_MODE } from '../test/support/browser';
import type { Neo4jConfig } from '../db/config';
import { startExplorerServer, type ExplorerServer } from '../frontend/server/server';
import { ingestFiles } from '../ingest';
import { quantile, type BenchResult, type BenchSuite } from './measure';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SEED = join(ROOT, 'data', 'articles', 'seed-article.txt');

/** The explorer's allowance over the bare page. */
const RATIO_TARGET = 1.3;
const BATCH = 10_000;

interface Dataset {
  name: string;
  nodes: number;
  edges: number;
  runs: number;
  /** Untimed page loads first (each of explorer and bare page). */
  warmup: number;
  load(driver: Driver, config: Neo4jConfig): Promise<void>;
}

/** A first-frame or panning result, with the bare page's figures beside the explorer's. */
interface FrontendResult extends BenchResult {
  nodes: number;
  edges: number;
  bare: { median: number; p95: number };
  ratio: number;
  ratioTarget: number;
}

const DATASETS: Dataset[] = [
  {
    name: 'seed',
    nodes: 0,
    edges: 0,
    // A load takes well under a second here and varies by a third from one to the next: many runs.
    runs: 15,
    warmup: 1,
    load: async (driver, config) => {
      await ingestFiles({ files: [SEED], config, driver });
    },
  },
  synthetic(10_000, 30_000, 3, 1),
  synthetic(50_000, 150_000, 2, 0),
];

function synthetic(nodes: number, edges: number, runs: number, warmup: number): Dataset {
  return {
    name: `synthetic-${nodes / 1000}k`,
    nodes,
    edges,
    runs,
    warmup,
    load: (driver, config) => loadSynthetic(driver, config.database, nodes, edges),
  };
}

/** Shares of each label in the synthetic graphs, roughly as articles produce them. */
const MIX: [labels: string, share: number, name: string][] = [
  ['Actor:Person', 0.12, 'Person'],
  ['Actor:Country', 0.03, 'Country'],
  ['Actor:Organization', 0.03, 'Organization'],
  ['Meeting', 0.07, 'Meeting'],
  ['Proposal', 0.06, 'Proposal'],
  ['Stance', 0.09, 'Stance'],
  ['Article', 0.04, 'Article'],
  ['Quote', 0.56, 'Quote'],
];
const TYPES = ['ATTENDED', 'PROPOSED', 'HOLDS', 'TOWARD', 'DISCUSSED', 'EVIDENCED_BY', 'IN'];

/** Creates `nodes` nodes and `edges` relationships with UNWIND, in batches; hubs emerge from a skewed
 * choice of targets. Deterministic. */
export async function loadSynthetic(
  driver: Driver,
  database: string,
  nodes: number,
  edges: number,
): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run('CREATE INDEX bench_node_idx IF NOT EXISTS FOR (n:BenchNode) ON (n.idx)');
    await session.run('CALL db.awaitIndexes(60)');
    let from = 0;
    for (const [i, [labels, share, name]] of MIX.entries()) {
      const count = i === MIX.length - 1 ? nodes - from : Math.round(nodes * share);
      for (let start = from; start < from + count; start += BATCH) {
        const end = Math.min(from + count, start + BATCH) - 1;
        // Labels come from the constant MIX above; every value is a parameter.
        await session.run(
          `UNWIND range($start, $end) AS i
           CREATE (:BenchNode:${labels} {id: 'bench:' + i, idx: i, name: $name + ' ' + i, label: $name + ' ' + i})`,
          { start: neo4j.int(start), end: neo4j.int(end), name },
        );
      }
      from += count;
    }
    const random = seededRandom(nodes);
    const byType = new Map<string, [number, number][]>();
    for (let e = 0; e < edges; e++) {
      const a = Math.floor(random() * nodes);
      let b = Math.floor(nodes * random() ** 2.5);
      if (b === a) b = (a + 1) % nodes;
      const type = TYPES[Math.floor(random() * TYPES.length)] as string;
      const list = byType.get(type) ?? [];
      list.push([a, b]);
      byType.set(type, list);
    }
    for (const [type, pairs] of byType) {
      for (let i = 0; i < pairs.length; i += BATCH) {
        const batch = pairs.slice(i, i + BATCH).map(([a, b]) => [neo4j.int(a), neo4j.int(b)]);
        await session.run(
          `UNWIND $pairs AS p
           MATCH (a:BenchNode {idx: p[0]})
           MATCH (b:BenchNode {idx: p[1]})
           CREATE (a)-[:${type} {quoteIds: []}]->(b)`,
          { pairs: batch },
        );
      }
    }
  } finally {
    await session.close();
  }
}

/** Builds the explorer (with the test hooks the bench reads its first frame from) and the bare page into
 * `dir`, both served by the explorer server. */
export async function buildPages(dir: string): Promise<string> {
  const { build } = await import('vite');
  const dist = join(dir, 'dist');
  await build({
    configFile: join(ROOT, 'frontend', 'vite.config.ts'),
    configLoader: 'runner',
    mode: TEST_BUILD_MODE,
    build: { outDir: dist, emptyOutDir: true },
    logLevel: 'warn',
  });
  const bareRoot = join(dir, 'bare-src');
  await mkdir(bareRoot, { recursive: true });
  await writeFile(
    join(bareRoot, 'index.html'),
    `<!doctype html><html><head><meta charset="utf-8"><title>bare sigma</title>
<style>html,body{margin:0;height:100%}#sigma{position:absolute;inset:0}</style></head>
<body><div id="sigma"></div><script type="module" src="${join(ROOT, 'bench', 'frontend-bare.ts')}"></script></body></html>`,
  );
  await build({
    root: bareRoot,
    base: '/bare/',
    configFile: false,
    build: { outDir: join(dist, 'bare'), emptyOutDir: true },
    logLevel: 'warn',
  });
  return dist;
}

/**
 * Loads `url` in a new page and reads the first-frame time the page records (`probe`: an expression).
 * It is read through the DevTools protocol, a small expression evaluated as is: Playwright's own
 * waiting helpers inject a large script into the page on first use, which would take main-thread time
 * from the page while it loads, and more so from a page that is busy then.
 */
async function firstFrame(browser: Browser, url: string, probe: string): Promise<{ ms: number; page: Page }> {
  // The CSP is bypassed so that the bench can inject its frame recorder; it costs nothing either way.
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
  const devtools = await page.context().newCDPSession(page);
  await page.goto(url);
  const deadline = Date.now() + 180_000;
  for (;;) {
    const { result, exceptionDetails } = await devtools.send('Runtime.evaluate', {
      expression: probe,
      returnByValue: true,
    });
    if (exceptionDetails) {
      throw new Error(`${url}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    }
    if (typeof result.value === 'number') {
      await devtools.detach();
      return { ms: result.value, page };
    }
    if (Date.now() > deadline) throw new Error(`${url}: no first frame within 3 minutes`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const EXPLORER_PROBE = 'window.__explorer?.firstFrameAt ?? null';
const BARE_PROBE = `(() => {
  const bare = window.__bare;
  if (bare?.error) throw new Error(bare.error);
  return bare?.firstFrameAt ?? null;
})()`;

/** Frame intervals (ms) while the mouse drags the canvas for about 1.5 s from an empty corner. */
async function panFrames(page: Page, canvas: { x: number; y: number; width: number; height: number }) {
  // As a string: tsx's name-keeping helper does not exist in the page (the bench pages bypass the CSP).
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__recording = true;
    requestAnimationFrame(function tick(t) {
      window.__frames.push(t);
      if (window.__recording) requestAnimationFrame(tick);
    });
  })()`);
  // The corner is empty: sigma frames the graph inside its stage padding.
  const x0 = canvas.x + 12;
  const y0 = canvas.y + 12;
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  for (let i = 1; i <= 90; i++) {
    await page.mouse.move(x0 + i * 4, y0 + i * 2.5);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames;
  });
  const intervals = frames.slice(1).map((t, i) => t - (frames[i] as number));
  return intervals.sort((a, b) => a - b);
}

const round = (x: number) => Math.round(x * 100) / 100;
const median = (sorted: number[]) => round(quantile(sorted, 0.5));
const p95 = (sorted: number[]) => round(quantile(sorted, 0.95));

export const frontendBenchmarks: BenchSuite = async function* (ctx) {
  const { driver, config } = await ctx.neo4j();
  const work = await mkdtemp(join(tmpdir(), 'explorer-bench-'));
  let server: ExplorerServer | null = null;
  let browser: Browser | null = null;
  try {
    const dist = await buildPages(work);
    server = await startExplorerServer({
      neo4j: config,
      port: 0,
      distDir: dist,
      limits: { timeoutMs: 120_000, rowCap: 200_000 },
    });
    browser = await launchChromium();
    // EXPLORER_BENCH_ONLY=seed,synthetic-10k runs a subset (while working on one case).
    const only = process.env.EXPLORER_BENCH_ONLY?.split(',');
    for (const dataset of DATASETS.filter((d) => !only || only.includes(d.name))) {
      process.stderr.write(`frontend bench: loading ${dataset.name}…\n`);
      await clearDatabase(driver, config.database);
      await dataset.load(driver, config);
      const counts = await driver.executeQuery(
        'RETURN COUNT { (n) } AS nodes, COUNT { ()-[r]->() } AS edges',
        {},
        { database: config.database },
      );
      const nodes = Number(counts.records[0]?.get('nodes'));
      const edges = Number(counts.records[0]?.get('edges'));
      const limit = Math.max(2_000, nodes);
      const explorerUrl = `${server.url}/?limit=${limit}&layout=off`;
      const bareUrl = `${server.url}/bare/index.html?limit=${limit}`;

      const explorerTimes: number[] = [];
      const bareTimes: number[] = [];
      let explorerPan: number[] = [];
      let barePan: number[] = [];
      // Untimed warm-ups, then explorer and bare page alternate so that drift affects both alike.
      for (let run = -dataset.warmup; run < dataset.runs; run++) {
        const last = run === dataset.runs - 1;
        const explorer = await firstFrame(browser, explorerUrl, EXPLORER_PROBE);
        if (run >= 0) explorerTimes.push(explorer.ms);
        if (last) {
          const box = await explorer.page.getByTestId('graph-canvas').boundingBox();
          if (box) explorerPan = await panFrames(explorer.page, box);
        }
        await explorer.page.close();
        const bare = await firstFrame(browser, bareUrl, BARE_PROBE);
        if (run >= 0) bareTimes.push(bare.ms);
        if (last) barePan = await panFrames(bare.page, { x: 0, y: 0, width: 1440, height: 900 });
        await bare.page.close();
      }
      explorerTimes.sort((a, b) => a - b);
      bareTimes.sort((a, b) => a - b);
      const firstFrameResult: FrontendResult = {
        name: `explorer-first-frame-${dataset.name}`,
        unit: 'ms',
        median: median(explorerTimes),
        p95: p95(explorerTimes),
        runs: explorerTimes.length,
        target: round(median(bareTimes) * RATIO_TARGET),
        nodes,
        edges,
        bare: { median: median(bareTimes), p95: p95(bareTimes) },
        ratio: round(median(explorerTimes) / median(bareTimes)),
        ratioTarget: RATIO_TARGET,
      };
      yield firstFrameResult;
      const panResult: FrontendResult = {
        name: `explorer-pan-frame-${dataset.name}`,
        unit: 'ms',
        median: median(explorerPan),
        p95: p95(explorerPan),
        runs: explorerPan.length,
        target: round(Math.max(1000 / 60, median(barePan) * RATIO_TARGET)),
        nodes,
        edges,
        bare: { median: median(barePan), p95: p95(barePan) },
        ratio: round(median(explorerPan) / median(barePan)),
        ratioTarget: RATIO_TARGET,
      };
      yield panResult;
    }
  } finally {
    await browser?.close();
    await server?.close();
    await rm(work, { recursive: true, force: true });
  }
};
