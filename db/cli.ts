// npm run db:start | db:stop | db:password — the local Neo4j that NEO4J_URI points at (README.md, "Configuration").
// start and stop print one line of what happened; password prints the password alone (for Neo4j Browser or
// cypher-shell). On failure one line on stderr (the stack with --verbose) and exit code 1.
import { DEFAULT_URI, neo4jConfig } from './config';

const USAGE = 'usage: tsx db/cli.ts start|stop|password [--verbose]';
const COMMANDS = ['start', 'stop', 'password'] as const;
type Command = (typeof COMMANDS)[number];

function isCommand(value: string | undefined): value is Command {
  return (COMMANDS as readonly (string | undefined)[]).includes(value);
}

async function main(argv: string[]): Promise<void> {
  const verbose = argv.includes('--verbose');
  const command = argv.filter((arg) => !arg.startsWith('--'))[0];
  if (!isCommand(command)) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  try {
    await run(command);
  } catch (error) {
    console.error(verbose ? error : `db:${command}: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}

async function run(command: Command): Promise<void> {
  const { localBoltPort, localDataDir, localNeo4jOptionsFromEnv, startLocalNeo4j, stopLocalNeo4j } =
    await import('./local');
  const uri = process.env.NEO4J_URI ?? DEFAULT_URI;
  const port = localBoltPort(uri);
  if (port === undefined) {
    if (command === 'password') {
      throw new Error(`NEO4J_URI is ${uri}, not the local database: its password is not kept here`);
    }
    console.log(`NEO4J_URI is ${uri}, not a local bolt:// URI: nothing to ${command}.`);
    return;
  }
  if (command === 'stop') {
    const r = await stopLocalNeo4j({ port, dataDir: localDataDir(port) });
    console.log(
      r.stopped
        ? `Neo4j on port ${port} stopped (pid ${r.pid}, ${Math.round(r.elapsedMs / 1000)} s)`
        : `Neo4j on port ${port} is not running`,
    );
    return;
  }
  const config = neo4jConfig();
  if (command === 'password') {
    process.stdout.write(`${config.password}\n`);
    return;
  }
  const options = localNeo4jOptionsFromEnv(config);
  const log = (line: string) => console.error(line);
  const r = await startLocalNeo4j({ ...options, log });
  const what = `Neo4j ${r.version} ${r.edition === 'community' ? '' : `${r.edition} `}`;
  console.log(
    r.alreadyRunning
      ? `${what}already running on ${r.uri}${r.pid ? ` (pid ${r.pid})` : ''}`
      : `${what}running on ${r.uri} (started in ${Math.round(r.elapsedMs / 1000)} s, pid ${r.pid})`,
  );
}

await main(process.argv.slice(2));
