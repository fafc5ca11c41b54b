// Neo4j going away in the middle of a multi-article ingest, on a real Neo4j of this file's own (port 7705,
// its own data folder and password), stopped at a precise point: during an article's transaction the
// ingest retries for a few seconds, then stops with one line naming the article and how many were loaded;
// after a restart the database holds exactly the articles before it, each complete, and nothing of it;
// the same command run again completes and leaves the graph of one clean run. Once through the library
// with a clean stop (npm run db:stop), once through the real command with the server killed outright.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Neo4jConfig } from '../../db/config';
import { runningPid, startLocalNeo4j, stopLocalNeo4j } from '../../db/local';
import { RUNTIME_DIR } from '../../db/toolchain';
import { extractFile, ingestFiles } from '../../ingest';
import { DatabaseError } from '../../ingest/load/neo4j';
import { contentLines, query } from './graph-snapshot';

const PORT = 7705;
const DATA_DIR = join(RUNTIME_DIR, `test-ingest-faults-${PORT}`);
const CONFIG: Neo4jConfig = {
  uri: `bolt://127.0.0.1:${PORT}`,
  user: 'neo4j',
  password: 'faults-test-7705',
  database: 'neo4j',
};
const DIR = join('test', 'fixtures', 'lake-articles');
const FILES = [
  '02-guild-objects.txt',
  '04-engineers-report.txt',
  '06-guild-strike.txt',
  '07-mediator.txt',
].map((f) => join(DIR, f));
const TSX = join('node_modules', '.bin', 'tsx');
const SLOW = 600_000;

let driver: Driver;
let firstTwo: string[];
let allFour: string[];
let articleIds: string[];

const start = () => startLocalNeo4j({ port: PORT, password: CONFIG.password, dataDir: DATA_DIR });
const stop = () => stopLocalNeo4j({ port: PORT, dataDir: DATA_DIR });
const clear = () => query(driver, 'MATCH (n) DETACH DELETE n');
/** The output's lines, without the indented lines that say what each article changed. */
const lines = (s: string) => s.split('\n').filter((l) => l !== '' && !l.startsWith('  '));

/** A driver that notices a restarted server (a fresh one per phase keeps no dead connections). */
function openDriver(): Driver {
  return neo4j.driver(CONFIG.uri, neo4j.auth.basic(CONFIG.user, CONFIG.password), {
    disableLosslessIntegers: true,
    logging: { level: 'error', logger: () => {} },
  });
}

async function restart(): Promise<void> {
  await driver.close().catch(() => undefined);
  await start();
  driver = openDriver();
}

/** The database after one clean ingest of `files` into an empty database. */
async function cleanRun(files: string[]): Promise<string[]> {
  await clear();
  await ingestFiles({ files, config: CONFIG });
  return contentLines(driver);
}

async function articlesInDatabase(): Promise<string[]> {
  const rows = await query<{ id: string }>(driver, 'MATCH (a:Article) RETURN a.id AS id ORDER BY id');
  return rows.map((r) => r.id);
}

