// The proposal pass on short articles written for these tests: who made which offer, bid, plan or deal,
// its terms, and the later mentions ("the offer", "the bid") that name the same proposal.
import { describe, expect, it } from 'vitest';
import { actorIdByName, extractBody } from '../support/extraction';
import { type Extraction, type Proposal } from '../../schema';

const extract = (body: string): Extraction => extractBody(body, '2024-05-02');

const idOf = actorIdByName;

const proposedBy = (doc: Extraction, name: string): Proposal[] =>
  doc.proposals.filter((p) => p.proposers.includes(idOf(doc, name)));

/** Everything a reader sees of a proposal: its label, terms and quoted evidence. */
const textOf = (p: Proposal): string =>
  [p.label, ...p.terms, ...p.evidence.map((e) => e.text)].join(' | ').toLowerCase();

describe('offers with an infinitive', () => {
  const doc = extract(
    `Halvard Shipping Corp said its directors rejected Morrow Freight Inc's offer to buy Halvard for 38 dlrs per share. The offer was "far too low," Halvard said.`,
  );

  it('reads "X\'s offer to acquire Y for an amount" as X\'s offer with the amount in its terms', () => {
    const offers = proposedBy(doc, 'Morrow Freight');
    expect(offers).toHaveLength(1);
    expect(textOf(offers[0]!)).toContain('38 dlrs per share');
  });

  it('does not make the company that rejects an offer its proposer', () => {
    expect(proposedBy(doc, 'Halvard Shipping')).toHaveLength(0);
  });

  it('keeps "plans to" without a determiner a verb, not a proposal', () => {
    const d = extract('The Republic of Veland plans to meet Ostrava officials next week.');
    expect(d.proposals).toHaveLength(0);
  });

  it('does not read "in a bid to" as an offer', () => {
    const d = extract(
      'Ostrava closed its border on Monday in a bid to stop the smuggling, Interior Minister Pavel Dusek said.',
    );
    expect(d.proposals).toHaveLength(0);
  });
});

describe('the verb that governs a proposal', () => {
  it('makes the subject of "announced an offer" its proposer', () => {
    const d = extract(
      'Brightwater Energy Ltd announced a 2.1 billion dlr offer for Kestrel Oil Ltd on Monday. Kestrel said it would study the offer.',
    );
    const offers = proposedBy(d, 'Brightwater Energy');
    expect(offers).toHaveLength(1);
    expect(textOf(offers[0]!)).toContain('2.1 billion dlr offer');
    expect(proposedBy(d, 'Kestrel Oil')).toHaveLength(0);
  });

  it('makes those who forge a coalition, and the other side of "a deal with X", its parties', () => {
    const d = extract(
      'The Green Union has spent weeks trying to forge a governing coalition with the Civic Party, its leader Mara Volk said.',
    );
    const coalition = proposedBy(d, 'Green Union');
    expect(coalition).toHaveLength(1);
    expect(textOf(coalition[0]!)).toContain('coalition');
    expect(coalition[0]!.proposers).toContain(idOf(d, 'Civic Party'));
  });

  it('does not make the subject of "rejected the offer" its proposer', () => {
    const d = extract('Kestrel Oil Ltd rejected the offer from Brightwater Energy Ltd on Monday.');
    expect(proposedBy(d, 'Kestrel Oil')).toHaveLength(0);
    expect(proposedBy(d, 'Brightwater Energy')).toHaveLength(1);
  });
});

describe('participles and passives of proposing verbs', () => {
  const doc = extract(
    `The Northern League rejected Orland Fisheries Ltd's proposed deal because of a dispute over fishing quotas. The Orland plan, proposed at the summit in June, was tabled at the council and respond to it later.`,
  );

  it('reads "the X\'s proposed deal" as one offer of X, not a second proposal made by the verb', () => {
    const orland = proposedBy(doc, 'Orland Fisheries');
    expect(orland).toHaveLength(1);
    expect(textOf(orland[0]!)).toContain("ltd's proposed deal");
    expect(proposedBy(doc, 'Northern League')).toHaveLength(0);
    expect(doc.proposals.some((p) => p.label.toLowerCase().startsWith('deal because'))).toBe(false);
  });

  it('takes no place or conjunction after a proposing verb for a proposal', () => {
    for (const p of doc.proposals) {
      expect(p.label.toLowerCase()).not.toMatch(/^(at|and) /);
    }
  });
});

