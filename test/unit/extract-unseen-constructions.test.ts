// Common news constructions beyond the ones the extractor was first built on: a titled name followed by
// "of <Country>", untitled names that meet, propose or take a stance, an offer whose maker is not named,
// a one-word maker of an offer, a body's name before a title, and articles in other styles (a live blog
// with Markdown headings, a press release, an interview with speaker labels).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../ingest/article/read';
import { extractArticle } from '../../ingest/extract';
import { analyseText } from '../../ingest/text/language';
import { ExtractionSchema, type Extraction } from '../../schema';
import { extractBody, stanceLines } from '../support/extraction';

const extract = (body: string): Extraction => extractBody(body, '2026-03-12');
const names = (doc: Extraction) => doc.actors.map((a) => a.name).sort();
const kindOf = (doc: Extraction, name: string) => doc.actors.find((a) => a.name === name)?.kind;
const meetings = (doc: Extraction) =>
  doc.meetings.map((m) => m.participants.map((id) => doc.actors.find((a) => a.id === id)?.name).sort());
const proposers = (doc: Extraction) =>
  doc.proposals.map((p) => p.proposers.map((id) => doc.actors.find((a) => a.id === id)?.name).sort());

function fixture(file: string): Extraction {
  const raw = readFileSync(join(__dirname, '../fixtures/style-articles', file), 'utf8');
  const doc = extractArticle(parseArticle(raw, file));
  ExtractionSchema.parse(doc);
  return doc;
}

describe('a titled name followed by "of <Country>"', () => {
  it('keeps the person and the country, and the meeting', () => {
    const doc = extract(
      'Foreign Minister Lio Haversen of Denmark met Secretary of State Dara Quillon in Lyon on Friday.',
    );
    expect(names(doc)).toEqual(['Dara Quillon', 'Denmark', 'Lio Haversen']);
    expect(kindOf(doc, 'Denmark')).toBe('country');
    expect(doc.actors.find((a) => a.name === 'Lio Haversen')?.mentions[0]?.text).toBe(
      'Foreign Minister Lio Haversen',
    );
    expect(meetings(doc)).toEqual([['Dara Quillon', 'Lio Haversen']]);
  });

  it('reads a state the article names only that way', () => {
    const doc = extract('Prime Minister Ivo Castellane of Norland said he would visit Tarsk in May.');
    expect(names(doc)).toEqual(['Ivo Castellane', 'Norland']);
    expect(kindOf(doc, 'Norland')).toBe('country');
  });

  it('reads "the Republic of <Name>" as a state', () => {
    const doc = extract('The Republic of Norland said on Monday it would not sign the treaty.');
    expect(names(doc)).toEqual(['Norland']);
    expect(kindOf(doc, 'Norland')).toBe('country');
  });

  it('makes no country of a company after a titled name', () => {
    const doc = extract('Chairman Ola Brenvik of Castellan Steel said the plant would stay open.');
    expect(names(doc)).toContain('Ola Brenvik');
    expect(kindOf(doc, 'Castellan Steel')).not.toBe('country');
  });
});

describe('untitled names that meet, propose or take a stance', () => {
  it('keeps both sides of "X met Y"', () => {
    const doc = extract('Mira Talvik met Jonas Erlund in Lisvik on Monday.');
    expect(names(doc)).toEqual(['Jonas Erlund', 'Mira Talvik']);
    expect(kindOf(doc, 'Mira Talvik')).toBe('person');
    expect(meetings(doc)).toEqual([['Jonas Erlund', 'Mira Talvik']]);
  });

  it('keeps the subject of "will meet" and of "held talks with", and their object', () => {
    expect(names(extract('Mira Talvik will meet Jonas Erlund in Lisvik next week.'))).toEqual([
      'Jonas Erlund',
      'Mira Talvik',
    ]);
    expect(names(extract('Mira Talvik held talks with Jonas Erlund in Lisvik on Monday.'))).toEqual([
      'Jonas Erlund',
      'Mira Talvik',
    ]);
  });

  it('keeps the subject of a proposing verb and of a stance verb', () => {
    const doc = extract(
      'Mira Talvik proposed a two-year freeze on port fees. Jonas Erlund rejected the proposal on Tuesday.',
    );
    expect(proposers(doc)).toEqual([['Mira Talvik']]);
    expect(stanceLines(doc)).toEqual(['Jonas Erlund -> proposal of Mira Talvik: oppose']);
  });

  it('leaves an untitled name that does nothing out, as before', () => {
    const doc = extract('The Mira Talvik fund grew last year, the report said.');
    expect(names(doc)).not.toContain('Mira Talvik');
  });

  it('takes no question-opening auxiliary for a first name', () => {
    const doc = extract('Would Mira Talvik accept a shorter lease? Nobody would say.');
    expect(names(doc)).toEqual(['Mira Talvik']);
  });
});

