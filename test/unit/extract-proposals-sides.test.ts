// Proposals, meetings and groups where the sides are named in a list: coordinated and partitive
// subjects, two participles sharing one head, talks taken up again, and the smaller states by name.
import { describe, expect, it } from 'vitest';
import { extractBody } from '../support/extraction';
import { type Extraction } from '../../schema';

const extract = (body: string): Extraction => extractBody(body, '2024-03-15');
const nameOf = (doc: Extraction) => new Map(doc.actors.map((a) => [a.id, a.name]));
const proposers = (doc: Extraction) =>
  doc.proposals.map((p) => p.proposers.map((id) => nameOf(doc).get(id)).sort());
const meetings = (doc: Extraction) =>
  doc.meetings.map((m) => ({
    who: m.participants.map((id) => nameOf(doc).get(id)).sort(),
    status: m.status,
  }));

describe('coordinated subjects of a proposing verb', () => {
  it('gives the proposal to both groups, the second named by a quantifying phrase', () => {
    const doc = extract(
      'Most consumers and a breakaway group of six producers proposed splitting the tin trade by current output.',
    );
    expect(proposers(doc)).toEqual([['Consumers', 'Producers']]);
  });
});

describe('two participles sharing one head noun', () => {
  it('reads "importing and exporting nations" as two sides of one meeting', () => {
    const doc = extract(
      'Cocoa talks between importing and exporting nations ended in a deadlock after nine days of sessions on ways to set quotas.',
    );
    expect(meetings(doc)).toEqual([{ who: ['Exporting nations', 'Importing nations'], status: 'failed' }]);
  });

  it('makes one group of exporters and producers', () => {
    const doc = extract('Exporting nations voted to cut supply. Producers said prices had fallen too far.');
    expect(doc.actors.filter((a) => a.kind === 'group').map((a) => a.name)).toEqual(['Exporting nations']);
  });
});

describe('talks taken up again', () => {
  it("reads an offer to resume talks as proposed talks of the sides that met, the offer's owner among them", () => {
    const doc = extract(
      "Pay talks between the Harbour Pilots Union and the Coastal Shipping Federation broke down on Friday. Union leader Mira Talvik said the federation's offer to reopen talks was an empty gesture.",
    );
    expect(meetings(doc)).toEqual([
      { who: ['Coastal Shipping Federation', 'Harbour Pilots Union'], status: 'failed' },
      { who: ['Coastal Shipping Federation', 'Harbour Pilots Union'], status: 'proposed' },
    ]);
  });
});

describe('every sovereign state is a country', () => {
  it('reads smaller states by name, demonym and capital', () => {
    const doc = extract(
      'Talks between Chile and Peru on fishing rights ended in deadlock. Uruguayan officials said Montevideo would host the next round.',
    );
    expect(meetings(doc)[0]).toEqual({ who: ['Chile', 'Peru'], status: 'failed' });
    expect(doc.actors.find((a) => a.name === 'Uruguay')?.kind).toBe('country');
  });
});

describe('companies named as examples', () => {
  it('leaves out a company listed once after "include", and keeps the one the story is about', () => {
    const doc = extract(
      'Possible buyers for Castellan Steel Corp include Vastra Mining Corp and Orrin Holdings Ltd. Castellan Steel said it had received an offer from Talvik Metals Inc.',
    );
    const names = doc.actors.map((a) => a.name);
    expect(names).toContain('Castellan Steel');
    expect(names).toContain('Talvik Metals');
    expect(names).not.toContain('Vastra Mining');
    expect(names).not.toContain('Orrin Holdings');
  });
});

describe('the agreement an offer aims at', () => {
  it('joins a merger agreement under talk between the bidder and its target to the bid, not a proposal of both', () => {
    const doc = extract(
      "Castellan Steel Corp said its board approved Castellan's offer to acquire 60 pct of Talvik Metals Inc for 20 dlrs per share. Castellan said it remains in talks with Talvik Metals on a definitive merger agreement.",
    );
    expect(proposers(doc)).toEqual([['Castellan Steel']]);
    expect(doc.proposals[0]!.terms).toContain('a definitive merger agreement');
  });
});

describe('"the group" after "a group of" people', () => {
  it('does not take the gathering for a body named nearby', () => {
    const doc = extract(
      'A group of Norland’s bondholders rejected a restructuring plan tied to talks with the World Bank. The group said the haircut was too deep.',
    );
    const bank = doc.actors.find((a) => a.name === 'World Bank');
    expect(bank?.aliases ?? []).not.toContain('The group');
    expect(bank?.aliases ?? []).not.toContain('the group');
  });
});
