// Stances whose holder or target sits away from the stance verb: members named in an "including" aside,
// the party an offer was made to when it is rejected in the passive, the maker of an effort ("an attempt
// by X to block ..."), a side's own proposal named by what it does ("X's acquisition of Y"), opposition to
// any effort to curtail something, and wishes that something "come to an end". Every name is invented.
import { describe, expect, it } from 'vitest';
import { extractBody, stanceLines } from '../support/extraction';
import { type Extraction } from '../../schema';

const extract = (body: string): Extraction => extractBody(body, '2024-06-12');

const PLAN = 'The Northfield Council proposed a plan to cut rents.';
const PLAN_TARGET = 'proposal of Northfield Council';
const OFFER = 'Northfield Mining Inc made a 3 billion dlr offer for Harbour Oil Co on Monday.';
const OFFER_TARGET = 'proposal of Northfield Mining';
const MERGER = 'Valemont Holdings Inc made an offer to acquire Harbour Mills Inc for 40 dlrs a share.';
const MERGER_TARGET = 'proposal of Valemont Holdings';

describe('members named in an "including" aside', () => {
  it('gives the stance to the members, not to the group: "Critics, including A and B, said"', () => {
    const doc = extract(
      `${PLAN} Critics, including the Pine Party and the Farmers Trading Union, said the plan would hurt farmers.`,
    );
    expect(stanceLines(doc)).toEqual(
      [`Farmers Trading Union -> ${PLAN_TARGET}: oppose`, `Pine Party -> ${PLAN_TARGET}: oppose`].sort(),
    );
  });

  it('reads the aside between dashes too', () => {
    const doc = extract(
      `${PLAN} Critics - including the Pine Party and the Farmers Trading Union - said the plan was unworkable.`,
    );
    expect(stanceLines(doc)).toEqual(
      [`Farmers Trading Union -> ${PLAN_TARGET}: oppose`, `Pine Party -> ${PLAN_TARGET}: oppose`].sort(),
    );
  });
});

describe('agentless passives', () => {
  it('gives a rejection with no agent to the party the offer was made to', () => {
    const doc = extract(`${OFFER} The offer was rejected on Tuesday.`);
    expect(stanceLines(doc)).toEqual([`Harbour Oil -> ${OFFER_TARGET}: oppose`]);
  });

  it('reads "had been turned down" in reported speech the same way', () => {
    const doc = extract(`${OFFER} Harbour Oil said on Tuesday that the offer had been turned down.`);
    expect(stanceLines(doc)).toEqual([`Harbour Oil -> ${OFFER_TARGET}: oppose`]);
  });

  it('takes no side when the proposal names nobody it was made to', () => {
    const doc = extract(`${PLAN} The plan was rejected, the Pine Party said.`);
    expect(stanceLines(doc)).toEqual([]);
  });
});

describe('the maker of an effort', () => {
  it('gives "an attempt by X to disrupt" to X, and reads "X\'s acquisition" as X\'s offer', () => {
    const doc = extract(
      `${MERGER} The Ostrava offer is an attempt by Ostrava chairman Pia Lund to disrupt at the last minute Valemont's acquisition of Harbour Mills, Valemont said.`,
    );
    expect(stanceLines(doc)).toEqual([`Pia Lund -> ${MERGER_TARGET}: oppose`]);
  });

  it('gives "X\'s last-minute attempt to interfere with" to X, and "fight X\'s attempt" against X', () => {
    const doc = extract(
      `${MERGER} Valemont said it would fight Ostrava Corp's last-minute attempt to interfere with Valemont's offer.`,
    );
    expect(stanceLines(doc)).toEqual(
      ['Valemont Holdings -> Ostrava: oppose', `Ostrava -> ${MERGER_TARGET}: oppose`].sort(),
    );
  });

  it('gives "the purpose of the X bid is to interfere with" to the bid\'s maker', () => {
    const doc = extract(
      `${MERGER} Ostrava Corp made a rival bid on Monday. Valemont said the purpose of the Ostrava bid is to interfere with Valemont's proposed acquisition of Harbour Mills.`,
    );
    expect(stanceLines(doc)).toEqual([`Ostrava -> ${MERGER_TARGET}: oppose`]);
  });
});

describe('efforts to curtail something', () => {
  it('reads "veto any attempt to scrap the plan" as support for the plan, "backed all efforts to weaken" as opposition', () => {
    const doc = extract(
      `${PLAN} The Pine Party said it would veto any attempt to scrap the plan. The Farmers Trading Union backed all efforts to weaken the plan.`,
    );
    expect(stanceLines(doc)).toEqual(
      [`Farmers Trading Union -> ${PLAN_TARGET}: oppose`, `Pine Party -> ${PLAN_TARGET}: support`].sort(),
    );
  });

  it('leaves a particular effort its own target: "vetoed a bid to scrap the plan" is no support for the plan', () => {
    const doc = extract(`${PLAN} The Pine Party vetoed a bid to scrap the plan.`);
    expect(stanceLines(doc)).not.toContain(`Pine Party -> ${PLAN_TARGET}: support`);
  });
});

describe('wishes for an end', () => {
  it('reads "wants the plan to come to an end" and "to be phased out" as opposition', () => {
    const doc = extract(
      `${PLAN} Council leader Ana Ruiz of the Pine Party has indicated she wants the plan to come to an end. The Farmers Trading Union wants the plan to be phased out.`,
    );
    expect(stanceLines(doc)).toEqual(
      [`Ana Ruiz -> ${PLAN_TARGET}: oppose`, `Farmers Trading Union -> ${PLAN_TARGET}: oppose`].sort(),
    );
  });

  it('takes no side from "wants the plan to come to the vote"', () => {
    const doc = extract(`${PLAN} The Pine Party wants the plan to come to the vote.`);
    expect(stanceLines(doc)).toEqual([]);
  });
});

describe('forming or joining a proposed coalition', () => {
  const PACT = 'The Pine Party proposed a coalition with the Harbour Party on Monday.';
  // The one proposal, whoever it is read to be made by.
  const onProposal = (doc: Extraction) =>
    stanceLines(doc).map((line) => line.replace(/ -> proposal of [^:]*:/, ' -> the coalition:'));

  it('reads "would not form a coalition" as opposition and "willing to join the coalition" as support', () => {
    const doc = extract(
      `${PACT} Harbour Party leader Tomas Berg said he would not form a coalition with the Pine Party. The Green League was willing to join the coalition.`,
    );
    expect(doc.proposals).toHaveLength(1);
    expect(onProposal(doc)).toEqual(
      ['Green League -> the coalition: support', 'Tomas Berg -> the coalition: oppose'].sort(),
    );
  });

  it('takes no side from forming something that is no proposal', () => {
    const doc = extract(`${PACT} The Green League will form a committee with the Harbour Party.`);
    expect(stanceLines(doc)).toEqual([]);
  });
});
