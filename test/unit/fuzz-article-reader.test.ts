// The article reader under random bytes and hostile text (test/support/fuzzText.ts), with a fixed seed:
// it either returns an article the schema accepts, whose body is its own normalised text, or refuses with
// a BadInputError of one line; nothing else, on anything up to the 1 MB limit and past it. The command
// refuses such files with one line on stderr and a non-zero exit.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticleFile } from '../../ingest';
import {
  BadInputError,
  MAX_ARTICLE_BYTES,
  decodeArticleBytes,
  normaliseText,
  parseArticle,
} from '../../ingest/article/read';
import { ArticleSchema, type Article } from '../../schema';
import {
  SEED,
  articleText,
  hostileBytes,
  hostileText,
  newsText,
  piece,
  repeatToBytes,
} from '../support/fuzzText';

type Outcome = { article: Article } | { refused: string };

/** What the reader makes of `bytes`; any error but a BadInputError fails the property. */
function readBytes(bytes: Uint8Array): Outcome {
  try {
    return { article: parseArticle(decodeArticleBytes(bytes), 'fallback title') };
  } catch (err) {
    if (err instanceof BadInputError) return { refused: err.message };
    throw err;
  }
}

function checkOutcome(outcome: Outcome, bytes: Uint8Array): void {
  if ('refused' in outcome) {
    expect(outcome.refused).toMatch(/^[^\n\r]{1,200}$/);
    return;
  }
  const { article } = outcome;
  expect(ArticleSchema.safeParse(article).success).toBe(true);
  expect(article.id).toMatch(/^article-[0-9a-f]{16}$/);
  expect(article.text.trim()).toBe(article.text);
  expect(article.text).not.toBe('');
  // The body is a stretch of the file's own normalised text, so every offset into it is one.
  expect(normaliseText(new TextDecoder().decode(bytes)).includes(article.text)).toBe(true);
  // The same bytes always give the same article.
  expect(readBytes(bytes)).toEqual(outcome);
}

const encode = (s: string) => new TextEncoder().encode(s);

describe('decodeArticleBytes and parseArticle', () => {
  it('random bytes, hostile text and broken UTF-8: an article or a one-line refusal', () => {
    fc.assert(
      fc.property(hostileBytes, (bytes) => checkOutcome(readBytes(bytes), bytes)),
      { seed: SEED, numRuns: 1500 },
    );
  });

  it('news-like articles in every form, with any line ending and a byte order mark', () => {
    fc.assert(
      fc.property(articleText(newsText(40)), (text) => {
        const bytes = encode(text);
        checkOutcome(readBytes(bytes), bytes);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('huge single lines of one repeated piece, up to the 1 MB limit', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          piece,
          hostileText(8),
          fc.stringMatching(/^[A-Z.!?,;*_<#-]{1,4}$/),
          // An unclosed tag on every few bytes: once a check that scanned to the end from each one.
          fc.constantFrom('<p ', '<div', '</a ', '*_', 'Title: '),
        ),
        fc.integer({ min: 1, max: MAX_ARTICLE_BYTES - 64 }),
        (unit, size) => {
          const bytes = encode(`Title\n\n${repeatToBytes(unit, size)}`);
          fc.pre(bytes.length <= MAX_ARTICLE_BYTES);
          checkOutcome(readBytes(bytes), bytes);
        },
      ),
      { seed: SEED, numRuns: 30 },
    );
  });

  it('refuses anything over the size limit with one line, from its size alone', () => {
    const bytes = encode(repeatToBytes('<p ', MAX_ARTICLE_BYTES + 3));
    expect(readBytes(bytes)).toEqual({
      refused: expect.stringMatching(/^file is 129 KB; an article must be at most 128 KB of text$/),
    });
  });

  it('reads text that the bidi controls, quotes and dashes leave alone as any other text', () => {
    const text =
      'Title: \u202eTalks\u202c — “Lake”\n\n\u2067مرحبا\u2069 Mayor Brandvold met ‘Lind’ – in שלום.';
    const outcome = readBytes(encode(text));
    expect(outcome).toEqual({ article: expect.objectContaining({ title: '\u202eTalks\u202c — “Lake”' }) });
  });
});

describe('article files, as the command reads them', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'fuzz-reader-'));
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('readArticleFile gives an article or a one-line refusal naming the file', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(hostileBytes, async (bytes) => {
        const file = join(dir, `article-${n++}.txt`);
        await writeFile(file, bytes);
        try {
          const article = await readArticleFile(file);
          expect(ArticleSchema.safeParse(article).success).toBe(true);
        } catch (err) {
          expect(err).toBeInstanceOf(BadInputError);
          expect((err as Error).message).toMatch(new RegExp(`^${file}: [^\\n\\r]+$`));
        }
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('npm run ingest refuses bad files with one line on stderr and a non-zero exit', async () => {
    // The first few generated inputs that the reader refuses, each given to the real command.
    const refused = fc
      .sample(hostileBytes, { seed: SEED, numRuns: 200 })
      .filter((b) => 'refused' in readBytes(b))
      .slice(0, 4);
    expect(refused).toHaveLength(4);
    const runs = await Promise.all(
      refused.map(async (bytes, i) => {
        const file = join(dir, `refused-${i}.txt`);
        await writeFile(file, bytes);
        return { file, ...(await dryRun(file)) };
      }),
    );
    for (const run of runs) {
      expect(run.code).not.toBe(0);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(new RegExp(`^error: ${run.file}: [^\\n]+\\n$`));
    }
  });
});

function dryRun(file: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      join('node_modules', '.bin', 'tsx'),
      ['ingest/cli.ts', '--dry-run', '--json', file],
      { timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
