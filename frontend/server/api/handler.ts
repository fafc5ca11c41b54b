// The JSON API as a connect-style middleware `(req, res, next)`, so the same code serves the production
// server (node:http) and Vite's dev server. Routes:
//   GET  /api/status  -> StatusResponse
//   GET  /api/queries -> SavedQueriesResponse (cypher/queries/*.cypher)
//   POST /api/query   {cypher, params?, rowCap?} -> QueryResponse; read-only guards always apply, and a
//                     request closed before its answer cancels the query in Neo4j.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { QueryError, QueryResponse, StatusResponse } from '../../shared/api';
import type { Neo4jService } from '../neo4j/service';
import { READ_ONLY_GUARDS } from '../safety';
import { parseQueryRequest, runQuery, type QueryGuard } from './query';
import { DEFAULT_QUERIES_DIR, loadSavedQueries } from './savedQueries';

export type Middleware = (req: IncomingMessage, res: ServerResponse, next?: (err?: unknown) => void) => void;

export interface ApiOptions {
  service: Neo4jService;
  /** Extra guards, run after the read-only ones (which cannot be turned off). */
  guards?: readonly QueryGuard[];
  /** Folder of the saved queries; default cypher/queries. */
  queriesDir?: string;
}

const MAX_BODY_BYTES = 256 * 1024;

const COUNTS_CYPHER =
  'RETURN COUNT { (a:Article) } AS articles, COUNT { (n) } AS nodes, COUNT { ()-[r]->() } AS relationships';

export function createApiHandler({
  service,
  guards: extraGuards = [],
  queriesDir = DEFAULT_QUERIES_DIR,
}: ApiOptions): Middleware {
  const guards = [...READ_ONLY_GUARDS, ...extraGuards];
  return (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith('/api/')) {
      if (next) next();
      else sendJson(res, 404, { error: { code: 'Explorer.NotFound', message: 'Not found' } });
      return;
    }
    handle(url.pathname, req, res).catch((err: unknown) => {
      const message = err instanceof Error ? err.message : String(err);
      if (!res.headersSent) sendJson(res, 500, { error: { code: 'Explorer.Error', message } });
      else res.end();
    });
  };

  async function handle(path: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!sameOrigin(req)) {
      sendJson(res, 403, { error: { code: 'Explorer.Forbidden', message: 'Cross-origin request refused' } });
      return;
    }
    if (path === '/api/status' && req.method === 'GET') {
      sendJson(res, 200, await status());
      return;
    }
    if (path === '/api/queries' && req.method === 'GET') {
      sendJson(res, 200, await loadSavedQueries(queriesDir));
      return;
    }
    if (path === '/api/query') {
      if (req.method !== 'POST') {
        res.setHeader('Allow', 'POST');
        sendJson(res, 405, { error: { code: 'Explorer.MethodNotAllowed', message: 'Use POST' } });
        return;
      }
      // A JSON content type keeps plain HTML forms from other sites out.
      if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
        sendJson(res, 415, badRequest('Send the query as application/json'));
        return;
      }
      let body: unknown;
      try {
        body = JSON.parse(await readBody(req));
      } catch (err) {
        sendJson(res, 400, badRequest(err instanceof Error ? err.message : 'Invalid JSON'));
        return;
      }
      const parsed = parseQueryRequest(body);
      if (!parsed.ok) {
        sendJson(res, 400, errorResponse(parsed.error));
        return;
      }
      // The browser's Cancel (or a closed tab) closes the request: stop the query in Neo4j too.
      const abort = new AbortController();
      const onClose = () => {
        if (!res.writableFinished) abort.abort();
      };
      res.once('close', onClose);
      const response = await runQuery(service, parsed.request, guards, { signal: abort.signal });
      res.off('close', onClose);
      if (abort.signal.aborted) return;
      const code = response.error?.code === 'ServiceUnavailable' ? 503 : 200;
      sendJson(res, code, response);
      return;
    }
    sendJson(res, 404, { error: { code: 'Explorer.NotFound', message: `No API route ${path}` } });
  }

  async function status(): Promise<StatusResponse> {
    const base = { uri: service.uri, database: service.database };
    const connectivity = await service.verifyConnectivity();
    if (!connectivity.ok) return { connected: false, ...base, error: connectivity.error };
    const outcome = await service.read(COUNTS_CYPHER, {}, { timeoutMs: 10_000 });
    if (!outcome.ok) {
      return { connected: false, ...base, error: outcome.error };
    }
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
}

function errorResponse(error: QueryError): QueryResponse {
  return {
    status: 'error',
    columns: [],
    rows: [],
    graph: { nodes: [], relationships: [] },
    rowCap: 0,
    elapsedMs: 0,
    error,
  };
}

function badRequest(message: string): QueryResponse {
  return errorResponse({ code: 'Explorer.BadRequest', message });
}

/** Browsers send Origin on cross-site POSTs; refuse any whose host is not the one being served. */
function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error(`Request body over ${MAX_BODY_BYTES} bytes`));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function sendJson(res: ServerResponse, statusCode: number, body: unknown): void {
  const payload = JSON.stringify(body);
  res.statusCode = statusCode;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.end(payload);
}
