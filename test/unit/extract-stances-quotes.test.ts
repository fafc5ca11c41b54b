// Stances in quotations: "this" as the object points back at the proposal, and "we" in a quotation whose
// speaker the article does not name as an actor holds nothing (it is not whoever was named before).
import { describe, expect, it } from 'vitest';
import { extractBody, stanceLines } from '../support/extraction';
import { type Extraction } from '../../schema';

const extract = (body: string): Extraction => extractBody(body, '2024-06-12');

const BID = 'The Harbour Grain Exchange received a £2bn bid from Valemont Holdings on Monday.';
const BID_TARGET = 'proposal of Valemont Holdings';

describe('quoted stances', () => {
  it('reads "We will not accept this" as the speaker against the proposal last named', () => {
    const doc = extract(
      `${BID} “We will not accept this,” Ana Ruiz said. The Green Party rejected this latest bid.`,
    );
    expect(stanceLines(doc)).toEqual([
      `Ana Ruiz -> ${BID_TARGET}: oppose`,
      `Green Party -> ${BID_TARGET}: oppose`,
    ]);
  });

  it('gives "we" no holder when the speaker after the quotation is not a known actor', () => {
    const doc = extract(
      `${BID} “It is a bad deal for farmers,” Ivo Marr told reporters. “The bid is a good one and we welcome it,” said Tomas Eld.`,
    );
    expect(stanceLines(doc).filter((l) => l.endsWith(': support'))).toEqual([]);
  });
});

describe('judgements by a noun phrase after "be"', () => {
  it('reads "was an insult", "was a mistake" and "is a bad deal" as opposition, and optimism about talks as none', () => {
    const doc = extract(
      `${BID} “This offer is an insult to our members,” union president Lina Berg said. Ivo Marr, the exchange chairman, said the bid was a mistake. “It is a bad deal for farmers,” Ana Ruiz told reporters. “It is good that talks continue,” Tomas Eld, the mayor, said.`,
    );
    expect(stanceLines(doc)).toEqual([
      `Ana Ruiz -> ${BID_TARGET}: oppose`,
      `Ivo Marr -> ${BID_TARGET}: oppose`,
      `Lina Berg -> ${BID_TARGET}: oppose`,
    ]);
  });
});
