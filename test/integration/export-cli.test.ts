// `npm run export` against the real test Neo4j holding the seed article and an article written to be
// hostile to XML and Markdown: the brief's every footnote quotes an article verbatim (once Markdown's
// escapes are read back), the GEXF parses as XML (in Chromium's strict XML parser) and holds every node
// and relationship Cypher counts, JSON of a saved query holds what Cypher counts for it, a PNG is a PNG
// with a picture's size, the database is unchanged, and bad flags (or no Chromium for a PNG) get one line
// on stderr and a non-zero exit.
import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../ingest';
import { ATTRIBUTION_LABELS } from '../../frontend/shared/attribution';
import type { Attribution } from '../../schema/vocabulary';
import { launchChromium } from '../support/browser';
import { testConfig } from '../support/neo4j';
import { clearDatabase, query, snapshot, testDriver, type GraphSnapshot } from './graph-snapshot';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEED = join(ROOT, 'data', 'articles', 'seed-article.txt');
const HOSTILE_TITLE = 'Talks <b>&amp; "bids"</b> ]]> </gexf> *end* [^1]';
const HOSTILE_SOURCE = "The <Gazette> & 'Courier' [x](javascript:alert(1))";
/** A sample article (data/samples/) under a title and source hostile to XML and Markdown, with a line
 * of markup added to its body. */
async function hostileArticle(): Promise<string> {
  const samples = join(ROOT, 'data', 'samples');
  const first = (await readdir(samples)).filter((f) => f.endsWith('.txt')).sort()[0]!;
  const lines = (await readFile(join(samples, first), 'utf8')).split('\n');
  const body = lines.slice(lines.findIndex((l) => l.trim() === ''));
  const header = [`Title: ${HOSTILE_TITLE}`, 'Date: 2024-05-02', `Source: ${HOSTILE_SOURCE}`];
  return [...header, ...body, 'The <script>alert("x")</script> & ]]> [^3] line ends it.', ''].join('\n');
}

