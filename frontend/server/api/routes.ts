// The JSON API as a Hono app, mounted under /api by ../app.ts, which the production server
// (../server.ts) and Vite's dev server (../vitePlugin.ts) both run. Routes:
//   GET  /api/status  -> StatusResponse
//   GET  /api/queries -> SavedQueriesResponse (cypher/queries/*.cypher)
//   POST /api/query   {cypher, params?, rowCap?, rows?} -> QueryResponse; read-only guards always apply,
//                     at most a few run at once (503 Explorer.Busy beyond the queue), and a request
//                     closed before its answer cancels the query in Neo4j.
//   POST /api/overview {skip?, limit} -> QueryResponse: a page of the overview (./overview.ts), the same
//                     way, under the overview's own caps.
//   POST /api/export  {format, cypher?, params?, title?} -> the whole graph or a query's graph as a GEXF,
//                     JSON or brief attachment (./export.ts), the same way, one export at a time.
import { Hono, type Context, type Next } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { QueryRequest, StatusResponse } from '../../shared/api';
import { exportFileName } from '../../shared/exportFile';
import type { AnswerCaps } from '../graph/answer';
import { refuse } from '../http/refuse';
import type { Neo4jService } from '../neo4j/service';
import { readOnlyGuards } from '../safety';
import {
  EXPORT_CAPS,
  MAX_EXPORT_BODY_BYTES,
  parseExportRequest,
  runExport,
  type ExportRequest,
} from './export';
import { DEFAULT_GATE_LIMITS, QueryGate, type GateLimits } from './gate';
import { createOverviewGate, MAX_OVERVIEW_BODY_BYTES, overviewQuery, parseOverviewRequest } from './overview';
import { executeQuery, guardQuery, parseQueryRequest, type QueryAnswer, type QueryGuard } from './query';
import { DEFAULT_QUERIES_DIR, loadSavedQueries } from './savedQueries';

export const MAX_BODY_BYTES = 256 * 1024;

/** Runs a validated, guarded query and gives its answer; the signal aborts when the client goes away.
 * `caps`: the server's own caps for a query of its own (the overview's), over the defaults. */
export type QueryRunner = (
  request: QueryRequest,
  signal: AbortSignal,
  caps?: Partial<AnswerCaps>,
) => Promise<QueryAnswer>;

export interface ApiOptions {
  service: Neo4jService;
  /** Extra guards, run after the read-only ones (which cannot be turned off). */
  guards?: readonly QueryGuard[];
  /** Folder of the saved queries; default cypher/queries. */
  queriesDir?: string;
  /** How many queries run at once, and how many may wait. */
  gate?: Partial<GateLimits>;
  /** The size caps of an answer (bytes of JSON). */
  caps?: Partial<Omit<AnswerCaps, 'rowCap'>>;
  /** Where queries run; default in this process, through `service`. */
  runner?: QueryRunner;
}

const COUNTS_CYPHER =
  'RETURN COUNT { (a:Article) } AS articles, COUNT { (n) } AS nodes, COUNT { ()-[r]->() } AS relationships';

