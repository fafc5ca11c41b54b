// The explorer's whole HTTP surface as one Hono app: the JSON API under /api and, when a built app is
// given, its files. The production server (server.ts) runs it on node:http; Vite's dev server runs the
// same app for /api (vitePlugin.ts). Before any route: the security headers, the Host allowlist (421
// for a name it does not know: DNS rebinding), a path check (400 for a malformed or escaping path) and,
// on /api, the Origin check (403 for another site's page). Every refusal is a 4xx with one line of reason.
import { Hono, type Context, type Next } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { createApi, type ApiOptions } from './api/routes';
import type { HostPolicy } from './http/hosts';
import { rawPath, refuse } from './http/refuse';
import { CONTENT_SECURITY_POLICY, mountStatic } from './static';

export interface ExplorerAppOptions extends ApiOptions {
  hosts: HostPolicy;
  /** The built app; without it only the API answers (Vite's dev server serves the app itself). */
  distDir?: string;
}

export function createExplorerApp(options: ExplorerAppOptions): Hono {
  const app = new Hono();
  app.onError((err, c) => {
    if (err instanceof HTTPException && err.status < 500) {
      return refuse(c, err.status, 'Explorer.BadRequest', err.message || 'Bad request');
    }
    // The client went away mid-request: nobody reads this answer.
    if (c.req.raw.signal.aborted) return refuse(c, 400, 'Explorer.Cancelled', 'The request was cancelled');
    process.stderr.write(`explorer: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return refuse(c, 500, 'Explorer.Error', 'The server could not answer this request');
  });
  app.notFound((c) => refuse(c, 404, 'Explorer.NotFound', 'Not found'));

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: CONTENT_SECURITY_POLICY,
      // Plain HTTP on loopback: HSTS would only be ignored.
      strictTransportSecurity: false,
      xFrameOptions: 'DENY',
    }),
  );
  app.use('*', checkHost(options.hosts));
  app.use('*', checkPath);
  app.use('/api/*', checkOrigin(options.hosts));
  app.route('/api', createApi(options));
  if (options.distDir) mountStatic(app, options.distDir);
  return app;
}

/** Only known Host names are answered: a rebound name gets 421 and no data, on every route. */
function checkHost(hosts: HostPolicy) {
  return async (c: Context, next: Next): Promise<Response | void> => {
    const host = c.req.header('host');
    const urlHost = new URL(c.req.url).host;
    if (!hosts.isAllowed(host) || !hosts.isAllowed(urlHost)) {
      const message =
        'This server answers only its own host names (loopback, HOST and ALLOWED_HOSTS), not this one';
      return refuse(c, 421, 'Explorer.UnknownHost', message);
    }
    await next();
  };
}

/** Why a request path (as sent, percent-encoded) is refused, or null when it is fine. */
export function pathProblem(path: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return 'The path is not valid percent-encoding';
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(decoded)) return 'The path holds a control character';
  if (decoded.includes('\\')) return 'The path holds a backslash';
  if (/(^|\/)\.\.?(\/|$)/.test(decoded)) return 'The path holds a . or .. segment';
  if (decoded.includes('//')) return 'The path holds an empty segment';
  return null;
}

async function checkPath(c: Context, next: Next): Promise<Response | void> {
  const problem = pathProblem(rawPath(c.req.url));
  if (problem) return refuse(c, 400, 'Explorer.BadPath', problem);
  await next();
}

/** Browsers send Origin on cross-site requests; refuse any whose host is not the one being served. */
function checkOrigin(hosts: HostPolicy) {
  return async (c: Context, next: Next): Promise<Response | void> => {
    const origin = c.req.header('origin');
    if (origin !== undefined && !hosts.isSameOrigin(origin, c.req.header('host'))) {
      return refuse(c, 403, 'Explorer.Forbidden', 'Cross-origin request refused');
    }
    await next();
  };
}
