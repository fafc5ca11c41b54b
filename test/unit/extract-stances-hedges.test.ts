// Hedged stances: a verb held back ("stopped short of backing", "has yet to accept", "did not rule out
// accepting") takes no side; "ruled out accepting" is against.
import { describe, expect, it } from 'vitest';
import { extractBody, stanceLines } from '../support/extraction';
import { type Extraction } from '../../schema';

const extract = (body: string): Extraction => extractBody(body, '2024-06-12');

const BID = 'The Harbour Grain Exchange received a £2bn bid from Valemont Holdings on Monday.';
const BID_TARGET = 'proposal of Valemont Holdings';

describe('hedged stances', () => {
  it('takes no side from a stance held back or a ruling-out that is itself refused', () => {
    const doc = extract(
      `${BID} The Farmers Trading Union stopped short of backing the bid. The Northfield Council has yet to accept the bid. Ana Ruiz refused to rule out accepting the bid. Lina Berg did not rule out backing the bid.`,
    );
    expect(stanceLines(doc)).toEqual([]);
  });

  it('reads "ruled out accepting" as opposition, like "ruled out" the proposal itself', () => {
    const doc = extract(
      `${BID} The Green Party ruled out accepting the bid. The Tory Party ruled out the bid.`,
    );
    expect(stanceLines(doc)).toEqual([
      `Green Party -> ${BID_TARGET}: oppose`,
      `Tory Party -> ${BID_TARGET}: oppose`,
    ]);
  });
});