export function createApi(options: ApiOptions): Hono {
  const { service, queriesDir = DEFAULT_QUERIES_DIR } = options;
  const guards = [...readOnlyGuards(), ...(options.guards ?? [])];
  const gate = new QueryGate({ ...DEFAULT_GATE_LIMITS, ...options.gate });
  const runner: QueryRunner =
    options.runner ??
    ((request, signal, caps) =>
      executeQuery(service, request, { signal, caps: { ...options.caps, ...caps } }));
  const overviews = createOverviewGate();
  // One export at a time (its answers are the largest the server holds), and two may wait.
  const exports = new QueryGate({ running: 1, queued: 2 });
  const api = new Hono();

  api.get('/status', async (c) => json(c, 200, await status(service)));
  api.get('/queries', async (c) => json(c, 200, await loadSavedQueries(queriesDir)));
  api.post('/query', requireJson, limitBody(MAX_BODY_BYTES, `${MAX_BODY_BYTES / 1024} KB`), async (c) => {
    const body = await jsonBody(c);
    if (body instanceof Response) return body;
    const parsed = parseQueryRequest(body.value);
    if (!parsed.ok) return refuse(c, 400, parsed.error.code, parsed.error.message);
    return runGuarded(c, [gate], parsed.request);
  });
  api.post(
    '/overview',
    requireJson,
    limitBody(MAX_OVERVIEW_BODY_BYTES, `${MAX_OVERVIEW_BODY_BYTES} bytes`),
    async (c) => {
      const body = await jsonBody(c);
      if (body instanceof Response) return body;
      const parsed = parseOverviewRequest(body.value);
      if (!parsed.ok) return refuse(c, 400, 'Explorer.BadRequest', parsed.message);
      const { request, caps } = overviewQuery(parsed.page);
      // The overview gate first: an overview waiting its turn must not hold a place other queries need.
      return runGuarded(c, [overviews, gate], request, caps);
    },
  );

  api.post(
    '/export',
    requireJson,
    limitBody(MAX_EXPORT_BODY_BYTES, `${MAX_EXPORT_BODY_BYTES / 1024} KB`),
    async (c) => {
      const body = await jsonBody(c);
      if (body instanceof Response) return body;
      const parsed = parseExportRequest(body.value);
      if (!parsed.ok) return refuse(c, 400, 'Explorer.BadRequest', parsed.message);
      // The export gate first, as the overview's: an export waiting must not hold a place queries need.
      return withGates(c, [exports, gate], () => answerExport(c, parsed.request));
    },
  );

  async function answerExport(c: Context, request: ExportRequest): Promise<Response> {
    const signal = c.req.raw.signal;
    const outcome = await runExport(
      async (statement) =>
        (await guardQuery(service, statement, guards)) ?? (await runner(statement, signal, EXPORT_CAPS)),
      request,
    );
    if (!outcome.ok) return refuse(c, outcome.status, outcome.code, outcome.message);
    return c.body(outcome.body, 200, {
      'Content-Type': outcome.contentType,
      'Content-Disposition': `attachment; filename="${exportFileName(outcome.extension)}"`,
      'Cache-Control': 'no-store',
    });
  }

  /** Runs a request once every gate lets it in, guarded, and answers it. The browser's Cancel (or a
   * closed tab) aborts the request's signal: the query stops in Neo4j too. */
  function runGuarded(
    c: Context,
    gates: readonly QueryGate[],
    request: QueryRequest,
    caps?: Partial<AnswerCaps>,
  ): Promise<Response> {
    return withGates(c, gates, async () => {
      const answer: QueryAnswer =
        (await guardQuery(service, request, guards)) ?? (await runner(request, c.req.raw.signal, caps));
      const code = answer.error?.code === 'ServiceUnavailable' ? 503 : 200;
      return c.body(answer.json, code, {
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'no-store',
      });
    });
  }

  /** `work`'s answer once every gate lets the request in; 503 Explorer.Busy when a queue is full. */
  async function withGates(
    c: Context,
    gates: readonly QueryGate[],
    work: () => Promise<Response>,
  ): Promise<Response> {
    const signal = c.req.raw.signal;
    const releases: (() => void)[] = [];
    try {
      for (const entered of gates) {
        const release = await entered.enter(signal);
        if (release === 'busy') {
          const message = 'The explorer is running as many queries as it allows; try again in a moment';
          return refuse(c, 503, 'Explorer.Busy', message, { 'Retry-After': '2' });
        }
        if (release === 'gone') return refuse(c, 400, 'Explorer.Cancelled', 'The request was cancelled');
        releases.push(release);
      }
      return await work();
    } finally {
      for (const release of releases.reverse()) release();
    }
  }

  const methodNotAllowed = (allow: string) => (c: Context) =>
    refuse(c, 405, 'Explorer.MethodNotAllowed', `Use ${allow}`, { Allow: allow });
  api.all('/status', methodNotAllowed('GET'));
  api.all('/queries', methodNotAllowed('GET'));
  api.all('/query', methodNotAllowed('POST'));
  api.all('/overview', methodNotAllowed('POST'));
  api.all('/export', methodNotAllowed('POST'));
  api.all('*', (c) => refuse(c, 404, 'Explorer.NotFound', 'No such API route'));
  return api;
}

/** A JSON content type keeps plain HTML forms from other sites out. */
async function requireJson(c: Context, next: Next): Promise<Response | void> {
  if (!/^application\/json\s*(;|$)/i.test(c.req.header('content-type') ?? '')) {
    return refuse(c, 415, 'Explorer.BadRequest', 'Send the query as application/json');
  }
  await next();
}

function json(c: Context, status: 200, body: unknown): Response {
  c.header('Cache-Control', 'no-store');
  return c.json(body, status);
}

async function status(service: Neo4jService): Promise<StatusResponse> {
  const base = { uri: service.uri, database: service.database };
  const connectivity = await service.verifyConnectivity();
  if (!connectivity.ok) return { connected: false, ...base, error: connectivity.error };
  const outcome = await service.read(COUNTS_CYPHER, {}, { timeoutMs: 10_000 });
  if (!outcome.ok) return { connected: false, ...base, error: outcome.error };
  const record = outcome.records[0];
  const count = (key: string): number => Number(record?.get(key) ?? 0);
  return {
    connected: true,
    ...base,
    articles: count('articles'),
    nodes: count('nodes'),
    relationships: count('relationships'),
  };
}

/** The body limit of a JSON route: a body over `maxSize` bytes gets a one-line 413 naming `size`. */
function limitBody(maxSize: number, size: string) {
  return bodyLimit({
    maxSize,
    onError: (c) => refuse(c, 413, 'Explorer.TooLarge', `The request body is over ${size}`),
  });
}

/** The request's body read as JSON, or the one-line 400 that refuses it. */
async function jsonBody(c: Context): Promise<{ value: unknown } | Response> {
  try {
    return { value: JSON.parse(await c.req.text()) as unknown };
  } catch (err) {
    const reason = err instanceof Error ? err.message : 'invalid';
    return refuse(c, 400, 'Explorer.BadRequest', `The body is not JSON: ${reason}`);
  }
}
