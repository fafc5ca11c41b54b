// Later mentions of a proposal and of its maker, on articles written for these tests: companies named
// again by a description ("the Dutch group", "the rival bourse"), and raised offers kept apart from the
// offer they replace.
import { describe, expect, it } from 'vitest';
import { actorIdByName, extractBody } from '../support/extraction';
import { type Extraction, type Proposal } from '../../schema';

const extract = (body: string): Extraction => extractBody(body, '2024-05-02');

const proposedBy = (doc: Extraction, name: string): Proposal[] =>
  doc.proposals.filter((p) => p.proposers.includes(actorIdByName(doc, name)));

/** Everything a reader sees of a proposal: its label, terms and quoted evidence. */
const textOf = (p: Proposal): string =>
  [p.label, ...p.terms, ...p.evidence.map((e) => e.text)].join(' | ').toLowerCase();

const mentionsOf = (doc: Extraction, name: string): string[] =>
  doc.actors.find((a) => a.name === name)?.mentions.map((m) => m.text) ?? [];

describe('a company named again by a description', () => {
  it('reads "the Dutch group" as the company named before, not one whose name places it elsewhere', () => {
    const doc = extract(
      'Valmont Holdings has held talks with the Vienna Grain Exchange about a takeover. Vienna Grain Exchange chief Otto Brandl met Valmont chief Ada Lind on Tuesday. On Wednesday the Dutch group said it would lift its bid.',
    );
    expect(mentionsOf(doc, 'Valmont Holdings')).toContain('the Dutch group');
    expect(proposedBy(doc, 'Valmont Holdings')).toHaveLength(1);
    expect(proposedBy(doc, 'Vienna Grain Exchange')).toHaveLength(0);
  });

  it('reads a description whose place is in the name as that company ("the Austrian exchange")', () => {
    const doc = extract(
      'Valmont Holdings met the Vienna Grain Exchange on Monday. The offer by Valmont was turned down by the Austrian exchange on Friday.',
    );
    expect(mentionsOf(doc, 'Vienna Grain Exchange')).toContain('the Austrian exchange');
    expect(mentionsOf(doc, 'Valmont Holdings')).not.toContain('the Austrian exchange');
  });

  it('does not read "the rival bourse" as the side it is said to meet in the same sentence', () => {
    const doc = extract(
      'Valmont Holdings has held talks with the Vienna Grain Exchange about a takeover. Kestrel Exchange is weighing a counterbid. After a meeting with the Vienna Grain Exchange on Tuesday, the rival bourse said its offer would be paid in shares.',
    );
    expect(mentionsOf(doc, 'Kestrel Exchange')).toContain('the rival bourse');
    const offers = proposedBy(doc, 'Kestrel Exchange');
    expect(offers.some((p) => textOf(p).includes('its offer'))).toBe(true);
    expect(offers.every((p) => !p.proposers.includes(actorIdByName(doc, 'Vienna Grain Exchange')))).toBe(
      true,
    );
  });

  it('reads "the loss-making carmaker" as the carmaker named before', () => {
    const doc = extract(
      'Norvik Motors said on Monday it had rejected a merger offer from Halden Capital. The loss-making carmaker said the offer undervalued its business.',
    );
    expect(mentionsOf(doc, 'Norvik Motors')).toContain('The loss-making carmaker');
  });
});

describe('raised offers', () => {
  it('keeps "increase its offer to X from the original Y bid" as two offers, each with its own amount', () => {
    const doc = extract(
      'Valmont Holdings said it could increase its offer for Pell Marine to 52 dlrs per share from the original 45 dlrs bid, people close to the company said.',
    );
    const offers = proposedBy(doc, 'Valmont Holdings');
    expect(offers).toHaveLength(2);
    const raised = offers.find((p) => textOf(p).includes('52 dlrs'))!;
    const initial = offers.find((p) => textOf(p).includes('original 45 dlrs bid'))!;
    expect(raised).toBeDefined();
    expect(initial).toBeDefined();
    expect(textOf(raised)).not.toContain('45 dlrs');
  });

  it('makes a sweetened offer a proposal of its own, and a later "the offer" the sweetened one', () => {
    const doc = extract(
      'Halden Capital offered 20 dlrs a share for Norvik Motors on Monday. On Friday Halden Capital made a sweetened offer of 24 dlrs a share. Norvik Motors said it would study the offer.',
    );
    const offers = proposedBy(doc, 'Halden Capital');
    expect(offers).toHaveLength(2);
    const sweetened = offers.find((p) => textOf(p).includes('sweetened offer'))!;
    expect(textOf(sweetened)).toContain('the offer');
  });

  it('does not make "refused to raise its offer" a second offer', () => {
    const doc = extract(
      'Halden Capital made an offer of 20 dlrs a share for Norvik Motors on Monday. Halden Capital refused to raise its offer on Friday.',
    );
    expect(proposedBy(doc, 'Halden Capital')).toHaveLength(1);
  });
});

