// The attribution pass on sentences written for these tests: for a phrase of an article, is it a named
// speaker's quotation (direct), their reported speech (reported), an unnamed source's (anonymous, with
// the words that describe the source) or the outlet's own narration?
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../ingest/article/read';
import { findActors } from '../../ingest/extract/actors';
import { attributeSpans } from '../../ingest/extract/attribution';
import { analyse } from '../../ingest/extract/document';
import { findProposals } from '../../ingest/extract/proposals';
import { ExtractionSchema } from '../../schema';
import { extractBody } from '../support/extraction';

interface Read {
  attribution: string;
  speaker?: string;
  description?: string;
}

/** How the first occurrence of `phrase` in an article with this body is sourced. */
function sourceOf(body: string, phrase: string): Read {
  const article = parseArticle(`Title: Test article\nDate: 2024-06-12\nSource: Test Wire\n\n${body}`, 't');
  const doc = analyse(article);
  const index = findActors(doc);
  const { clauses } = findProposals(doc, index);
  const start = article.text.indexOf(phrase);
  expect(start, phrase).toBeGreaterThanOrEqual(0);
  const [found] = attributeSpans(clauses, [{ start, end: start + phrase.length }]);
  const read: Read = { attribution: found!.attribution };
  if (found!.speaker) read.speaker = index.actors.get(found!.speaker)?.name;
  if (found!.description)
    read.description = article.text.slice(found!.description.start, found!.description.end);
  return read;
}

const RUIZ = 'Ana Ruiz';

describe('direct quotations', () => {
  it('gives a quotation in curly marks to the speaker named after it, whole or in part', () => {
    const body = `“We will not sign a deal that hurts our farmers,” Trade Minister ${RUIZ} said on Monday.`;
    expect(sourceOf(body, 'We will not sign a deal that hurts our farmers,')).toEqual({
      attribution: 'direct',
      speaker: RUIZ,
    });
    expect(sourceOf(body, 'a deal')).toEqual({ attribution: 'direct', speaker: RUIZ });
  });

  it('reads straight and single marks, a speaker before the quotation and "said X"', () => {
    expect(sourceOf(`Premier Tomas Vell said: "The tariff must go before any talks."`, 'The tariff')).toEqual(
      {
        attribution: 'direct',
        speaker: 'Tomas Vell',
      },
    );
    expect(
      sourceOf(`‘The offer is far too low,’ said union leader Bram Osk.`, 'The offer is far too low'),
    ).toEqual({ attribution: 'direct', speaker: 'Bram Osk' });
  });

  it('keeps the voice of a quotation that goes on in the next sentence', () => {
    const body = `“We want a fair settlement,” ${RUIZ} told reporters in Velmar. “The strike can end this week.”`;
    expect(sourceOf(body, 'The strike can end this week.')).toEqual({ attribution: 'direct', speaker: RUIZ });
  });

  it('does not make a scare quote in narration a quotation', () => {
    const body = `The Velmar Growers Union called the proposal a “betrayal of the valley” on Friday.`;
    expect(sourceOf(body, 'betrayal of the valley').attribution).toBe('narration');
  });
});

describe('reported speech', () => {
  it('reads "X said (that) ..." and "..., X said"', () => {
    expect(sourceOf(`${RUIZ} said the offer was unfair to growers.`, 'the offer was unfair')).toEqual({
      attribution: 'reported',
      speaker: RUIZ,
    });
    expect(
      sourceOf(`The talks in Velmar will resume next week, ${RUIZ} told reporters.`, 'The talks in Velmar'),
    ).toEqual({ attribution: 'reported', speaker: RUIZ });
  });

  it('reads "according to X" and "he said" after a named person', () => {
    expect(
      sourceOf(
        `The merger would cut 300 jobs, according to Finance Minister Karsten Vell.`,
        'The merger would cut 300 jobs',
      ),
    ).toEqual({ attribution: 'reported', speaker: 'Karsten Vell' });
    const body = `Finance Minister Karsten Vell arrived in Velmar on Sunday. The board will vote on the merger, he said.`;
    expect(sourceOf(body, 'The board will vote')).toEqual({
      attribution: 'reported',
      speaker: 'Karsten Vell',
    });
  });

  it('does not take the subject after "saying" for the speaker', () => {
    const body = `Ruiz rejected the plan on Monday, saying the Velmar governor had misled the growers.`;
    const read = sourceOf(`${RUIZ} met the growers. ${body}`, 'the Velmar governor had misled');
    expect(read).toEqual({ attribution: 'reported', speaker: RUIZ });
  });
});