describe('deals named later', () => {
  it('joins "no deal" and "a deal" to the trade agreement named before them', () => {
    const d = extract(
      `Meridia abandoned a customs agreement with the Coastal Union on Friday. No deal is in sight, Trade Minister Ivo Rask said. Rask said he still wanted a deal with the Coastal Union this year.`,
    );
    const deals = d.proposals.filter((p) => textOf(p).includes('customs agreement'));
    expect(deals).toHaveLength(1);
    expect(deals[0]!.proposers).toContain(idOf(d, 'Coastal Union'));
    expect(deals[0]!.evidence.map((e) => e.text)).toContain('No deal');
  });
});

describe('demands and wire-style amounts', () => {
  const doc = extract(
    `The Harbour Workers Union is seeking a seven pct rise, its leader Ana Petrov said. The union will seek support from other unions. Cargo Lines Corp offered 52 dlrs a share in cash for the Tidewater Group, the company said.`,
  );

  it('reads what a union is seeking as its demand, with the amount as a term', () => {
    const demands = proposedBy(doc, 'Harbour Workers Union');
    expect(demands).toHaveLength(1);
    expect(demands[0]!.terms.join(' ')).toContain('seven pct rise');
  });

  it('does not read seeking support as a demand', () => {
    expect(doc.proposals.some((p) => textOf(p).includes('support from'))).toBe(false);
  });

  it('keeps an amount in dlrs as a term of the offer', () => {
    const offers = proposedBy(doc, 'Cargo Lines');
    expect(offers).toHaveLength(1);
    expect(textOf(offers[0]!)).toContain('52 dlrs a share');
  });
});

describe('a company named again by the first word of its name', () => {
  it('joins "the Brightwater offer" to the offer of Brightwater Energy Ltd', () => {
    const d = extract(
      'Brightwater Energy Ltd made a 3 billion dlr offer for Kestrel Oil on Monday. Kestrel directors will meet to study the Brightwater offer, a spokesman said.',
    );
    const offers = proposedBy(d, 'Brightwater Energy');
    expect(offers).toHaveLength(1);
    expect(offers[0]!.evidence.map((e) => e.text)).toContain('the Brightwater offer');
  });
});

describe('the subject of a proposing verb', () => {
  it('does not give "the two sides could settle" to the speaker named before it', () => {
    const d = extract(
      'Union chairman Tomas Brandt said he expected the two sides could settle within a month. Brandt said the union sought acceptance of a shorter working week.',
    );
    const brandt = proposedBy(d, 'Tomas Brandt');
    expect(brandt).toHaveLength(1);
    expect(textOf(brandt[0]!)).toContain('shorter working week');
  });

  it('reads "it" after "X said" as X', () => {
    const d = extract(
      'Cargo Lines Corp said on Tuesday that it is offering Tidewater shareholders 40 dlrs a share. Analysts said the price was high.',
    );
    const offers = proposedBy(d, 'Cargo Lines');
    expect(offers).toHaveLength(1);
    expect(textOf(offers[0]!)).toContain('40 dlrs a share');
  });
});

describe('hostile words', () => {
  it('takes no property name of a plain object for a proposal noun', () => {
    const d = extract(
      'Acme Corp welcomed the constructor from Bolt Inc on Monday. Bolt Inc rejected the valueOf and the __proto__ by Acme Corp.',
    );
    expect(d.proposals).toHaveLength(0);
  });
});

describe('the other side and what a side sets out to obtain', () => {
  const doc = extract(
    'Norland is close to a $2 billion aid programme with the Harbour Development Fund. Finance Minister Lena Ostrom hoped to secure lower interest rates in the accord.',
  );

  it('makes the body named after "a programme with" a party to it', () => {
    const programmes = proposedBy(doc, 'Harbour Development Fund');
    expect(programmes).toHaveLength(1);
    expect(textOf(programmes[0]!)).toContain('$2 billion aid programme');
  });

  it('reads "hoped to secure X" as a demand of the one who hoped', () => {
    const demands = proposedBy(doc, 'Lena Ostrom');
    expect(demands).toHaveLength(1);
    expect(textOf(demands[0]!)).toContain('lower interest rates');
  });
});

describe('the agent of an effort', () => {
  it('gives a proposal brought by "an attempt by X" to X', () => {
    const d = extract(
      'An effort by Norway, the biggest producer, to keep the negotiations alive with a compromise draft fell apart on Friday.',
    );
    const norway = proposedBy(d, 'Norway');
    expect(norway).toHaveLength(1);
    expect(textOf(norway[0]!)).toContain('compromise draft');
  });
});
