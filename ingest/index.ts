// The ingest as a library: article files -> extraction documents -> Neo4j, one write transaction per
// article. Every file is read, extracted and validated before anything is written, so a bad file among
// several leaves the database untouched. The CLI (ingest/cli.ts) is a thin shell over ingestFiles.
import { open, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { neo4jConfig, type Neo4jConfig } from '../db/config';
import { ExtractionSchema, type Extraction } from '../schema';
import { BadInputError, MAX_ARTICLE_BYTES, decodeArticleBytes, parseArticle } from './article/read';
import { extractArticle } from './extract';
import { reportLines } from './identity/report';
import { resolve } from './identity/resolve';
import { buildLoadPlan } from './load/rows';
import type { GraphCounts, WriteCounters } from './load/neo4j';

export { BadInputError } from './article/read';

/** Elements of one extraction, as the progress line reports them. */
export interface ExtractionCounts {
  actors: number;
  meetings: number;
  proposals: number;
  stances: number;
  /** Distinct quoted spans (each becomes one Quote node). */
  quotes: number;
}

export interface ArticleReport {
  file: string;
  /** 1-based position among the files of this run, and their number. */
  index: number;
  total: number;
  extraction: Extraction;
  counts: ExtractionCounts;
  /** What the article's transaction changed; absent in a dry run. */
  written?: WriteCounters;
}

export interface IngestOptions {
  files: string[];
  /** Read, extract and validate only: no connection to Neo4j at all. */
  dryRun?: boolean;
  /** A driver to use (left open); otherwise one is created from `config` and closed at the end. */
  driver?: Driver;
  /** Connection settings; defaults to neo4jConfig() (the NEO4J_* environment). */
  config?: Neo4jConfig;
  /** Called after each article is extracted (dry run) or committed. */
  onProgress?: (report: ArticleReport) => void;
  /**
   * Fault-injection seam for tests, passed to loadExtraction: called between batches inside each article's
   * transaction (awaited, so a test can stop the database at a precise point).
   */
  onStep?: (step: string) => void | Promise<void>;
  /**
   * A file to write the identity report to (ingest/identity/report.ts): the merges and near-misses of
   * the whole database after the run, or of the given files alone in a dry run.
   */
  report?: string;
}

export interface IngestResult {
  articles: ArticleReport[];
  /** Nodes per label and relationships per type in the database after the run; absent in a dry run. */
  database?: GraphCounts;
}

/** Reads one article file, refusing with a BadInputError (message prefixed by the file) what is not one. */
export async function readArticleFile(file: string): Promise<ReturnType<typeof parseArticle>> {
  const fail = (message: string): never => {
    throw new BadInputError(`${file}: ${message}`);
  };
  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (info.isDirectory()) fail('is a directory, not an article file');
    if (!info.isFile()) fail('is not a regular file');
    if (info.size > MAX_ARTICLE_BYTES) {
      // Refused from its size alone, so a huge file is never read into memory.
      const mb = (info.size / (1024 * 1024)).toFixed(1);
      fail(`file is ${mb} MB; an article must be at most ${MAX_ARTICLE_BYTES / 1024} KB of text`);
    }
    const handle = await open(file, 'r');
    try {
      // One byte past the limit is enough to notice a file that grew since stat.
      const buffer = Buffer.alloc(MAX_ARTICLE_BYTES + 1);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      bytes = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (err) {
    if (err instanceof BadInputError) throw err;
    return fail(fileErrorMessage(err));
  }
  try {
    return parseArticle(decodeArticleBytes(bytes), titleFromFileName(file));
  } catch (err) {
    if (err instanceof BadInputError) fail(err.message);
    throw err;
  }
}

function fileErrorMessage(err: unknown): string {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not an article file';
  return `cannot read the file (${err instanceof Error ? err.message : String(err)})`;
}

function titleFromFileName(file: string): string {
  return basename(file).replace(/\.(txt|md|markdown)$/i, '');
}

/** Reads, extracts and validates one file; the document it returns is what the load writes. */
export async function extractFile(file: string): Promise<Extraction> {
  const article = await readArticleFile(file);
  const parsed = ExtractionSchema.safeParse(extractArticle(article));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `${file}: the extractor produced an invalid document at ${issue?.path.join('.') || 'document'}: ${issue?.message}`,
    );
  }
  return parsed.data;
}

