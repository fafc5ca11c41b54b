// How the server says no: a status and one line of reason. On /api the reason is JSON,
// {error: {code, message}} (POST /api/query and /api/overview answer in their QueryResponse shape, which carries the same
// `error`); elsewhere it is one line of plain text. Never a stack trace.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { errorResponse, type ApiErrorBody, type QueryError, type QueryResponse } from '../../shared/api';

/** The request's path as sent (still percent-encoded), without query or fragment. */
export function rawPath(url: string): string {
  const start = url.indexOf('/', url.indexOf('://') + 3);
  if (start < 0) return '/';
  const ends = [url.indexOf('?', start), url.indexOf('#', start)].filter((i) => i >= 0);
  return url.slice(start, ends.length ? Math.min(...ends) : undefined);
}

export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

/** One line, at most 300 characters: a reason never spills a stack or a whole input back. */
export function oneLine(message: string): string {
  const line = message.replace(/\s+/g, ' ').trim();
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}

/** The routes whose every answer is a QueryResponse. */
const QUERY_PATHS: ReadonlySet<string> = new Set(['/api/query', '/api/overview']);

export function refuse(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): Response {
  const error: QueryError = { code, message: oneLine(message) };
  const path = rawPath(c.req.url);
  for (const [name, value] of Object.entries(headers)) c.header(name, value);
  c.header('Cache-Control', 'no-store');
  if (!isApiPath(path)) return c.text(`${error.message}\n`, status);
  const body: ApiErrorBody | QueryResponse = QUERY_PATHS.has(path) ? errorResponse(error) : { error };
  return c.json(body, status);
}
