// The local Neo4j 5.26 Community (README.md, "Configuration"): starts it detached from Maven Central jars, waits until Bolt
// answers with real auth, and stops it. Used by db/cli.ts (npm run db:start / db:stop) and the test setup.
// Its password is the random one in its data folder (db/password.ts) unless a caller passes one. An instance of
// ours still running with another password (such as the old published default) is restarted with the file's.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Neo4jConfig } from './config';
import { localPassword, passwordFile } from './password';
import {
  CONF_FILE,
  LAUNCHER_CLASS,
  LAUNCHER_DIR,
  LIB_DIR,
  LocalNeo4jError,
  RUNTIME_DIR,
  checkJava,
  ensureLauncherCompiled,
  ensureNeo4jJars,
  type Logger,
} from './toolchain';

export { LocalNeo4jError, type Logger } from './toolchain';

export const DEFAULT_PORT = 7687;
export const DEFAULT_USER = 'neo4j';
export const DEFAULT_HEAP = '512m';
export const DEFAULT_START_TIMEOUT_MS = 180_000;
const MIN_PASSWORD_LENGTH = 8; // Neo4j's dbms.security.auth_minimum_password_length default
const READY_MARKER = 'Neo4jLauncher: ready';
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

export interface LocalNeo4jOptions {
  /** Bolt port on 127.0.0.1. Default 7687. */
  port?: number;
  /**
   * Password of `user`, set on every start; Neo4j wants at least 8 characters. Default: the random one kept in
   * `dataDir`/password, made on first use.
   */
  password?: string;
  /** Default "neo4j"; another name is created on start. */
  user?: string;
  /** Home of this instance: data, Neo4j's logs, pid file, console log. Default db/runtime/neo4j-<port>. */
  dataDir?: string;
  /** JVM maximum heap, e.g. "512m" (default) or "1g". */
  heap?: string;
  /** How long to wait for Bolt after launching. Default 180 s. */
  timeoutMs?: number;
  /** Receives progress lines for slow steps (download, compile, launch). Silent by default. */
  log?: Logger;
}

export interface StartResult {
  uri: string;
  port: number;
  /** Pid of the JVM, when it runs from this data dir (absent if something else answers on the port). */
  pid: number | undefined;
  /** e.g. "5.26.30". */
  version: string;
  edition: string;
  /** True when an instance already answered and nothing was started. */
  alreadyRunning: boolean;
  elapsedMs: number;
  dataDir: string;
  logFile: string;
}

export interface StopResult {
  /** False when nothing was running (no live pid in the pid file). */
  stopped: boolean;
  pid: number | undefined;
  elapsedMs: number;
}

export type BoltProbe = 'up' | 'unauthorized' | 'down';

export function defaultDataDir(port: number): string {
  return join(RUNTIME_DIR, `neo4j-${port}`);
}

/** The data folder of the local instance on `port`: NEO4J_DATA_DIR when set, else db/runtime/neo4j-<port>. */
export function localDataDir(port: number, env: NodeJS.ProcessEnv = process.env): string {
  return env.NEO4J_DATA_DIR ? resolve(env.NEO4J_DATA_DIR) : defaultDataDir(port);
}

export function instanceFiles(dataDir: string): { pidFile: string; logFile: string } {
  return { pidFile: join(dataDir, 'neo4j.pid'), logFile: join(dataDir, 'neo4j.log') };
}

/**
 * Options for the local instance that NEO4J_URI designates, or undefined when NEO4J_URI names a host other
 * than 127.0.0.1/localhost or a scheme other than bolt:// or neo4j:// (then there is nothing to start).
 * NEO4J_DATA_DIR overrides the data folder, NEO4J_HEAP the heap. The password is passed on only when
 * NEO4J_PASSWORD sets it; otherwise the start uses the data folder's own, and may rotate an instance to it.
 */
export function localNeo4jOptionsFromEnv(
  config: Neo4jConfig,
  env: NodeJS.ProcessEnv = process.env,
): LocalNeo4jOptions | undefined {
  const port = localBoltPort(config.uri);
  if (port === undefined) return undefined;
  return {
    port,
    ...(env.NEO4J_PASSWORD ? { password: config.password } : {}),
    user: config.user,
    dataDir: localDataDir(port, env),
    ...(env.NEO4J_HEAP ? { heap: env.NEO4J_HEAP } : {}),
  };
}

/** The port of a plain bolt:// or neo4j:// URI on 127.0.0.1/localhost, else undefined. */
export function localBoltPort(uri: string): number | undefined {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'bolt:' && url.protocol !== 'neo4j:') return undefined;
  if (!LOCAL_HOSTS.has(url.hostname)) return undefined;
  return url.port ? Number(url.port) : DEFAULT_PORT;
}

interface ProbeTarget {
  port: number;
  user?: string;
  password: string;
}

