// The test database, as test/support/neo4j-global-setup.ts started it: a Neo4j of its own (never the user's
// data). The global setup also exports NEO4J_URI/USER/PASSWORD/DATABASE, so code that reads db/config.ts
// reaches it too; these helpers are for tests that want it explicitly.
import neo4j, { type Config, type Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import type { Neo4jConfig } from '../../db/config';

export interface TestNeo4j extends Neo4jConfig {
  port: number;
  dataDir: string;
  /** False when an instance was already running on the port (then teardown leaves it running). */
  startedHere: boolean;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

/** Connection settings of the test database. Call inside test files only. */
export function testConfig(): TestNeo4j {
  return inject('neo4j');
}

/** A new driver on the test database; the caller closes it. */
export function testDriver(config?: Config): Driver {
  const c = testConfig();
  return neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password), config);
}
