// All of the explorer's Neo4j I/O: one driver, created on first use; every query in a READ transaction
// with a timeout and a row cap; sessions closed in `finally`; outcomes as a typed status rather than
// exceptions, so the HTTP layer can answer every case in one shape.
import neo4j, { Neo4jError, type Driver, type Plan, type Record as Neo4jRecord } from 'neo4j-driver';
import type { Neo4jConfig } from '../../../db/config';
import type { QueryError } from '../../shared/api';

export interface ReadOptions {
  /** Server-side transaction timeout; a client-side watchdog gives up shortly after. */
  timeoutMs?: number;
  /** Records beyond this many are not read; the status says `truncated`. */
  rowCap?: number;
  /** Aborting closes the session, which resets the connection: Neo4j stops the transaction at once. */
  signal?: AbortSignal;
}

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
  /** Plans `cypher` with EXPLAIN in a READ transaction; nothing runs. */
  explain(cypher: string, params?: Record<string, unknown>): Promise<ExplainOutcome>;
  close(): Promise<void>;
}

export interface ServiceDefaults {
  timeoutMs: number;
  rowCap: number;
}

export const DEFAULT_SERVICE_LIMITS: ServiceDefaults = { timeoutMs: 10_000, rowCap: 5_000 };

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

export function isLocalUri(uri: string): boolean {
  try {
    const host = new URL(uri).hostname;
    return host === '127.0.0.1' || host === 'localhost' || host === '::1' || host === '[::1]';
  } catch {
    return false;
  }
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
    });
    return driver;
  };

  const describe = (err: unknown): QueryError => describeError(err, config.uri);

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
      const timeoutMs = Math.max(1, Math.min(options.timeoutMs ?? defaults.timeoutMs, defaults.timeoutMs));
      const rowCap = Math.max(0, Math.min(options.rowCap ?? defaults.rowCap, defaults.rowCap));
      const started = performance.now();
      const elapsed = () => Math.round(performance.now() - started);
      const session = getDriver().session({
        database: config.database,
        defaultAccessMode: neo4j.session.READ,
      });
      let watchdog: ReturnType<typeof setTimeout> | undefined;
      const { signal } = options;
      const cancel = () => void session.close().catch(() => undefined);
      signal?.addEventListener('abort', cancel, { once: true });
      try {
        if (signal?.aborted) return { ok: false, status: 'error', error: cancelled(), elapsedMs: elapsed() };
        const work = session.executeRead(
          async (tx) => {
            const result = tx.run(cypher, params);
            const records: Neo4jRecord[] = [];
            let truncated = false;
            for await (const record of result) {
              if (records.length >= rowCap) {
                truncated = true;
                break;
              }
              records.push(record);
            }
            const keys = (await result.keys()).map(String);
            return { keys, records, truncated };
          },
          { timeout: timeoutMs, metadata: { app: 'news-graph-explorer' } },
        );
        // Neo4j enforces the timeout; the watchdog covers a server that stops answering altogether.
        const gaveUp = new Promise<'gave-up'>((resolve) => {
          watchdog = setTimeout(() => resolve('gave-up'), timeoutMs + 2_000);
        });
        const outcome = await Promise.race([work, gaveUp]);
        if (outcome === 'gave-up') {
          work.catch(() => undefined);
          return { ok: false, status: 'timed-out', error: timeoutError(timeoutMs), elapsedMs: elapsed() };
        }
        return {
          ok: true,
          status: outcome.truncated ? 'truncated' : 'complete',
          keys: outcome.keys,
          records: outcome.records,
          elapsedMs: elapsed(),
        };
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
        await session.close().catch(() => undefined);
      }
    },

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
        hint: 'Set NEO4J_USER and NEO4J_PASSWORD for this database, then restart the explorer.',
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
