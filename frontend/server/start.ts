// `npm start`: the explorer on the seed article, from a fresh clone. Starts the local Neo4j unless
// NEO4J_URI names a remote one, ingests data/articles/seed-article.txt if the database holds no Article,
// builds the app if frontend/dist is missing or older than its sources, and serves it (PORT, default
// 5173; HOST, default 127.0.0.1; ALLOWED_HOSTS, more host names to answer). Ctrl-C stops the server,
// and the local Neo4j too when this command started it.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { neo4jConfig, type Neo4jConfig } from '../../db/config';
import { allowedHostsFromEnv } from './http/hosts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FRONTEND = join(ROOT, 'frontend');
const DIST_INDEX = join(FRONTEND, 'dist', 'index.html');
const SEED_ARTICLE = join(ROOT, 'data', 'articles', 'seed-article.txt');
/** What the built app is made from: a change to any of these makes the build stale. */
const BUILD_INPUTS = [
  join(FRONTEND, 'src'),
  join(FRONTEND, 'shared'),
  join(FRONTEND, 'index.html'),
  join(FRONTEND, 'vite.config.ts'),
  join(ROOT, 'schema'),
  join(ROOT, 'package-lock.json'),
];

const log = (line: string) => process.stdout.write(`${line}\n`);

export interface StartOptions {
  config?: Neo4jConfig;
  port?: number;
  host?: string;
  verbose?: boolean;
}

/** Runs every step and resolves once the explorer listens; returns a function that stops what it started. */
export async function startExplorer(
  options: StartOptions = {},
): Promise<{ url: string; stop: () => Promise<void> }> {
  const config = options.config ?? neo4jConfig();
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops) await stop();
  };
  try {
    return await startSteps(config, options, stops, stopAll);
  } catch (err) {
    await stopAll().catch(() => undefined);
    throw err;
  }
}

async function startSteps(
  config: Neo4jConfig,
  options: StartOptions,
  stops: (() => Promise<void>)[],
  stopAll: () => Promise<void>,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const { localNeo4jOptionsFromEnv } = await import('../../db/local');
  const local = localNeo4jOptionsFromEnv(config);
  if (local) {
    const { startLocalNeo4j, stopLocalNeo4j } = await import('../../db/local');
    log(`Neo4j: checking ${config.uri}…`);
    const started = await startLocalNeo4j({ ...local, log: (line) => log(`  ${line}`) });
    log(
      started.alreadyRunning
        ? `Neo4j: already running on ${started.uri}`
        : `Neo4j ${started.version}: started on ${started.uri} in ${Math.round(started.elapsedMs / 1000)} s`,
    );
    if (!started.alreadyRunning) {
      stops.push(async () => {
        log('Neo4j: stopping the local database this command started…');
        await stopLocalNeo4j({ port: started.port, dataDir: started.dataDir });
      });
    }
  } else {
    log(`Neo4j: using ${config.uri}`);
  }

  if ((await countArticles(config)) === 0) {
    log('Neo4j holds no article: ingesting data/articles/seed-article.txt…');
    const { ingestFiles } = await import('../../ingest');
    await ingestFiles({
      files: [SEED_ARTICLE],
      config,
      onProgress: (r) =>
        log(
          `  ${r.extraction.article.title}: ${r.counts.actors} actors, ${r.counts.meetings} meetings, ` +
            `${r.counts.proposals} proposals, ${r.counts.stances} stances, ${r.counts.quotes} quotes`,
        ),
    });
  }

  if (await buildIsStale()) {
    log('Building the explorer…');
    const { build } = await import('vite');
    await build({
      configFile: join(FRONTEND, 'vite.config.ts'),
      configLoader: 'runner',
      logLevel: options.verbose ? 'info' : 'warn',
    });
  }

  const { startExplorerServer } = await import('./server');
  const port = options.port ?? portFromEnv();
  const server = await startExplorerServer({
    neo4j: config,
    port,
    host: options.host ?? hostFromEnv(),
    allowedHosts: allowedHostsFromEnv(process.env.ALLOWED_HOSTS),
  });
  stops.unshift(() => server.close());
  return { url: server.url, stop: stopAll };
}

function portFromEnv(): number {
  const raw = process.env.PORT;
  if (!raw) return 5173;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not "${raw}"`);
  return port;
}

/** HOST: the address to listen on (127.0.0.1 by default; 0.0.0.0 in a container). */
function hostFromEnv(): string | undefined {
  const raw = process.env.HOST?.trim();
  if (!raw) return undefined;
  if (/\s|\//.test(raw)) throw new Error(`HOST must be a host name or address, not "${raw}"`);
  return raw;
}

async function countArticles(config: Neo4jConfig): Promise<number> {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    connectionTimeout: 10_000,
  });
  try {
    const result = await driver.executeQuery(
      'RETURN COUNT { (a:Article) } AS articles',
      {},
      { database: config.database, routing: neo4j.routing.READ },
    );
    return Number(result.records[0]?.get('articles') ?? 0);
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new Error(`cannot reach Neo4j at ${config.uri}: ${reason}`, { cause: err });
  } finally {
    await driver.close();
  }
}

async function newestMtime(path: string): Promise<number> {
  let info;
  try {
    info = await stat(path);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of await readdir(path)) newest = Math.max(newest, await newestMtime(join(path, entry)));
  return newest;
}

async function buildIsStale(): Promise<boolean> {
  const built = await newestMtime(DIST_INDEX);
  if (built === 0) return true;
  for (const input of BUILD_INPUTS) if ((await newestMtime(input)) > built) return true;
  return false;
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const { url, stop } = await startExplorer({ verbose });
  log(`\nThe explorer is ready: ${url}\n(Ctrl-C to stop)`);
  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    stop().then(
      () => process.exit(0),
      (err: unknown) => {
        process.stderr.write(`error while stopping: ${err instanceof Error ? err.message : String(err)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err: unknown) => {
    const verbose = process.argv.includes('--verbose');
    process.stderr.write(
      `error: ${verbose && err instanceof Error ? err.stack : err instanceof Error ? err.message : String(err)}\n`,
    );
    process.exitCode = 1;
  });
}
