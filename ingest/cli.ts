// `npm run ingest -- [--dry-run] [--json] [--report FILE] [--verbose] FILE|FOLDER...`: a thin command over
// listArticleFiles and ingestFiles (ingest/index.ts). Each problem prints one line on stderr (the stack with
// --verbose); any failed article sets a non-zero process.exitCode while the others still load.
import { parseArgs } from 'node:util';
import { neo4jConfig, type Neo4jConfig } from '../db/config';
import type { IngestResult, ArticleReport } from './index';
import { changesLines } from './changes-text';
import { ProgressDisplay, printable } from './progress';

const USAGE = `Usage: npm run ingest -- [options] FILE|FOLDER...

Reads each news article (plain text or Markdown), extracts actors, meetings, proposals and stances,
and loads them into Neo4j, one transaction per article. A folder stands for every .txt and .md file
below it, in sorted order. An article that cannot be read is named and skipped, the others still load,
and the command then exits non-zero.

Options:
  --dry-run   extract only; never connects to Neo4j
  --json      print JSON: with --dry-run the extraction document (one per line), otherwise one line per
              article (what it wrote and changed: new actors, meetings, proposals, stances, merged
              spellings, reversed stances) and then the result
  --report FILE  write the identity report to FILE: actors merged and near-misses left apart (JSON lines)
  --verbose   print the stack of an error
  -h, --help  show this help

Connection: NEO4J_URI (bolt://127.0.0.1:7687), NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE.`;

