// The ingest as a library: article files -> extraction documents -> Neo4j, one write transaction per
// article, so an article is loaded whole or not at all. A file that is not an article is reported and
// skipped (or stops the run, for callers that want that). The CLI (ingest/cli.ts) is a thin shell over
// listArticleFiles (folders to files) and ingestFiles.
import { lstat, open, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { neo4jConfig, type Neo4jConfig } from '../db/config';
import { ExtractionSchema, type Extraction } from '../schema';
import {
  BadInputError,
  MAX_ARTICLE_BYTES,
  decodeArticleBytes,
  parseArticle,
  tooLargeMessage,
} from './article/read';
import { extractArticle } from './extract';
import { groupEvents, type EventGrouping } from './identity/events';
import { reportLines } from './identity/report';
import { resolve } from './identity/resolve';
import { actorNodeId } from './identity/names';
import { eventRefsOf, toEventRef } from './load/events';
import { buildLoadPlan, retargetPlan, type LoadPlan } from './load/rows';
import type { ArticleChanges } from './load/article-changes';
import type { ArticleLoad, GraphCounts, WriteCounters } from './load/neo4j';

export type { ArticleChanges } from './load/article-changes';

export { listArticleFiles, type ArticleList, type ListProblem } from './article/files';

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

/** What the run keeps of one article: no extraction document, so a long run's memory stays flat. */
export interface ArticleSummary {
  file: string;
  /** 1-based position among the files of this run, and their number. */
  index: number;
  total: number;
  articleId: string;
  title: string;
  counts: ExtractionCounts;
  /** What the article's transaction changed; absent in a dry run. */
  written?: WriteCounters;
  /** What the article added to the graph (new nodes, merged spellings, reversed stances); absent in a dry run. */
  changes?: ArticleChanges;
}

/** One article as onProgress sees it: its summary and its extraction document. */
export interface ArticleReport extends ArticleSummary {
  extraction: Extraction;
}

export interface IngestOptions {
  files: string[];
  /** Read, extract and validate only: no connection to Neo4j at all. */
  dryRun?: boolean;
  /** A driver to use (left open); otherwise one is created from `config` and closed at the end. */
  driver?: Driver;
  /** Connection settings; defaults to neo4jConfig() (the NEO4J_* environment). */
  config?: Neo4jConfig;
  /** Called when the run turns to each file, before it is read (for a progress display). */
  onStart?: (position: { file: string; index: number; total: number }) => void;
  /** Called after each article is extracted (dry run) or committed. */
  onProgress?: (report: ArticleReport) => void;
  /**
   * Called for each article that cannot be read or extracted; that article is skipped and the run goes on.
   * Without it the first such article throws (its BadInputError names the file).
   */
  onFailure?: (failure: ArticleFailure) => void;
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

/** An article the run skipped: its file, position and the one-line reason. */
export interface ArticleFailure {
  file: string;
  index: number;
  total: number;
  /** The one-line reason, starting with the file. */
  message: string;
  error: unknown;
}

export interface IngestResult {
  /** The articles extracted (dry run) or loaded, in order. */
  articles: ArticleSummary[];
  /** The articles skipped (only with `onFailure`). */
  failed: ArticleFailure[];
  /** Nodes per label and relationships per type after the run; absent in a dry run or when none loaded. */
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
      fail(tooLargeMessage(info.size));
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
    return fail(await fileErrorMessage(file, err));
  }
  try {
    return parseArticle(decodeArticleBytes(bytes), titleFromFileName(file));
  } catch (err) {
    if (err instanceof BadInputError) fail(err.message);
    throw err;
  }
}

async function fileErrorMessage(file: string, err: unknown): Promise<string> {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  if (code === 'ENOENT') {
    const link = await lstat(file).then(
      (s) => s.isSymbolicLink(),
      () => false,
    );
    return link ? 'no such file (a symbolic link whose target does not exist)' : 'no such file';
  }
  if (code === 'ELOOP') return 'symbolic link loop';
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

/** The result of reading one file, kept as a value so a read started ahead never rejects unheard. */
type Extracted = { doc: Extraction } | { error: unknown };

function extractAhead(file: string | undefined): Promise<Extracted> | undefined {
  if (file === undefined) return undefined;
  return extractFile(file).then(
    (doc) => ({ doc }),
    (error: unknown) => ({ error }),
  );
}

/**
 * Reads, extracts and (unless `dryRun`) loads the files in order, each article in its own write
 * transaction, the next file being read while the current one loads. The database is reached (and
 * cypher/schema.cypher applied) when the first good article is ready, so a run where no article can be
 * read never connects. A bad article is reported to `onFailure` and skipped; without `onFailure` it throws
 * (articles before it stay loaded). A database failure stops the run: the article in flight rolls back
 * alone and the error names it.
 */
export async function ingestFiles(options: IngestOptions): Promise<IngestResult> {
  const { files } = options;
  if (files.length === 0) throw new BadInputError('no article files given');
  const articles: ArticleSummary[] = [];
  const failed: ArticleFailure[] = [];
  // A dry run's report resolves the given files alone: their load plans are kept, not the documents.
  const plans: LoadPlan[] = [];
  const loader = options.dryRun ? undefined : await databaseLoader(options);
  try {
    let next = extractAhead(files[0]);
    for (const [i, file] of files.entries()) {
      options.onStart?.({ file, index: i + 1, total: files.length });
      const extracted = (await next) as Extracted;
      next = extractAhead(files[i + 1]);
      if ('error' in extracted) {
        if (!options.onFailure) throw extracted.error;
        const failure = {
          file,
          index: i + 1,
          total: files.length,
          message: firstLine(extracted.error),
          error: extracted.error,
        };
        failed.push(failure);
        options.onFailure(failure);
        continue;
      }
      const { extraction, ...summary }: ArticleReport = {
        file,
        index: i + 1,
        total: files.length,
        articleId: extracted.doc.article.id,
        title: extracted.doc.article.title,
        extraction: extracted.doc,
        counts: extractionCounts(extracted.doc),
      };
      if (loader) {
        const load = await loader.load(file, extraction, articles.length);
        summary.written = load.written;
        summary.changes = load.changes;
      } else if (options.report) plans.push(buildLoadPlan(extraction));
      articles.push(summary);
      options.onProgress?.({ ...summary, extraction });
    }
    if (!loader) {
      if (options.report) {
        const resolution = resolve(plans.flatMap((p) => p.actors));
        await writeReport(options.report, resolution, dryRunEvents(plans, resolution));
      }
      return { articles, failed };
    }
    const database = await loader.count(articles.length);
    if (options.report) {
      await writeReport(options.report, await loader.resolution(), await loader.events());
    }
    return { articles, failed, database };
  } finally {
    await loader?.close();
  }
}

interface DatabaseLoader {
  /** Loads one article, connecting first if this is the first one. */
  load(file: string, extraction: Extraction, loadedBefore: number): Promise<ArticleLoad>;
  /**
   * The database totals, or undefined when nothing was loaded (and so nothing connected); first waits for
   * the search indexes to hold every article loaded.
   */
  count(loaded: number): Promise<GraphCounts | undefined>;
  /** The corpus's actor identities for the report (ingest/identity/report.ts), read after the run. */
  resolution(): Promise<Parameters<typeof reportLines>[0]>;
  /** The corpus's meeting and proposal groups for the report, read after the run. */
  events(): Promise<EventGrouping>;
  close(): Promise<void>;
}

/** The write side of ingestFiles: a driver opened on first use, one transaction per article. */
async function databaseLoader(options: IngestOptions): Promise<DatabaseLoader> {
  // Loaded only when writing: a dry run never loads the driver.
  const { openDriver, applySchema, loadArticle, countGraph, awaitSearchIndexes, DatabaseError } =
    await import('./load/neo4j');
  const { readResolution } = await import('./load/identity');
  const { readEventGrouping } = await import('./load/events');
  const config = options.config ?? neo4jConfig();
  let driver: Driver | undefined = options.driver;
  let ready = false;
  const connect = async (): Promise<Driver> => {
    driver ??= await openDriver(config);
    if (!ready) {
      await applySchema(driver, config.database).catch((err: unknown) => {
        throw new DatabaseError(`cannot apply cypher/schema.cypher, nothing loaded: ${firstLine(err)}`, {
          cause: err,
        });
      });
      ready = true;
    }
    return driver;
  };
  const total = options.files.length;
  return {
    async load(file, extraction, loadedBefore) {
      const d = await connect();
      try {
        return await loadArticle(d, extraction, {
          database: config.database,
          onStep: options.onStep,
        });
      } catch (err) {
        throw new DatabaseError(`${file}: load rolled back: ${loadFailure(err, loadedBefore, total)}`, {
          cause: err,
        });
      }
    },
    async count(loaded) {
      if (!ready || !driver) return undefined;
      const d = driver;
      const counted = async () => {
        await awaitSearchIndexes(d, config.database);
        return countGraph(d, config.database);
      };
      return counted().catch((err: unknown) => {
        throw new DatabaseError(
          `${loaded} article${loaded === 1 ? '' : 's'} loaded, but counting what the database holds failed: ${firstLine(err)}`,
          { cause: err },
        );
      });
    },
    async resolution() {
      const d = await connect();
      return readResolution(d, config.database).catch((err: unknown) => {
        throw new DatabaseError(
          `articles loaded, but reading actors for the report failed: ${firstLine(err)}`,
          {
            cause: err,
          },
        );
      });
    },
    async events() {
      const d = await connect();
      return readEventGrouping(d, config.database).catch((err: unknown) => {
        throw new DatabaseError(
          `articles loaded, but reading events for the report failed: ${firstLine(err)}`,
          {
            cause: err,
          },
        );
      });
    },
    async close() {
      if (driver && !options.driver) await driver.close().catch(() => undefined);
    },
  };
}

/** Writes the identity report; a file that cannot be written is a one-line BadInputError. */
async function writeReport(
  file: string,
  resolution: Parameters<typeof reportLines>[0],
  events: EventGrouping,
): Promise<void> {
  const lines = reportLines(resolution, events);
  try {
    await writeFile(file, lines.length ? `${lines.join('\n')}\n` : '');
  } catch (err) {
    throw new BadInputError(`${file}: cannot write the report (${await fileErrorMessage(file, err)})`);
  }
}

/** A dry run's meeting and proposal groups: each plan's actors on the nodes the resolution gives them. */
function dryRunEvents(plans: LoadPlan[], resolution: ReturnType<typeof resolve>) {
  const refs = plans.flatMap((plan) => {
    const nodeOf = new Map(
      plan.actors.map((a) => [actorNodeId(a.kind, a.key), resolution.nodeOf(a.kind, a.key)]),
    );
    const onActors = retargetPlan(
      plan,
      (id) => nodeOf.get(id),
      () => undefined,
    );
    return eventRefsOf(onActors).map((ref) => toEventRef(plan.articleId, ref));
  });
  return groupEvents(refs, true);
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
