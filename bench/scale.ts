// The corpus bench (`npm run bench -- corpus [--articles N]`): how the ingest behaves at scale, each figure
// beside its limit. A generated corpus (bench/newsCorpus.ts, N articles, default 200) is written to a
// temporary folder; then, on the bench's own Neo4j, wiped before each step: the whole ingest end to end
// (ingestFiles: read, extract, load) with its wall time and peak memory; extraction throughput on one core;
// and the load alone (loadExtraction per article, as ingestFiles calls it) beside a baseline that writes the
// same rows with one UNWIND ... MERGE per label and type, in large transactions and one article a
// transaction. Per-article times of the first and last tenth of the corpus show how the load grows with
// what the database already holds.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { clearDatabase } from './database';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../db/config';
import { ingestFiles, readArticleFile } from '../ingest';
import { extractArticle } from '../ingest/extract';
import { applySchema, loadExtraction } from '../ingest/load/neo4j';
import { buildLoadPlan, planCounts } from '../ingest/load/rows';
import type { Extraction } from '../schema';
import { writeBaseline } from './baseline';
import { extractionRate } from './ingest';
import { quantile, type BenchResult, type BenchSuite } from './measure';
import { generateNewsCorpus } from './newsCorpus';
import { peakMemory } from './peakMemory';

export const DEFAULT_ARTICLES = 200;
/** The end-to-end target: 1,000 articles within 60 s, i.e. 60 ms an article. */
const E2E_MS_PER_ARTICLE = 60;
const WARMUP_ARTICLES = 10;
/**
 * The baseline writes up to this many articles' rows in one transaction: the bench database keeps the
 * project's cap of 128 MB a transaction (db/neo4j.conf), which 1,000 articles' rows at once exceed.
 */
const BASELINE_ARTICLES_PER_TX = 250;

export const corpusBenchmarks: BenchSuite = async function* (ctx) {
  const count = articleCount(ctx.option('articles'));
  const dir = await mkdtemp(join(tmpdir(), 'news-corpus-'));
  try {
    const files: string[] = [];
    for (const file of generateNewsCorpus({ articles: count })) {
      const path = join(dir, file.name);
      await writeFile(path, file.text);
      files.push(path);
    }
    const note = `${count} articles`;
    const db = await ctx.neo4j();
    await applySchema(db.driver, db.config.database);
    // A short untimed ingest first: the language model loads (bench/ingest.ts times that) and a Neo4j
    // started a moment ago warms up, so the figures are those of a running database.
    await ingestFiles({ files: files.slice(0, WARMUP_ARTICLES), driver: db.driver, config: db.config });
    // End to end first, so that its peak memory is the ingest's own and not the other steps'. Then the
    // same ingest again: the first run pays for a Neo4j that has just started (its JIT compiler and
    // store are cold), the second shows the ingest on a database that has been running.
    await clearDatabase(db.driver, db.config.database);
    for (const r of await endToEnd(files, db, 'corpus-end-to-end')) yield { ...r, note };
    await clearDatabase(db.driver, db.config.database);
    for (const r of await endToEnd(files, db, 'corpus-end-to-end-again')) yield { ...r, note };
    const docs = await extractCorpus(files);
    yield { ...(await extractThroughput(files)), note };
    await clearDatabase(db.driver, db.config.database);
    const ingest = await loadEach(docs, db);
    // Shown before the baseline runs, so that they are out even if it fails.
    for (const r of tenths('corpus-load-per-article', ingest, E2E_MS_PER_ARTICLE)) yield { ...r, note };
    const baseline = await baselineMs(docs, db);
    const chunks = Math.ceil(count / BASELINE_ARTICLES_PER_TX);
    const baselineNote = `${note}, baseline in ${chunks} transaction${chunks === 1 ? '' : 's'} or one an article`;
    for (const r of loadFigures(docs, ingest, baseline)) yield { ...r, note: baselineNote };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

function articleCount(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_ARTICLES;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 10 || n > 100_000) {
    throw new Error(`--articles must be a whole number from 10 to 100000, not "${raw}"`);
  }
  return n;
}

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - start };
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Rows an extraction's load plan holds: node rows and relationship rows. */
function rowCount(doc: Extraction): number {
  const { nodes, relationships } = planCounts(buildLoadPlan(doc));
  const sum = (counts: Record<string, number | undefined>) =>
    Object.values(counts).reduce<number>((n, c) => n + (c ?? 0), 0);
  return sum(nodes) + sum(relationships);
}

/** A result of one run (median and p95 are the one figure). */
function single(name: string, unit: BenchResult['unit'], value: number, target: number): BenchResult {
  return { name, unit, median: round(value), p95: round(value), runs: 1, target };
}

/** Per-article times of the first and last tenth of the corpus, in ms: median and p95 of each. */
function tenths(name: string, times: number[], target: number): BenchResult[] {
  const tenth = Math.max(1, Math.floor(times.length / 10));
  const summary = (label: string, part: number[]): BenchResult => {
    const sorted = [...part].sort((a, b) => a - b);
    return {
      name: `${name}-${label}`,
      unit: 'ms',
      median: round(quantile(sorted, 0.5)),
      p95: round(quantile(sorted, 0.95)),
      runs: sorted.length,
      target,
    };
  };
  return [summary('first-tenth', times.slice(0, tenth)), summary('last-tenth', times.slice(-tenth))];
}

