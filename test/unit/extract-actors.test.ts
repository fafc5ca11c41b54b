// The actor pass on short articles written for these tests: which names become one actor, of which kind,
// and which do not become actors at all.
import { describe, expect, it } from 'vitest';
import { extractBody } from '../support/extraction';
import { type Extraction } from '../../schema';

const extract = (body: string): Extraction => extractBody(body, '2024-03-15');

const names = (doc: Extraction) => doc.actors.map((a) => a.name);
const mentionsOf = (doc: Extraction, name: string) =>
  doc.actors.find((a) => a.name === name)?.mentions.map((m) => m.text) ?? [];

describe('company names', () => {
  it('makes a company with and without its legal form one actor, named without it', () => {
    const doc = extract(
      `Harlow Freight Corp said its board rejected an offer from Bexley Mills Ltd. Harlow Freight said the bid was too low, and Bexley Mills Inc did not comment.`,
    );
    expect(names(doc).filter((n) => n.startsWith('Harlow'))).toEqual(['Harlow Freight']);
    expect(names(doc).filter((n) => n.startsWith('Bexley'))).toEqual(['Bexley Mills']);
    expect(mentionsOf(doc, 'Harlow Freight')).toEqual(['Harlow Freight Corp', 'Harlow Freight']);
  });

  it("reads the first word of one company's name, alone, as that company", () => {
    const doc = extract(
      `Quillon Shipping Inc agreed to buy Tarrow Docks. Quillon said the deal would close in May. A Tarrow Docks director said the sale was fair.`,
    );
    expect(mentionsOf(doc, 'Quillon Shipping')).toEqual(['Quillon Shipping Inc', 'Quillon']);
    expect(names(doc)).not.toContain('Quillon');
  });

  it("ends a company's name at a dotted legal form that closes its sentence", () => {
    const doc = extract(`Ferris Tool said it bought Ambry Cast Ltd. Ferris Tool will keep the plant open.`);
    expect(mentionsOf(doc, 'Ambry Cast')).toEqual(['Ambry Cast Ltd.']);
  });

  it('reads the initials of a company named with its legal form', () => {
    const doc = extract(
      `Northern Coast Railways Inc said it would sue. NCR said the merger would hurt its customers.`,
    );
    expect(mentionsOf(doc, 'Northern Coast Railways')).toContain('NCR');
    expect(names(doc)).not.toContain('NCR');
  });
});

describe('organisations by acronym and coordination', () => {
  const doc = extract(
    `Ferry crews may strike, the Deckhands Union, DHU, and the Rail, Road and Harbour Union, RRHU, said. The Securities and Exchange Commission said it would watch the talks. Under the Common Agreement on Freight and Ports (CAFP), the strike is legal, Larsen said. The US and European Union did not comment.`,
  );

  it('reads an acronym set off by commas after a name as that organisation', () => {
    expect(mentionsOf(doc, 'Deckhands Union')).toEqual(['Deckhands Union', 'DHU']);
    expect(names(doc)).not.toContain('DHU');
  });

  it("keeps coordinated words after 'the' in an organisation's name, but not a country", () => {
    expect(mentionsOf(doc, 'Rail, Road and Harbour Union')).toEqual(['Rail, Road and Harbour Union', 'RRHU']);
    expect(names(doc)).toContain('Securities and Exchange Commission');
    expect(names(doc)).toContain('European Union');
    expect(names(doc)).toContain('United States');
  });

  it('reads an acronym of the last words of a long name as that organisation', () => {
    const other = extract(
      `The Coastal League Dockers Association rejected the offer on Monday. The DA said its members would strike.`,
    );
    expect(mentionsOf(other, 'Coastal League Dockers Association')).toContain('DA');
    expect(names(other)).not.toContain('DA');
  });

  it('makes the name an acronym in parentheses spells an organisation', () => {
    expect(mentionsOf(doc, 'Common Agreement on Freight and Ports')).toEqual([
      'Common Agreement on Freight and Ports',
      'CAFP',
    ]);
  });

  it('leaves an acronym before a person out of the name', () => {
    const other = extract(
      `The Global Trade Pact (GTP) will meet. US Ambassador to GTP Mark Rellis said the talks would go on. However Jane Okafor said no.`,
    );
    expect(mentionsOf(other, 'Mark Rellis')).toEqual(['Mark Rellis']);
    expect(mentionsOf(other, 'Global Trade Pact')).toContain('GTP');
    expect(mentionsOf(other, 'Jane Okafor')).toEqual(['Jane Okafor']);
  });
});

describe('wire copy and names in passing', () => {
  const doc = extract(
    `HALDEN, May 2 - Brenning Foods Inc <BRF.N> said it would buy Lakka Dairy. Brenning said Lakka Dairy, which is 60 pct owned by Veltro Holdings Corp, agreed to the offer. The deal needs Agriculture Department approval. Brenning said its talks in Norway were useful. Brenning shares rose on the Halden Grain Exchange, and Lakka Dairy said it welcomed the offer.`,
  );

  it('reads neither a ticker nor a dateline as a mention of a company', () => {
    expect(mentionsOf(doc, 'Brenning Foods')).toEqual([
      'Brenning Foods Inc',
      'Brenning',
      'Brenning',
      'Brenning',
    ]);
    const all = doc.actors.flatMap((a) => a.mentions.map((m) => m.text));
    expect(all).not.toContain('BRF');
    expect(all).not.toContain('HALDEN');
  });

  it('leaves out an organisation or a country named once in passing', () => {
    expect(names(doc)).not.toContain('Veltro Holdings');
    expect(names(doc)).not.toContain('Agriculture Department');
    expect(names(doc)).not.toContain('Norway');
    expect(names(doc)).toContain('Lakka Dairy');
  });
});

describe('bodies named by whom they gather', () => {
  const doc = extract(
    `Negotiations stalled, the Harbour Clerks Union said. Yet the chairman of the port employers' federation, Ilse Marten, expected both sides to return. The union is asking for a five pct rise. The port clerks' demands are excessive, Marten said.`,
  );

  it("makes the employers' federation an organisation, kept as the body its chairman speaks for", () => {
    expect(mentionsOf(doc, "Port employers' federation")).toEqual(["the port employers' federation"]);
  });

  it('reads "the union" as the union named before, but not "the port" of "the port clerks"', () => {
    expect(mentionsOf(doc, 'Harbour Clerks Union')).toEqual(['Harbour Clerks Union', 'The union']);
    const all = doc.actors.flatMap((a) => a.mentions.map((m) => m.text.toLowerCase()));
    expect(all).not.toContain('the port');
  });
});

describe('people', () => {
  it('keeps a person named in a hyphenated modifier, and reads the name with and without its initial as one', () => {
    const doc = extract(
      `Dorlan Paper Inc said it rejected the bid by the Ruth K. Amsel-led Velt Group. The offer was an attempt by Ruth Amsel to block its merger, Dorlan said.`,
    );
    const amsel = doc.actors.filter((a) => a.mentions.some((m) => m.text.endsWith('Amsel')));
    expect(amsel).toHaveLength(1);
    expect(amsel[0]!.kind).toBe('person');
    expect(amsel[0]!.mentions.map((m) => m.text)).toEqual(['Ruth K. Amsel', 'Ruth Amsel']);
  });
});
