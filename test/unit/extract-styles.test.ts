// Articles in styles the extractor was not first built on (test/fixtures/styles): a live blog with bare
// time stamps, a radio transcript with capitalised speaker labels, a wire brief with a dateline and a
// ticker, a feature with long and nested quotations, and a ministry statement with bullet points. Each
// test checks what a reader would: the people and bodies with the right kind, nothing taken from the
// style's furniture, and the meetings, proposals and stances the text plainly states.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../ingest/article/read';
import { extractArticle } from '../../ingest/extract';
import { analyse } from '../../ingest/extract/document';
import { analyseText } from '../../ingest/text/language';
import { ExtractionSchema, type Extraction } from '../../schema';
import { extractBody, stanceLines } from '../support/extraction';

function fixture(file: string): Extraction {
  const raw = readFileSync(join(__dirname, '../fixtures/styles', file), 'utf8');
  const doc = extractArticle(parseArticle(raw, file));
  ExtractionSchema.parse(doc);
  return doc;
}

const names = (doc: Extraction) => doc.actors.map((a) => a.name);
const kindOf = (doc: Extraction, name: string) => doc.actors.find((a) => a.name === name)?.kind;
const nameOf = (doc: Extraction, id: string) => doc.actors.find((a) => a.id === id)?.name;
const meetings = (doc: Extraction) =>
  doc.meetings.map(
    (m) =>
      `${m.participants
        .map((id) => nameOf(doc, id))
        .sort()
        .join(' + ')} (${m.status})`,
  );
const proposals = (doc: Extraction) =>
  doc.proposals.map((p) => `${p.proposers.map((id) => nameOf(doc, id)).join(', ')}: ${p.terms.join(' | ')}`);

/** Fails when an actor's name holds one of these words or a digit: furniture taken for an actor. */
function expectNoFurniture(doc: Extraction, words: string[]): void {
  for (const name of names(doc)) {
    expect(name, name).not.toMatch(/\d/);
    for (const w of words) expect(name.split(/\s+/), name).not.toContain(w);
  }
}

describe('a live blog with bare time stamps and a list of key events', () => {
  const doc = fixture('liveblog-timestamps.txt');

  it('finds the leaders, the parties and the union, and nothing from the time stamps or captions', () => {
    expect(kindOf(doc, 'Odile Varensky')).toBe('person');
    expect(kindOf(doc, 'Benedek Strand')).toBe('person');
    expect(kindOf(doc, 'Jonas Felkerow')).toBe('person');
    expect(kindOf(doc, 'Green Alliance')).toBe('organization');
    expect(kindOf(doc, "Farmers' Union of Tarvonia")).toBe('organization');
    expectNoFurniture(doc, ['Key', 'Update', 'Greens', 'Talks']);
  });

  it('reads the talks, the planned meeting, the proposal and the counterproposal spelt out after a colon', () => {
    expect(meetings(doc)).toContain('Benedek Strand + Odile Varensky (held)');
    expect(meetings(doc)).toContain('Benedek Strand + Odile Varensky (planned)');
    expect(proposals(doc)).toContain('Jonas Felkerow: two-year freeze on fuel subsidies');
    expect(proposals(doc)).toContain('Green Alliance: phased cut in fuel subsidies over four years');
    // "her junior coalition partner" describes a party; it proposes nothing.
    expect(doc.proposals).toHaveLength(2);
  });
});

describe('a radio transcript with capitalised speaker labels', () => {
  const doc = fixture('transcript-speakers.txt');

  it('reads "ANNA KROLL (PRESENTER):" and "KROLL:" as one person, and no label word as an actor', () => {
    expect(kindOf(doc, 'Anna Kroll')).toBe('person');
    expect(kindOf(doc, 'Petra Lindqval')).toBe('person');
    expect(doc.actors.find((a) => a.name === 'Petra Lindqval')?.aliases).toContain('LINDQVAL');
    expect(names(doc).filter((n) => /^[A-Z\s]+$/.test(n))).toEqual([]);
    expectNoFurniture(doc, ['PRESENTER', 'MINISTER', 'CROSSTALK', 'END', 'TRANSCRIPT']);
  });

  it('gives "we" and "I" of an answer to the labelled speaker: her proposal and her meeting', () => {
    expect(proposals(doc)).toContain('Petra Lindqval: merger of the two state ferry operators');
    expect(meetings(doc)).toContain('Coastal Shipping Guild + Petra Lindqval + Tomasz Erdvik (planned)');
  });

  it('reads "the guild" across the labels as the guild named two answers before, maker of its own plan', () => {
    expect(doc.actors.find((a) => a.name === 'Coastal Shipping Guild')?.aliases).toContain('the guild');
    expect(proposals(doc).some((p) => p.startsWith('Coastal Shipping Guild:'))).toBe(true);
  });
});