/** ingestFiles over the whole corpus into the empty database: wall time, throughput, peak memory. */
async function endToEnd(
  files: string[],
  db: { driver: Driver; config: Neo4jConfig },
  name: string,
): Promise<BenchResult[]> {
  const memory = peakMemory();
  const steps: number[] = [];
  let rows = 0;
  // Counting an article's rows is the bench's own work: its time is left out of the run's.
  let counting = 0;
  let last = performance.now();
  const start = last;
  const result = await ingestFiles({
    files,
    driver: db.driver,
    config: db.config,
    onProgress: (report) => {
      const now = performance.now();
      steps.push(now - last);
      rows += rowCount(report.extraction);
      last = performance.now();
      counting += last - now;
    },
  });
  const ms = performance.now() - start - counting;
  const peak = memory.stop();
  const n = result.articles.length;
  return [
    single(name, 'ms', ms, n * E2E_MS_PER_ARTICLE),
    single(`${name}-articles`, 'articles/s', (n / ms) * 1000, round(1000 / E2E_MS_PER_ARTICLE)),
    single(`${name}-rows`, 'rows/s', (rows / ms) * 1000, 0),
    { ...single(`${name}-peak-rss`, 'MB', peak.mb, 1024), note: peak.method },
    ...tenths(`${name}-per-article`, steps, E2E_MS_PER_ARTICLE),
  ];
}

async function extractCorpus(files: string[]): Promise<Extraction[]> {
  const docs: Extraction[] = [];
  for (const file of files) docs.push(extractArticle(await readArticleFile(file)));
  return docs;
}

/** Extraction alone over the corpus on the one main thread, in KB/s of article text: the median of 3 passes. */
async function extractThroughput(files: string[]): Promise<BenchResult> {
  const articles = [];
  for (const file of files) articles.push(await readArticleFile(file));
  return extractionRate('corpus-extract-throughput', articles, 3);
}

/** The real load, article after article (one transaction each, as ingestFiles does): each article's ms. */
async function loadEach(docs: Extraction[], db: { driver: Driver; config: Neo4jConfig }): Promise<number[]> {
  const times: number[] = [];
  for (const doc of docs) {
    const { ms } = await timed(() => loadExtraction(db.driver, doc, { database: db.config.database }));
    times.push(ms);
  }
  return times;
}

/** The baseline's two ways: its rows in transactions of BASELINE_ARTICLES_PER_TX articles, and one article a transaction. */
interface BaselineTimes {
  batched: number;
  perArticle: number;
}

/**
 * The baseline's times, in ms: one untimed run of each way (their statements are new to Neo4j), then the
 * median of three, the two ways taking turns. One article a transaction is what the load must do (each
 * article loads whole or not at all): the same statements, each article's rows alone, show what that
 * costs by itself.
 */
async function baselineMs(
  docs: Extraction[],
  db: { driver: Driver; config: Neo4jConfig },
): Promise<BaselineTimes> {
  const plans = docs.map(buildLoadPlan);
  const ways = {
    batched: async () => {
      for (let i = 0; i < plans.length; i += BASELINE_ARTICLES_PER_TX) {
        await writeBaseline(db.driver, db.config.database, plans.slice(i, i + BASELINE_ARTICLES_PER_TX));
      }
    },
    perArticle: async () => {
      for (const plan of plans) await writeBaseline(db.driver, db.config.database, [plan]);
    },
  };
  const times: Record<keyof BaselineTimes, number[]> = { batched: [], perArticle: [] };
  for (let run = 0; run < 4; run++) {
    for (const way of ['batched', 'perArticle'] as const) {
      await clearDatabase(db.driver, db.config.database);
      const { ms } = await timed(ways[way]);
      if (run > 0) times[way].push(ms);
    }
  }
  const median = (list: number[]) =>
    quantile(
      [...list].sort((a, b) => a - b),
      0.5,
    );
  return { batched: median(times.batched), perArticle: median(times.perArticle) };
}

function loadFigures(docs: Extraction[], times: number[], baseline: BaselineTimes): BenchResult[] {
  const rows = docs.reduce((n, d) => n + rowCount(d), 0);
  const ingestMs = times.reduce((a, b) => a + b, 0);
  const ingestRows = (rows / ingestMs) * 1000;
  const baselineRows = (rows / baseline.batched) * 1000;
  const perArticleRows = (rows / baseline.perArticle) * 1000;
  return [
    single('corpus-load-articles', 'articles/s', (docs.length / ingestMs) * 1000, 0),
    single('corpus-load-rows', 'rows/s', ingestRows, round(baselineRows / 2)),
    single('corpus-load-baseline-articles', 'articles/s', (docs.length / baseline.batched) * 1000, 0),
    single('corpus-load-baseline-rows', 'rows/s', baselineRows, 0),
    single('corpus-load-vs-baseline', 'ratio', ingestRows / baselineRows, 0.5),
    single('corpus-load-baseline-per-article-rows', 'rows/s', perArticleRows, 0),
    single('corpus-load-baseline-per-article-vs-baseline', 'ratio', perArticleRows / baselineRows, 0),
    single('corpus-load-vs-baseline-per-article', 'ratio', ingestRows / perArticleRows, 0),
  ];
}
