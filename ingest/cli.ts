// `npm run ingest -- [--dry-run] [--json] [--report FILE] [--verbose] FILE...`: a thin command over ingestFiles
// (ingest/index.ts). Errors print one line on stderr (the stack with --verbose) and set process.exitCode.
import { parseArgs } from 'node:util';
import { neo4jConfig } from '../db/config';
import type { IngestResult, ArticleReport } from './index';

const USAGE = `Usage: npm run ingest -- [options] FILE...

Reads each news article (plain text or Markdown), extracts actors, meetings, proposals and stances,
and loads them into Neo4j, one transaction per article. Every file is checked before anything is written.

Options:
  --dry-run   extract only; never connects to Neo4j
  --json      print JSON: with --dry-run the extraction document (one per line), otherwise the result
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
  const { values, positionals: files } = args;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (files.length === 0) {
    process.stderr.write('error: no article files given (see --help)\n');
    process.exitCode = 2;
    return;
  }
  try {
    const { ingestFiles } = await import('./index');
    const dryRun = values['dry-run'] === true;
    const json = values.json === true;
    // A dry run never connects, so it needs no connection settings (nor the local password file).
    const config = dryRun ? undefined : neo4jConfig();
    const result = await ingestFiles({
      files,
      dryRun,
      config,
      report: values.report,
      onProgress: (r) => {
        if (json && dryRun) process.stdout.write(`${JSON.stringify(r.extraction)}\n`);
        else if (!json) process.stdout.write(`${progressLine(r)}\n`);
      },
    });
    if (json && !dryRun) process.stdout.write(`${JSON.stringify(resultJson(result))}\n`);
    else if (!json && result.database && config) {
      const n = result.articles.length;
      process.stdout.write(
        `loaded ${n} article${n === 1 ? '' : 's'} into ${config.uri} (${config.database})\n`,
      );
      process.stdout.write(`${summaryLines(result.database).join('\n')}\n`);
    }
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(values.verbose ? `${stackOf(err)}\n` : `error: ${message.split('\n')[0]}\n`);
    process.exitCode = 1;
  }
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

/** The database totals, as "nodes in the database: Article 1, Actor 12 (Person 8, ...), ..." lines. */
function summaryLines(db: NonNullable<IngestResult['database']>): string[] {
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

function resultJson(result: IngestResult) {
  return {
    articles: result.articles.map((r) => ({
      file: r.file,
      articleId: r.extraction.article.id,
      counts: r.counts,
      written: r.written,
    })),
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
