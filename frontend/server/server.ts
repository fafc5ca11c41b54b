// The explorer's HTTP server: the JSON API and the built app, on one port (the Hono app of app.ts on
// node:http). The browser talks only to this server; the Neo4j credentials stay here. The node:http
// server is ours so that requests Node itself rejects (headers too large, a broken request line, too
// slow) get a one-line answer too, and so that slow or idle clients are timed out.
import { getRequestListener } from '@hono/node-server';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { Neo4jConfig } from '../../db/config';
import { createExplorerApp } from './app';
import type { GateLimits } from './api/gate';
import type { QueryGuard } from './api/query';
import type { AnswerCaps } from './graph/answer';
import { createHostPolicy } from './http/hosts';
import { oneLine } from './http/refuse';
import { createWorkerRunner } from './neo4j/queryWorker';
import { createNeo4jService, type Neo4jService, type ServiceDefaults } from './neo4j/service';

export const DEFAULT_DIST_DIR = fileURLToPath(new URL('../dist', import.meta.url));

export interface ExplorerServerOptions {
  neo4j: Neo4jConfig;
  /** 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. A specific name is also an allowed Host; 0.0.0.0 listens everywhere. */
  host?: string;
  /** Host names answered besides loopback and `host` (ALLOWED_HOSTS). */
  allowedHosts?: readonly string[];
  distDir?: string;
  limits?: Partial<ServiceDefaults>;
  /** Queries running at once, and waiting. */
  gate?: Partial<GateLimits>;
  /** Size caps of an answer. */
  caps?: Partial<Omit<AnswerCaps, 'rowCap'>>;
  guards?: readonly QueryGuard[];
}

export interface ExplorerServer {
  url: string;
  port: number;
  service: Neo4jService;
  close(): Promise<void>;
}

/** Starts listening and resolves once the port is bound. */
export async function startExplorerServer(options: ExplorerServerOptions): Promise<ExplorerServer> {
  const host = options.host ?? '127.0.0.1';
  const service = createNeo4jService(options.neo4j, options.limits);
  // Queries run in a worker thread (neo4j/queryWorker.ts); status and the guards' EXPLAIN run here.
  const runner = createWorkerRunner({ neo4j: options.neo4j, limits: service.limits, caps: options.caps });
  const app = createExplorerApp({
    service,
    runner: runner.run,
    guards: options.guards,
    gate: options.gate,
    caps: options.caps,
    hosts: createHostPolicy({ allowed: options.allowedHosts, listenHost: host }),
    distDir: options.distDir ?? DEFAULT_DIST_DIR,
  });
  const listener = getRequestListener(app.fetch, {
    // Only requests that never reached the app come here: a URL or Host header that cannot be parsed.
    errorHandler: (err) =>
      plainResponse(400, `Bad request: ${err instanceof Error ? err.message : 'invalid'}`),
    overrideGlobalObjects: false,
  });
  // Without Host, Node would answer 400 with no reason; the app's error handler gives one.
  const server = createServer({ requireHostHeader: false }, listener);
  configureServer(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 5173, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  // A wildcard address is not a name to browse to (nor an allowed Host): show loopback instead.
  const shownHost =
    host === '0.0.0.0' || host === ''
      ? '127.0.0.1'
      : host === '::'
        ? '[::1]'
        : host.includes(':')
          ? `[${host}]`
          : host;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    service,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runner.close();
      await service.close();
    },
  };
}

/** Timeouts and limits of the socket layer, and one-line answers to what Node rejects itself. */
function configureServer(server: Server): void {
  server.headersTimeout = 20_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 5_000;
  // An idle socket (a client that stopped reading, or never sends) is closed after two minutes.
  server.timeout = 120_000;
  server.maxConnections = 256;
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    const inResponse = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent;
    if (err.code === 'ECONNRESET' || !socket.writable || inResponse) {
      socket.destroy();
      return;
    }
    const [status, reason, message] =
      err.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large', 'The request headers are too large']
        : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? [408, 'Request Timeout', 'The request took too long to arrive']
          : [400, 'Bad Request', 'The request is not valid HTTP'];
    const body = `${message}\n`;
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: text/plain; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}

function plainResponse(status: number, message: string): Response {
  return new Response(`${oneLine(message)}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
