// Ingest benchmarks: extracting the seed article (pure), and extracting + loading it into a warm Neo4j,
// both into an empty database and again over itself (the idempotent re-ingest).
import { extractArticle } from '../ingest/extract';
import { readArticleFile } from '../ingest';
import { applySchema, loadExtraction } from '../ingest/load/neo4j';
import { measure, type BenchSuite } from './measure';

const SEED = 'data/articles/seed-article.txt';

export const ingestBenchmarks: BenchSuite = async function* (ctx) {
  const article = await readArticleFile(SEED);
  yield await measure({ name: 'extract-seed', target: 20, warmup: 50, runs: 200 }, () =>
    extractArticle(article),
  );

  const { driver, config } = await ctx.neo4j();
  const { database } = config;
  await applySchema(driver, database);
  const load = () => loadExtraction(driver, extractArticle(article), { database });
  // The bench database is its own (bench/run.ts), so emptying it before each run touches no one's data.
  const empty = async () => {
    await driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database });
  };
  yield await measure({ name: 'extract-load-seed', target: 300, warmup: 15, runs: 40, before: empty }, load);
  yield await measure({ name: 'reingest-seed', target: 300, warmup: 5, runs: 40 }, load);
};
