// The real command (`tsx ingest/cli.ts`) as a user runs it, against the test Neo4j: every bad input gets
// one line on stderr, a non-zero exit and an untouched database (an empty folder too); --dry-run --json never connects; an
// unreachable database is one line; several files print progress lines and a summary.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractionSchema, RelationshipTypes } from '../../schema';
import { clearDatabase, snapshot, testDriver, type GraphSnapshot } from './graph-snapshot';

const SEED = 'data/articles/seed-article.txt';
const TSX = join('node_modules', '.bin', 'tsx');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      TSX,
      ['ingest/cli.ts', ...args],
      { env: { ...process.env, ...env }, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const lines = (s: string) => s.split('\n').filter((l) => l !== '');

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

let driver: Driver;
let dir: string;
let seeded: GraphSnapshot;
const files: Record<string, string> = {};

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  dir = await mkdtemp(join(tmpdir(), 'ingest-cli-'));
  const write = async (name: string, content: string | Uint8Array) => {
    files[name] = join(dir, name);
    await writeFile(files[name], content);
  };
  await write('empty.txt', '');
  await write(
    'binary.txt',
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
  );
  await write(
    'latin1.txt',
    new Uint8Array([...new TextEncoder().encode('Caf'), 0xe9, 0x20, 0x74, 0x61, 0x6c, 0x6b, 0x73]),
  );
  await write('huge.txt', Buffer.alloc(20 * 1024 * 1024, 'All work and no play. '));
  await write(
    'page.txt',
    '<!DOCTYPE html>\n<html><head><title>Talks</title></head>\n<body><article><p>The envoy met the president.</p></article></body></html>\n',
  );
  await write(
    'follow-up.md',
    'Title: Envoy Returns From Kyiv Talks\nDate: 2025-02-22\n\nUS envoy Keith Kellogg left Kyiv on Friday after meeting President Volodymyr Zelenskiy.\n',
  );
  files['missing.txt'] = join(dir, 'missing.txt');
  files.directory = join(dir, 'a-directory');
  await mkdir(files.directory);

  const run = await cli([SEED]);
  expect(run.code, run.stderr).toBe(0);
  seeded = await snapshot(driver);
}, 120_000);

afterAll(async () => {
  await driver?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('bad input', () => {
  it.each([
    ['missing.txt', /missing\.txt: no such file/],
    ['directory', /a-directory: no articles here: the folder holds no \.txt or \.md file/],
    ['empty.txt', /empty\.txt: file is empty/],
    ['binary.txt', /binary\.txt: file is binary/],
    ['latin1.txt', /latin1\.txt: file is not valid UTF-8/],
    ['huge.txt', /huge\.txt: file is 20\.0 MB/],
    ['page.txt', /page\.txt: file is an HTML page/],
  ])('%s: one line on stderr, non-zero exit, database untouched', async (name, message) => {
    const run = await cli([files[name] ?? name]);
    expect(run.code).not.toBe(0);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toMatch(/^error: /);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
    expect(await snapshot(driver)).toEqual(seeded);
  });
});

describe('dry run', () => {
  it('prints an extraction document the schema accepts, without connecting', async () => {
    const port = await closedPort();
    const run = await cli(['--dry-run', '--json', SEED], { NEO4J_URI: `bolt://127.0.0.1:${port}` });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    const out = lines(run.stdout);
    expect(out).toHaveLength(1);
    const doc = ExtractionSchema.parse(JSON.parse(out[0] ?? ''));
    expect(doc.article.title).toBe('US, Ukraine Ramp Up Talks on Minerals Deal During Envoy Trip');
    expect(await snapshot(driver)).toEqual(seeded);
  });

  it('prints one document per line for several files', async () => {
    const port = await closedPort();
    const run = await cli(['--dry-run', '--json', SEED, files['follow-up.md'] ?? ''], {
      NEO4J_URI: `bolt://127.0.0.1:${port}`,
    });
    expect(run.code, run.stderr).toBe(0);
    const docs = lines(run.stdout).map((l) => ExtractionSchema.parse(JSON.parse(l)));
    expect(docs.map((d) => d.article.title)).toEqual([
      'US, Ukraine Ramp Up Talks on Minerals Deal During Envoy Trip',
      'Envoy Returns From Kyiv Talks',
    ]);
  });
});

describe('database and progress', () => {
  it('gives one line and a non-zero exit when Neo4j cannot be reached', async () => {
    const port = await closedPort();
    const run = await cli([SEED], { NEO4J_URI: `bolt://127.0.0.1:${port}` });
    expect(run.code).not.toBe(0);
    expect(lines(run.stderr)).toEqual([
      `error: cannot reach Neo4j at bolt://127.0.0.1:${port} — start it with npm run db:start`,
    ]);
  });

  it('prints the stack with --verbose', async () => {
    const run = await cli(['--verbose', files['empty.txt'] ?? '']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/BadInputError: .*empty\.txt: file is empty\n\s+at /);
  });

  it('prints --help and refuses unknown options', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: npm run ingest -- \[options\] FILE/);
    const unknown = await cli(['--frobnicate', SEED]);
    expect(unknown.code).not.toBe(0);
    expect(lines(unknown.stderr)).toHaveLength(1);
  });

  it('prints a progress line per article and the database totals for two files', async () => {
    const run = await cli([SEED, files['follow-up.md'] ?? '']);
    expect(run.code, run.stderr).toBe(0);
    const all = lines(run.stdout);
    // Under each article's line, indented, what it changed: the seed was loaded before, so nothing.
    expect(all[1]).toBe('  nothing new');
    const second = all.findIndex((l) => l.startsWith('[2/2] '));
    expect(all[second + 1]).toMatch(/^ {2}(new|merged|reversal|nothing new)/);
    const out = all.filter((l) => !l.startsWith('  '));
    expect(out[0]).toMatch(
      /^\[1\/2\] data\/articles\/seed-article\.txt: \d+ actors, \d+ meetings, \d+ proposals, \d+ stances, \d+ quotes \(created 0 nodes, 0 relationships\)$/,
    );
    expect(out[1]).toMatch(
      /^\[2\/2\] .*follow-up\.md: \d+ actors, .* \(created \d+ nodes, \d+ relationships\)$/,
    );
    expect(out[2]).toMatch(/^loaded 2 articles into bolt:/);
    expect(out[3]).toMatch(
      /^written: created \d+ nodes, \d+ relationships; removed 0 stale nodes, 0 relationships$/,
    );
    const after = await snapshot(driver);
    const n = (label: string) => after.nodes[label] ?? 0;
    expect(out[4]).toBe(
      `nodes in the database: Article 2, Actor ${n('Actor')} (Person ${n('Person')}, ` +
        `Country ${n('Country')}, Organization ${n('Organization')}, Group ${n('Group')}), ` +
        `Meeting ${n('Meeting')}, Proposal ${n('Proposal')}, Stance ${n('Stance')}, Quote ${n('Quote')}, Term ${n('Term')}`,
    );
    expect(out[5]).toBe(
      `relationships in the database: ${RelationshipTypes.map((t) => `${t} ${after.relationships[t] ?? 0}`).join(', ')}`,
    );
    expect(out).toHaveLength(6);
  });
});