export function extractionCounts(doc: Extraction): ExtractionCounts {
  const spans = [
    ...doc.actors.flatMap((a) => a.mentions),
    ...[...doc.meetings, ...doc.proposals, ...doc.stances].flatMap((el) => el.evidence),
  ];
  return {
    actors: doc.actors.length,
    meetings: doc.meetings.length,
    proposals: doc.proposals.length,
    stances: doc.stances.length,
    quotes: new Set(spans.map((s) => `${s.start}-${s.end}`)).size,
  };
}

/**
 * Extracts every file, then (unless `dryRun`) loads each article in its own write transaction, after
 * applying cypher/schema.cypher. Throws on the first bad file before connecting; a failing article rolls
 * back alone (articles before it stay committed) and its error names the file.
 */
export async function ingestFiles(options: IngestOptions): Promise<IngestResult> {
  const { files, onProgress } = options;
  if (files.length === 0) throw new BadInputError('no article files given');
  const documents: Extraction[] = [];
  for (const file of files) documents.push(await extractFile(file));

  const report = (i: number, written?: WriteCounters): ArticleReport => {
    const extraction = documents[i] as Extraction;
    const r: ArticleReport = {
      file: files[i] ?? '',
      index: i + 1,
      total: files.length,
      extraction,
      counts: extractionCounts(extraction),
    };
    if (written) r.written = written;
    onProgress?.(r);
    return r;
  };

  if (options.dryRun) {
    const articles = documents.map((_, i) => report(i));
    if (options.report)
      await writeReport(options.report, resolve(documents.flatMap((d) => buildLoadPlan(d).actors)));
    return { articles };
  }

  // Loaded only when writing: a dry run never loads the driver.
  const { openDriver, applySchema, loadExtraction, countGraph, DatabaseError } = await import('./load/neo4j');
  const { readResolution } = await import('./load/identity');
  const config = options.config ?? neo4jConfig();
  const driver = options.driver ?? (await openDriver(config));
  try {
    await applySchema(driver, config.database).catch((err: unknown) => {
      throw new DatabaseError(`cannot apply cypher/schema.cypher, nothing loaded: ${firstLine(err)}`, {
        cause: err,
      });
    });
    const articles: ArticleReport[] = [];
    for (const [i, doc] of documents.entries()) {
      let written: WriteCounters;
      try {
        written = await loadExtraction(driver, doc, { database: config.database, onStep: options.onStep });
      } catch (err) {
        throw new DatabaseError(`${files[i]}: load rolled back: ${loadFailure(err, i, files.length)}`, {
          cause: err,
        });
      }
      articles.push(report(i, written));
    }
    const database = await countGraph(driver, config.database).catch((err: unknown) => {
      const n = files.length;
      throw new DatabaseError(
        `${n} article${n === 1 ? '' : 's'} loaded, but counting what the database holds failed: ${firstLine(err)}`,
        { cause: err },
      );
    });
    if (options.report) {
      const resolution = await readResolution(driver, config.database).catch((err: unknown) => {
        throw new DatabaseError(
          `articles loaded, but reading actors for the report failed: ${firstLine(err)}`,
          {
            cause: err,
          },
        );
      });
      await writeReport(options.report, resolution);
    }
    return { articles, database };
  } finally {
    if (!options.driver) await driver.close().catch(() => undefined);
  }
}

/** Writes the identity report; a file that cannot be written is a one-line BadInputError. */
async function writeReport(file: string, resolution: Parameters<typeof reportLines>[0]): Promise<void> {
  const lines = reportLines(resolution);
  try {
    await writeFile(file, lines.length ? `${lines.join('\n')}\n` : '');
  } catch (err) {
    throw new BadInputError(`${file}: cannot write the report (${fileErrorMessage(err)})`);
  }
}

/** The first line of an error's message, cut short. */
function firstLine(err: unknown): string {
  const line = (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

/**
 * The rest of the one line a failed article gets: why, and how far the run got. Each article is its own
 * transaction and the load is idempotent, so running the same command again completes the run.
 */
function loadFailure(err: unknown, loaded: number, total: number): string {
  const shown = firstLine(err);
  if (total === 1) return `${shown} (nothing of it was written)`;
  return `${shown} (${loaded} of ${total} articles loaded; run the same command again to load the rest)`;
}
