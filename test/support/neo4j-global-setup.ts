// Vitest global setup: gives the test run its own Neo4j on 127.0.0.1:NEO4J_TEST_PORT (default 7688), data in
// db/runtime/test-neo4j-<port>, so tests never touch the user's database. Like the user's database it has a random
// password of its own, kept in that folder (db/password.ts). Points NEO4J_* at it for the test workers, provides
// it as inject('neo4j'), and stops it at teardown if this run started it.
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j, stopLocalNeo4j } from '../../db/local';
import { localPassword } from '../../db/password';
import { RUNTIME_DIR } from '../../db/toolchain';
import type { TestNeo4j } from './neo4j';

const DEFAULT_TEST_PORT = 7688;

function testPort(): number {
  const raw = process.env.NEO4J_TEST_PORT;
  if (raw === undefined || raw === '') return DEFAULT_TEST_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new Error(`NEO4J_TEST_PORT must be a port number, not "${raw}"`);
  }
  return port;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const port = testPort();
  const dataDir = join(RUNTIME_DIR, `test-neo4j-${port}`);
  const password = localPassword(dataDir);
  const started = await startLocalNeo4j({
    port,
    dataDir,
    log: (line) => console.log(`[neo4j] ${line}`),
  });
  console.log(
    `[neo4j] test database: Neo4j ${started.version} on ${started.uri}` +
      (started.alreadyRunning
        ? ' (already running)'
        : ` (started in ${Math.round(started.elapsedMs / 1000)} s)`),
  );

  const neo4j: TestNeo4j = {
    uri: started.uri,
    user: 'neo4j',
    password,
    database: 'neo4j',
    port,
    dataDir,
    startedHere: !started.alreadyRunning,
  };
  // Workers are created after this runs and inherit the environment; inject('neo4j') works as well.
  process.env.NEO4J_URI = neo4j.uri;
  process.env.NEO4J_USER = neo4j.user;
  process.env.NEO4J_PASSWORD = neo4j.password;
  process.env.NEO4J_DATABASE = neo4j.database;
  project.provide('neo4j', neo4j);

  return async () => {
    if (neo4j.startedHere) await stopLocalNeo4j({ port, dataDir });
  };
}
