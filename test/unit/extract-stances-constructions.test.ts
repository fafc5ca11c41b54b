// Stances read from general news constructions: a stance noun with its holder after "from", a stance
// noun voiced by a verb, "agreed to", verbs followed by an infinitive, a passive after "should" or "must"
// attributed to a speaker, and judgements of validity. Every name is invented for these tests.
import { describe, expect, it } from 'vitest';
import { extractBody, stanceLines } from '../support/extraction';
import { type Extraction } from '../../schema';

const extract = (body: string): Extraction => extractBody(body, '2024-06-12');

const BID = 'The Harbour Grain Exchange received a bid from Valemont Holdings on Monday.';
const BID_TARGET = 'proposal of Valemont Holdings';

describe('stance nouns with their holder after "from"', () => {
  it('reads the target after the holder: "opposition from X to the bid", "support from X for it"', () => {
    const doc = extract(
      `${BID} There was strong opposition from the Farmers Trading Union to the bid. Later came support from the Northfield Council for the offer.`,
    );
    expect(stanceLines(doc)).toEqual(
      [
        `Farmers Trading Union -> ${BID_TARGET}: oppose`,
        `Northfield Council -> ${BID_TARGET}: support`,
      ].sort(),
    );
  });

  it('reads the target before "from": "support for Bo Tran from X"', () => {
    const doc = extract(
      `Union leader Bo Tran spoke on Monday. There was support for Bo Tran from the Pine Party on Tuesday.`,
    );
    expect(stanceLines(doc)).toEqual(['Pine Party -> Bo Tran: support']);
  });

  it('reads "an offer from X" as the offer\'s maker, not as a holder: "criticism of the offer from X"', () => {
    const doc = extract(`${BID} There was criticism over the offer from the Pine Party on Tuesday.`);
    expect(stanceLines(doc).filter((line) => line.startsWith('Pine Party'))).toEqual([]);
  });

  it('reads a proposal as the subject that drew the stance: "the bid drew opposition from X"', () => {
    const doc = extract(`${BID} The bid drew fierce opposition from the Farmers Trading Union.`);
    expect(stanceLines(doc)).toEqual([`Farmers Trading Union -> ${BID_TARGET}: oppose`]);
  });

  it('still reads a person as the subject who received the stance', () => {
    const doc = extract(
      `Union leader Bo Tran spoke on Monday. Bo Tran received praise for her remarks from the Pine Party.`,
    );
    expect(stanceLines(doc)).toEqual(['Pine Party -> Bo Tran: support']);
  });
});

describe('stance nouns voiced by a verb', () => {
  it('gives "voiced opposition to" and "expressed support for" to the verb\'s subject', () => {
    const doc = extract(
      `${BID} The Farmers Trading Union voiced strong opposition to the bid. The Northfield Council expressed support for the offer.`,
    );
    expect(stanceLines(doc)).toEqual(
      [
        `Farmers Trading Union -> ${BID_TARGET}: oppose`,
        `Northfield Council -> ${BID_TARGET}: support`,
      ].sort(),
    );
  });

  it('takes no side from a negated verb: "did not express support for"', () => {
    const doc = extract(`${BID} The Northfield Council did not express support for the offer.`);
    expect(stanceLines(doc)).toEqual([]);
  });
});

describe('verbs with a proposal for object', () => {
  it('reads "agreed to the offer" as support, "refused the bid" and "vowed to fight the bid" as opposition', () => {
    const doc = extract(
      `${BID} The Northfield Council agreed to the offer on Tuesday. The Farmers Trading Union refused the bid and vowed to fight the offer.`,
    );
    expect(stanceLines(doc)).toEqual(
      [
        `Farmers Trading Union -> ${BID_TARGET}: oppose`,
        `Northfield Council -> ${BID_TARGET}: support`,
      ].sort(),
    );
  });

  it('reads no object from an infinitive: "agreed to meet", "declined to comment on the bid"', () => {
    const doc = extract(
      `${BID} The Northfield Council agreed to meet Valemont Holdings on Friday. The Farmers Trading Union declined to comment on the bid.`,
    );
    expect(stanceLines(doc)).toEqual([]);
  });
});

describe('passives after a modal of duty', () => {
  it('gives "the bid should be rejected, X said" and "X said it must be accepted" to the speaker', () => {
    const doc = extract(
      `${BID} The bid should be rejected, the Farmers Trading Union said. The Northfield Council said the offer must be accepted.`,
    );
    expect(stanceLines(doc)).toEqual(
      [
        `Farmers Trading Union -> ${BID_TARGET}: oppose`,
        `Northfield Council -> ${BID_TARGET}: support`,
      ].sort(),
    );
  });

  it("takes no side in the article's own voice or from a passive that merely happened", () => {
    const doc = extract(
      `${BID} The bid should be rejected within a week under exchange rules. The offer was rejected, the Northfield Council said.`,
    );
    expect(stanceLines(doc)).toEqual([]);
  });
});

describe('judgements of validity', () => {
  it('reads "said the offer was invalid" and "still valid" with their sides', () => {
    const doc = extract(
      `${BID} The Farmers Trading Union said the offer was invalid. Valemont Holdings said the bid was still valid.`,
    );
    expect(stanceLines(doc)).toEqual(
      [
        `Farmers Trading Union -> ${BID_TARGET}: oppose`,
        `Valemont Holdings -> ${BID_TARGET}: support`,
      ].sort(),
    );
  });

  it('reads no judgement of a proposal from a dummy "it": "it is unrealistic to expect"', () => {
    const doc = extract(`${BID} It is unrealistic to expect a quick answer, the Northfield Council said.`);
    expect(stanceLines(doc)).toEqual([]);
  });
});

