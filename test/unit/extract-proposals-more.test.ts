// More of the proposal pass on articles written for these tests: agents named inside a phrase, later
// mentions that join their proposal, and phrases that only look like a proposal.
import { describe, expect, it } from 'vitest';
import { actorIdByName, extractBody } from '../support/extraction';
import { type Extraction, type Proposal } from '../../schema';

const extract = (body: string): Extraction => extractBody(body, '2024-05-02');

const proposedBy = (doc: Extraction, name: string): Proposal[] =>
  doc.proposals.filter((p) => p.proposers.includes(actorIdByName(doc, name)));

/** Everything a reader sees of a proposal: its label, terms and quoted evidence. */
const textOf = (p: Proposal): string =>
  [p.label, ...p.terms, ...p.evidence.map((e) => e.text)].join(' | ').toLowerCase();

describe('takeover offers', () => {
  it('joins "the bid by the X-led Y" to the offer Y made before, with X as a proposer too', () => {
    const doc = extract(
      `Halvard Shipping Corp said its board rejected Morrow Freight Inc's offer to acquire Halvard for 38 dlrs per share. Halvard said the hostile bid by the Anton Reyes-led Morrow Freight came with "too many strings." Anton Reyes, the chairman of Morrow Freight, declined to comment.`,
    );
    expect(doc.proposals).toHaveLength(1);
    const offer = proposedBy(doc, 'Morrow Freight')[0]!;
    expect(offer.proposers).toContain(actorIdByName(doc, 'Anton Reyes'));
    expect(textOf(offer)).toContain('hostile bid');
  });

  it('does not make "X\'s proposed purchase of Y" a second proposal of X', () => {
    const doc = extract(
      `Halvard Shipping Corp said its offer to acquire Pell Marine Inc for 20 dlrs per share stands. Morrow Freight Inc wants to block Halvard Shipping's proposed purchase of Pell Marine.`,
    );
    expect(proposedBy(doc, 'Halvard Shipping')).toHaveLength(1);
  });
});

describe('names inside a proposal phrase', () => {
  it('does not read the first word of a longer name as a body named before', () => {
    const doc = extract(
      'Delegates of the Northern Grain Council met in Veland on Monday. Talks on renewing the Northern Grain Accord failed, the Northern Grain Council said.',
    );
    expect(doc.proposals.filter((p) => textOf(p).includes('northern grain accord'))).toHaveLength(0);
  });
});

describe('an agent described by a country', () => {
  it('joins "the new offer from the Danish investor" to the investor\'s offer, not to the country', () => {
    const doc = extract(
      'Shares in Pell Rovers rose after a new offer from Mr Ivo Marek. Chairman Sam Oduya said directors would weigh the new offer from the Danish investor before Friday.',
    );
    expect(doc.proposals).toHaveLength(1);
    expect(doc.proposals[0]!.proposers).toEqual([actorIdByName(doc, 'Ivo Marek')]);
  });
});

describe('demands made with "want" and "urge"', () => {
  const doc = extract(
    'Norway and Iceland want the fishing levy to be cut to 2% of catches - the Nordic Fisheries Council has urged a rise to 4%. Fans of Pell Rovers urged the board to reject the sale. Norway also wants the talks to be held in Oslo.',
  );

  it('reads "X want the levy to be cut to N" as a demand of X with its amount', () => {
    const demands = proposedBy(doc, 'Norway');
    expect(demands).toHaveLength(1);
    expect(textOf(demands[0]!)).toContain('cut to 2% of catches');
    expect(textOf(demands[0]!)).not.toContain('council');
  });

  it('reads "X has urged a rise to N" as a proposal of X, kept apart from the demand it answers', () => {
    const urged = proposedBy(doc, 'Nordic Fisheries Council');
    expect(urged).toHaveLength(1);
    expect(textOf(urged[0]!)).toContain('rise to 4%');
  });

  it('does not read urging someone to act, or wanting talks held, as a proposal', () => {
    expect(doc.proposals).toHaveLength(2);
  });
});

describe('proposals made by a verb', () => {
  const doc = extract(
    'Talks on pay at Norrvik banks broke down, the Clerks Union and the Tellers Guild said. The Clerks Union is seeking a 5 pct rise and the Tellers Guild a 7 pct increase.',
  );

  it('splits "A is seeking X and B Y" into a demand of A and a demand of B', () => {
    const clerks = proposedBy(doc, 'Clerks Union');
    const tellers = proposedBy(doc, 'Tellers Guild');
    expect(clerks).toHaveLength(1);
    expect(tellers).toHaveLength(1);
    expect(clerks[0]!.label.toLowerCase()).toContain('5 pct rise');
    expect(clerks[0]!.label.toLowerCase()).not.toContain('7 pct');
    expect(textOf(tellers[0]!)).toContain('7 pct increase');
  });

  it('quotes the verb with what it proposes', () => {
    expect(textOf(proposedBy(doc, 'Clerks Union')[0]!)).toContain('seeking a 5 pct rise');
  });
});
