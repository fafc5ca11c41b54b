// Stances whose holder or target takes more than one sentence to read: "they" after a list of names,
// names listed beside a titled one, bodies named by their members and then by name. Every name is
// invented for these tests.
import { describe, expect, it } from 'vitest';
import { extractBody, stanceLines } from '../support/extraction';
import { type Extraction } from '../../schema';

const extract = (body: string): Extraction => extractBody(body, '2024-06-12');

const BID = 'Harbor Rovers received a bid from Valemont Holdings on Monday.';
const BID_TARGET = 'proposal of Valemont Holdings';

describe('"they" after a list of names', () => {
  it('gives a sentence opened by "they" to every name the sentence before had as its subject', () => {
    const doc = extract(
      `${BID} Former players Tom Vantrell and Per Madsen, and club manager Sir Ian Crabb, have thanked the fans. They all oppose the bid.`,
    );
    expect(stanceLines(doc)).toEqual(
      [
        `Ian Crabb -> ${BID_TARGET}: oppose`,
        `Per Madsen -> ${BID_TARGET}: oppose`,
        `Tom Vantrell -> ${BID_TARGET}: oppose`,
      ].sort(),
    );
  });

  it('keeps "they" for the nearest organisation when the sentence before had one subject', () => {
    const doc = extract(
      `${BID} The Harbor Fans Association met club manager Sir Ian Crabb on Tuesday. They oppose the bid.`,
    );
    expect(stanceLines(doc)).toEqual([`Harbor Fans Association -> ${BID_TARGET}: oppose`]);
  });
});

describe('names listed beside a titled name', () => {
  it('reads an untitled two-word name joined by "and" to a titled person, before or after it, as a person', () => {
    const doc = extract(
      `Sir Ian Crabb and Dario Pell visited the training ground. Marco Velt and Sir Ian Crabb met them.`,
    );
    const people = doc.actors.filter((a) => a.kind === 'person').map((a) => a.name);
    expect(people.sort()).toEqual(['Dario Pell', 'Ian Crabb', 'Marco Velt']);
  });

  it('reads no person from an untitled name joined to another untitled one', () => {
    const doc = extract(`Marco Velt and Dario Pell visited the training ground.`);
    expect(doc.actors.filter((a) => a.kind === 'person')).toEqual([]);
  });
});

describe('bodies named by their members, then by name', () => {
  const body = `${BID} But the Rovers fans club urged the board to reject the bid. Sir Ian Crabb has lent his backing to the fans' group, Owners Together. A spokesman for the fans club spoke to reporters.`;

  it('makes every mention of the members body a mention of the named organisation, and no group of the members', () => {
    const doc = extract(body);
    const owners = doc.actors.find((a) => a.name === 'Owners Together');
    expect(owners?.kind).toBe('organization');
    expect(owners?.mentions.map((m) => m.text)).toEqual([
      'fans club',
      "the fans' group",
      'Owners Together',
      'the fans club',
    ]);
    expect(doc.actors.filter((a) => a.kind === 'group')).toEqual([]);
  });

  it('gives the stances of the body and toward it to the named organisation', () => {
    expect(stanceLines(extract(body))).toEqual(
      [`Ian Crabb -> Owners Together: support`, `Owners Together -> ${BID_TARGET}: oppose`].sort(),
    );
  });

  it('leaves a members body without a name after it as it was', () => {
    const doc = extract(`${BID} The fans' group urged the board to reject the bid.`);
    expect(stanceLines(doc)).toEqual([`Fans' group -> ${BID_TARGET}: oppose`]);
  });
});

describe('members owning something speak through the body they name', () => {
  it('reads "the employers\' offer" as the offer of the employers\' federation named before', () => {
    const doc = extract(
      `The Harbour Employers' Federation met the dockers' union on Monday. Union negotiator Bo Tran called the employers' offer of a longer contract farcical.`,
    );
    expect(stanceLines(doc)).toEqual([`Bo Tran -> proposal of Harbour Employers' Federation: oppose`]);
  });

  it('makes no group of members who own something when no body is named by them', () => {
    const doc = extract(`Union negotiator Bo Tran said the employers' offer was farcical.`);
    expect(doc.actors.map((a) => a.name)).toEqual(['Bo Tran']);
  });
});

describe('a party by its member adjective, colleagues, and "him" as a target', () => {
  const body = `Liberal leader Ana Holm met Prime Minister Bo Lund on Monday. By evening Ms Holm's colleagues had refused to support him, ending Mr Lund's plan. The Liberals said they wanted a vote.`;

  it('makes "Liberal leader" and "the Liberals" one party, and a leader\'s colleagues that party', () => {
    const doc = extract(body);
    const party = doc.actors.filter((a) => a.kind === 'organization');
    expect(party.map((a) => a.name)).toEqual(['Liberals']);
    expect(party[0]!.mentions.map((m) => m.text)).toEqual(['Liberal', "Ms Holm's colleagues", 'Liberals']);
  });

  it('points "him" at the person named before, not at the one inside the subject', () => {
    expect(stanceLines(extract(body))).toEqual(['Liberals -> Bo Lund: oppose']);
  });

  it('reads "her" before a noun as an owner, so the target is what she owns', () => {
    const doc = extract(
      `Prime Minister Bo Lund met Liberal leader Ana Holm on Monday. The Liberals refused to support her plan.`,
    );
    expect(stanceLines(doc)).toEqual(['Liberals -> proposal of Ana Holm: oppose']);
  });
});

describe('capitals that name a place, and one-word bodies that speak', () => {
  it('reads a capital before a common noun or a hyphened word as a place, not the government', () => {
    const doc = extract(
      `The Paris exchange and a London-based bank joined the talks. The Paris, Rome and Vienna bourses closed early. Paris said it would not comment.`,
    );
    const france = doc.actors.find((a) => a.name === 'France');
    expect(doc.actors.map((a) => a.name)).not.toContain('United Kingdom');
    expect(doc.actors.map((a) => a.name)).not.toContain('Italy');
    expect(doc.actors.map((a) => a.name)).not.toContain('Austria');
    expect(france?.mentions.map((m) => m.text)).toEqual(['Paris']);
    expect(france?.mentions[0]?.start).toBe(doc.article.text.lastIndexOf('Paris said'));
  });

  it('makes a recurring one-word name that speaks an organisation, and keeps a short form with its full name', () => {
    const doc = extract(
      `On Monday, Corvex made a bid for Tarn Shipping Corp. In a statement, Corvex said the offer was fair. Tarn said the offer was too low.`,
    );
    expect(doc.actors.map((a) => `${a.kind}:${a.name}`).sort()).toEqual([
      'organization:Corvex',
      'organization:Tarn Shipping',
    ]);
  });

  it('makes no organisation of a one-word name that never speaks or proposes', () => {
    const doc = extract(`On Monday, Corvex rejected a bid. In a statement, Corvex rejected the offer.`);
    expect(doc.actors).toEqual([]);
  });
});

describe('a rebate as something a side holds, judged by others', () => {
  it('reads "X\'s rebate" as X\'s, and "called the rebate unjustified" as opposing it', () => {
    const doc = extract(
      `Valemont Holdings will keep its tax rebate, the company said. Union leader Bo Tran has called Valemont Holdings' rebate "unjustified".`,
    );
    expect(doc.proposals.map((p) => p.label)).toContain("Valemont Holdings' rebate");
    expect(stanceLines(doc)).toEqual([`Bo Tran -> ${BID_TARGET}: oppose`]);
  });
});
