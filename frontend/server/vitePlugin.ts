// A Vite plugin that mounts the explorer's JSON API on the dev server, so `vite` alone gives the full
// app with hot reload. The Neo4j service is created when the dev server starts and closed with it.
import type { Plugin } from 'vite';
import { neo4jConfig } from '../../db/config';
import { createApiHandler } from './api/handler';
import { createNeo4jService } from './neo4j/service';

export function explorerApi(): Plugin {
  return {
    name: 'news-graph-explorer-api',
    configureServer(server) {
      const service = createNeo4jService(neo4jConfig());
      server.middlewares.use(createApiHandler({ service }));
      server.httpServer?.once('close', () => void service.close());
    },
  };
}
