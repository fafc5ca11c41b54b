// All of the explorer's Neo4j I/O: one driver, created on first use; every query in a READ transaction
// with a timeout and a row cap; sessions closed in `finally`; outcomes as a typed status rather than
// exceptions, so the HTTP layer can answer every case in one shape.
import neo4j, { Neo4jError, type Driver, type Plan, type Record as Neo4jRecord } from 'neo4j-driver';
import type { Neo4jConfig } from '../../../db/config';
import { localBoltPort } from '../../../db/local';
import type { QueryError } from '../../shared/api';

export interface ReadOptions {
  /** Server-side transaction timeout; a client-side watchdog gives up shortly after. */
  timeoutMs?: number;
  /** Records beyond this many are not read; the status says `truncated`. */
  rowCap?: number;
  /** Aborting closes the session, which resets the connection: Neo4j stops the transaction at once. */
  signal?: AbortSignal;
  /** Records asked for at a time (default FETCH_SIZE): more only for the server's own queries whose
   * records are known to be small, to save the round trips. */
  fetchSize?: number;
}

/** Gets each record's values as it arrives; returns false to stop reading (the rest is discarded). */
export type RecordSink = (values: unknown[]) => boolean;

export type StreamOutcome =
  | { ok: true; keys: string[]; stopped: boolean; elapsedMs: number }
  | { ok: false; status: 'timed-out' | 'error'; error: QueryError; elapsedMs: number };

export type ReadOutcome =
  | { ok: true; status: 'complete' | 'truncated'; keys: string[]; records: Neo4jRecord[]; elapsedMs: number }
  | { ok: false; status: 'timed-out' | 'error'; error: QueryError; elapsedMs: number };

export type ConnectivityOutcome = { ok: true } | { ok: false; error: QueryError };

/** What EXPLAIN says of a query without running it: Neo4j's query type ('r', 'rw', 'w' or 's') and plan. */
export type ExplainOutcome =
  { ok: true; queryType: string; plan: Plan | null } | { ok: false; error: QueryError };

export interface Neo4jService {
  readonly uri: string;
  readonly database: string;
  readonly limits: ServiceDefaults;
  verifyConnectivity(): Promise<ConnectivityOutcome>;
  /** Runs `cypher` with `params` in a READ transaction (Neo4j itself refuses writes there). */
  read(cypher: string, params?: Record<string, unknown>, options?: ReadOptions): Promise<ReadOutcome>;
  /** Like `read`, but hands each record to `sink` as it arrives instead of keeping them (the row cap of
   * `options` does not apply: the sink decides when to stop). */
  stream(
    cypher: string,
    params: Record<string, unknown>,
    sink: RecordSink,
    options?: Omit<StreamOptions, 'onKeys'>,
  ): Promise<StreamOutcome>;
  /** Plans `cypher` with EXPLAIN in a READ transaction; nothing runs. */
  explain(cypher: string, params?: Record<string, unknown>): Promise<ExplainOutcome>;
  close(): Promise<void>;
}

interface StreamOptions extends Omit<ReadOptions, 'rowCap'> {
  /** Called with the column names before the first record. */
  onKeys?: (keys: string[]) => void;
}

export interface ServiceDefaults {
  timeoutMs: number;
  rowCap: number;
}

export const DEFAULT_SERVICE_LIMITS: ServiceDefaults = { timeoutMs: 10_000, rowCap: 5_000 };

/** Records the driver asks Neo4j for at a time. The driver decodes and queues a whole batch, so with
 * large records (long lists, long strings) this bounds what it holds; 20 costs about 0.1 s on 5,000
 * small rows against the driver's default of 1,000. */
export const FETCH_SIZE = 20;

const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/** What a person can do when the database cannot be reached, for the URI in use. */
export function unreachableHint(uri: string): string {
  return isLocalUri(uri)
    ? 'Start the local database with `npm run db:start` (or run `npm start`), then retry.'
    : `Check that ${uri} is reachable and that NEO4J_USER / NEO4J_PASSWORD are right, then retry.`;
}

function isLocalUri(uri: string): boolean {
  return localBoltPort(uri) !== undefined;
}