async function withDriver<T>(
  target: ProbeTarget,
  use: (driver: import('neo4j-driver').Driver) => Promise<T>,
): Promise<T> {
  const { default: neo4j } = await import('neo4j-driver');
  const driver = neo4j.driver(
    `bolt://127.0.0.1:${target.port}`,
    neo4j.auth.basic(target.user ?? DEFAULT_USER, target.password),
    { connectionTimeout: 5_000, maxConnectionPoolSize: 1, logging: { level: 'error', logger: () => {} } },
  );
  try {
    return await use(driver);
  } finally {
    await driver.close();
  }
}

/** Asks Bolt on 127.0.0.1:port whether these credentials are accepted. */
export async function probeBolt(target: ProbeTarget): Promise<BoltProbe> {
  try {
    await withDriver(target, (driver) => driver.verifyConnectivity());
    return 'up';
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    return code.startsWith('Neo.ClientError.Security.') ? 'unauthorized' : 'down';
  }
}

/** True when Bolt on 127.0.0.1:port accepts these credentials. */
export async function isBoltUp(target: ProbeTarget): Promise<boolean> {
  return (await probeBolt(target)) === 'up';
}

async function serverInfo(target: ProbeTarget): Promise<{ version: string; edition: string }> {
  return withDriver(target, async (driver) => {
    const { records } = await driver.executeQuery(
      'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
      {},
      { database: 'system' },
    );
    const record = records[0];
    return { version: String(record?.get('version')), edition: String(record?.get('edition')) };
  });
}

function portAccepts(port: number): Promise<boolean> {
  return new Promise((resolvePort) => {
    const socket = connect({ host: '127.0.0.1', port, timeout: 2_000 });
    const done = (open: boolean) => {
      socket.destroy();
      resolvePort(open);
    };
    socket.once('connect', () => done(true));
    socket.once('timeout', () => done(false));
    socket.once('error', () => done(false));
  });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// Alive, not a zombie, and (where /proc exists) really our launcher rather than a recycled pid.
async function isLauncherProcess(pid: number): Promise<boolean> {
  if (!processAlive(pid)) return false;
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    if (/^\d+ \(.*\) Z/.test(stat)) return false;
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes(LAUNCHER_CLASS);
  } catch {
    return true; // no /proc (macOS): trust the pid file
  }
}

// The pid file holds the JVM's pid, or "starting <pid>" while a starter (download, launch) holds the claim.
type PidFileState =
  | { kind: 'none' }
  | { kind: 'running'; pid: number }
  | { kind: 'starting'; starter: number }
  | { kind: 'stale' };

async function pidFileState(pidFile: string): Promise<PidFileState> {
  let text: string;
  try {
    text = (await readFile(pidFile, 'utf8')).trim();
  } catch {
    return { kind: 'none' };
  }
  const starting = /^starting (\d+)$/.exec(text);
  if (starting) {
    const starter = Number(starting[1]);
    return processAlive(starter) ? { kind: 'starting', starter } : { kind: 'stale' };
  }
  const pid = Number(text);
  return Number.isInteger(pid) && pid > 0 && (await isLauncherProcess(pid))
    ? { kind: 'running', pid }
    : { kind: 'stale' };
}

