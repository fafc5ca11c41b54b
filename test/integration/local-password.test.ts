// The local database's password (db/password.ts, db/config.ts, db/local.ts): random and private in its data
// folder, the only login the database accepts (the old published default "explorer-local" and empty or missing
// credentials are refused), made once when starters race, printed by `npm run -s db:password`, and rotated
// onto an instance of ours that still runs with the old default.
import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j, { type AuthToken } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neo4jConfig } from '../../db/config';
import { instanceFiles, probeBolt, startLocalNeo4j, stopLocalNeo4j } from '../../db/local';
import { localPassword, passwordFile } from '../../db/password';
import { RUNTIME_DIR } from '../../db/toolchain';
import { testConfig } from '../support/neo4j';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OLD_DEFAULT = 'explorer-local';
/** 48 hex digits: 192 random bits. */
const PASSWORD_SHAPE = /^[0-9a-f]{48}$/;
/** Bolt's "none" scheme: no credentials at all (neo4j-driver's types omit its auth.none()). */
const NO_CREDENTIALS = { scheme: 'none' } as AuthToken;

const config = testConfig();

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `npm run -s ...` from the repository as a user would, with NEO4J_PASSWORD unset unless given. */
function npmRun(args: string[], env: Record<string, string>): Promise<Run> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  if (!('NEO4J_PASSWORD' in env)) delete childEnv.NEO4J_PASSWORD;
  return new Promise((resolve) => {
    execFile('npm', ['run', '-s', ...args], { cwd: ROOT, env: childEnv }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

async function login(port: number, auth: AuthToken): Promise<string> {
  const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, auth, { connectionTimeout: 10_000 });
  try {
    await driver.executeQuery('RETURN 1');
    return 'accepted';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  } finally {
    await driver.close();
  }
}

function modeOf(file: string): string {
  return (statSync(file).mode & 0o777).toString(8);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

function scratchDir(): string {
  return mkdtempSync(join(RUNTIME_DIR, 'password-test-'));
}

describe('the test database', () => {
  it('keeps its random password in its data folder, readable by its owner alone', () => {
    const file = passwordFile(config.dataDir);
    expect(modeOf(file)).toBe('600');
    const password = readFileSync(file, 'utf8').trim();
    expect(password).toMatch(PASSWORD_SHAPE);
    expect(password).toBe(config.password);
  });

  it('accepts that password and refuses the old default, an empty one and no credentials', async () => {
    const user = config.user;
    expect(await login(config.port, neo4j.auth.basic(user, config.password))).toBe('accepted');
    expect(await login(config.port, neo4j.auth.basic(user, OLD_DEFAULT))).toBe(
      'Neo.ClientError.Security.Unauthorized',
    );
    expect(await login(config.port, neo4j.auth.basic(user, ''))).toBe(
      'Neo.ClientError.Security.Unauthorized',
    );
    expect(await login(config.port, NO_CREDENTIALS)).toBe('Neo.ClientError.Security.Unauthorized');
    // A good login last: Neo4j locks a user for a few seconds after three failed logins in a row.
    expect(await login(config.port, neo4j.auth.basic(user, config.password))).toBe('accepted');
  });
});

describe('the password file', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('is made once when several commands race for it, and db:password prints it', async () => {
    const dataDir = scratchDir();
    dirs.push(dataDir);
    const env = { NEO4J_URI: 'bolt://127.0.0.1:7699', NEO4J_DATA_DIR: dataDir };
    const runs = await Promise.all(Array.from({ length: 5 }, () => npmRun(['db:password'], env)));
    const file = passwordFile(dataDir);
    const password = readFileSync(file, 'utf8').trim();
    expect(password).toMatch(PASSWORD_SHAPE);
    expect(modeOf(file)).toBe('600');
    for (const run of runs) expect(run).toEqual({ code: 0, stdout: `${password}\n`, stderr: '' });
  }, 120_000);

  it('is tightened to 600 when found readable by others, keeping its password', () => {
    const dataDir = scratchDir();
    dirs.push(dataDir);
    const password = localPassword(dataDir);
    chmodSync(passwordFile(dataDir), 0o644);
    expect(localPassword(dataDir)).toBe(password);
    expect(modeOf(passwordFile(dataDir))).toBe('600');
  });

  it('gives way to NEO4J_PASSWORD, and is neither read nor made then', () => {
    const dataDir = scratchDir();
    dirs.push(dataDir);
    const env = {
      NEO4J_URI: 'bolt://127.0.0.1:7699',
      NEO4J_DATA_DIR: dataDir,
      NEO4J_PASSWORD: 'chosen-secret',
    };
    expect(neo4jConfig(env).password).toBe('chosen-secret');
    expect(existsSync(passwordFile(dataDir))).toBe(false);
  });

  it('is not made up for a remote database: without NEO4J_PASSWORD the ingest stops with one line', async () => {
    const env = { NEO4J_URI: 'neo4j+s://graph.example.invalid' };
    expect(() => neo4jConfig(env)).toThrow(
      /^NEO4J_PASSWORD is not set; neo4j\+s:\/\/graph\.example\.invalid/,
    );
    const run = await npmRun(['ingest', '--', join(ROOT, 'data', 'articles', 'seed-article.txt')], env);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^error: NEO4J_PASSWORD is not set; [^\n]*\n$/);
  }, 60_000);
});

describe('an instance still running with the old default', () => {
  let port: number;
  let dataDir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    port = await freePort();
    dataDir = scratchDir();
    env = { NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_DATA_DIR: dataDir };
    await startLocalNeo4j({ port, dataDir, password: OLD_DEFAULT });
  }, 300_000);

  afterAll(async () => {
    await stopLocalNeo4j({ dataDir });
    rmSync(dataDir, { recursive: true, force: true });
  }, 120_000);

  it('is restarted by db:start with the data folder password, and refuses the old default after', async () => {
    expect(await probeBolt({ port, password: OLD_DEFAULT })).toBe('up');
    expect(existsSync(passwordFile(dataDir))).toBe(false);
    const oldPid = readFileSync(instanceFiles(dataDir).pidFile, 'utf8').trim();

    const start = await npmRun(['db:start'], env);
    expect(start.code, start.stderr).toBe(0);
    const password = readFileSync(passwordFile(dataDir), 'utf8').trim();
    expect(password).toMatch(PASSWORD_SHAPE);
    expect(modeOf(passwordFile(dataDir))).toBe('600');
    expect(readFileSync(instanceFiles(dataDir).pidFile, 'utf8').trim()).not.toBe(oldPid);

    expect(await login(port, neo4j.auth.basic('neo4j', password))).toBe('accepted');
    expect(await login(port, neo4j.auth.basic('neo4j', OLD_DEFAULT))).toBe(
      'Neo.ClientError.Security.Unauthorized',
    );
    expect(await npmRun(['db:password'], env)).toEqual({ code: 0, stdout: `${password}\n`, stderr: '' });
    expect(await login(port, neo4j.auth.basic('neo4j', password))).toBe('accepted');
  }, 300_000);

  it('is left alone by a start from another data folder, which says so in one line', async () => {
    const otherDir = scratchDir();
    try {
      const start = await npmRun(['db:start'], { ...env, NEO4J_DATA_DIR: otherDir });
      expect(start.code).toBe(1);
      expect(start.stdout).toBe('');
      expect(start.stderr).toMatch(
        new RegExp(
          `^db:start: a Neo4j on bolt://127\\.0\\.0\\.1:${port} that was not started from [^\\n]*\\n$`,
        ),
      );
      const password = localPassword(dataDir);
      expect(await login(port, neo4j.auth.basic('neo4j', password))).toBe('accepted');
    } finally {
      rmSync(otherDir, { recursive: true, force: true });
    }
  }, 120_000);
});
