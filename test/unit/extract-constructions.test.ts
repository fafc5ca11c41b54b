// Common constructions of English news that decide who is an actor and who met: a region named as a
// place, coordinated country words, a name after its employer's possessive, the same meeting told twice.
import { describe, expect, it } from 'vitest';
import { extractBody } from '../support/extraction';
import { type Extraction } from '../../schema';

const extract = (body: string): Extraction => extractBody(body, '2024-03-15');
const names = (doc: Extraction) => doc.actors.map((a) => a.name);
const actor = (doc: Extraction, name: string) => doc.actors.find((a) => a.name === name);
const meetings = (doc: Extraction) =>
  doc.meetings.map((m) => m.participants.map((id) => doc.actors.find((a) => a.id === id)?.name).sort());

describe('regions', () => {
  it('keeps a region named only as a place or a modifier out of the actors', () => {
    const doc = extract(
      [
        'Castellan Steel said on Monday it would build two plants in Asia.',
        "The plants would supply northern Europe, and Africa's steel market is growing, it said.",
        'An opposition Europe spokeswoman, Mira Talvik, said the plan was welcome.',
      ].join(' '),
    );
    expect(names(doc)).not.toContain('Asia');
    expect(names(doc)).not.toContain('Europe');
    expect(names(doc)).not.toContain('Africa');
  });

  it('keeps a region that something is said to rest on or to do', () => {
    const doc = extract(
      'Much of the cost of the new fleet will fall on Europe, officials said. Europe must decide by May, Mira Talvik said.',
    );
    expect(actor(doc, 'Europe')?.kind).toBe('group');
  });
});

describe('coordinated country words before a collective noun', () => {
  it('shares the noun between two modifiers, but not with a full country name', () => {
    const doc = extract(
      [
        'Talks between rebels from Kenya and Sudanese officials ended in Ardmore on Friday.',
        'Kenyan and US negotiators will meet again next week.',
      ].join(' '),
    );
    const mentions = (name: string) => actor(doc, name)?.mentions.map((m) => m.text) ?? [];
    expect(mentions('Kenya')[0]).toBe('Kenya');
    expect(mentions('Sudan')).toContain('Sudanese officials');
    expect(mentions('Kenya')).toContain('Kenyan and US negotiators');
  });
});

describe("a name after its employer's possessive", () => {
  it('takes an untitled name coordinated with a titled one as a person', () => {
    const doc = extract(
      "A meeting between Castellan Steel chief executive Mira Talvik and Norvale's Jonas Brekke has been set for Friday in Oslo.",
    );
    expect(actor(doc, 'Jonas Brekke')?.kind).toBe('person');
    expect(meetings(doc)[0]).toEqual(expect.arrayContaining(['Jonas Brekke', 'Mira Talvik']));
  });

  it('takes an untitled name coordinated with a speaking name that follows its employer', () => {
    const doc = extract(
      "The talks ended. Jonas Brekke and Castellan's Mira Talvik said they would meet again.",
    );
    expect(actor(doc, 'Jonas Brekke')?.kind).toBe('person');
  });
});

describe('one meeting told twice', () => {
  it('joins a later meeting among some of the people of an earlier one', () => {
    const doc = extract(
      [
        'Castellan Steel Corp is weighing a higher bid for its rival.',
        'Mira Talvik met Castellan chief executive Jonas Brekke on Tuesday amid talk of a higher bid.',
        'Ms Talvik discussed a new head office with Mr Brekke, people familiar with the matter said.',
      ].join(' '),
    );
    expect(doc.meetings).toHaveLength(1);
    expect(meetings(doc)[0]).toEqual(expect.arrayContaining(['Jonas Brekke', 'Mira Talvik']));
  });

  it('keeps apart meetings of the same people on two days', () => {
    const doc = extract(
      [
        'Mira Talvik met Jonas Brekke in Oslo on Monday.',
        'Ms Talvik and Mr Brekke also met Castellan Steel executives in Bergen on Wednesday.',
      ].join(' '),
    );
    expect(doc.meetings).toHaveLength(2);
  });
});

describe('an organisation in full and in a contraction', () => {
  it('makes one actor of a name and its word-by-word short form', () => {
    const doc = extract(
      [
        'Bexley United shares climbed on Monday when Mira Talvik raised her offer.',
        'The board of Bexley Utd will meet this week to weigh it.',
        'But the Bexley Utd fan club asked the club to refuse.',
        'Natl Ferry Co said it backed the bid. National Ferry Co owns 5% of the club.',
      ].join(' '),
    );
    const orgs = doc.actors.filter((a) => a.kind === 'organization').map((a) => a.name);
    expect(orgs).toEqual(['Bexley United', 'National Ferry']);
    expect(actor(doc, 'Bexley United')?.mentions.map((m) => m.text)).toContain('Bexley Utd');
    expect(meetings(doc)).toEqual([['Bexley United']]);
  });
});

describe('counterparts', () => {
  it('reads "his French counterpart" and "her EU counterparts" as the side they speak for', () => {
    const doc = extract(
      [
        'Foreign Minister Jonas Brekke met his French counterpart in Paris on Monday.',
        'Prime Minister Mira Talvik is meeting her EU counterparts in Brussels to agree a budget.',
      ].join(' '),
    );
    expect(meetings(doc)).toEqual([
      ['France', 'Jonas Brekke'],
      ['European Union', 'Mira Talvik'],
    ]);
    expect(doc.meetings.map((m) => m.status)).toEqual(['held', 'held']);
  });
});

describe('talks about a deal with another side', () => {
  it('takes the side of the deal for the other side of the talks', () => {
    const doc = extract(
      'The Japanese government quit a fisheries pact (JFP) with Kenya once negotiations stalled.',
    );
    expect(meetings(doc)).toEqual([['Japan', 'Kenya']]);
  });
});

describe("a party's label standing alone", () => {
  it('names the party as a noun, but not as a modifier or after an article', () => {
    const doc = extract(
      [
        'Labour gained ground, but Liberal leader Mira Talvik said her party would vote against Labour.',
        'A Labour government is unlikely, and a Labour-led coalition would fail.',
        'Jonas Brekke, a Democrat, said he would vote against it.',
      ].join(' '),
    );
    expect(actor(doc, 'Labour')?.mentions.map((m) => m.text)).toEqual(['Labour', 'Labour']);
    expect(names(doc)).not.toContain('Democrat');
  });
});

describe('a country name used as a demonym', () => {
  it('keeps a country named only to describe someone out of the actors', () => {
    const doc = extract(
      'Bexley United said the US investor had bought more shares. The US investor now owns a tenth of the club.',
    );
    expect(names(doc)).not.toContain('United States');
  });

  it('keeps a country that the text also names as a side', () => {
    const doc = extract('The UK retailer Jonas Brekke said the UK would reject the plan.');
    expect(names(doc)).toContain('United Kingdom');
  });
});

describe('a family named by its surname', () => {
  it('makes a group of a family that acts, not of one that only qualifies a noun', () => {
    const doc = extract(
      [
        'The Halden family, which owns a large part of the bank, has not said it wants to sell.',
        'Mira Talvik said she had visited the Brekke family home in Oslo.',
      ].join(' '),
    );
    expect(actor(doc, 'Halden family')?.kind).toBe('group');
    expect(names(doc)).not.toContain('Brekke family');
  });
});
