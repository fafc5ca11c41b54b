// Constructions of longer feature-style news reports: a meeting named by its place in a sequence ("the
// first meeting", "the final talks"), a meeting whose sides are the pair the sentence names, someone
// called back to a place, a deal that is only a goal ("to reach agreement"), a refusal to agree, a plan
// argued for, a package those who meet set out to finalise, and a trade a side is willing to make.
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../schema';
import { extractBody } from '../support/extraction';

const extract = (body: string): Extraction => extractBody(body, '2026-03-12');
const nameOf = (doc: Extraction, id: string) => doc.actors.find((a) => a.id === id)?.name;
const meetings = (doc: Extraction) =>
  doc.meetings.map((m) => m.participants.map((id) => nameOf(doc, id)).sort());
const proposers = (doc: Extraction) =>
  doc.proposals.map((p) => p.proposers.map((id) => nameOf(doc, id)).sort());

describe('meetings in a sequence', () => {
  const story =
    'Prime Minister Ivo Castellane lost his majority in March. Documents show the friendly first meeting ' +
    'indicated that both Mr Castellane and opposition leader Ana Lurio thought a coalition was possible. ' +
    "Hours later, Ms Lurio's colleagues refused to back him. The next day the sticking points were clear. " +
    'Mr Castellane called Ms Lurio back to the Palace of Orlen in a last attempt at a coalition. ' +
    'Within hours of his final talks with Ms Lurio, Mr Castellane resigned.';

  it('reads the sides of "the first meeting" from the pair the sentence names', () => {
    const doc = extract(story);
    expect(meetings(doc)[0]).toEqual(['Ana Lurio', 'Ivo Castellane']);
  });

  it('keeps the first meeting apart from the final talks, which the call back to a place belongs to', () => {
    const doc = extract(story);
    expect(meetings(doc)).toEqual([
      ['Ana Lurio', 'Ivo Castellane'],
      ['Ana Lurio', 'Ivo Castellane'],
    ]);
    const last = doc.meetings[1]!;
    expect(last.evidence.map((e) => e.text).join(' ')).toContain('called Ms Lurio back');
    expect(last.evidence.map((e) => e.text).join(' ')).toContain('talks with Ms Lurio');
    expect(doc.meetings[0]!.evidence.map((e) => e.text).join(' ')).not.toContain('talks with Ms Lurio');
  });

  it('keeps "its third meeting" and "its fourth meeting" apart', () => {
    const doc = extract(
      'Brightwater Energy Ltd held its third meeting with Kestrel Oil Ltd on Monday. ' +
        'The weather was calm. Markets were quiet. Brightwater Energy Ltd will hold its fourth meeting with Kestrel Oil Ltd in May.',
    );
    expect(doc.meetings).toHaveLength(2);
  });

  it('still joins a meeting told again without a place in the sequence', () => {
    const doc = extract(
      'Brightwater Energy Ltd held its first meeting with Kestrel Oil Ltd on Monday. ' +
        'Brightwater Energy Ltd said the meeting with Kestrel Oil Ltd went well.',
    );
    expect(doc.meetings).toHaveLength(1);
  });

  it('names no sides for the talks whose breakdown a pair blames on each other', () => {
    const doc = extract(
      'A meeting between Norway and Denmark ended in deadlock on Friday. Fishing quotas were the issue. ' +
        'Prices fell. Traders were worried. Sweden and Finland blamed each other for the collapse of the talks.',
    );
    expect(meetings(doc)).toEqual([['Denmark', 'Norway']]);
  });
});

describe('a meeting retold by its people', () => {
  it('joins what one person discussed with another to the meeting that already holds them both', () => {
    const doc = extract(
      'German banker Hendrik Vos met Castellan Steel Corp chief executive Mira Talvik in Berlin on Monday. ' +
        'Orrin Holdings Ltd also began talks with Castellan Steel Corp. Among the options reported to have ' +
        'been discussed by Mr Vos with Ms Talvik were plans to move jobs to Germany.',
    );
    expect(meetings(doc)).toEqual([
      ['Castellan Steel', 'Hendrik Vos', 'Mira Talvik'],
      ['Castellan Steel', 'Orrin Holdings'],
    ]);
  });
});

