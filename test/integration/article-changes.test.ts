// What each article changed, as the real command (`tsx ingest/cli.ts`) reports it against the test Neo4j,
// on articles written for the test (test/fixtures/reversal-articles/): a minister opposes a toll plan,
// then, named by surname alone, backs it. With --json each article is one JSON line; its new actors and
// stances are what the database gained, the surname is a spelling merged into the minister, and the second
// article's stance is a reversal of the first's. Loaded again, each article reports nothing new.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleChanges } from '../../ingest';
import { articlesIn } from '../support/fixtures';
import { clearDatabase, query, snapshot, testDriver } from './graph-snapshot';

const FILES = articlesIn(join('test', 'fixtures', 'reversal-articles'));
const TSX = join('node_modules', '.bin', 'tsx');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      TSX,
      ['ingest/cli.ts', ...args],
      { env: process.env, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

interface ArticleLine {
  type: string;
  file: string;
  changes: ArticleChanges;
}

/** The article lines of a --json run: every line must parse. */
function articleLines(stdout: string): ArticleLine[] {
  const parsed = stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as ArticleLine);
  // One line per article, then the run's result.
  expect(parsed.map((l) => l.type).at(-1)).toBe('result');
  return parsed.filter((l) => l.type === 'article');
}

async function actorNames(): Promise<string[]> {
  const rows = await query<{ name: string }>(driver, 'MATCH (a:Actor) RETURN a.name AS name ORDER BY name');
  return rows.map((r) => r.name);
}

async function stanceIds(): Promise<string[]> {
  const rows = await query<{ id: string }>(driver, 'MATCH (s:Stance) RETURN s.id AS id ORDER BY id');
  return rows.map((r) => r.id);
}

const sorted = (xs: string[]) => [...xs].sort();

let driver: Driver;

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
});

afterAll(async () => {
  await driver?.close();
});

describe('what an article changed', { timeout: 300_000 }, () => {
  it('reports each article as one JSON line: new nodes, the merged surname and the reversal', async () => {
    const first = await cli(['--json', FILES[0]!]);
    expect(first.code, first.stderr).toBe(0);
    const [one] = articleLines(first.stdout);
    expect(sorted(one!.changes.actors.map((a) => a.name))).toEqual(await actorNames());
    expect(sorted(one!.changes.stances.map((s) => s.id))).toEqual(await stanceIds());
    expect(one!.changes.proposals).toHaveLength(1);
    expect(one!.changes.reversals).toEqual([]);
    const actorsBefore = await actorNames();
    const stancesBefore = await stanceIds();

    const second = await cli(['--json', FILES[1]!]);
    expect(second.code, second.stderr).toBe(0);
    const [two] = articleLines(second.stdout);
    const gained = (await actorNames()).filter((n) => !actorsBefore.includes(n));
    expect(sorted(two!.changes.actors.map((a) => a.name))).toEqual(gained);
    expect(gained).not.toContain('Halvard Brenn');
    const newStances = (await stanceIds()).filter((id) => !stancesBefore.includes(id));
    expect(sorted(two!.changes.stances.map((s) => s.id))).toEqual(newStances);
    expect(two!.changes.stances).toContainEqual(
      expect.objectContaining({ holder: 'Halvard Brenn', polarity: 'support' }),
    );
    // The toll plan is the first article's proposal, told again: nothing new.
    expect(two!.changes.proposals).toEqual([]);
    expect(two!.changes.merged).toContainEqual(
      expect.objectContaining({ spelling: 'Brenn', actor: 'Halvard Brenn' }),
    );
    expect(two!.changes.reversals).toEqual([
      expect.objectContaining({
        holder: 'Halvard Brenn',
        earlier: expect.objectContaining({ polarity: 'oppose', date: '2026-03-02' }) as unknown,
        later: expect.objectContaining({ polarity: 'support', date: '2026-03-20' }) as unknown,
      }),
    ]);
  });

  it('says nothing new, in plain lines, when the same articles are loaded again', async () => {
    const before = await snapshot(driver);
    const again = await cli(FILES);
    expect(again.code, again.stderr).toBe(0);
    const nothing = again.stdout.split('\n').filter((l) => l.trim() === 'nothing new');
    expect(nothing).toHaveLength(FILES.length);
    expect(again.stdout).not.toMatch(/reversal:/);
    expect(await snapshot(driver)).toEqual(before);
  });

  it('prints the reversal and the merged spelling in plain lines for a fresh load', async () => {
    await clearDatabase(driver);
    const run = await cli(FILES);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/new \d+ stances?: .*Halvard Brenn opposes/);
    expect(run.stdout).toMatch(/merged 1 spelling: "Brenn" into Halvard Brenn/);
    expect(run.stdout).toMatch(
      /reversal: Halvard Brenn on .*: oppose \(2026-03-02\) -> support \(2026-03-20\)/,
    );
  });
});