describe('the two sides of the story', () => {
  it('reads "the two sides had agreed to an extension" as the two organisations, not a country named in passing', () => {
    const doc = extract(
      'Norvik Motors and the Harbour Workers Union are negotiating a new contract in Norway. The two sides had agreed to a two-week extension in March. Norvik Motors said on Monday the union had been constructive.',
    );
    const extension = doc.proposals.find((p) => textOf(p).includes('two-week extension'));
    expect(extension?.proposers.sort()).toEqual(
      [actorIdByName(doc, 'Norvik Motors'), actorIdByName(doc, 'Harbour Workers Union')].sort(),
    );
  });

  it('reads "the two firms" as the two companies of the story', () => {
    const doc = extract(
      'Halden Capital and Norvik Motors met in Oslo on Tuesday over a disputed supply contract. Norway wants the plant to stay open. The two firms signed a compromise on Friday, Halden Capital said.',
    );
    const compromise = doc.proposals.find((p) => textOf(p).includes('compromise'));
    expect(compromise?.proposers.sort()).toEqual(
      [actorIdByName(doc, 'Halden Capital'), actorIdByName(doc, 'Norvik Motors')].sort(),
    );
  });

  it('does not give an extension a side agrees to the side that agrees, when another offered it', () => {
    const doc = extract(
      'Halden Capital offered Norvik Motors a 30-day extension of the supply contract. Norvik Motors agreed to the extension on Friday.',
    );
    expect(doc.proposals).toHaveLength(1);
    expect(doc.proposals[0]!.proposers).toEqual([actorIdByName(doc, 'Halden Capital')]);
  });
});

describe('nouns that name a proposal again', () => {
  it('joins "the cut" to the cut proposed before, and reads a stance on it', () => {
    const doc = extract(
      'Norway proposed a 20 pct cut in herring quotas at the council on Monday. Denmark opposed the cut on Friday.',
    );
    expect(doc.proposals).toHaveLength(1);
    expect(textOf(doc.proposals[0]!)).toContain('the cut');
    const stance = doc.stances.find((s) => s.holder === actorIdByName(doc, 'Denmark'));
    expect(stance).toMatchObject({ target: doc.proposals[0]!.id, polarity: 'oppose' });
  });

  it('joins "the move" to the proposal named last, not to an earlier one', () => {
    const doc = extract(
      'Halden Capital offered 20 dlrs a share for Norvik Motors on Monday. On Tuesday Sweden proposed a ban on foreign takeovers of carmakers. Norvik Motors welcomed the move.',
    );
    const ban = doc.proposals.find((p) => textOf(p).includes('ban on foreign takeovers'))!;
    expect(textOf(ban)).toContain('the move');
    expect(doc.proposals.filter((p) => textOf(p).includes('the move'))).toHaveLength(1);
  });

  it('makes no proposal of "the cut" when no cut was proposed', () => {
    const doc = extract('Norway said on Monday that the cut would hurt its fishermen.');
    expect(doc.proposals).toEqual([]);
  });
});

describe('counteroffers', () => {
  it('reads "X countered with a rival offer" as X\'s offer, apart from the first', () => {
    const doc = extract(
      'Halden Capital offered 20 dlrs a share for Norvik Motors on Monday. Kestrel Partners countered with a rival offer of 23 dlrs a share.',
    );
    const rival = proposedBy(doc, 'Kestrel Partners');
    expect(rival).toHaveLength(1);
    expect(textOf(rival[0]!)).toContain('23 dlrs');
    expect(proposedBy(doc, 'Halden Capital')).toHaveLength(1);
  });
});

describe('a proposal whose verb is a proposal noun too', () => {
  it('reads "X\'s counterproposal offers Y" as X\'s proposal', () => {
    const doc = extract(
      "Talks resumed on Monday. The proposal from the Harbour Workers Union calls for a 5 pct rise. Tern Shipping Corp's counterproposal offers 2 pct.",
    );
    expect(proposedBy(doc, 'Tern Shipping')).toHaveLength(1);
    expect(proposedBy(doc, 'Harbour Workers Union')).toHaveLength(1);
  });
});
