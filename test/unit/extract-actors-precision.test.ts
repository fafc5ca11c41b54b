// The actor pass on who is a party and who is only named: countries named only as places, bodies named
// as a forum's modifier, members named by their organisation, a party's wing, a title only one person
// holds, and organisations introduced by what they are.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../ingest/article/read';
import { extractArticle } from '../../ingest/extract';
import { extractBody, stanceLines } from '../support/extraction';
import { ExtractionSchema, type Extraction } from '../../schema';

const extract = (body: string): Extraction => extractBody(body, '2024-03-15');
const names = (doc: Extraction) => doc.actors.map((a) => a.name);
const kinds = (doc: Extraction) => doc.actors.map((a) => `${a.name}: ${a.kind}`).sort();

function extractFixture(file: string): Extraction {
  const raw = readFileSync(join(__dirname, '../fixtures/style-articles', file), 'utf8');
  const doc = extractArticle(parseArticle(raw, file));
  ExtractionSchema.parse(doc);
  return doc;
}
const actor = (doc: Extraction, name: string) => doc.actors.find((a) => a.name === name);

describe('names that say where, not who', () => {
  it('leaves out a country named only as a place, however often', () => {
    const doc = extract(
      [
        'Talks between Sarn Front representatives from Chile and Peruvian officials ended in Lima on Friday.',
        'Peru said it wanted a new border treaty. The Peruvian army reported incursions into Chile territory.',
        'The Sarn Front said its fighters would stay in Chile.',
      ].join(' '),
    );
    expect(names(doc)).toContain('Peru');
    expect(names(doc)).not.toContain('Chile');
  });

  it('keeps a country named as a place when it is also a party to talks', () => {
    const doc = extract(
      'Talks between Chilean officials and representatives from Peru ended in Quito on Friday. Chile said it wanted a new border treaty.',
    );
    expect(names(doc)).toEqual(expect.arrayContaining(['Chile', 'Peru']));
    expect(doc.meetings[0]?.participants).toHaveLength(2);
  });

  it('leaves out a body whose bracketed acronym only names a forum', () => {
    const doc = extract(
      'Norway and Chile held talks in Rome at the margins of the Group of Twenty (G20) finance meeting. Norway said no deal was reached.',
    );
    expect(names(doc)).not.toContain('G20');
    expect(names(doc)).toContain('Norway');
  });
});

describe('members and wings', () => {
  it('names members after their organisation, and makes bare members the body that speaks for them', () => {
    const doc = extract(
      [
        'The Netball Players Association said on Friday it would strike.',
        'Vela League players were highly critical of commissioner Ann Vey.',
        'The Vela League has accused the players of stalling.',
      ].join(' '),
    );
    expect(names(doc)).toContain('Vela League players');
    expect(names(doc)).not.toContain('Players');
    expect(stanceLines(doc)).toEqual(
      expect.arrayContaining([
        'Vela League players -> Ann Vey: oppose',
        'Vela League -> Netball Players Association: oppose',
      ]),
    );
  });

  it("makes a party's wing a group of its own, and a party leaving talks no wing", () => {
    const doc = extract(
      [
        'Mr Holm proposed a grand coalition of all three parties.',
        'Mr Vik said at once that the Tory right had rejected the grand coalition.',
        'The Vela Party left the talks on Friday.',
      ].join(' '),
    );
    expect(stanceLines(doc)).toContain('Tory right -> proposal of Holm: oppose');
    expect(names(doc).filter((n) => / (left|right)$/.test(n))).toEqual(['Tory right']);
  });
});

describe('titles and descriptions that name', () => {
  it('makes "the Queen" a person, and "the King" the king named before', () => {
    const doc = extract(
      [
        'The Queen asked Mr Holm to form a government. Mr Holm said he would try.',
        'King Harald met Mr Holm on Friday. The King said the talks went well.',
        'The Queen of Tarsk did not attend.',
      ].join(' '),
    );
    expect(actor(doc, 'The Queen')?.kind).toBe('person');
    expect(actor(doc, 'The Queen')?.mentions.map((m) => m.text)).toEqual(['The Queen']);
    expect(actor(doc, 'Harald')?.mentions.map((m) => m.text)).toContain('The King');
  });

  it('makes a name introduced as a bank an organisation, and one after a trade noun too', () => {
    const doc = extract(
      [
        'Mr Dunmore made a new offer for Harlow Freight on Monday.',
        'KB Borsk, the investment bank, is advising Mr Dunmore. Later KB Borsk said it had no comment.',
        'The brokerage Tallis Marsh said in a note that the bid was too low.',
      ].join(' '),
    );
    expect(actor(doc, 'KB Borsk')?.kind).toBe('organization');
    expect(actor(doc, 'KB Borsk')?.mentions).toHaveLength(2);
    expect(actor(doc, 'Tallis Marsh')?.kind).toBe('organization');
  });
});

