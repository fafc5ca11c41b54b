// `npm run bench`: runs every benchmark suite and prints one JSON object per line on stdout (progress on
// stderr). Suites that need Neo4j get the bench's own local instance (its own port and data folder, never
// NEO4J_URI), started on first use and stopped at the end unless --keep-db. Suite names as arguments run
// only those (`npm run bench -- frontend`). Add a suite to SUITES.
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../db/config';
import { frontendBenchmarks } from './frontend';
import { ingestBenchmarks } from './ingest';
import { queryBenchmarks } from './queries';
import type { BenchContext, BenchSuite } from './measure';

const SUITES: Record<string, BenchSuite> = {
  ingest: ingestBenchmarks,
  queries: queryBenchmarks,
  frontend: frontendBenchmarks,
};

const BENCH_PORT = 7698;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const keepDb = args.includes('--keep-db');
  const names = args.filter((arg) => !arg.startsWith('--'));
  const unknown = names.filter((name) => !(name in SUITES));
  if (unknown.length > 0) {
    throw new Error(`unknown bench suite ${unknown.join(', ')} (known: ${Object.keys(SUITES).join(', ')})`);
  }
  let connection: { driver: Driver; config: Neo4jConfig } | undefined;
  let startedHere = false;

  const ctx: BenchContext = {
    async neo4j() {
      if (connection) return connection;
      const { startLocalNeo4j } = await import('../db/local');
      const { localPassword } = await import('../db/password');
      // Its own random password, kept in its data folder like the user's database.
      const started = await startLocalNeo4j({
        port: BENCH_PORT,
        log: (line) => process.stderr.write(`${line}\n`),
      });
      startedHere = !started.alreadyRunning;
      const config: Neo4jConfig = {
        uri: started.uri,
        user: 'neo4j',
        password: localPassword(started.dataDir),
        database: 'neo4j',
      };
      const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
      await driver.verifyConnectivity({ database: config.database });
      connection = { driver, config };
      return connection;
    },
  };

  try {
    for (const [name, suite] of Object.entries(SUITES)) {
      if (names.length > 0 && !names.includes(name)) continue;
      for await (const result of suite(ctx)) process.stdout.write(`${JSON.stringify(result)}\n`);
    }
  } finally {
    await connection?.driver.close();
    if (startedHere && !keepDb) {
      const { stopLocalNeo4j } = await import('../db/local');
      await stopLocalNeo4j({ port: BENCH_PORT });
    }
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