async function claimPidFile(pidFile: string): Promise<boolean> {
  try {
    await writeFile(pidFile, `starting ${process.pid}\n`, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

// Removes the pid file only if it still says what this process wrote, never another starter's.
async function releasePidFile(pidFile: string, ours: string[]): Promise<void> {
  const text = await readFile(pidFile, 'utf8').catch(() => undefined);
  if (text !== undefined && ours.includes(text.trim())) await rm(pidFile, { force: true });
}

/** The pid of a live launcher recorded in dataDir, if any. */
export async function runningPid(dataDir: string): Promise<number | undefined> {
  const state = await pidFileState(instanceFiles(dataDir).pidFile);
  return state.kind === 'running' ? state.pid : undefined;
}

async function lastLogLine(logFile: string): Promise<string> {
  try {
    const lines = (await readFile(logFile, 'utf8')).trim().split('\n');
    const failure = lines.find(
      (line) => line.startsWith('Neo4jLauncher: failed') || line.includes('Exception:'),
    );
    return (failure ?? lines.at(-1) ?? '').trim().slice(0, 300);
  } catch {
    return '';
  }
}

function javaArgs(heap: string, dataDir: string, port: number): string[] {
  return [
    '-Xms128m',
    `-Xmx${heap}`,
    // The flags Neo4j's own launcher passes on JDK 17.
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+DisableExplicitGC',
    '-XX:+ExitOnOutOfMemoryError',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    '-Dfile.encoding=UTF-8',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-cp',
    `${LAUNCHER_DIR}:${join(LIB_DIR, '*')}`,
    LAUNCHER_CLASS,
    '--home',
    dataDir,
    '--conf',
    CONF_FILE,
    '--port',
    String(port),
  ];
}

/**
 * Starts the local Neo4j unless one already answers on the port with these credentials; resolves once Bolt
 * accepts them. Downloads Neo4j with Maven on first use. Throws LocalNeo4jError with a one-line reason.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions = {}): Promise<StartResult> {
  const began = Date.now();
  const port = options.port ?? DEFAULT_PORT;
  const user = options.user ?? DEFAULT_USER;
  const dataDir = resolve(options.dataDir ?? defaultDataDir(port));
  const password = options.password ?? localPassword(dataDir);
  const timeoutMs = options.timeoutMs ?? DEFAULT_START_TIMEOUT_MS;
  const log = options.log ?? (() => {});
  const { pidFile, logFile } = instanceFiles(dataDir);
  const target = { port, user, password };
  const uri = `bolt://127.0.0.1:${port}`;

  const result = async (alreadyRunning: boolean, pid: number | undefined): Promise<StartResult> => ({
    uri,
    port,
    pid,
    ...(await serverInfo(target)),
    alreadyRunning,
    elapsedMs: Date.now() - began,
    dataDir,
    logFile,
  });

  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new LocalNeo4jError(
      `the password must have at least ${MIN_PASSWORD_LENGTH} characters (Neo4j's minimum)`,
    );
  }

  const probe = await probeBolt(target);
  if (probe === 'up') return result(true, await runningPid(dataDir));
  if (probe === 'unauthorized') {
    const rotation = { fromFile: options.password === undefined, deadline: began + timeoutMs, log };
    if ((await stopIfOursWithOtherPassword(target, dataDir, rotation)) === 'up') {
      return result(true, await runningPid(dataDir));
    }
  }

  // Claim the pid file, so that two starters of one instance (a db:start and a test run) launch one JVM.
  await mkdir(dataDir, { recursive: true });
  for (;;) {
    const state = await pidFileState(pidFile);
    if (state.kind === 'running' || state.kind === 'starting') {
      log(`Neo4j on ${uri} is being started by another process; waiting for it...`);
      const busy = async () => ['running', 'starting'].includes((await pidFileState(pidFile)).kind);
      await waitForBolt(target, began + timeoutMs, logFile, busy);
      return result(true, await runningPid(dataDir));
    }
    if (state.kind === 'stale') await rm(pidFile, { force: true });
    if (await claimPidFile(pidFile)) break;
  }

  const ours = [`starting ${process.pid}`];
  let child: ChildProcess | undefined;
  let exited = false;
  try {
    if (await portAccepts(port)) {
      throw new LocalNeo4jError(
        `port ${port} on 127.0.0.1 is taken by something that does not answer as Neo4j`,
      );
    }
    const java = await checkJava();
    await ensureNeo4jJars(log);
    await ensureLauncherCompiled(log);

    log(`Starting Neo4j on ${uri} (log: ${logFile})...`);
    const logFd = openSync(logFile, 'w');
    try {
      child = spawn(java.command, javaArgs(options.heap ?? DEFAULT_HEAP, dataDir, port), {
        cwd: dataDir,
        detached: true,
        stdio: ['ignore', logFd, logFd],
        env: { ...process.env, NEO4J_LOCAL_USER: user, NEO4J_LOCAL_PASSWORD: password },
      });
    } finally {
      closeSync(logFd);
    }
    child.once('exit', () => {
      exited = true;
    });
    const launched = child;
    await new Promise<void>((resolveSpawn, rejectSpawn) => {
      launched.once('spawn', resolveSpawn);
      launched.once('error', (error) =>
        rejectSpawn(new LocalNeo4jError(`cannot run ${java.command}: ${error.message}`)),
      );
    });
    if (launched.pid === undefined) throw new LocalNeo4jError(`cannot run ${java.command}`);
    ours.push(String(launched.pid));
    await writeFile(pidFile, `${launched.pid}\n`);

    await waitForLogMarker(logFile, began + timeoutMs, () => !exited);
    await waitForBolt(target, began + timeoutMs, logFile, async () => !exited);
  } catch (error) {
    if (child?.pid !== undefined && !exited) await terminate(child.pid, 30_000);
    await releasePidFile(pidFile, ours);
    throw error;
  }
  child.unref();
  return result(false, child.pid);
}

/**
 * Bolt refused the password. When the refusing Neo4j is our own launcher from this data folder and the password
 * is the folder's own, that instance still runs with an older one (such as the formerly published default
 * "explorer-local"), so it is stopped here, to be started again with the folder's password (the launcher sets it
 * on every start). Anything else gets a one-line error. Returns 'up' if the password works after all.
 */
async function stopIfOursWithOtherPassword(
  target: ProbeTarget,
  dataDir: string,
  rotation: { fromFile: boolean; deadline: number; log: Logger },
): Promise<'up' | 'stopped' | 'starting'> {
  const uri = `bolt://127.0.0.1:${target.port}`;
  const { pidFile, logFile } = instanceFiles(dataDir);
  const state = await pidFileState(pidFile);
  if (state.kind === 'starting') return 'starting'; // another starter launches it; the claim below waits
  if (state.kind !== 'running') {
    const which = rotation.fromFile ? `the password in ${passwordFile(dataDir)}` : 'the configured password';
    throw new LocalNeo4jError(
      `a Neo4j on ${uri} that was not started from ${dataDir} refuses user "${target.user ?? DEFAULT_USER}" with ${which} (set NEO4J_PASSWORD to its password, or stop it)`,
    );
  }
  // Launched moments ago by another starter, it may not have set its password yet: let it finish first.
  await waitForLogMarker(logFile, rotation.deadline, () => processAlive(state.pid));
  if ((await probeBolt(target)) === 'up') return 'up';
  if (!rotation.fromFile) {
    throw new LocalNeo4jError(
      `the Neo4j on ${uri} (pid ${state.pid}) refuses user "${target.user ?? DEFAULT_USER}" with the configured password (it takes a new password when it restarts: stop it, then start again)`,
    );
  }
  rotation.log(
    `Neo4j on ${uri} (pid ${state.pid}) runs with an older password: restarting it with the one in ${passwordFile(dataDir)}...`,
  );
  if (!(await terminate(state.pid, 60_000))) {
    throw new LocalNeo4jError(`Neo4j (pid ${state.pid}) did not exit`);
  }
  return 'stopped';
}

// The launcher prints its ready line after the password is set; probing before that would count as failed
// logins, and Neo4j locks the user for a few seconds after three of them.
async function waitForLogMarker(logFile: string, deadline: number, alive: () => boolean): Promise<void> {
  for (;;) {
    const text = await readFile(logFile, 'utf8').catch(() => '');
    if (text.includes(READY_MARKER)) return;
    if (!alive()) {
      throw new LocalNeo4jError(`Neo4j exited during start: ${await lastLogLine(logFile)} (see ${logFile})`);
    }
    if (Date.now() > deadline) {
      throw new LocalNeo4jError(`Neo4j did not become ready in time; see ${logFile}`);
    }
    await sleep(250);
  }
}

async function waitForBolt(
  target: ProbeTarget,
  deadline: number,
  logFile: string,
  alive: () => Promise<boolean>,
): Promise<void> {
  for (;;) {
    if ((await probeBolt(target)) === 'up') return;
    if (!(await alive())) {
      throw new LocalNeo4jError(`Neo4j exited during start: ${await lastLogLine(logFile)} (see ${logFile})`);
    }
    if (Date.now() > deadline) {
      throw new LocalNeo4jError(
        `Neo4j did not answer on bolt://127.0.0.1:${target.port} with these credentials in time; see ${logFile}`,
      );
    }
    await sleep(500);
  }
}

// SIGTERM (Neo4j checkpoints and shuts down cleanly), then SIGKILL if it overstays. True once the process is gone.
async function terminate(pid: number, timeoutMs: number): Promise<boolean> {
  const gone = async (): Promise<boolean> => !(await isLauncherProcess(pid));
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return gone();
  }
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await gone()) return true;
    await sleep(200);
  }
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
  for (let i = 0; i < 25; i++) {
    if (await gone()) return true;
    await sleep(200);
  }
  return false;
}