async function main(argv: string[]): Promise<void> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (err) {
    process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)} (see --help)\n`);
    process.exitCode = 2;
    return;
  }
  const { values, positionals: paths } = args;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (paths.length === 0) {
    process.stderr.write('error: no article files or folders given (see --help)\n');
    process.exitCode = 2;
    return;
  }
  const progress = new ProgressDisplay(process.stderr);
  const say = (out: NodeJS.WriteStream, line: string) => progress.print(out, printable(line));
  try {
    const run = await ingestPaths(paths, values, progress, say);
    progress.clear();
    if (run.nothing || run.failures.length > 0 || run.folders.length > 0) process.exitCode = 1;
    if (run.failures.length > 0 && run.total > 1)
      say(process.stderr, failureSummary(run.failures, run.total));
  } catch (err) {
    progress.clear();
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(
      values.verbose ? `${stackOf(err)}\n` : `${printable(`error: ${message.split('\n')[0]}`)}\n`,
    );
    process.exitCode = 1;
  }
}

type Values = ReturnType<typeof parse>['values'];
type Say = (out: NodeJS.WriteStream, line: string) => void;

/** The run: list the paths, ingest what they hold, print the summary; returns what failed. */
async function ingestPaths(paths: string[], values: Values, progress: ProgressDisplay, say: Say) {
  const { listArticleFiles, ingestFiles } = await import('./index');
  const listing = await listArticleFiles(paths);
  const nothing = listing.files.length === 0 && listing.failures.length === 0;
  // With nothing at all to read, what would be a warning is the reason the run fails.
  for (const w of listing.warnings)
    say(process.stderr, `${nothing ? 'error' : 'warning'}: ${w.path}: ${w.message}`);
  const folders = listing.failures.map((f) => f.path);
  for (const f of listing.failures) say(process.stderr, `error: ${f.path}: ${f.message}`);
  const failures: string[] = [];
  const total = listing.files.length;
  if (nothing && listing.warnings.length === 0) say(process.stderr, 'error: no articles to ingest');
  if (total === 0) return { failures, folders, total, nothing };

  const dryRun = values['dry-run'] === true;
  const json = values.json === true;
  // A per-article line on stdout, unless the bar already shows the run on this same terminal.
  const lines = !json && !(progress.active && process.stdout.isTTY);
  // A dry run never connects, so it needs no connection settings (nor the local password file).
  const config = dryRun ? undefined : neo4jConfig();
  const result = await ingestFiles({
    files: listing.files,
    dryRun,
    config,
    report: values.report,
    onStart: (p) => progress.update(p.index, p.total, p.file),
    onProgress: (r) => {
      if (json && dryRun) progress.print(process.stdout, JSON.stringify(r.extraction));
      else if (json) progress.print(process.stdout, JSON.stringify(articleJson(r)));
      else {
        if (lines) say(process.stdout, progressLine(r));
        // What the article changed: on a terminal too, where the bar stands in for the progress line.
        const head = lines ? '  ' : `${r.file}: `;
        if (r.changes) for (const line of changesLines(r.changes)) say(process.stdout, `${head}${line}`);
      }
    },
    onFailure: (f) => {
      failures.push(f.file);
      if (values.verbose) progress.print(process.stderr, stackOf(f.error));
      else say(process.stderr, `error: ${f.message}`);
    },
  });
  progress.clear();
  if (json && !dryRun) process.stdout.write(`${JSON.stringify(resultJson(result))}\n`);
  else if (!json && result.articles.length > 0) {
    const summary = summaryLines(result, total - failures.length, total, config);
    process.stdout.write(`${summary.map(printable).join('\n')}\n`);
  }
  return { failures, folders, total, nothing };
}

/** The last line of a run where some articles failed: how many, and which. */
function failureSummary(failures: string[], total: number): string {
  const shown = failures.slice(0, 20).join(', ');
  const more = failures.length > 20 ? `, and ${failures.length - 20} more, each named above` : '';
  return `error: ${failures.length} of ${total} articles failed: ${shown}${more}`;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
      verbose: { type: 'boolean' },
      report: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

function progressLine(r: ArticleReport): string {
  const c = r.counts;
  const prefix = r.total > 1 ? `[${r.index}/${r.total}] ` : '';
  const found = `${c.actors} actors, ${c.meetings} meetings, ${c.proposals} proposals, ${c.stances} stances, ${c.quotes} quotes`;
  const effect = r.written
    ? `created ${r.written.nodesCreated} nodes, ${r.written.relationshipsCreated} relationships` +
      (r.written.nodesDeleted || r.written.relationshipsDeleted
        ? `, removed ${r.written.nodesDeleted} stale nodes, ${r.written.relationshipsDeleted} relationships`
        : '')
    : 'dry run, nothing written';
  return `${prefix}${r.file}: ${found} (${effect})`;
}

/** The lines after the run: what was loaded (or extracted), what it wrote, what the database holds. */
function summaryLines(
  result: IngestResult,
  done: number,
  total: number,
  config: Neo4jConfig | undefined,
): string[] {
  const n = result.articles.length;
  const count = done === total ? `${n} article${n === 1 ? '' : 's'}` : `${done} of ${total} articles`;
  const failed = done === total ? '' : `; ${total - done} failed`;
  if (!result.database || !config) return [`extracted ${count} (dry run, nothing written)${failed}`];
  const w = { nodesCreated: 0, relationshipsCreated: 0, nodesDeleted: 0, relationshipsDeleted: 0 };
  for (const r of result.articles) {
    for (const key of Object.keys(w) as (keyof typeof w)[]) w[key] += r.written?.[key] ?? 0;
  }
  return [
    `loaded ${count} into ${config.uri} (${config.database})${failed}`,
    `written: created ${w.nodesCreated} nodes, ${w.relationshipsCreated} relationships; ` +
      `removed ${w.nodesDeleted} stale nodes, ${w.relationshipsDeleted} relationships`,
    ...databaseLines(result.database),
  ];
}

/** The database totals, as "nodes in the database: Article 1, Actor 12 (Person 8, ...), ..." lines. */
function databaseLines(db: NonNullable<IngestResult['database']>): string[] {
  const kinds = ['Person', 'Country', 'Organization', 'Group'];
  const nodes = Object.entries(db.nodes)
    .filter(([label]) => !kinds.includes(label))
    .map(([label, count]) => {
      if (label !== 'Actor') return `${label} ${count}`;
      return `${label} ${count} (${kinds.map((k) => `${k} ${db.nodes[k] ?? 0}`).join(', ')})`;
    });
  const rels = Object.entries(db.relationships).map(([type, count]) => `${type} ${count}`);
  return [`nodes in the database: ${nodes.join(', ')}`, `relationships in the database: ${rels.join(', ')}`];
}
/** One article's line with --json (without --dry-run): what it wrote and what it changed. */
function articleJson(r: ArticleReport) {
  const { file, articleId, title, counts, written, changes } = r;
  return { type: 'article', file, articleId, title, counts, written, changes };
}

function resultJson(result: IngestResult) {
  return {
    type: 'result',
    articles: result.articles.map((r) => ({
      file: r.file,
      articleId: r.articleId,
      counts: r.counts,
      written: r.written,
    })),
    failed: result.failed.map((f) => ({ file: f.file, error: f.message })),
    database: result.database,
  };
}

function stackOf(err: unknown): string {
  const lines: string[] = [];
  for (let e: unknown = err; e; e = e instanceof Error ? e.cause : undefined) {
    lines.push(e instanceof Error ? (e.stack ?? e.message) : String(e));
    if (e instanceof Error && e.cause) lines.push('caused by:');
  }
  return lines.join('\n');
}

await main(process.argv.slice(2));
