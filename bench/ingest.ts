// Ingest benchmarks: the language model's load time, extraction throughput over a made-up corpus,
// extracting the seed article (pure), and extracting + loading it into a warm Neo4j, both into an empty
// database and again over itself (the idempotent re-ingest).
import { performance } from 'node:perf_hooks';
import { clearDatabase } from './database';
import { extractArticle } from '../ingest/extract';
import { readArticleFile } from '../ingest';
import { applySchema, loadExtraction } from '../ingest/load/neo4j';
import { languageEngine } from '../ingest/text/language';
import type { Article } from '../schema';
import { benchCorpus } from './corpus';
import { measure, type BenchResult, type BenchSuite } from './measure';

const SEED = 'data/articles/seed-article.txt';

export const ingestBenchmarks: BenchSuite = async function* (ctx) {
  // First, before anything else loads it: the one-off cost of the language model.
  const loadStart = performance.now();
  languageEngine();
  const loadMs = Math.round(performance.now() - loadStart);
  yield { name: 'language-model-load', unit: 'ms', median: loadMs, p95: loadMs, runs: 1, target: 300 };
  yield extractThroughput();

  const article = await readArticleFile(SEED);
  yield await measure({ name: 'extract-seed', target: 20, warmup: 50, runs: 200 }, () =>
    extractArticle(article),
  );

  const { driver, config } = await ctx.neo4j();
  const { database } = config;
  await applySchema(driver, database);
  const load = () => loadExtraction(driver, extractArticle(article), { database });
  // The bench database is its own (bench/run.ts), so emptying it before each run touches no one's data.
  const empty = () => clearDatabase(driver, database);
  yield await measure({ name: 'extract-load-seed', target: 300, warmup: 15, runs: 40, before: empty }, load);
  yield await measure({ name: 'reingest-seed', target: 300, warmup: 5, runs: 40 }, load);
};

/** Extraction speed over about 300 KB of made-up articles, in KB/s: the median of five passes. */
function extractThroughput(): BenchResult {
  const corpus = benchCorpus(300_000);
  for (const a of corpus.slice(0, 20)) extractArticle(a); // warm-up
  return extractionRate('extract-throughput', corpus, 5);
}

/**
 * Extraction alone over `articles` on the one main thread, in KB/s of article text: the median of
 * `passes` passes; the p95 of a throughput is its slow end, the slowest pass.
 */
export function extractionRate(name: string, articles: Article[], passes: number): BenchResult {
  const kb = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1000;
  const rates: number[] = [];
  for (let run = 0; run < passes; run++) {
    const start = performance.now();
    for (const a of articles) extractArticle(a);
    rates.push(kb / ((performance.now() - start) / 1000));
  }
  rates.sort((a, b) => a - b);
  return {
    name,
    unit: 'KB/s',
    median: Math.round(rates[Math.floor(passes / 2)]!),
    p95: Math.round(rates[0]!),
    runs: passes,
    target: 250,
  };
}