/** Stops the instance whose pid file is in dataDir (default db/runtime/neo4j-<port>); a no-op when none runs. */
export async function stopLocalNeo4j(
  options: Pick<LocalNeo4jOptions, 'port' | 'dataDir' | 'timeoutMs' | 'log'> = {},
): Promise<StopResult> {
  const began = Date.now();
  const dataDir = resolve(options.dataDir ?? defaultDataDir(options.port ?? DEFAULT_PORT));
  const { pidFile } = instanceFiles(dataDir);
  const state = await pidFileState(pidFile);
  if (state.kind === 'starting') {
    throw new LocalNeo4jError(
      `Neo4j is being started by process ${state.starter}; stop it once it has started`,
    );
  }
  const pid = state.kind === 'running' ? state.pid : undefined;
  if (pid === undefined) {
    await rm(pidFile, { force: true });
    return { stopped: false, pid: undefined, elapsedMs: Date.now() - began };
  }
  options.log?.(`Stopping Neo4j (pid ${pid})...`);
  if (!(await terminate(pid, options.timeoutMs ?? 60_000))) {
    throw new LocalNeo4jError(`Neo4j (pid ${pid}) did not exit`);
  }
  await rm(pidFile, { force: true });
  return { stopped: true, pid, elapsedMs: Date.now() - began };
}
