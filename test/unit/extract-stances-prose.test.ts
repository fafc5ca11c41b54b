// Stances in ordinary news prose, without quotation marks: who urges whom to do what, stances after "be",
// questions and conditions that take no side. Every name is invented for these tests.
import { describe, expect, it } from 'vitest';
import { extractBody, stanceLines } from '../support/extraction';
import { type Extraction } from '../../schema';

const extract = (body: string): Extraction => extractBody(body, '2024-06-12');

const BID = 'The Harbour Grain Exchange received a bid from Valemont Holdings on Monday.';
const BID_TARGET = 'proposal of Valemont Holdings';

describe('urging another side', () => {
  it('gives the stance of "urged X to reject" to the one who urges, with its side', () => {
    const doc = extract(
      `${BID} The Farmers Trading Union urged the exchange to reject the bid. Union leader Bo Tran called on the exchange not to accept the offer. The Northfield Council pressed the exchange to accept the bid.`,
    );
    expect(stanceLines(doc).sort()).toEqual(
      [
        `Bo Tran -> ${BID_TARGET}: oppose`,
        `Farmers Trading Union -> ${BID_TARGET}: oppose`,
        `Northfield Council -> ${BID_TARGET}: support`,
      ].sort(),
    );
  });

  it('reads no stance from a gerund weighed as a subject ("saying that rejecting it would ...")', () => {
    const doc = extract(
      `${BID} The Northfield Council pressed the exchange to accept the bid, saying that rejecting it would cost the town jobs.`,
    );
    expect(stanceLines(doc)).toEqual([`Northfield Council -> ${BID_TARGET}: support`]);
  });
});

describe('stances after "be" and "remain"', () => {
  it('reads "was against", "is in favour of", "remains open to" and "were set against it"', () => {
    const doc = extract(
      `${BID} The Northfield Council was against the offer. Union leader Bo Tran is in favour of the bid. The Green Party remains open to the offer. The Free Democrats were set against it.`,
    );
    expect(stanceLines(doc).sort()).toEqual(
      [
        `Bo Tran -> ${BID_TARGET}: support`,
        `Free Democrats -> ${BID_TARGET}: oppose`,
        `Green Party -> ${BID_TARGET}: support`,
        `Northfield Council -> ${BID_TARGET}: oppose`,
      ].sort(),
    );
  });

  it('reads no side from "against" without "be", nor from "is not against"', () => {
    const doc = extract(
      `${BID} The Green Party protested against the weather in the port. The Pine Party is not against the offer.`,
    );
    expect(stanceLines(doc)).toEqual([]);
  });
});

describe('questions and conditions', () => {
  it('takes no side from "whether X would back" or "if X accepts"', () => {
    const doc = extract(
      `${BID} It is not known whether the Green Party would support the bid. If the Free Democrats accept the offer, the port will grow.`,
    );
    expect(stanceLines(doc)).toEqual([]);
  });
});

describe('stances named by a noun after their holder', () => {
  it('reads "X\'s support for", "its opposition to" and "X\'s criticism of" with their holders', () => {
    const doc = extract(
      `${BID} The Farmers Trading Union repeated its opposition to the bid. The Northfield Council’s strong support for the offer surprised traders. The Pine Party’s criticism of union leader Bo Tran grew.`,
    );
    expect(stanceLines(doc).sort()).toEqual(
      [
        `Farmers Trading Union -> ${BID_TARGET}: oppose`,
        `Northfield Council -> ${BID_TARGET}: support`,
        'Pine Party -> Bo Tran: oppose',
      ].sort(),
    );
  });

  it('reads no stance from a dropped objection, from "no objection" or from support for talks', () => {
    const doc = extract(
      `${BID} Union leader Bo Tran dropped his objection to the bid. The Pine Party has no objection to the offer. The Northfield Council repeated its support for talks with Valemont Holdings.`,
    );
    expect(stanceLines(doc)).toEqual([]);
  });
});

describe('passives with a relative pronoun', () => {
  it('gives the agent of "which was rejected by X" the stance toward the proposal before it', () => {
    const doc = extract(
      `${BID} Valemont Holdings recalled its bid in March which was voted down by the Northfield Council. The Pine Party backed the offer, which was rejected by union leader Bo Tran.`,
    );
    expect(stanceLines(doc).sort()).toEqual(
      [
        `Bo Tran -> ${BID_TARGET}: oppose`,
        `Northfield Council -> ${BID_TARGET}: oppose`,
        `Pine Party -> ${BID_TARGET}: support`,
      ].sort(),
    );
  });
});

describe('agents of a passive', () => {
  it('reads a country before a body of its own as that body, not as the country', () => {
    const doc = extract(
      `${BID} Spain and Norway watched the talks. The bid was rejected by the Madrid exchange. The offer was rejected by Norwegian officials.`,
    );
    expect(stanceLines(doc)).toEqual([`Norway -> ${BID_TARGET}: oppose`]);
  });
});

describe('reported speech without quotation marks', () => {
  it('reads "X told reporters the offer was too low" as X against it, and "too early to" as nothing', () => {
    const doc = extract(
      `${BID} Union leader Bo Tran told reporters the offer was too low. The Northfield Council said it was too early to judge the bid. The Pine Party said it was too late.`,
    );
    expect(stanceLines(doc)).toEqual([`Bo Tran -> ${BID_TARGET}: oppose`]);
  });
});
