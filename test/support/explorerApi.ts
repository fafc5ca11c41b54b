// The explorer's JSON API as the browser calls it, for integration tests: a real server on a free port over
// the test database (no built app needed), and fetch helpers that send exactly what the browser sends.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JsonValue, QueryResponse, SavedQueriesResponse } from '../../frontend/shared/api';
import {
  startExplorerServer,
  type ExplorerServer,
  type ExplorerServerOptions,
} from '../../frontend/server/server';
import { testConfig } from './neo4j';

export interface ApiServer {
  server: ExplorerServer;
  query(
    cypher: string,
    params?: Record<string, JsonValue>,
    init?: { signal?: AbortSignal },
  ): Promise<QueryResponse>;
  savedQueries(): Promise<SavedQueriesResponse>;
  close(): Promise<void>;
}

/** Starts the explorer server on a free port; `close` stops it and removes its empty dist folder. */
export async function startApiServer(options: Partial<ExplorerServerOptions> = {}): Promise<ApiServer> {
  const distDir = await mkdtemp(join(tmpdir(), 'explorer-api-'));
  const server = await startExplorerServer({ neo4j: testConfig(), port: 0, distDir, ...options });
  return {
    server,
    async query(cypher, params = {}, init = {}) {
      const response = await fetch(`${server.url}/api/query`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ cypher, params }),
        signal: init.signal,
      });
      return (await response.json()) as QueryResponse;
    },
    async savedQueries() {
      const response = await fetch(`${server.url}/api/queries`);
      return (await response.json()) as SavedQueriesResponse;
    },
    async close() {
      await server.close();
      await rm(distDir, { recursive: true, force: true });
    },
  };
}