/** What the user sees of `npm run ingest -- FILES`. */
function ingestCommand(files: string[]) {
  const child = spawn(TSX, ['ingest/cli.ts', ...files], {
    env: {
      ...process.env,
      NEO4J_URI: CONFIG.uri,
      NEO4J_USER: CONFIG.user,
      NEO4J_PASSWORD: CONFIG.password,
      NEO4J_DATABASE: CONFIG.database,
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.once('close', (code) => resolve({ code, stdout, stderr })),
  );
  return { done, output: () => stdout };
}

beforeAll(async () => {
  await start();
  driver = openDriver();
  articleIds = [];
  for (const f of FILES) articleIds.push((await extractFile(f)).article.id);
  firstTwo = await cleanRun(FILES.slice(0, 2));
  allFour = await cleanRun(FILES);
}, SLOW);

afterAll(async () => {
  try {
    await driver?.close();
  } finally {
    await stop();
  }
}, SLOW);

const failureLine = (file: string) =>
  new RegExp(
    `^${file.replace(/[.]/g, '\\.')}: load rolled back: Neo4j stopped answering; gave up after 6 attempts in \\d+\\.\\d s ` +
      `\\(2 of 4 articles loaded; run the same command again to load the rest\\)$`,
  );

describe('Neo4j stopped during the third of four articles', () => {
  it(
    'through ingestFiles, stopped cleanly inside the transaction',
    async () => {
      await clear();
      let article = 0;
      let stoppedAt = 0;
      const began = Date.now();
      const error: unknown = await ingestFiles({
        files: FILES,
        config: CONFIG,
        onStep: async (step) => {
          if (step === 'node:Article') article++;
          // The third article's nodes are written, uncommitted; its relationships come next.
          if (article === 3 && stoppedAt === 0 && step.startsWith('rel:')) {
            await stop();
            stoppedAt = Date.now();
          }
        },
      }).then(
        () => null,
        (err: unknown) => err,
      );
      const gaveUpAfter = Date.now() - stoppedAt;
      console.log(
        `[faults] library: stop took ${stoppedAt - began} ms from the start; gave up ${gaveUpAfter} ms after it`,
      );
      expect(error).toBeInstanceOf(DatabaseError);
      const message = error instanceof Error ? error.message : '';
      expect(message).toMatch(failureLine(FILES[2] ?? ''));

      await restart();
      expect(await articlesInDatabase()).toEqual(articleIds.slice(0, 2).sort());
      expect(await contentLines(driver)).toEqual(firstTwo);

      await ingestFiles({ files: FILES, config: CONFIG });
      expect(await contentLines(driver)).toEqual(allFour);
    },
    SLOW,
  );

  it(
    'through npm run ingest, with the server killed while the article waits on a lock',
    async () => {
      await clear();
      // A transaction of the test creates the third article's node and stays open: the command's MERGE of
      // that node waits for it, so the server is killed while exactly that article is in flight.
      const blocker = driver.session({ database: CONFIG.database });
      const tx = blocker.beginTransaction();
      await tx.run('CREATE (:Article {id: $id})', { id: articleIds[2] });
      const command = ingestCommand(FILES);
      for (;;) {
        const blocked = await query(
          driver,
          "SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH 'Blocked' RETURN status",
        );
        if (blocked.length > 0) break;
        await sleep(100);
      }
      const pid = await runningPid(DATA_DIR);
      expect(pid).toBeDefined();
      process.kill(pid ?? 0, 'SIGKILL');
      const killedAt = Date.now();
      await blocker.close().catch(() => undefined);

      const run = await command.done;
      console.log(`[faults] command: gave up ${Date.now() - killedAt} ms after the kill: ${run.stderr}`);
      expect(run.code).not.toBe(0);
      expect(lines(run.stderr)).toHaveLength(1);
      expect(run.stderr).toMatch(/^error: /);
      expect(run.stderr.replace(/^error: /, '').trimEnd()).toMatch(failureLine(FILES[2] ?? ''));
      expect(lines(run.stdout)).toEqual([
        expect.stringMatching(/^\[1\/4\] .*02-guild-objects\.txt: /),
        expect.stringMatching(/^\[2\/4\] .*04-engineers-report\.txt: /),
      ]);

      await restart();
      expect(await articlesInDatabase()).toEqual(articleIds.slice(0, 2).sort());
      expect(await contentLines(driver)).toEqual(firstTwo);

      const again = await ingestCommand(FILES).done;
      expect(again.code, again.stderr).toBe(0);
      expect(lines(again.stdout)[4]).toMatch(/^loaded 4 articles into bolt:\/\/127\.0\.0\.1:7705 \(neo4j\)$/);
      expect(await contentLines(driver)).toEqual(allFour);
    },
    SLOW,
  );
});