let driver: Driver;
let workDir: string;
let before: GraphSnapshot;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function exportCli(args: string[], extraEnv: Record<string, string> = {}): Promise<Run> {
  const c = testConfig();
  const env = {
    ...process.env,
    NEO4J_URI: c.uri,
    NEO4J_PASSWORD: c.password,
    NEO4J_DATABASE: c.database,
    ...extraEnv,
  };
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ['export/cli.ts', ...args], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** What a Markdown renderer shows for escaped text: the escapes dropped. */
const unescape = (md: string) => md.replace(/\\([!-/:-@[-`{-~])/g, '$1');
const spaced = (text: string) => text.replace(/\s+/g, ' ');

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  workDir = await mkdtemp(join(tmpdir(), 'export-cli-'));
  const hostile = join(workDir, 'hostile.txt');
  await writeFile(hostile, await hostileArticle());
  await ingestFiles({ files: [SEED, hostile], config: testConfig() });
  before = await snapshot(driver);
}, 120_000);

afterAll(async () => {
  await driver?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe('npm run export', () => {
  it('prints a brief whose every footnote quotes an article verbatim', async () => {
    const run = await exportCli(['--format', 'brief']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const articles = await query<{ title: string; text: string }>(
      driver,
      'MATCH (a:Article) RETURN a.title AS title, a.text AS text',
    );
    const lines = run.stdout.split('\n');
    const footnotes = lines.filter((l) => l.startsWith('[^'));
    expect(footnotes.length).toBeGreaterThan(0);
    for (const line of footnotes) {
      const match = /^\[\^(\d+)\]: “(.*)” — (.*)$/.exec(line);
      expect(match, line).not.toBeNull();
      const quote = spaced(unescape(match![2]!));
      const from = articles.filter((a) => spaced(a.text).includes(quote));
      expect(from.length, line).toBeGreaterThan(0);
      expect(
        from.some((a) => unescape(match![3]!).startsWith(a.title)),
        line,
      ).toBe(true);
      // Every footnote is used by a statement.
      expect(
        lines.some((l) => !l.startsWith('[^') && l.includes(`[^${match![1]}]`)),
        line,
      ).toBe(true);
    }
    // Each footnote says how its quote is sourced, as the Quote node has it.
    const sourcing = await query<{ text: string; attribution: Attribution; speakers: string[] }>(
      driver,
      'MATCH (q:Quote) RETURN q.text AS text, q.attribution AS attribution, [(s)-[:SAID]->(q) | s.name] AS speakers',
    );
    for (const line of footnotes) {
      const [, , quoted, where] = /^\[\^(\d+)\]: “(.*)” — (.*)$/.exec(line)!;
      // Two quotes may hold the same words ("the offer"): one of them is sourced as the footnote says.
      const same = sourcing.filter((x) => spaced(x.text) === spaced(unescape(quoted!)));
      expect(same.length, line).toBeGreaterThan(0);
      const says = (q: (typeof same)[number]) =>
        unescape(where!).includes(` · ${ATTRIBUTION_LABELS[q.attribution]}`) &&
        q.speakers.every((speaker) => unescape(where!).includes(speaker));
      expect(same.some(says), line).toBe(true);
    }
    // What each side of a proposal gives and gets, and its conditions, one statement each.
    const terms = await query<{ text: string; role: string; sides: string[] }>(
      driver,
      'MATCH (:Proposal)-[:HAS_TERM]->(t:Term) RETURN t.text AS text, t.role AS role, [(t)-[:FOR]->(a) | a.name] AS sides',
    );
    expect(terms.length).toBeGreaterThan(0);
    const plain = lines.map(unescape);
    for (const t of terms) {
      const head = t.role === 'condition' ? 'Condition' : `${t.sides.join(', ') || 'One side'} ${t.role}`;
      expect(
        plain.some((l) => l.startsWith(`- ${head}`) && l.includes(`: ${t.text}.[^`)),
        `${t.role} ${t.text}`,
      ).toBe(true);
    }
    // Each statement carries its footnotes; nothing hostile became markup or a footnote of its own.
    const statements = lines.filter((l) => l.startsWith('- '));
    expect(statements.length).toBeGreaterThan(0);
    for (const s of statements) expect(s).toMatch(/(\[\^\d+\])+$/);
    expect(run.stdout).toContain('## Actors');
    expect(run.stdout).toContain('## Meetings');
    expect(run.stdout).toContain('## Proposals');
    // The hostile article's quotes are footnoted under its title and source, read back exactly.
    const [quoted] = await query<{ c: number }>(
      driver,
      'MATCH (a:Article {title: $title})<-[:IN]-(q:Quote)<-[:EVIDENCED_BY]-() RETURN count(q) AS c',
      { title: HOSTILE_TITLE },
    );
    const hostileNotes = footnotes.filter((l) =>
      unescape(l).includes(`” — ${HOSTILE_TITLE}, ${HOSTILE_SOURCE}, `),
    );
    expect(hostileNotes.length > 0).toBe(quoted!.c > 0);
    expect(run.stdout).not.toContain('<script>');
    expect(run.stdout).not.toContain('[x](javascript');
    expect(await snapshot(driver)).toEqual(before);
  }, 120_000);

  it('writes GEXF that parses as XML and holds every node and relationship', async () => {
    const file = join(workDir, 'graph.gexf');
    const run = await exportCli(['--format', 'gexf', '--out', file]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const xml = await readFile(file, 'utf8');
    let browser: Browser | undefined;
    try {
      browser = await launchChromium();
      const page = await browser.newPage();
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        const ns = 'http://gexf.net/1.3';
        const attr = (el: Element, name: string) => el.getAttribute(name) ?? '';
        const titles = [...doc.getElementsByTagNameNS(ns, 'attvalue')].map((v) => attr(v, 'value'));
        return {
          error: doc.getElementsByTagName('parsererror').length > 0,
          root: doc.documentElement.localName + ' ' + attr(doc.documentElement, 'version'),
          nodes: [...doc.getElementsByTagNameNS(ns, 'node')].map((n) => attr(n, 'id')),
          edges: [...doc.getElementsByTagNameNS(ns, 'edge')].map((e) => [
            attr(e, 'source'),
            attr(e, 'target'),
          ]),
          values: titles,
        };
      }, xml);
      expect(parsed.error).toBe(false);
      expect(parsed.root).toBe('gexf 1.3');
      // Every node but the ingest's own bookkeeping (ActorKey, cypher/schema.cypher).
      const nodes = await query<{ id: string }>(
        driver,
        'MATCH (n) WHERE NOT n:ActorKey RETURN elementId(n) AS id',
      );
      const rels = await query<{ s: string; t: string }>(
        driver,
        'MATCH (a)-[r]->(b) RETURN elementId(a) AS s, elementId(b) AS t',
      );
      expect(new Set(parsed.nodes)).toEqual(new Set(nodes.map((n) => n.id)));
      expect(parsed.nodes).toHaveLength(nodes.length);
      expect(parsed.edges.map(([s, t]) => `${s}>${t}`).sort()).toEqual(
        rels.map((r) => `${r.s}>${r.t}`).sort(),
      );
      // The hostile title comes back exactly as the article has it.
      expect(parsed.values).toContain(HOSTILE_TITLE);
    } finally {
      await browser?.close();
    }
  }, 120_000);

  it('exports as JSON what a saved query returns', async () => {
    const run = await exportCli(['--format', 'json', '--query', 'who-opposes-what']);
    expect(run.code).toBe(0);
    const graph = JSON.parse(run.stdout) as {
      nodes: { id: string; labels: string[]; properties: Record<string, unknown> }[];
      relationships: { id: string; type: string; start: string; end: string }[];
    };
    const [expected] = await query<{ nodes: string[]; relationships: string[] }>(
      driver,
      `MATCH p = (:Actor)-[:HOLDS]->(:Stance {polarity: 'oppose'})-[:TOWARD]->()
       UNWIND nodes(p) AS n WITH collect(DISTINCT elementId(n)) AS nodes, collect(p) AS ps
       UNWIND ps AS p UNWIND relationships(p) AS r
       RETURN nodes, collect(DISTINCT elementId(r)) AS relationships`,
    );
    expect(graph.nodes.map((n) => n.id).sort()).toEqual([...expected!.nodes].sort());
    expect(graph.relationships.map((r) => r.id).sort()).toEqual([...expected!.relationships].sort());
    expect(graph.nodes.every((n) => n.labels.length > 0 && typeof n.properties === 'object')).toBe(true);
  }, 120_000);

  it('writes a PNG of the graph to --out', async () => {
    const file = join(workDir, 'graph.png');
    const run = await exportCli(['--format', 'png', '--out', file]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const png = await readFile(file);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBeGreaterThan(0);
    expect(png.readUInt32BE(20)).toBeGreaterThan(0);
    // Kept beside the suites' screenshots, to be looked at.
    await mkdir(join(ROOT, 'test-results'), { recursive: true });
    await copyFile(file, join(ROOT, 'test-results', 'export-cli.png'));
    expect(await snapshot(driver)).toEqual(before);
  }, 120_000);

  it('says in one line when Chromium is missing for a PNG, and writes nothing', async () => {
    const file = join(workDir, 'missing.png');
    const run = await exportCli(['--format', 'png', '--out', file], {
      CHROMIUM_PATH: join(workDir, 'no-such-chromium'),
    });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n'), run.stderr).toHaveLength(1);
    expect(run.stderr).toMatch(/^error: .*CHROMIUM_PATH/);
    await expect(readFile(file)).rejects.toThrow();
  }, 120_000);

  it('refuses bad flags with one line and a non-zero exit', async () => {
    for (const args of [
      [],
      ['--format', 'pdf'],
      ['--format', 'json', '--bogus'],
      ['--format', 'json', '--query', '../../etc/passwd'],
      ['--format', 'json', '--query', 'no-such-query'],
      ['--format', 'gexf', 'extra'],
      ['--format', 'png'],
    ]) {
      const run = await exportCli(args);
      expect(run.code, args.join(' ')).not.toBe(0);
      expect(run.stdout, args.join(' ')).toBe('');
      expect(run.stderr.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
      expect(run.stderr).toMatch(/^error: /);
    }
  }, 180_000);
});
