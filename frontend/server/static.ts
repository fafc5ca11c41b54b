// Serves the built app from frontend/dist: hashed assets (assets/) cached for good, index.html for every
// other GET path (the app reads its state from the URL). The security headers, the strict
// Content-Security-Policy among them, come from ../app.ts for every response.
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, Hono } from 'hono';
import { sep } from 'node:path';
import { refuse } from './http/refuse';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The Content-Security-Policy of every response, as hono/secure-headers takes it: nothing but the
 * app's own scripts can run. The layout runs in a worker created from a blob URL; node pictograms are
 * data: images. */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  imgSrc: ["'self'", 'data:', 'blob:'],
  styleSrc: ["'self'", "'unsafe-inline'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
};

/** Adds the built app's routes to `app`: files first, then index.html, for GET and HEAD. */
export function mountStatic(app: Hono, distDir: string): void {
  const cache = (path: string, c: Context) => {
    c.header('Cache-Control', path.includes(`${sep}assets${sep}`) ? IMMUTABLE : 'no-cache');
  };
  app.get('*', serveStatic({ root: distDir, onFound: cache }));
  app.get('*', serveStatic({ root: distDir, path: 'index.html', onFound: cache }));
  app.get('*', (c) => refuse(c, 404, 'Explorer.NotBuilt', 'The explorer is not built: run `npm run build`.'));
  app.all('*', (c) =>
    refuse(c, 405, 'Explorer.MethodNotAllowed', 'Only GET and HEAD are served here', { Allow: 'GET, HEAD' }),
  );
}