describe('relatives, communities and commentators', () => {
  it("names relatives introduced by given name after a person's possessive with the family's surname", () => {
    const doc = extract(
      [
        'Mr Dunmore made a new offer for Harlow Freight on Monday.',
        "Mr Dunmore's two sons, Ari and Benno, are leading the bid. Mr Dunmore's son Tomas said nothing.",
      ].join(' '),
    );
    expect(names(doc)).toEqual(expect.arrayContaining(['Ari Dunmore', 'Benno Dunmore', 'Tomas Dunmore']));
    expect(actor(doc, 'Ari Dunmore')?.kind).toBe('person');
  });

  it('makes a community that takes a side a group, and leaves out one that takes none', () => {
    const doc = extract(
      [
        'Norway proposed a ceasefire plan on Monday. The international community welcomed the plan.',
        'The local business community held a dinner.',
      ].join(' '),
    );
    expect(stanceLines(doc)).toContain('International community -> proposal of Norway: support');
    expect(names(doc)).not.toContain('Local business community');
  });

  it('leaves out analysts, journalists and brokerages quoted for their view, unless they take a side', () => {
    const doc = extract(
      [
        'Harlow Shipping rejected a takeover offer from Mr Dunmore on Monday.',
        'Brokerage Tallis Marsh said in a note that a legal fight was likely.',
        'Peter Quill, head of European equities for Aldgate Investments, said he believed talks would go on.',
        'Journalist Tom Bede said the atmosphere was tense.',
        'Mia Sorn, an analyst at Kessel Bank, said the offer was too low.',
      ].join(' '),
    );
    expect(names(doc)).not.toContain('Tallis Marsh');
    expect(names(doc)).not.toContain('Peter Quill');
    expect(names(doc)).not.toContain('Tom Bede');
    expect(stanceLines(doc)).toContain('Mia Sorn -> proposal of Dunmore: oppose');
  });
});

describe('other parties and heads of bodies', () => {
  it('makes "the other parties" a group, and "the head of X, Name" a mention of the person', () => {
    const doc = extract(
      [
        'The Vela Party topped the poll in May. Since then the other parties have refused to govern with',
        'the head of the nationalist Vela Party (VP), Ivo Marr, who wants early elections.',
      ].join(' '),
    );
    expect(stanceLines(doc)).toEqual(['The other parties -> Ivo Marr: oppose']);
    expect(actor(doc, 'Ivo Marr')?.mentions.map((m) => m.text)).toContain(
      'the head of the nationalist Vela Party (VP)',
    );
  });
});

describe('regions named by their officials', () => {
  it('makes the region whose officials act an organisation, but not a city where officials are', () => {
    const doc = extract(
      [
        'Harlow Exchange plans to move its headquarters to Oslo, the company said on Monday.',
        'Officials in the province of Kell welcomed the plan. Officials in Oslo declined to comment.',
      ].join(' '),
    );
    expect(actor(doc, 'Kell')?.kind).toBe('organization');
    expect(actor(doc, 'Kell')?.mentions.map((m) => m.text)).toEqual(['Officials in the province of Kell']);
    expect(names(doc)).not.toContain('Oslo');
  });
});

describe('articles in other styles', () => {
  it('reads the firms and officers of an acquisition press release, and leaves out the analyst', () => {
    expect(kinds(extractFixture('acquisition-release.txt'))).toEqual([
      'Brenholt Logistics: organization',
      'Castellan Marine Group: organization',
      'Dorsey & Lyle: organization',
      'Halvard Quist: person',
      'Ilse Varnek: person',
      'Rennick Partners: organization',
    ]);
  });

  it('reads the sides of a lockout story, its league players and the mediator at the next meeting', () => {
    const doc = extractFixture('lockout.txt');
    expect(names(doc)).toEqual(
      expect.arrayContaining(['Harbour Hockey League players', 'Owners', 'Ilka Brand', 'Maren Tull']),
    );
    const byId = new Map(doc.actors.map((a) => [a.id, a.name]));
    expect(doc.meetings.map((m) => m.participants.map((p) => byId.get(p)).sort())).toEqual([
      ['Harbour Hockey League', 'Hockey Players Association', 'Ilka Brand'],
    ]);
    expect(doc.proposals.map((p) => p.proposers.map((x) => byId.get(x)))).toEqual([['Owners']]);
  });
});
