// The explorer's HTTP server: the JSON API and the built app, on one port. The browser talks only to
// this server; the Neo4j credentials stay here.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Neo4jConfig } from '../../db/config';
import { createApiHandler } from './api/handler';
import type { QueryGuard } from './api/query';
import { createNeo4jService, type Neo4jService, type ServiceDefaults } from './neo4j/service';
import { createStaticHandler } from './static';

export const DEFAULT_DIST_DIR = fileURLToPath(new URL('../dist', import.meta.url));

export interface ExplorerServerOptions {
  neo4j: Neo4jConfig;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  distDir?: string;
  limits?: Partial<ServiceDefaults>;
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
  const service = createNeo4jService(options.neo4j, options.limits);
  const api = createApiHandler({ service, guards: options.guards });
  const files = createStaticHandler(options.distDir ?? DEFAULT_DIST_DIR);
  const server: Server = createServer((req, res) => api(req, res, () => files(req, res)));
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 5173, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    service,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await service.close();
    },
  };
}