describe('anonymous sources', () => {
  it('keeps the description of an unnamed source verbatim', () => {
    const body = `The two sides are close to a deal on grain tariffs, a person with knowledge of the talks said.`;
    expect(sourceOf(body, 'a deal on grain tariffs')).toEqual({
      attribution: 'anonymous',
      description: 'a person with knowledge of the talks',
    });
  });

  it('reads plural officials, "familiar with", "according to" and "asked not to be named"', () => {
    expect(
      sourceOf(`Officials who asked not to be named said the summit was off.`, 'the summit was off'),
    ).toEqual({ attribution: 'anonymous', description: 'Officials who asked not to be named' });
    expect(
      sourceOf(
        `The bid values Orrin Foods at $4 billion, according to people familiar with the matter.`,
        'The bid',
      ),
    ).toEqual({ attribution: 'anonymous', description: 'people familiar with the matter' });
    expect(
      sourceOf(`Two senior Velmari diplomats said the border would reopen.`, 'the border would reopen'),
    ).toEqual({ attribution: 'anonymous', description: 'Two senior Velmari diplomats' });
  });

  it('reads a quotation given to an unnamed source as anonymous, and "the person" later on', () => {
    const body = `“Nobody wants another strike,” said a source close to the negotiations. The union will meet on Friday, the person said.`;
    expect(sourceOf(body, 'Nobody wants another strike')).toEqual({
      attribution: 'anonymous',
      description: 'a source close to the negotiations',
    });
    expect(sourceOf(body, 'The union will meet')).toEqual({
      attribution: 'anonymous',
      description: 'the person',
    });
  });
});

describe('narration', () => {
  it('leaves the outlet’s own sentences, and a clause before a named subject’s "said", to narration', () => {
    expect(sourceOf(`Orrin Foods rejected the bid on Tuesday.`, 'rejected the bid').attribution).toBe(
      'narration',
    );
    const body = `${RUIZ}, who rejected the first offer in May, said on Monday that talks would go on.`;
    expect(sourceOf(body, 'rejected the first offer').attribution).toBe('narration');
    expect(sourceOf(body, 'talks would go on')).toEqual({ attribution: 'reported', speaker: RUIZ });
  });
});

const TWO_VOICES = `Velmar rejected the offer from Orrin Foods on Monday, a person familiar with the talks said.\n\n“We oppose the Orrin Foods offer,” ${RUIZ} said.`;

describe('the extraction document', () => {
  it('holds one valid entry per distinct evidence span, with actor ids for speakers', () => {
    const doc = extractBody(TWO_VOICES, '2024-06-12');
    const cited = new Set(
      [...doc.meetings, ...doc.proposals, ...doc.stances].flatMap((e) =>
        e.evidence.map((s) => `${s.start}:${s.end}`),
      ),
    );
    expect(doc.quotes?.map((q) => `${q.start}:${q.end}`).sort()).toEqual([...cited].sort());
    expect(doc.quotes?.some((q) => q.attribution === 'anonymous')).toBe(true);
    const direct = doc.quotes?.find((q) => q.attribution === 'direct');
    expect(doc.actors.find((a) => a.id === direct?.speaker)?.name).toBe(RUIZ);
  });

  it('refuses an entry for a span the document does not cite, and a description that is not the text', () => {
    const doc = extractBody(TWO_VOICES, '2024-06-12');
    const span = [...doc.stances, ...doc.proposals][0]!.evidence[0]!;
    const bad = { start: span.start, end: span.end + 1, attribution: 'narration' as const };
    expect(ExtractionSchema.safeParse({ ...doc, quotes: [bad] }).success).toBe(false);
    const lie = { start: 0, end: 5, text: 'other' };
    const anonymous = {
      start: span.start,
      end: span.end,
      attribution: 'anonymous' as const,
      sourceDescription: lie,
    };
    expect(ExtractionSchema.safeParse({ ...doc, quotes: [anonymous] }).success).toBe(false);
    // A document written before quotes existed stays valid.
    expect(ExtractionSchema.safeParse({ ...doc, quotes: undefined }).success).toBe(true);
  });
});