describe('leaving talks', () => {
  it('reads "broke off negotiations" and "pulled out of the talks" as opposition to the deal under talks', () => {
    const doc = extract(
      `Norway and Sweden are negotiating a fishing agreement. Sweden broke off negotiations on Friday.`,
    );
    expect(stanceLines(doc)).toEqual(['Sweden -> proposal of Sweden,Norway: oppose']);
  });

  it('reads no stance from walking out of a meeting', () => {
    const doc = extract(`${BID} The Farmers Trading Union walked out of a meeting with Valemont Holdings.`);
    expect(stanceLines(doc)).toEqual([]);
  });
});

describe('a name in apposition to a common-noun subject', () => {
  it('gives the stance to the name: "the smallest of the partners, the Harbour Party, pulled out"', () => {
    const doc = extract(
      `Norway and Sweden are negotiating a coalition deal. The smallest of the partners, the liberal Harbour Party, pulled out of the talks.`,
    );
    expect(stanceLines(doc)).toEqual(['Harbour Party -> proposal of Sweden,Norway: oppose']);
  });

  it('keeps a named subject before a name in apposition: "Bo Tran, the Pine Party leader, rejected"', () => {
    const doc = extract(`${BID} Bo Tran, the leader of the Pine Party, rejected the bid.`);
    expect(stanceLines(doc)).toEqual([`Bo Tran -> ${BID_TARGET}: oppose`]);
  });
});

describe('a stance verb whose object is the antecedent of a relative clause', () => {
  it('reads "a plan, which X rejected on Monday" as X against the plan', () => {
    const doc = extract(
      'Valemont Holdings tabled a plan on wages, which the Farmers Trading Union rejected on Monday.',
    );
    expect(stanceLines(doc)).toEqual(['Farmers Trading Union -> proposal of Valemont Holdings: oppose']);
  });

  it('reads "X under the deal — something Y was unwilling to concede" as Y against X, not the deal', () => {
    const doc = extract(
      'Finland and Estonia are negotiating a fishing agreement. Estonia sought higher quotas as a condition of the agreement — something Finland had signaled it was unwilling to concede.',
    );
    expect(stanceLines(doc)).toEqual(['Finland -> proposal of Estonia: oppose']);
  });

  it('reads no stance from a conceding that is not refused', () => {
    const doc = extract('The Farmers Trading Union sought a wage rise, which Valemont Holdings conceded.');
    expect(stanceLines(doc)).toEqual([]);
  });
});

describe('a superlative judgement after a verb of judging', () => {
  it('reads "calling X\'s leadership the worst" as opposition to X', () => {
    const doc = extract(
      'Union leader Mira Talvik spoke at a rally, calling Valemont Holdings\' management "the worst in the industry".',
    );
    expect(stanceLines(doc)).toEqual(['Mira Talvik -> Valemont Holdings: oppose']);
  });
});

describe('a proposal said to harm or to benefit', () => {
  it('reads "saying the bid would put small farms at a disadvantage" as the speaker against the bid', () => {
    const doc = extract(
      'The Farmers Trading Union urged the council to act, saying the Valemont Holdings bid would put small farms at a disadvantage.',
    );
    expect(stanceLines(doc)).toEqual(['Farmers Trading Union -> proposal of Valemont Holdings: oppose']);
  });

  it('gives the stance to the speaker after the clause, not to those harmed', () => {
    const doc = extract('The Valemont Holdings bid would hurt farmers, the Farmers Trading Union said.');
    expect(stanceLines(doc)).toEqual(['Farmers Trading Union -> proposal of Valemont Holdings: oppose']);
  });

  it('reads "said it would benefit" as support, and a denied harm as no stance', () => {
    const doc = extract(
      'Valemont Holdings made a bid. The Northfield Council said it would benefit farmers. The Farmers Trading Union said the bid would not hurt farmers.',
    );
    expect(stanceLines(doc)).toEqual(['Northfield Council -> proposal of Valemont Holdings: support']);
  });

  it("reads no stance from a relative clause in the article's own voice", () => {
    const doc = extract('Valemont Holdings made a bid that would hurt farmers.');
    expect(stanceLines(doc)).toEqual([]);
  });
});

describe('a wish about what becomes of an actor or a proposal', () => {
  it('reads "called for X to step down" and "urged X to resign" as opposition to X', () => {
    const doc = extract(
      'The Pine Party called for Prime Minister Mira Talvik to step down on Monday. The Farmers Trading Union urged Prime Minister Mira Talvik to resign.',
    );
    expect(stanceLines(doc)).toEqual(
      ['Farmers Trading Union -> Mira Talvik: oppose', 'Pine Party -> Mira Talvik: oppose'].sort(),
    );
  });

  it('reads "wants the plan to be scrapped" as opposition and "to be approved" as support', () => {
    const doc = extract(
      'Finland proposed a plan to cut fishing quotas. Estonia called for the plan to be scrapped. Latvia wants the plan to be approved quickly.',
    );
    expect(stanceLines(doc)).toEqual(
      ['Latvia -> proposal of Finland: support', 'Estonia -> proposal of Finland: oppose'].sort(),
    );
  });

  it('reads no stance from a wish that is denied, or that names another act of the actor', () => {
    const doc = extract(
      'Finland proposed a plan to cut fishing quotas. Estonia does not want the plan to end. The Pine Party wants Prime Minister Mira Talvik to sign the plan.',
    );
    expect(stanceLines(doc)).toEqual([]);
  });
});