describe('a wire brief with a dateline, a ticker and a credit line', () => {
  const doc = fixture('wire-dateline.txt');

  it('finds the company and the union, and not the dateline, the agency or the credited staff', () => {
    expect(kindOf(doc, 'Brakmoor Mining')).toBe('organization');
    expect(kindOf(doc, "Ostrelian Miners' Union")).toBe('organization');
    expectNoFurniture(doc, ['SORVANGE', 'Sorvange', 'Wire', 'Marsk', 'Ostrow', 'BRKM']);
  });

  it('reads "A (TICKER) and B met", the offer, the counterproposal and the rejection', () => {
    expect(meetings(doc)).toContain("Brakmoor Mining + Ostrelian Miners' Union (held)");
    expect(meetings(doc)).toContain("Brakmoor Mining + Ostrelian Miners' Union (planned)");
    expect(proposals(doc).some((p) => p.startsWith('Brakmoor Mining: pay rise of 3 percent'))).toBe(true);
    expect(proposals(doc)).toContain("Ostrelian Miners' Union: 6 percent for two years");
    expect(stanceLines(doc)).toContain("Ostrelian Miners' Union -> proposal of Brakmoor Mining: oppose");
  });
});

describe('a feature with long quotations and speech reported inside them', () => {
  const doc = fixture('feature-quotes.txt');

  it('finds the farmer, the negotiators and the cooperative chair as people, and the cooperative', () => {
    for (const n of ['Aurel Tomcsik', 'Senna Halvorsen', 'Matei Dravanu', 'Iulia Benkő'])
      expect(kindOf(doc, n), n).toBe('person');
    expect(kindOf(doc, "Velda Growers' Cooperative")).toBe('organization');
  });

  it("labels the minister's proposal by what she proposed, not by the time phrase before it", () => {
    const own = doc.proposals.find((p) => p.proposers.some((id) => nameOf(doc, id) === 'Senna Halvorsen'));
    expect(own?.label.toLowerCase()).not.toMatch(/^last spring/);
    expect(own?.terms.join(' ')).toContain('each country take half of the summer flow');
  });
});

describe('a ministry statement with bullet points and release furniture', () => {
  const doc = fixture('ministry-bullets.txt');

  it('finds the ministry, the association and the people, and nothing from the release lines', () => {
    expect(kindOf(doc, 'Ministry of Transport')).toBe('organization');
    expect(kindOf(doc, 'Association of Halmark Rail Operators')).toBe('organization');
    expect(kindOf(doc, 'Edvard Solheimsen')).toBe('person');
    expect(kindOf(doc, 'Katrin Olenbrand')).toBe('person');
    expectNoFurniture(doc, ['PRESS', 'RELEASE', 'IMMEDIATE', 'ENDS', 'Notes']);
  });

  it('reads "met the association\'s chair, X," as a meeting with her', () => {
    expect(meetings(doc)).toContain(
      'Association of Halmark Rail Operators + Edvard Solheimsen + Katrin Olenbrand (held)',
    );
  });

  it('reads the bullet "The Ministry proposes instead a 4 percent fare rise" as the ministry\'s proposal', () => {
    expect(proposals(doc)).toContain('Ministry of Transport: 4 percent fare rise');
  });

  it('reads the two proposals and the council welcoming the counterproposal', () => {
    const makers = doc.proposals.map((p) => p.proposers.map((id) => nameOf(doc, id)).join());
    expect(makers).toEqual(
      expect.arrayContaining(['Association of Halmark Rail Operators', 'Ministry of Transport']),
    );
    expect(stanceLines(doc)).toContain('Passenger Council -> proposal of Ministry of Transport: support');
  });
});

describe('proposing verbs with something between the verb and what is proposed', () => {
  it('skips a time phrase or an adverb, and reads a that-clause with a base-form verb', () => {
    const doc = extractBody(
      'Mayor Ilse Varn proposed last spring that each town pay half of the ferry costs. Minister Oda Brek offers instead a cut in harbour fees. Minister Tor Lund proposed that the talks were over.',
      '2026-05-04',
    );
    expect(proposals(doc)).toEqual([
      'Ilse Varn: each town pay half of the ferry costs',
      'Oda Brek: cut in harbour fees',
    ]);
  });
});

describe('the language layer on style furniture', () => {
  const sentences = (text: string) => analyseText(text).sentences.map((s) => s.text);

  it('keeps a ticker in round brackets inside its sentence', () => {
    expect(sentences('Varn Oil (VRN.SV) and the union met. They (the two. No) left.')).toEqual([
      'Varn Oil (VRN.SV) and the union met.',
      'They (the two.',
      'No) left.',
    ]);
  });

  it('reads a capitalised label with a bracketed role as a sentence of its own', () => {
    expect(sentences('ANNA BERG (PRESENTER): Good morning.\nBERG: Why?')).toEqual([
      'ANNA BERG (PRESENTER):',
      'Good morning.',
      'BERG:',
      'Why?',
    ]);
  });

  it('reads no prose in a time stamp line or a short caption, but reads the entry under it', () => {
    const text =
      'Key events\n- 10:05 Greens walk out\n\n10:05\nThe Orsk Party left the talks.\n\n11.40 - Greens return\n4:15 p.m. ET Update\nFenn met Morrow on Monday.';
    const doc = analyse({ id: 'a', title: 't', date: null, source: null, url: null, text });
    const read = doc.sentences.filter((_, i) => !doc.skip[i]).map((s) => s.text);
    expect(read).toEqual(['The Orsk Party left the talks.', 'Fenn met Morrow on Monday.']);
  });
});
