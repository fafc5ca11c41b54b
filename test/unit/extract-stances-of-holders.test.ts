// Stances whose holder follows "of" ("the opposition of the unions"), the party wings that often hold
// them ("the Tory right"), and a demonstrative "that" judged by a speaker ("said that was impossible").
import { describe, expect, it } from 'vitest';
import { extractBody, stanceLines } from '../support/extraction';
import { type Extraction } from '../../schema';

const extract = (body: string): Extraction => extractBody(body, '2024-06-12');

const BID = 'The Harbour Grain Exchange received a £2bn bid from Valemont Holdings on Monday.';
const BID_TARGET = 'proposal of Valemont Holdings';

describe('stance nouns with an "of" holder', () => {
  it('reads the target after "to", and otherwise the proposal the sentence names', () => {
    const doc = extract(
      `${BID} Lina Berg noted the opposition of the Farmers Trading Union to the bid. The exchange could still reject the bid despite the backing of the Northfield Council.`,
    );
    expect(stanceLines(doc)).toEqual(
      expect.arrayContaining([
        `Farmers Trading Union -> ${BID_TARGET}: oppose`,
        `Northfield Council -> ${BID_TARGET}: support`,
      ]),
    );
  });

  it('makes a party wing a group that holds the stance, apart from its party', () => {
    const doc = extract(
      `${BID} The Tory Party would not back the bid, owing to the hostility of the Tory right.`,
    );
    expect(doc.actors.map((a) => `${a.name} (${a.kind})`)).toContain('Tory right (group)');
    expect(stanceLines(doc)).toEqual([
      `Tory Party -> ${BID_TARGET}: oppose`,
      `Tory right -> ${BID_TARGET}: oppose`,
    ]);
  });

  it('takes no holder from a name that modifies a noun, nor from "in support of"', () => {
    const doc = extract(
      `${BID} The bid faces the opposition of the Valemont board. The Northfield Council spoke in support of the Farmers Trading Union.`,
    );
    expect(stanceLines(doc)).toEqual([]);
  });
});

describe('a demonstrative judged by a speaker', () => {
  it('reads "X said that was impossible" as opposition to the proposal last named', () => {
    const doc = extract(`${BID} Lina Berg, the exchange chairman, said that was impossible.`);
    expect(stanceLines(doc)).toEqual([`Lina Berg -> ${BID_TARGET}: oppose`]);
  });
});
