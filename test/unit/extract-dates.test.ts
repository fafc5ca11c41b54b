// Stance dates (ingest/extract/dates.ts): the day an evidence sentence names, resolved against the
// article's date, else the article's date; and the pass over whole extracted articles.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../ingest/extract';
import { datesIn, sentenceAround, stanceDate } from '../../ingest/extract/dates';
import { actorIdByName, extractBody } from '../support/extraction';

/** Friday 21 February 2025. */
const FRIDAY = '2025-02-21';

/** The date of a stance whose evidence is the whole of `sentence`, in an article of `articleDate`. */
function dateOf(sentence: string, articleDate = FRIDAY): string {
  return stanceDate(sentence, [{ start: 0, end: sentence.length, text: sentence }], articleDate);
}

describe('stanceDate', () => {
  it('resolves a weekday to the last such day up to the article date', () => {
    expect(dateOf('Marlow Freight rejected the harbour levy on Thursday.')).toBe('2025-02-20');
    expect(dateOf('Marlow Freight rejected the harbour levy on Monday.')).toBe('2025-02-17');
    expect(dateOf('The Tessian government backed the plan on Friday.')).toBe(FRIDAY);
  });

  it('reads "last" and "next" before a weekday', () => {
    expect(dateOf('Ona Brisk said last Friday that she opposed the levy.')).toBe('2025-02-14');
    // A day to come is not when the stance was taken: the article's date stands.
    expect(dateOf('Ona Brisk will vote against the levy next Tuesday.')).toBe(FRIDAY);
  });

  it('reads yesterday and today', () => {
    expect(dateOf('The dockers’ union yesterday welcomed the offer.')).toBe('2025-02-20');
    expect(dateOf('Today the dockers’ union welcomed the offer.')).toBe(FRIDAY);
  });

  it('reads a day and a month in either order, in the article year or the year before', () => {
    expect(dateOf('Orvia objected to the treaty on 3 February.')).toBe('2025-02-03');
    expect(dateOf('Orvia objected to the treaty on February 3rd.')).toBe('2025-02-03');
    expect(dateOf('Orvia objected to the treaty on 12 December.')).toBe('2024-12-12');
    expect(dateOf('Orvia objected to the treaty on 12 Jan 2023.')).toBe('2023-01-12');
  });

  it('takes the article date when the sentence names no day, or only days to come', () => {
    expect(dateOf('Marlow Freight rejected the harbour levy.')).toBe(FRIDAY);
    expect(dateOf('Marlow Freight opposes the levy due on 2 March 2025.')).toBe(FRIDAY);
    expect(dateOf('The Mayflower plan has 3 supporters.')).toBe(FRIDAY);
  });

  it('reads the sentence of the evidence only, and the day nearest the evidence in it', () => {
    const text =
      'Talks opened on Monday. Later, Marlow Freight rejected the levy, which Tessia had offered on Wednesday.';
    const start = text.indexOf('Marlow');
    const end = text.indexOf(', which');
    const evidence = [{ start, end, text: text.slice(start, end) }];
    expect(stanceDate(text, evidence, FRIDAY)).toBe('2025-02-19');
    expect(sentenceAround(text, start, end)).toEqual([text.indexOf('Later'), text.length]);
  });

  it('keeps offsets into the article for every day it finds', () => {
    const sentence = 'On Tuesday and on 4 February the board objected.';
    const found = datesIn(sentence, 100, FRIDAY);
    expect(found.map((d) => d.date).sort()).toEqual(['2025-02-04', '2025-02-18']);
    for (const d of found) expect(sentence.slice(d.start - 100, d.end)).toMatch(/Tuesday|4 February/);
  });
});

describe('dateStances in the extractor', () => {
  const body =
    'The Harbour Grain Exchange received a £2bn bid from Valemont Holdings on Monday. ' +
    'Union leader Bo Tran criticized the bid on Wednesday. ' +
    'The Free Democrats and the Green Party welcomed the bid.';

  it('dates each stance by its own sentence, else by the article date', () => {
    const doc = extractBody(body, FRIDAY);
    const byHolder = new Map(doc.stances.map((s) => [s.holder, s.date]));
    expect(byHolder.get(actorIdByName(doc, 'Bo Tran'))).toBe('2025-02-19');
    expect(byHolder.get(actorIdByName(doc, 'Green Party'))).toBe(FRIDAY);
  });

  it('leaves stances undated when the article has no date', () => {
    const text = body + '\n';
    const doc = extractArticle({ id: 'a2', title: 'Bid', date: null, source: null, url: null, text });
    expect(doc.stances.length).toBeGreaterThan(0);
    for (const s of doc.stances) expect(s.date).toBeUndefined();
  });
});
