// `npm run ingest -- FOLDER` against the test Neo4j: a folder with nested folders loads every article in
// it (and nothing else) to the same graph as the files named one by one; bad articles in it are named in one
// line each, the others load and the command exits non-zero; running it again changes nothing; links that
// loop, empty folders and folders without articles get one line each; on a terminal the progress is one
// line that rewrites itself. Last, the sample corpus in data/samples loads whole.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFile, ingestFiles } from '../../ingest';
import { testConfig } from '../support/neo4j';
import { clearDatabase, contentLines, query, snapshot, testDriver } from './graph-snapshot';

const LAKE = join('test', 'fixtures', 'lake-articles');
const SAMPLES = join('data', 'samples');
const TSX = join('node_modules', '.bin', 'tsx');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { timeout: 120_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const cli = (args: string[]) => run(TSX, ['ingest/cli.ts', ...args]);
/** The output's lines, without the indented lines that say what each article changed. */
const lines = (s: string) => s.split('\n').filter((l) => l !== '' && !l.startsWith('  '));
const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let driver: Driver;
let dir: string;
/** The lake articles spread over a folder, a subfolder and a sub-subfolder, in the order a walk meets them. */
let tree: string;
let treeFiles: string[];
/** The graph of the tree's articles loaded one by one through the library into an empty database. */
let expected: string[];

async function lakeTree(root: string): Promise<string[]> {
  const names = (await readdir(LAKE)).sort();
  const places = ['', '', 'sub', 'sub', 'sub', join('sub', 'deeper'), join('sub', 'deeper'), 'z-last'];
  const files: string[] = [];
  for (const [i, name] of names.entries()) {
    const folder = join(root, places[i] ?? '');
    await mkdir(folder, { recursive: true });
    await cp(join(LAKE, name), join(folder, name));
    files.push(join(folder, name));
  }
  // Not articles: another extension, and a hidden file (which is a valid article, so loading it would show).
  await writeFile(join(root, 'sub', 'notes.rst'), 'Ferry notes.\n');
  await writeFile(
    join(root, 'sub', '.draft.txt'),
    'Title: Draft\nDate: 2025-03-20\n\nMayor Ilse Brandvold met the council.\n',
  );
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

beforeAll(async () => {
  driver = testDriver();
  dir = await mkdtemp(join(tmpdir(), 'ingest-folders-'));
  tree = join(dir, 'lake');
  treeFiles = await lakeTree(tree);
  await clearDatabase(driver);
  await ingestFiles({ files: treeFiles, config: testConfig() });
  expected = await contentLines(driver);
  await clearDatabase(driver);
}, 240_000);

afterAll(async () => {
  await driver?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('a folder of articles', () => {
  it('loads every article below it, in sorted order, to the graph of the files named one by one', async () => {
    const result = await cli([tree]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    const out = lines(result.stdout);
    expect(out.slice(0, treeFiles.length)).toEqual(
      treeFiles.map((f, i) =>
        expect.stringMatching(new RegExp(`^\\[${i + 1}/8\\] ${escaped(f)}: \\d+ actors`)),
      ),
    );
    expect(out[8]).toMatch(/^loaded 8 articles into bolt:\/\/127\.0\.0\.1:\d+ \(neo4j\)$/);
    expect(await contentLines(driver)).toEqual(expected);
  });

  it('changes nothing when the same folder is ingested again', async () => {
    const before = await snapshot(driver);
    const again = await cli([tree]);
    expect(again.code, again.stderr).toBe(0);
    expect(lines(again.stdout)).toContain(
      'written: created 0 nodes, 0 relationships; removed 0 stale nodes, 0 relationships',
    );
    expect(await snapshot(driver)).toEqual(before);
  });
});

describe('bad articles in a folder', () => {
  it('loads the others, names each bad one and exits non-zero', async () => {
    await clearDatabase(driver);
    const bad = join(dir, 'with-bad');
    const files = await lakeTree(bad);
    const empty = join(bad, 'sub', 'empty.txt');
    const binary = join(bad, 'sub', 'deeper', 'scan.md');
    await writeFile(empty, '');
    await writeFile(binary, new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0x03]));
    const result = await cli([bad]);
    expect(result.code).not.toBe(0);
    expect(lines(result.stderr)).toEqual([
      `error: ${binary}: file is binary (it contains NUL bytes), not a text article`,
      `error: ${empty}: file is empty`,
      `error: 2 of 10 articles failed: ${binary}, ${empty}`,
    ]);
    expect(lines(result.stdout)).toContainEqual(
      expect.stringMatching(/^loaded 8 of 10 articles into bolt:\/\/\S+ \(neo4j\); 2 failed$/),
    );
    const ids = await query<{ id: string }>(driver, 'MATCH (a:Article) RETURN a.id AS id ORDER BY id');
    const wanted: string[] = [];
    for (const f of files) wanted.push((await extractFile(f)).article.id);
    expect(ids.map((r) => r.id)).toEqual(wanted.sort());
    expect(await contentLines(driver)).toEqual(expected);
  });

  it('names a named file that is bad and still loads the good one beside it', async () => {
    await clearDatabase(driver);
    const empty = join(dir, 'alone-empty.txt');
    await writeFile(empty, '');
    const good = treeFiles[0] ?? '';
    const result = await cli([good, empty]);
    expect(result.code).not.toBe(0);
    expect(lines(result.stderr)).toEqual([
      `error: ${empty}: file is empty`,
      `error: 1 of 2 articles failed: ${empty}`,
    ]);
    const titles = await query<{ t: string }>(driver, 'MATCH (a:Article) RETURN a.title AS t');
    expect(titles.map((r) => r.t)).toEqual([(await extractFile(good)).article.title]);
  });

  it('says a file that is not a regular one (a named pipe) cannot be read, without waiting on it', async () => {
    const folder = join(dir, 'with-pipe');
    await mkdir(folder);
    await cp(treeFiles[0] ?? '', join(folder, 'a.txt'));
    const pipe = join(folder, 'b.txt');
    await run('mkfifo', [pipe]);
    const result = await cli(['--dry-run', folder]);
    expect(result.code).not.toBe(0);
    expect(lines(result.stderr)).toEqual([
      `error: ${pipe}: is not a regular file`,
      `error: 1 of 2 articles failed: ${pipe}`,
    ]);
    expect(lines(result.stdout)).toContain('extracted 1 of 2 articles (dry run, nothing written); 1 failed');
  });
});

describe('folders that hold no article, and links that loop', () => {
  it('warns about a link back to a folder above and loads the rest once', async () => {
    await clearDatabase(driver);
    const looped = join(dir, 'looped');
    await lakeTree(looped);
    await symlink('..', join(looped, 'sub', 'deeper', 'up'));
    await symlink('self.txt', join(looped, 'self.txt'));
    const result = await cli([looped]);
    expect(result.code, result.stderr).toBe(0);
    expect(lines(result.stderr)).toEqual([
      `warning: ${join(looped, 'self.txt')}: symbolic link loop, skipped`,
      `warning: ${join(looped, 'sub', 'deeper', 'up')}: symbolic link loop (it leads back to a folder above), skipped`,
    ]);
    expect(lines(result.stdout)).toContainEqual(expect.stringMatching(/^loaded 8 articles into /));
    expect(await contentLines(driver)).toEqual(expected);
  });

  it('refuses an empty folder alone in one line, and only warns about one beside articles', async () => {
    const before = await snapshot(driver);
    const empty = join(dir, 'empty');
    const others = join(dir, 'others');
    await mkdir(empty);
    await mkdir(others);
    await writeFile(join(others, 'photo.jpg'), 'not an article');
    const alone = await cli([empty]);
    expect(alone.code).not.toBe(0);
    expect(lines(alone.stderr)).toEqual([
      `error: ${empty}: no articles here: the folder holds no .txt or .md file`,
    ]);
    expect(alone.stdout).toBe('');
    const beside = await cli([others, tree]);
    expect(beside.code, beside.stderr).toBe(0);
    expect(lines(beside.stderr)).toEqual([
      `warning: ${others}: no articles here: 1 other file skipped (articles are .txt or .md files)`,
    ]);
    expect(await snapshot(driver)).toEqual(before);
  });
});

describe('progress on a terminal', () => {
  it('rewrites one line on stderr with the count and the file, then prints the summary', async () => {
    // script(1) runs the command on a pseudo-terminal, as a user's shell would.
    const command = `${TSX} ingest/cli.ts --dry-run ${tree}`;
    const result = await run('script', ['-qec', command, '/dev/null']);
    expect(result.code, result.stdout).toBe(0);
    const frames = result.stdout.split('\r').map((f) => f.trim());
    for (const [i, f] of treeFiles.entries()) {
      expect(frames).toContainEqual(
        expect.stringMatching(new RegExp(`^\\[${i + 1}/8\\] \\[[#-]{20}\\] .*${escaped(f.slice(-20))}$`)),
      );
    }
    // The per-article lines are left to the bar on a terminal; the summary stays.
    expect(result.stdout).not.toMatch(/\d+ actors, \d+ meetings/);
    expect(result.stdout).toMatch(/extracted 8 articles \(dry run, nothing written\)/);
  });
});

describe('the sample corpus', () => {
  it('npm run ingest -- data/samples/ loads every sample article', async () => {
    await clearDatabase(driver);
    const names = (await readdir(SAMPLES)).filter((n) => /\.(txt|md)$/.test(n)).sort();
    expect(names.length).toBeGreaterThanOrEqual(8);
    const result = await run('npm', ['run', '-s', 'ingest', '--', `${SAMPLES}/`]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    expect(lines(result.stdout)).toContainEqual(
      expect.stringMatching(new RegExp(`^loaded ${names.length} articles into `)),
    );
    const titles = await query<{ t: string }>(driver, 'MATCH (a:Article) RETURN a.title AS t ORDER BY t');
    const wanted: string[] = [];
    for (const n of names) wanted.push((await extractFile(join(SAMPLES, n))).article.title);
    expect(titles.map((r) => r.t)).toEqual(wanted.sort());
    // Every article gives the graph something to show beyond its own node.
    const bare = await query<{ t: string }>(
      driver,
      'MATCH (a:Article) WHERE NOT EXISTS { (a)<-[:IN]-(:Quote) } RETURN a.title AS t',
    );
    expect(bare).toEqual([]);
  });
});