/** Creates the service; no connection is opened until the first query. */
export function createNeo4jService(config: Neo4jConfig, limits: Partial<ServiceDefaults> = {}): Neo4jService {
  const defaults = { ...DEFAULT_SERVICE_LIMITS, ...limits };
  let driver: Driver | null = null;
  const getDriver = (): Driver => {
    driver ??= neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
      connectionTimeout: 5_000,
      connectionAcquisitionTimeout: 10_000,
      // Retry transient failures briefly: a person is waiting for the answer.
      maxTransactionRetryTime: 3_000,
      maxConnectionPoolSize: 20,
      userAgent: 'news-graph-explorer',
      // Integers as plain numbers: a list of 100,000 integers decodes into 0.8 MB rather than 4.8 MB of
      // Integer objects, which bounds what a batch of large records costs. Integers beyond ±2^53
      // (which the explorer's data never holds) arrive rounded.
      disableLosslessIntegers: true,
    });
    return driver;
  };

  const describe = (err: unknown): QueryError => describeError(err, config.uri);

  const streamRecords = async (
    cypher: string,
    params: Record<string, unknown>,
    sink: RecordSink,
    options: StreamOptions = {},
  ): Promise<StreamOutcome> => {
    const timeoutMs = Math.max(1, Math.min(options.timeoutMs ?? defaults.timeoutMs, defaults.timeoutMs));
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const session = getDriver().session({
      database: config.database,
      defaultAccessMode: neo4j.session.READ,
      fetchSize: options.fetchSize ?? FETCH_SIZE,
    });
    let watchdog: ReturnType<typeof setTimeout> | undefined;
    let gaveUp = false;
    const { signal } = options;
    const cancel = () => void session.close().catch(() => undefined);
    signal?.addEventListener('abort', cancel, { once: true });
    try {
      if (signal?.aborted) return { ok: false, status: 'error', error: cancelled(), elapsedMs: elapsed() };
      let delivered = false;
      const work = session.executeRead(
        async (tx) => {
          // A retry after records went to the sink would hand them over twice.
          if (delivered)
            throw new Error('The connection to Neo4j failed during the answer; run the query again.');
          const result = tx.run(cypher, params);
          const keys = (await result.keys()).map(String);
          options.onKeys?.(keys);
          let stopped = false;
          for await (const record of result) {
            delivered = true;
            if (!sink([...record.values()])) {
              stopped = true;
              break;
            }
          }
          return { keys, stopped };
        },
        { timeout: timeoutMs, metadata: { app: 'news-graph-explorer' } },
      );
      // Neo4j enforces the timeout; the watchdog covers a server that stops answering altogether.
      const late = new Promise<'gave-up'>((resolve) => {
        watchdog = setTimeout(() => resolve('gave-up'), timeoutMs + 2_000);
      });
      const outcome = await Promise.race([work, late]);
      if (outcome === 'gave-up') {
        gaveUp = true;
        work.catch(() => undefined);
        return { ok: false, status: 'timed-out', error: timeoutError(timeoutMs), elapsedMs: elapsed() };
      }
      return { ok: true, keys: outcome.keys, stopped: outcome.stopped, elapsedMs: elapsed() };
    } catch (err) {
      if (signal?.aborted) return { ok: false, status: 'error', error: cancelled(), elapsedMs: elapsed() };
      const error = describe(err);
      if (TIMEOUT_CODES.has(error.code)) {
        return { ok: false, status: 'timed-out', error: timeoutError(timeoutMs), elapsedMs: elapsed() };
      }
      return { ok: false, status: 'error', error, elapsedMs: elapsed() };
    } finally {
      clearTimeout(watchdog);
      signal?.removeEventListener('abort', cancel);
      // After the watchdog, closing may wait on a server that does not answer: do not wait for it.
      const closing = session.close().catch(() => undefined);
      if (!gaveUp) await closing;
    }
  };

  return {
    uri: config.uri,
    database: config.database,
    limits: defaults,

    async verifyConnectivity() {
      try {
        await getDriver().verifyConnectivity({ database: config.database });
        return { ok: true };
      } catch (err) {
        return { ok: false, error: describe(err) };
      }
    },

    async read(cypher, params = {}, options = {}) {
      const rowCap = Math.max(0, Math.min(options.rowCap ?? defaults.rowCap, defaults.rowCap));
      const records: Neo4jRecord[] = [];
      let truncated = false;
      let keys: string[] = [];
      const outcome = await streamRecords(
        cypher,
        params,
        (values) => {
          if (records.length >= rowCap) {
            truncated = true;
            return false;
          }
          records.push(new neo4j.Record(keys, values));
          return true;
        },
        { ...options, onKeys: (k) => (keys = k) },
      );
      if (!outcome.ok) return outcome;
      return {
        ok: true,
        status: truncated ? 'truncated' : 'complete',
        keys: outcome.keys,
        records,
        elapsedMs: outcome.elapsedMs,
      };
    },

    stream: streamRecords,

    async explain(cypher, params = {}) {
      const session = getDriver().session({
        database: config.database,
        defaultAccessMode: neo4j.session.READ,
      });
      try {
        const summary = await session.executeRead(
          async (tx) => (await tx.run(`EXPLAIN ${cypher}`, params)).summary,
          { timeout: defaults.timeoutMs, metadata: { app: 'news-graph-explorer', explain: true } },
        );
        return { ok: true, queryType: String(summary.queryType), plan: summary.plan || null };
      } catch (err) {
        return { ok: false, error: describe(err) };
      } finally {
        await session.close().catch(() => undefined);
      }
    },

    async close() {
      const d = driver;
      driver = null;
      await d?.close();
    },
  };
}

function cancelled(): QueryError {
  return { code: 'Explorer.Cancelled', message: 'The query was cancelled and Neo4j stopped it.' };
}

function timeoutError(timeoutMs: number): QueryError {
  return {
    code: 'Explorer.QueryTimedOut',
    message: `The query did not finish within ${(timeoutMs / 1000).toFixed(0)} s and was stopped.`,
    hint: 'Narrow it down, for example with a LIMIT or a more selective MATCH.',
  };
}

/** A driver or server error as something a person can read. */
export function describeError(err: unknown, uri: string): QueryError {
  if (err instanceof Neo4jError) {
    if (err.code === 'ServiceUnavailable' || err.code === 'SessionExpired') {
      return {
        code: 'ServiceUnavailable',
        message: `Neo4j at ${uri} cannot be reached.`,
        hint: unreachableHint(uri),
      };
    }
    if (err.code === 'Neo.ClientError.Security.Unauthorized') {
      return {
        code: err.code,
        message: 'Neo4j refused the user name or password.',
        hint: isLocalUri(uri)
          ? 'Run `npm run db:start`: it gives the local database the password kept in its data folder.'
          : 'Set NEO4J_USER and NEO4J_PASSWORD for this database, then restart the explorer.',
      };
    }
    if (err.code === 'Neo.ClientError.Statement.AccessMode') {
      return {
        code: err.code,
        message: 'This query would change the database; the explorer only reads.',
      };
    }
    return { code: err.code, message: firstLines(err.message) };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'Explorer.Error', message: firstLines(message) };
}

function firstLines(message: string): string {
  return message.split('\n').slice(0, 6).join('\n').trim();
}
