// The extractor under hostile and news-like text (test/support/fuzzText.ts), with a fixed seed: every
// article the reader accepts gives a document that ExtractionSchema accepts, every mention and evidence
// span is the article's own text at its offsets, actor ids are one per actor, and the same article always
// gives the same document. Huge single lines up to the article size limit (no sentence end, capitals, marks)
// finish within the test's timeout: the extractor must stay about linear in the article's length.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BadInputError, MAX_ARTICLE_BYTES, parseArticle } from '../../ingest/article/read';
import { extractArticle } from '../../ingest/extract';
import { ExtractionSchema, type Article, type Extraction } from '../../schema';
import { FIRST, LAST, SEED, articleText, hostileText, newsText, repeatToBytes } from '../support/fuzzText';

/** The article the reader makes of `text`, or null when it refuses it (a one-line BadInputError). */
function articleOf(text: string): Article | null {
  try {
    return parseArticle(text, 'fallback title');
  } catch (err) {
    if (err instanceof BadInputError) return null;
    throw err;
  }
}

function spans(doc: Extraction) {
  return [
    ...doc.actors.flatMap((a) => a.mentions),
    ...[...doc.meetings, ...doc.proposals, ...doc.stances].flatMap((el) => el.evidence),
  ];
}

/** Everything the properties demand of one extraction. */
function checkExtraction(article: Article): Extraction {
  const doc = extractArticle(article);
  const parsed = ExtractionSchema.safeParse(doc);
  expect(parsed.success, parsed.error?.issues[0]?.message).toBe(true);
  for (const span of spans(doc)) {
    expect(article.text.slice(span.start, span.end)).toBe(span.text);
  }
  const ids = doc.actors.map((a) => a.id);
  expect(new Set(ids).size).toBe(ids.length);
  return doc;
}

describe('extractArticle', () => {
  it('hostile text: a valid document, every span grounded', () => {
    fc.assert(
      fc.property(articleText(hostileText(80)), (text) => {
        const article = articleOf(text);
        if (article) checkExtraction(article);
      }),
      { seed: SEED, numRuns: 600 },
    );
  });

  it('news-like word soup, where the clause rules fire: a valid document, every span grounded', () => {
    fc.assert(
      fc.property(articleText(newsText(40)), (text) => {
        const article = articleOf(text);
        if (article) checkExtraction(article);
      }),
      { seed: SEED, numRuns: 600 },
    );
  });

  it('the same article always gives the same document', () => {
    fc.assert(
      fc.property(articleText(newsText(20)), (text) => {
        const article = articleOf(text);
        if (article) expect(extractArticle(article)).toEqual(extractArticle(article));
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('two people with different names, in any script, are two actors with ids of their own', () => {
    const person = fc.tuple(fc.constantFrom(...FIRST), fc.constantFrom(...LAST)).map((p) => p.join(' '));
    fc.assert(
      fc.property(person, person, (a, b) => {
        fc.pre(a !== b);
        const article = articleOf(`Title: Talks\nDate: 2025-03-03\n\nMayor ${a} met Mayor ${b} in Norrvik.`);
        const doc = checkExtraction(article!);
        expect(doc.actors.map((x) => x.name).sort()).toEqual([a, b].sort());
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('finds actors and relations in the word soup, so the properties reach the deep rules', () => {
    const docs = fc
      .sample(articleText(newsText(40)), { seed: SEED, numRuns: 200 })
      .map(articleOf)
      .filter((a): a is Article => a !== null)
      .map((a) => extractArticle(a));
    expect(docs.filter((d) => d.actors.length > 0).length).toBeGreaterThan(50);
    expect(docs.filter((d) => d.meetings.length > 0).length).toBeGreaterThan(5);
    expect(docs.filter((d) => d.proposals.length + d.stances.length > 0).length).toBeGreaterThan(5);
  });

  // One line of up to the article size limit each: prose without a sentence end, news words, capitals, marks.
  it.each([
    [
      'prose without a sentence end',
      'the minister said that talks with Mayor Ilse Brandvold were going well ',
    ],
    [
      'news without a sentence end',
      'Mayor Ilse Brandvold met Tomas Okafor-Lind in Norrvik, rejected the offer, ',
    ],
    ['short sentences', 'Minister Ana Ruiz met Carl Brandt in Oslo. Ruiz proposed a deal. '],
    ['capitals', 'ALDEN MORROW MET KELLAN VOSS '],
    ['capitalised names', 'President Alden Morrow Kellan Voss Okafor-Lind '],
    ['dots', 'a.'],
    ['marks', '?!…,;:—“”'],
    ['commas', ', '],
    ['one word', 'Brandvold'],
  ])('a line of the largest article size, of %s', (_name, unit) => {
    const article = articleOf(`Title\n\n${repeatToBytes(unit, MAX_ARTICLE_BYTES - 16)}`);
    expect(article).not.toBeNull();
    if (article) checkExtraction(article);
  });
});
