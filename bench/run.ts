// `npm run bench`: runs every benchmark suite and prints one JSON object per line on stdout (progress on
// stderr). Suites that need Neo4j get the bench's own local instance (its own port and data folder, never
// NEO4J_URI; port 7698, or BENCH_NEO4J_PORT), started on first use and stopped at the end unless --keep-db.
// Suite names as arguments run only those (`npm run bench -- frontend`); `--name value` options go to the
// suites (`npm run bench -- corpus --articles 1000`). Add a suite to SUITES.
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../db/config';
import { corpusBenchmarks } from './scale';
import { frontendBenchmarks } from './frontend';
import { ingestBenchmarks } from './ingest';
import { queryBenchmarks } from './queries';
import type { BenchContext, BenchSuite } from './measure';

const SUITES: Record<string, BenchSuite> = {
  ingest: ingestBenchmarks,
  queries: queryBenchmarks,
  frontend: frontendBenchmarks,
  corpus: corpusBenchmarks,
};

/** Options that take a value; any other `--flag` stands alone. */
const VALUE_OPTIONS = ['articles'];

function benchPort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 7698;
  const port = Number(raw);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new Error(`BENCH_NEO4J_PORT must be a port number, not "${raw}"`);
  }
  return port;
}

/** Splits the command line into suite names, standalone flags and `--name value` options. */
function parseArgs(args: string[]): { names: string[]; flags: Set<string>; options: Map<string, string> } {
  const names: string[] = [];
  const flags = new Set<string>();
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) {
      names.push(arg);
      continue;
    }
    const [name = '', inline] = arg.slice(2).split(/=(.*)/s);
    if (!VALUE_OPTIONS.includes(name)) {
      flags.add(name);
      continue;
    }
    const value = inline ?? args[++i];
    if (value === undefined || value === '') throw new Error(`--${name} needs a value`);
    options.set(name, value);
  }
  return { names, flags, options };
}

async function main(): Promise<void> {
  const { names, flags, options } = parseArgs(process.argv.slice(2));
  const keepDb = flags.has('keep-db');
  const port = benchPort(process.env.BENCH_NEO4J_PORT);
  const unknown = names.filter((name) => !(name in SUITES));
  if (unknown.length > 0) {
    throw new Error(`unknown bench suite ${unknown.join(', ')} (known: ${Object.keys(SUITES).join(', ')})`);
  }
  let connection: { driver: Driver; config: Neo4jConfig } | undefined;
  let startedHere = false;

  const ctx: BenchContext = {
    option: (name) => options.get(name),
    async neo4j() {
      if (connection) return connection;
      const { startLocalNeo4j } = await import('../db/local');
      const { localPassword } = await import('../db/password');
      // Its own random password, kept in its data folder like the user's database.
      const started = await startLocalNeo4j({
        port,
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
      await stopLocalNeo4j({ port });
    }
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