describe('the sides of a meeting between two people', () => {
  it('counts the company a person is named by ("Kestrel\'s Ana Lurio") and joins the companies\' own meeting', () => {
    const doc = extract(
      'Brightwater Energy Ltd will meet Kestrel Oil Ltd (KOL) on Tuesday. The meeting between Brightwater ' +
        "boss Ivo Castellane and KOL's Ana Lurio is due to take place in Zurich.",
    );
    expect(meetings(doc)).toEqual([['Ana Lurio', 'Brightwater Energy', 'Ivo Castellane', 'Kestrel Oil']]);
    expect(doc.meetings[0]!.place).toBe('Zurich');
  });

  it('finds a one-word company again wherever it is named after "<Company> boss <Name>"', () => {
    const doc = extract(
      'Talk of a deal grew on Monday. The meeting between Vexor boss Ivo Castellane and Ana Lurio of ' +
        'Kestrel Oil Ltd is due on Tuesday. Vexor could be ready to take a one-off fee in return for giving up its lawsuit.',
    );
    expect(proposers(doc)).toEqual([['Vexor']]);
  });
});

describe('deals that are only a goal', () => {
  it('makes no proposal of "to reach agreement on X" nor of a compromise others force the sides to strike', () => {
    const doc = extract(
      'Brightwater Energy Ltd will meet Kestrel Oil Ltd on Tuesday to try to reach agreement on the fate of ' +
        'the refinery. Lenders could force both companies to strike a compromise, bankers said.',
    );
    expect(doc.meetings).toHaveLength(1);
    expect(doc.proposals).toEqual([]);
  });

  it('makes no proposal of "there can be no deal on X"', () => {
    const doc = extract(
      'Norway said on Monday that no deal on fishing quotas would be signed unless its fleet was protected.',
    );
    expect(doc.proposals).toEqual([]);
  });

  it('still reads a deal a side signs', () => {
    const doc = extract('Norway and Denmark signed a fishing agreement in Oslo on Monday.');
    expect(doc.proposals).toHaveLength(1);
  });
});

describe('proposals made through a verb phrase', () => {
  it('makes no proposal of what a side could not agree to', () => {
    const doc = extract(
      'Danish leader Ana Lurio said her party could not agree to serve under Mr Castellane.',
    );
    expect(doc.proposals).toEqual([]);
  });

  it('reads a plan a side argued for as its proposal', () => {
    const doc = extract(
      'Norway held talks with Denmark on Monday. Danish leader Ana Lurio argued for a national unity coalition.',
    );
    expect(doc.proposals.map((p) => p.label)).toEqual([expect.stringMatching(/national unity coalition/i)]);
    expect(proposers(doc)).toEqual([['Ana Lurio']]);
  });

  it('gives a package those who meet set out to finalise to the sides of the meeting, with what it holds', () => {
    const doc = extract(
      'German Chancellor Paul Roth meets fellow EU leaders on Friday to complete a package of reforms designed to cut red tape.',
    );
    expect(proposers(doc)).toEqual([['European Union', 'Paul Roth']]);
    expect(doc.proposals[0]!.label).toMatch(/package of reforms designed to cut red tape/i);
  });

  it('reads what a side is willing to give in return for something as its offer', () => {
    const doc = extract(
      'Brightwater Energy Ltd says Kestrel Oil Ltd must buy the refinery. Press reports said Brightwater could be ' +
        'ready to take a one-off fee in return for giving up its lawsuit.',
    );
    expect(proposers(doc)).toEqual([['Brightwater Energy']]);
    expect(doc.proposals[0]!.evidence.map((e) => e.text)).toContain(
      'take a one-off fee in return for giving up its lawsuit',
    );
  });

  it('reads a trade offered "in exchange for" after "prepared to"', () => {
    const doc = extract(
      'Norway is prepared to cut tariffs on fish in exchange for access to Danish waters, officials said.',
    );
    expect(proposers(doc)).toEqual([['Norway']]);
  });

  it('makes no offer of readiness with nothing asked in return', () => {
    const doc = extract('Norway is prepared to cut tariffs on fish next year, officials said.');
    expect(doc.proposals).toEqual([]);
  });
});
