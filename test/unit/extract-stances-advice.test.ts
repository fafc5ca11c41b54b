// Wire-style holders: the one who recommends that others reject an offer holds the stance, and talks that
// "broke off" by themselves are no side's stance.
import { describe, expect, it } from 'vitest';
import { extractBody, stanceLines } from '../support/extraction';
import { type Extraction } from '../../schema';

const extract = (body: string): Extraction => extractBody(body, '2024-06-12');

const OFFER = 'Norland Air Corp said it received a 52 dlr a share takeover offer from Brisk Airways Inc.';
const OFFER_TARGET = 'proposal of Brisk Airways';

describe('advice and talks that end by themselves', () => {
  it('gives "recommend that shareholders reject" to the one who recommends', () => {
    const doc = extract(
      `${OFFER} Norland said its board would recommend that shareholders reject the offer.`,
    );
    expect(stanceLines(doc)).toEqual([`Norland Air -> ${OFFER_TARGET}: oppose`]);
  });

  it('reads no stance toward a party from talks that broke off because of it', () => {
    const doc = extract(
      `${OFFER} Norland said the talks had broken off because Brisk insisted on a higher stake.`,
    );
    expect(stanceLines(doc)).toEqual([]);
  });
});
