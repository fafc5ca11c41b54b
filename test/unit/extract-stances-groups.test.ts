// Stances of groups named by the side they take ("critics believe ...", "supporters argue ..."), and of a
// country whose clause one of its own ministers reports.
import { describe, expect, it } from 'vitest';
import { extractBody, stanceLines } from '../support/extraction';
import { type Extraction } from '../../schema';

const extract = (body: string): Extraction => extractBody(body, '2024-06-12');

const BID = 'The Harbour Grain Exchange received a £2bn bid from Valemont Holdings on Monday.';
const BID_TARGET = 'proposal of Valemont Holdings';

describe('side groups voicing a view', () => {
  it('gives the members named in a critics aside the opposition to the proposal under discussion', () => {
    const doc = extract(
      `${BID} The plan could close two depots. Critics - including the Farmers Trading Union and the Northfield Council - believe the takeover would raise prices.`,
    );
    expect(stanceLines(doc)).toEqual([
      `Farmers Trading Union -> ${BID_TARGET}: oppose`,
      `Northfield Council -> ${BID_TARGET}: oppose`,
    ]);
  });

  it('reads supporters who argue for it as support, held by the group itself when no member is named', () => {
    const doc = extract(`${BID} Supporters argue it would bring investment to the port.`);
    expect(stanceLines(doc)).toEqual([`Supporters -> ${BID_TARGET}: support`]);
  });

  it('takes no side from critics who speak about a person, or who do not say anything', () => {
    const doc = extract(
      `${BID} Critics say Finance Minister Ana Ruiz misled parliament. Critics did not say whether prices would rise.`,
    );
    expect(stanceLines(doc).filter((l) => l.includes(BID_TARGET))).toEqual([]);
  });
});

describe('a country reported by its own minister', () => {
  it('gives the stance to the minister and to the country the clause names', () => {
    const doc = extract(
      `${BID}\n\nNorwegian Trade Minister Ana Ruiz said Norway was prepared to block the bid.`,
    );
    expect(stanceLines(doc)).toEqual([
      `Ana Ruiz -> ${BID_TARGET}: oppose`,
      `Norway -> ${BID_TARGET}: oppose`,
    ]);
  });
});
