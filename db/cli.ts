// npm run db:start | db:stop — the local Neo4j that NEO4J_URI points at (DESIGN.md §2, §7).
// Prints one line of what happened; on failure one line on stderr (the stack with --verbose) and exit code 1.
import { neo4jConfig } from './config';

const USAGE = 'usage: tsx db/cli.ts start|stop [--verbose]';

async function main(argv: string[]): Promise<void> {
  const verbose = argv.includes('--verbose');
  const command = argv.filter((arg) => !arg.startsWith('--'))[0];
  if (command !== 'start' && command !== 'stop') {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const { localNeo4jOptionsFromEnv, startLocalNeo4j, stopLocalNeo4j } = await import('./local');
  const config = neo4jConfig();
  const options = localNeo4jOptionsFromEnv(config);
  try {
    if (!options) {
      console.log(`NEO4J_URI is ${config.uri}, not a local bolt:// URI: nothing to ${command}.`);
      return;
    }
    const log = (line: string) => console.error(line);
    if (command === 'start') {
      const r = await startLocalNeo4j({ ...options, log });
      const what = `Neo4j ${r.version} ${r.edition === 'community' ? '' : `${r.edition} `}`;
      console.log(
        r.alreadyRunning
          ? `${what}already running on ${r.uri}${r.pid ? ` (pid ${r.pid})` : ''}`
          : `${what}running on ${r.uri} (started in ${Math.round(r.elapsedMs / 1000)} s, pid ${r.pid})`,
      );
    } else {
      const r = await stopLocalNeo4j(options);
      console.log(
        r.stopped
          ? `Neo4j on port ${options.port} stopped (pid ${r.pid}, ${Math.round(r.elapsedMs / 1000)} s)`
          : `Neo4j on port ${options.port} is not running`,
      );
    }
  } catch (error) {
    console.error(verbose ? error : `db:${command}: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}

await main(process.argv.slice(2));
