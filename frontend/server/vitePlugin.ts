// A Vite plugin that runs the explorer's Hono app (app.ts) for /api on the dev server, so `vite` alone
// gives the full app with hot reload through the same code as the production server: the same routes,
// Host allowlist, checks and limits. Vite serves everything else. The Neo4j service is created when the
// dev server starts and closed with it.
import { getRequestListener } from '@hono/node-server';
import type { Plugin } from 'vite';
import { neo4jConfig } from '../../db/config';
import { createExplorerApp } from './app';
import { allowedHostsFromEnv, createHostPolicy } from './http/hosts';
import { isApiPath, rawPath } from './http/refuse';
import { createWorkerRunner } from './neo4j/queryWorker';
import { createNeo4jService } from './neo4j/service';

export function explorerApi(): Plugin {
  return {
    name: 'news-graph-explorer-api',
    configureServer(server) {
      const config = neo4jConfig();
      const service = createNeo4jService(config);
      const runner = createWorkerRunner({ neo4j: config, limits: service.limits });
      const host = server.config.server.host;
      const app = createExplorerApp({
        service,
        runner: runner.run,
        hosts: createHostPolicy({
          allowed: allowedHostsFromEnv(process.env.ALLOWED_HOSTS),
          listenHost: typeof host === 'string' ? host : undefined,
        }),
      });
      const listener = getRequestListener(app.fetch, {
        errorHandler: () => new Response('Bad request\n', { status: 400 }),
        overrideGlobalObjects: false,
      });
      server.middlewares.use((req, res, next) => {
        if (!isApiPath(rawPath(`http://dev${req.url ?? '/'}`))) {
          next();
          return;
        }
        void listener(req, res);
      });
      server.httpServer?.once('close', () => {
        void runner.close();
        void service.close();
      });
    },
  };
}
