// Targets named without saying which proposal: "spoke out against the move", "opposition to this idea"
// point back at the proposal last named; and a proposal judged by what it does to its target ("the bid
// undervalues the exchange").
import { describe, expect, it } from 'vitest';
import { extractBody, stanceLines } from '../support/extraction';
import { type Extraction } from '../../schema';

const extract = (body: string): Extraction => extractBody(body, '2024-06-12');

const BID = 'The Harbour Grain Exchange received a £2bn bid from Valemont Holdings on Monday.';
const BID_TARGET = 'proposal of Valemont Holdings';

describe('a proposal named by a pointing noun', () => {
  it('reads "the move" after a stance verb, and "the idea" after a stance noun, as the last proposal', () => {
    const doc = extract(
      `${BID} The Northfield Council has spoken out against the move. The Green Party welcomed the idea.`,
    );
    expect(stanceLines(doc)).toEqual([
      `Green Party -> ${BID_TARGET}: support`,
      `Northfield Council -> ${BID_TARGET}: oppose`,
    ]);
  });

  it('does not point back when the noun has a complement naming another proposal', () => {
    const doc = extract(`${BID} The Tory Party backed the move to cut port fees.`);
    expect(stanceLines(doc).filter((l) => l.includes(BID_TARGET))).toEqual([]);
  });
});

describe('a proposal judged by what it does', () => {
  it('reads "X said the bid undervalued the exchange" as X against the bid', () => {
    const doc = extract(`${BID} Exchange chairman Lina Berg said the bid undervalued the exchange.`);
    expect(stanceLines(doc)).toEqual([`Lina Berg -> ${BID_TARGET}: oppose`]);
  });
});

describe('more phrases of backing and judging', () => {
  it('reads thrown support, a blessing given and an offer judged derisory, paltry or attractive', () => {
    const doc = extract(
      `${BID} The Northfield Council threw its support behind the bid. The Tory Party gave its blessing to the bid. Lina Berg, the exchange chairman, described the bid as derisory. The Green Party said the bid was paltry. Ivo Marr said the offer was attractive.`,
    );
    expect(stanceLines(doc)).toEqual([
      `Green Party -> ${BID_TARGET}: oppose`,
      `Ivo Marr -> ${BID_TARGET}: support`,
      `Lina Berg -> ${BID_TARGET}: oppose`,
      `Northfield Council -> ${BID_TARGET}: support`,
      `Tory Party -> ${BID_TARGET}: support`,
    ]);
  });
});
