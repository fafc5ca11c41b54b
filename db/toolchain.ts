// The Java side of the local Neo4j: checks for JDK 17+ and Maven, resolves Neo4j's jars from Maven Central
// (db/pom.xml) into db/runtime/lib, and compiles db/Neo4jLauncher.java. Each step is skipped when already done.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DB_DIR = fileURLToPath(new URL('.', import.meta.url));
export const RUNTIME_DIR = join(DB_DIR, 'runtime');
export const LIB_DIR = join(RUNTIME_DIR, 'lib');
export const LAUNCHER_DIR = join(RUNTIME_DIR, 'launcher');
export const POM_FILE = join(DB_DIR, 'pom.xml');
export const CONF_FILE = join(DB_DIR, 'neo4j.conf');
export const LAUNCHER_SOURCE = join(DB_DIR, 'Neo4jLauncher.java');
export const LAUNCHER_CLASS = 'Neo4jLauncher';

const MIN_JAVA = 17;
const STAMP = '.stamp';

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

export type Logger = (line: string) => void;

interface RunResult {
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: timeoutMs, maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(Object.assign(error, { stdout, stderr }));
      else resolve({ stdout, stderr });
    });
  });
}

function isMissingCommand(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/** The `java` to run: $JAVA_HOME/bin/java when JAVA_HOME is set, else `java` from PATH. */
export function javaCommand(env: NodeJS.ProcessEnv = process.env): string {
  const home = env.JAVA_HOME;
  if (home) {
    const candidate = join(home, 'bin', 'java');
    if (existsSync(candidate)) return candidate;
  }
  return 'java';
}

/** Major version from `java -version` output ("17.0.15" -> 17, "1.8.0_392" -> 8). */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match?.[1]) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

/** Checks that Java 17 or newer is installed; returns the command and its major version. */
export async function checkJava(): Promise<{ command: string; major: number }> {
  const command = javaCommand();
  let output: string;
  try {
    const { stdout, stderr } = await run(command, ['-version'], 30_000);
    output = stderr + stdout;
  } catch (error) {
    if (isMissingCommand(error)) {
      throw new LocalNeo4jError(
        `Java ${MIN_JAVA}+ is needed to run the local Neo4j, but \`${command}\` was not found (install a JDK ${MIN_JAVA}, or set NEO4J_URI to a running Neo4j)`,
      );
    }
    throw new LocalNeo4jError(`\`${command} -version\` failed: ${(error as Error).message.split('\n')[0]}`);
  }
  const major = parseJavaMajor(output);
  if (major === undefined) {
    throw new LocalNeo4jError(`cannot read the Java version from \`${command} -version\`: ${output.trim()}`);
  }
  if (major < MIN_JAVA) {
    throw new LocalNeo4jError(
      `Neo4j 5.26 needs Java ${MIN_JAVA} or newer, but \`${command}\` is Java ${major} (set JAVA_HOME to a JDK ${MIN_JAVA})`,
    );
  }
  return { command, major };
}

/** Checks that Maven is installed (it fetches Neo4j from Maven Central on first use). */
export async function checkMaven(): Promise<void> {
  try {
    await run('mvn', ['-v'], 60_000);
  } catch (error) {
    if (isMissingCommand(error)) {
      throw new LocalNeo4jError(
        'Maven (`mvn`) is needed to download Neo4j on first use, but it was not found (install Maven 3.8+, or set NEO4J_URI to a running Neo4j)',
      );
    }
    throw new LocalNeo4jError(`\`mvn -v\` failed: ${(error as Error).message.split('\n')[0]}`);
  }
}

async function fileHash(...paths: string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const path of paths) hash.update(await readFile(path));
  return hash.digest('hex');
}

async function stampMatches(dir: string, expected: string): Promise<boolean> {
  try {
    return (await readFile(join(dir, STAMP), 'utf8')).trim() === expected;
  } catch {
    return false;
  }
}

// Builds into a private temporary folder, then renames it into place, so two processes starting at once
// (a developer's db:start and a test run) never see a half-written folder.
async function buildInto(dir: string, stamp: string, build: (tmp: string) => Promise<void>): Promise<void> {
  const tmp = `${dir}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  try {
    await build(tmp);
    await writeFile(join(tmp, STAMP), `${stamp}\n`);
    if (await stampMatches(dir, stamp)) return; // another process finished first
    await rm(dir, { recursive: true, force: true });
    await rename(tmp, dir);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** Neo4j's version as pinned in db/pom.xml. */
export async function pinnedNeo4jVersion(): Promise<string> {
  const pom = await readFile(POM_FILE, 'utf8');
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom);
  if (!match?.[1]) throw new LocalNeo4jError(`no <neo4j.version> in ${POM_FILE}`);
  return match[1];
}

/** Copies Neo4j and its dependencies into db/runtime/lib with Maven, unless db/pom.xml is unchanged since. */
export async function ensureNeo4jJars(log: Logger = () => {}): Promise<void> {
  const stamp = await fileHash(POM_FILE);
  if (await stampMatches(LIB_DIR, stamp)) return;
  await checkMaven();
  log(`Downloading Neo4j ${await pinnedNeo4jVersion()} from Maven Central (first use only)...`);
  await buildInto(LIB_DIR, stamp, async (tmp) => {
    try {
      await run(
        'mvn',
        ['-q', '-B', '-f', POM_FILE, `-Druntime.lib=${tmp}`, 'dependency:copy-dependencies'],
        15 * 60_000,
      );
    } catch (error) {
      const output = `${(error as RunResult).stdout ?? ''}${(error as RunResult).stderr ?? ''}`;
      const reason =
        output
          .split('\n')
          .map((line) => line.trim())
          .find((line) => line.includes('[ERROR]')) ?? (error as Error).message.split('\n')[0];
      throw new LocalNeo4jError(`Maven could not fetch Neo4j: ${reason}`);
    }
  });
}

/** Compiles db/Neo4jLauncher.java into db/runtime/launcher, unless the source and the jars are unchanged. */
export async function ensureLauncherCompiled(log: Logger = () => {}): Promise<void> {
  const stamp = await fileHash(LAUNCHER_SOURCE, POM_FILE);
  if (await stampMatches(LAUNCHER_DIR, stamp)) return;
  const javac = javaCommand().replace(/java$/, 'javac');
  log('Compiling the Neo4j launcher...');
  await buildInto(LAUNCHER_DIR, stamp, async (tmp) => {
    try {
      await run(javac, ['-d', tmp, '-cp', join(LIB_DIR, '*'), LAUNCHER_SOURCE], 5 * 60_000);
    } catch (error) {
      if (isMissingCommand(error)) {
        throw new LocalNeo4jError(
          `\`${javac}\` was not found: the local Neo4j needs a JDK ${MIN_JAVA}, not a JRE`,
        );
      }
      const detail = ((error as RunResult).stderr ?? '').trim().split('\n')[0];
      throw new LocalNeo4jError(`cannot compile ${LAUNCHER_SOURCE}: ${detail}`);
    }
  });
}