describe('a proposal a stance points back at', () => {
  it('joins "the proposal" to one a verb made in an earlier sentence', () => {
    const doc = extract(
      'Mira Talvik met Jonas Erlund in Lisvik on Monday. Talvik told reporters that Denmark had proposed a 30-day truce. Erlund rejected the proposal.',
    );
    expect(doc.proposals.map((p) => p.label)).toEqual(['30-day truce']);
    expect(stanceLines(doc)).toEqual(['Jonas Erlund -> proposal of Denmark: oppose']);
  });

  it('keeps an offer whose maker is not named when a stance is taken on it', () => {
    const doc = extract('Denmark will reject the offer, Prime Minister Ivo Castellane said.');
    expect(doc.proposals).toHaveLength(1);
    expect(doc.proposals[0]!.proposers).toEqual([]);
    expect(doc.proposals[0]!.label).toBe('Offer');
    // Held by the prime minister and by the country his clause names.
    const offer = doc.proposals[0]!.id;
    expect(doc.stances.map((s) => [s.polarity, s.target])).toEqual([
      ['oppose', offer],
      ['oppose', offer],
    ]);
  });

  it('still drops a deal nobody proposed', () => {
    const doc = extract('Mira Talvik said she backed the General Accord on Fisheries.');
    expect(doc.proposals).toEqual([]);
  });
});

describe('a one-word maker of an offer', () => {
  it('is an actor when it makes the offer or follows "from" after it', () => {
    const doc = extract(
      'Union leader Ana Brell said the Dock Workers Union would not accept the offer from Corvane. Corvane made the offer on Monday.',
    );
    expect(names(doc)).toContain('Corvane');
    expect(kindOf(doc, 'Corvane')).toBe('organization');
    expect(proposers(doc)).toEqual([['Corvane']]);
    expect(stanceLines(doc)).toEqual(['Dock Workers Union -> proposal of Corvane: oppose']);
  });

  it('leaves a capitalised word that opens a sentence alone when it proposes nothing', () => {
    const doc = extract('Yesterday the offer from the board was withdrawn. Markets rose.');
    expect(names(doc)).not.toContain('Markets');
  });
});

describe("a body's name before a title", () => {
  it('reads the person after "Castellan Chief Executive" and "Federation President"', () => {
    const doc = extract(
      'Tarn Mills Chief Executive Ola Brenvik said the deal was fair. "We accept it," said Guild President Ruth Amadi.',
    );
    expect(names(doc)).toEqual(expect.arrayContaining(['Ola Brenvik', 'Ruth Amadi']));
    const brenvik = doc.actors.find((a) => a.name === 'Ola Brenvik');
    expect(brenvik?.mentions[0]?.text).toBe('Chief Executive Ola Brenvik');
  });

  it('reads "Commissioner" as a title', () => {
    const doc = extract('Mira Talvik will meet Commissioner Paul Orvane in Geneva on Tuesday.');
    expect(names(doc)).toEqual(['Mira Talvik', 'Paul Orvane']);
  });
});

describe('speaker labels and headings', () => {
  it('reads a line-initial speaker label as a sentence of its own', () => {
    const text = 'Q: Will you sign?\n\nTalvik: No. We cannot accept it.';
    const sentences = analyseText(text).sentences.map((s) => s.text);
    expect(sentences).toEqual(['Q:', 'Will you sign?', 'Talvik:', 'No.', 'We cannot accept it.']);
  });

  it('keeps a colon inside a sentence', () => {
    const sentences = analyseText('The union said: the offer is too low.').sentences.map((s) => s.text);
    expect(sentences).toEqual(['The union said: the offer is too low.']);
  });
});

describe('articles in other styles', () => {
  it('a live blog: the ministers and their states, not the Markdown headings', () => {
    const doc = fixture('liveblog.md');
    expect(names(doc)).toEqual(
      expect.arrayContaining(['Anneli Roos', 'Norland', 'Estrevia', 'Tomas Varga', "Harbour Workers' Union"]),
    );
    expect(kindOf(doc, 'Norland')).toBe('country');
    expect(kindOf(doc, 'Anneli Roos')).toBe('person');
    expect(proposers(doc)).toEqual(expect.arrayContaining([['Norland']]));
    // The headings are captions: nothing is read from them.
    const headings = [...doc.article.text.matchAll(/^## .*$/gm)].map((m) => [m.index, m.index + m[0].length]);
    const spans = [...doc.proposals, ...doc.meetings, ...doc.stances].flatMap((e) => e.evidence);
    for (const s of spans) for (const [a, b] of headings) expect(s.start >= b! || s.end <= a!).toBe(true);
  });

  it('a press release: the union president and the chief executive', () => {
    const doc = fixture('release.txt');
    expect(names(doc)).toEqual(
      expect.arrayContaining(["Metalworkers' Federation", 'Castellan Steel', 'Ruth Okonjo', 'Daniel Meyer']),
    );
    expect(kindOf(doc, 'Ruth Okonjo')).toBe('person');
    expect(kindOf(doc, 'Daniel Meyer')).toBe('person');
  });

  it('an interview: the person answering and the commissioner, no question word as a name', () => {
    const doc = fixture('interview.txt');
    expect(names(doc)).toEqual(expect.arrayContaining(['Marek', 'Paul Dessart', 'European Commission']));
    expect(kindOf(doc, 'Marek')).toBe('person');
    expect(names(doc).some((n) => n.startsWith('Would') || n.startsWith('Commissioner'))).toBe(false);
  });
});
