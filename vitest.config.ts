// Vitest for every suite: unit, integration (real Neo4j) and e2e. The global setup starts a Neo4j for tests
// only; files run one at a time because integration suites share that database.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    globalSetup: ['test/support/neo4j-global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    teardownTimeout: 60_000,
  },
});
