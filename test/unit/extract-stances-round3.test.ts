// Stances read through general news constructions: a deal's own noun named again ("the rebate"), an
// agentless rejection in a two-sided bargain, and more (see each case).
import { describe, expect, it } from 'vitest';
import { extractBody, stanceLines } from '../support/extraction';
import { type Extraction } from '../../schema';

const extract = (body: string): Extraction => extractBody(body, '2024-06-12');

describe('a deal noun named again', () => {
  it('reads "the rebate" as the rebate named before, not the plan named last', () => {
    const doc = extract(
      `Norland's prime minister Ana Ruiz defended the Norland £2bn rebate from the Union on Monday. ` +
        `The Union is drawing up its budget plans for the next decade. ` +
        `Commission president Paul Varne told reporters he wants the rebate to end by 2030.`,
    );
    expect(stanceLines(doc)).toEqual([
      'Ana Ruiz -> proposal of Norland: support',
      'Paul Varne -> proposal of Norland: oppose',
    ]);
  });
});

describe('an agentless rejection in a two-sided bargain', () => {
  it('gives the rejection to the one other side that made proposals, past the complement', () => {
    const doc = extract(
      `Talks between the Harbour Union and Castell Motors ended without a deal on Friday. ` +
        `The union demanded a 9% pay rise over two years. ` +
        `Castell Motors' proposal to freeze pay for a year was rejected.`,
    );
    expect(stanceLines(doc)).toEqual(['Harbour Union -> proposal of Castell Motors: oppose']);
  });

  it('gives it to no one when more than one other side made proposals', () => {
    const doc = extract(
      `The Harbour Union demanded a 9% pay rise over two years. ` +
        `The Vell Council proposed an independent review of pay. ` +
        `Castell Motors' proposal to freeze pay for a year was rejected.`,
    );
    expect(stanceLines(doc)).toEqual([]);
  });
});

const BID = 'Castell Motors made a £2bn offer for Harbour Grain on Monday.';
const BID_TARGET = 'proposal of Castell Motors';

describe('stance verbs and adjectives of takeover and bargaining news', () => {
  it('reads "backed away from" as a step back, not as backing', () => {
    const doc = extract(`${BID} The Farmers Trading Union backed away from the offer on Friday.`);
    expect(stanceLines(doc)).toEqual([`Farmers Trading Union -> ${BID_TARGET}: oppose`]);
  });

  it('reads a vote in favour and a board recommending the offer as support', () => {
    const doc = extract(
      `${BID} The Farmers Trading Union voted in favour of the offer. The Harbour Grain board unanimously recommended the offer to shareholders.`,
    );
    expect(stanceLines(doc)).toEqual([
      `Farmers Trading Union -> ${BID_TARGET}: support`,
      `Harbour Grain -> ${BID_TARGET}: support`,
    ]);
  });

  it('does not read a board recommending that shareholders reject the offer as support', () => {
    const doc = extract(`${BID} The Harbour Grain board recommended that shareholders reject the offer.`);
    expect(stanceLines(doc)).toEqual([`Harbour Grain -> ${BID_TARGET}: oppose`]);
  });

  it('reads "unhappy with" as opposition and "not satisfied with" as opposition too', () => {
    const doc = extract(
      `${BID} The Farmers Trading Union said it was unhappy with the offer. Harbour Grain is not satisfied with the offer.`,
    );
    expect(stanceLines(doc)).toEqual([
      `Farmers Trading Union -> ${BID_TARGET}: oppose`,
      `Harbour Grain -> ${BID_TARGET}: oppose`,
    ]);
  });
});

describe('stance nouns voiced or raised', () => {
  it('reads concern or reservations voiced about a proposal, and objections raised to it, as opposition', () => {
    const doc = extract(
      `${BID} The Farmers Trading Union expressed concern about the offer. The Pine Party voiced reservations over the offer. The Vell Council has raised objections to the offer.`,
    );
    expect(stanceLines(doc)).toEqual([
      `Farmers Trading Union -> ${BID_TARGET}: oppose`,
      `Pine Party -> ${BID_TARGET}: oppose`,
      `Vell Council -> ${BID_TARGET}: oppose`,
    ]);
  });

  it('takes no side from concern about something that is no proposal or actor', () => {
    const doc = extract(`${BID} The Farmers Trading Union expressed concern about rising feed prices.`);
    expect(stanceLines(doc)).toEqual([]);
  });
});

describe('a phrasal stance verb split by its object', () => {
  it('reads "turned the offer down" and "ruled it out" as opposition to the offer', () => {
    const doc = extract(
      `${BID} The Farmers Trading Union turned the offer down. The Vell Council ruled it out on Tuesday.`,
    );
    expect(stanceLines(doc)).toEqual([
      `Farmers Trading Union -> ${BID_TARGET}: oppose`,
      `Vell Council -> ${BID_TARGET}: oppose`,
    ]);
  });

  it('takes no side when the verb is negated, supposed, or its object is no proposal', () => {
    const doc = extract(
      `${BID} The Farmers Trading Union did not turn the offer down. If the Vell Council turns the offer down, talks will end. The Pine Party turned the heating down.`,
    );
    expect(stanceLines(doc)).toEqual([]);
  });
});

describe('"the board" in a clause a company speaker reports', () => {
  const OFFER = 'Castell Motors made a £2bn offer for Brenmoor Holdings on Monday.';
  it('gives the board the company of whoever reports its step', () => {
    const doc = extract(`${OFFER} A spokesman for Brenmoor Holdings said the board had rejected the offer.`);
    expect(stanceLines(doc)).toEqual(['Brenmoor Holdings -> proposal of Castell Motors: oppose']);
  });

  it('names no holder for "the board" in the article\'s own voice', () => {
    const doc = extract(`${OFFER} The board rejected the offer.`);
    expect(stanceLines(doc)).toEqual([]);
  });
});
