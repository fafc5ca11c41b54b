// More news usage beyond the first-built constructions: companies named without a legal form, a city
// standing for the body seated there, plurals that refer back to both sides of earlier talks, lists of
// delegations, lone surnames, interview answers under speaker labels, datelines and bylines.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../ingest/article/read';
import { extractArticle } from '../../ingest/extract';
import { ExtractionSchema, type Extraction } from '../../schema';
import { extractBody, stanceLines } from '../support/extraction';

const extract = (body: string): Extraction => extractBody(body, '2026-03-12');
const names = (doc: Extraction) => doc.actors.map((a) => a.name).sort();
const kindOf = (doc: Extraction, name: string) => doc.actors.find((a) => a.name === name)?.kind;
const meetings = (doc: Extraction) =>
  doc.meetings.map((m) => [
    m.participants.map((id) => doc.actors.find((a) => a.id === id)?.name).sort(),
    m.status,
  ]);
const proposers = (doc: Extraction) =>
  doc.proposals.map((p) => p.proposers.map((id) => doc.actors.find((a) => a.id === id)?.name).sort());

describe('a company named without a legal form', () => {
  it('reads "Castellan Steel said ... it" as a company, the maker of the offer', () => {
    const doc = extract('Castellan Steel said on Tuesday it had made an offer for Brenn Mills Corp.');
    expect(kindOf(doc, 'Castellan Steel')).toBe('organization');
    expect(proposers(doc)).toEqual([['Castellan Steel']]);
  });

  it('reads an industry name as a company when the article speaks of "the company"', () => {
    const doc = extract(
      'Brenn Shipping rejected the offer from Castellan Corp on Monday. The company said the price was too low.',
    );
    expect(kindOf(doc, 'Brenn Shipping')).toBe('organization');
    expect(stanceLines(doc)).toContain('Brenn Shipping -> proposal of Castellan: oppose');
  });

  it('reads a name with a stock ticker or ", which" after it as a company', () => {
    const ticker = extract('Tarvik Holm (NYSE: TVH) rejected the offer from Castellan Corp on Monday.');
    expect(kindOf(ticker, 'Tarvik Holm')).toBe('organization');
    expect(stanceLines(ticker)).toEqual(['Tarvik Holm -> proposal of Castellan: oppose']);
    const which = extract(
      'Tarvik Holm, which runs three plants in the north, rejected the offer from Castellan Corp on Monday.',
    );
    expect(kindOf(which, 'Tarvik Holm')).toBe('organization');
  });

  it('keeps a person whose surname is an industry word when nothing calls the name a company', () => {
    const doc = extract('Jane Steel said the talks were useful. She said the offer was too low.');
    expect(kindOf(doc, 'Jane Steel')).toBe('person');
  });
});

describe('a city standing for a body or for a country', () => {
  it('reads "Brussels" as the EU in an article that names the EU', () => {
    const doc = extract(
      'The European Union and Chile resumed trade talks on Monday. Brussels rejected the Chilean offer on wine quotas.',
    );
    expect(names(doc)).toEqual(['Chile', 'European Union']);
    expect(stanceLines(doc)).toEqual(['European Union -> proposal of Chile: oppose']);
  });

  it('keeps "Brussels" for Belgium, and "Moscow" for Russia, when no EU is named', () => {
    const doc = extract(
      'Brussels said on Monday that it would not accept the offer. Moscow rejected it too.',
    );
    expect(names(doc)).toEqual(expect.arrayContaining(['Belgium', 'Russia']));
    expect(names(doc)).not.toContain('European Union');
  });
});

describe('a plural for both sides of earlier talks', () => {
  it('gives "the ministers agreed to meet again" to the ministers who met', () => {
    const doc = extract(
      'Foreign Minister Anneli Roos of Sweden met Foreign Minister Tomas Varga of Denmark in Oslo on Monday. The ministers agreed to meet again on Friday.',
    );
    expect(meetings(doc)).toEqual([
      [['Anneli Roos', 'Tomas Varga'], 'held'],
      [['Anneli Roos', 'Tomas Varga'], 'planned'],
    ]);
  });

  it('gives "the two sides will meet" to the two bodies named most when no talks were read', () => {
    const doc = extract(
      'The Harbour Basketball League and the Harbour Players Association agreed on Sunday to extend their bargaining deadline. The two sides will meet again on Thursday.',
    );
    expect(meetings(doc)).toEqual([
      [['Harbour Basketball League', 'Harbour Players Association'], 'planned'],
    ]);
  });

  it('gives "both leaders will meet" to the sides of the talks before', () => {
    const doc = extract(
      'Sweden and Denmark held talks in Oslo on Monday. Both leaders will meet again in May.',
    );
    expect(meetings(doc)).toEqual([
      [['Denmark', 'Sweden'], 'held'],
      [['Denmark', 'Sweden'], 'planned'],
    ]);
  });

  it('makes no meeting of "the ministers" when no talks came before', () => {
    expect(extract('The ministers will meet in Oslo on Friday.').meetings).toEqual([]);
  });

  it('reads the name right after "her Danish counterpart" as a person at the meeting', () => {
    const doc = extract(
      'Foreign Minister Anneli Roos of Sweden met her Danish counterpart Tomas Varga in Oslo on Monday.',
    );
    expect(kindOf(doc, 'Tomas Varga')).toBe('person');
    expect(meetings(doc)[0]![0]).toEqual(expect.arrayContaining(['Anneli Roos', 'Tomas Varga']));
  });
});

describe('a clause opened by "but"', () => {
  it('gives "the plan" to the proposal of the clause before, and the participle to the "but" subject', () => {
    const doc = extract(
      'Ghana proposed a 10 percent cut in export quotas, but Ivory Coast rejected the plan, saying it would hurt its farmers.',
    );
    expect(doc.proposals).toHaveLength(1);
    expect(stanceLines(doc)).toEqual(['Ivory Coast -> proposal of Ghana: oppose']);
  });
});

describe('a list of the delegations that met', () => {
  it('gives "delegations from A, B and C met" to all three', () => {
    const doc = extract('Delegations from Sweden, Denmark and Norway met in Geneva on Monday.');
    expect(meetings(doc)).toEqual([[['Denmark', 'Norway', 'Sweden'], 'held']]);
  });

  it('gives "the leaders of A, B and C met" to all three', () => {
    const doc = extract('The leaders of Sweden, Denmark and Norway met in Geneva on Monday.');
    expect(meetings(doc)).toEqual([[['Denmark', 'Norway', 'Sweden'], 'held']]);
  });

  it('still reads "Lyon, France" as a place and its country', () => {
    const doc = extract('Sweden met Denmark in Lyon, France, on Monday.');
    expect(meetings(doc)).toEqual([[['Denmark', 'Sweden'], 'held']]);
    expect(doc.meetings[0]!.place).toBe('Lyon');
  });
});

describe('a body named by its head word before "of"', () => {
  it('reads "the Alliance of Cocoa Producing Countries" as one organisation', () => {
    const doc = extract(
      'The Alliance of Cocoa Producing Countries proposed a cut in export quotas. Ghana backed the plan.',
    );
    expect(names(doc)).toContain('Alliance of Cocoa Producing Countries');
    expect(kindOf(doc, 'Alliance of Cocoa Producing Countries')).toBe('organization');
    expect(proposers(doc)).toEqual([['Alliance of Cocoa Producing Countries']]);
  });
});

describe('a surname the article never gives in full', () => {
  it('reads "Halvorsen, the trade minister, said" as a person', () => {
    const doc = extract(
      'Halvorsen, the trade minister, said the tariffs were too high. Halvorsen rejected the proposal for a quota made by Sweden.',
    );
    expect(kindOf(doc, 'Halvorsen')).toBe('person');
    expect(stanceLines(doc)).toEqual(['Halvorsen -> proposal of Sweden: oppose']);
  });

  it('reads "Halvorsen rejected ..., saying his" as a person', () => {
    const doc = extract(
      'Sweden proposed a quota on salmon. Halvorsen rejected the proposal, saying his government wanted lower tariffs.',
    );
    expect(kindOf(doc, 'Halvorsen')).toBe('person');
    expect(stanceLines(doc)).toEqual(['Halvorsen -> proposal of Sweden: oppose']);
  });

  it("makes no person of a party's plural name or of a known first name", () => {
    const doc = extract(
      'Foreign Minister Mira Talvik met Jonas Erlund on Monday. He said the Greens could back his plan. "Mira said she would think about it," Erlund said.',
    );
    expect(kindOf(doc, 'Greens')).toBe('organization');
    expect(names(doc)).not.toContain('Mira');
  });

  it('still reads a surname after the full name as that person', () => {
    const doc = extract(
      'Trade Minister Amara Okafor of Norway met Swedish officials on Monday. Okafor rejected the Swedish proposal for a quota.',
    );
    expect(names(doc)).not.toContain('Okafor');
    expect(stanceLines(doc)).toEqual(['Amara Okafor -> proposal of Sweden: oppose']);
  });
});

describe('interview answers under speaker labels', () => {
  const interview = [
    'Swedish trade envoy Ilse Marek spoke to us about the Danish offer on steel quotas.',
    'Q: Will Sweden accept the Danish offer?',
    'Marek: No. We reject this offer. It is far too low.',
    'Q: What would you support instead?',
    'Marek: A phased cut in tariffs over five years.',
  ].join('\n\n');

  it("gives a first-person answer to the labelled speaker, and the interviewer's question to no one", () => {
    const doc = extract(interview);
    expect(stanceLines(doc)).toEqual(['Ilse Marek -> proposal of Denmark: oppose']);
  });

  it('reads "reluctant to accept" as a refusal', () => {
    const doc = extract(
      'Finland has proposed a supply contract. Norway is reluctant to accept the proposal.',
    );
    expect(stanceLines(doc)).toEqual(['Norway -> proposal of Finland: oppose']);
  });

  it('takes no stance from a question', () => {
    const doc = extract('Will Sweden accept the Danish offer on steel quotas? Nobody knows.');
    expect(doc.stances).toEqual([]);
  });
});

describe('datelines and bylines', () => {
  it('makes no actor or meeting of the filing city, the agency or the reporters', () => {
    const doc = extract(
      'By Jane Holloway and Peter Brandt\n\nOSLO, March 3 (Reuters) - Norway proposed a cut in fishing quotas on Tuesday. Sweden rejected the proposal.',
    );
    expect(names(doc)).toEqual(['Norway', 'Sweden']);
    expect(doc.meetings).toEqual([]);
    expect(stanceLines(doc)).toEqual(['Sweden -> proposal of Norway: oppose']);
  });
});

describe('articles in more styles', () => {
  const fixture = (file: string): Extraction => {
    const raw = readFileSync(join(__dirname, '../fixtures/style-articles', file), 'utf8');
    const doc = extractArticle(parseArticle(raw, file));
    ExtractionSchema.parse(doc);
    return doc;
  };

  it('a sports bargaining story: league, players, their leaders, the offer and the next session', () => {
    const doc = fixture('sports-bargaining.txt');
    expect(names(doc)).toEqual([
      'Dana Whitcombe',
      'Harbour Basketball League',
      'Harbour Players Association',
      'Marcus Ilunga',
    ]);
    expect(kindOf(doc, 'Harbour Players Association')).toBe('organization');
    expect(proposers(doc)).toEqual([['Harbour Players Association']]);
    expect(doc.proposals[0]!.label).toMatch(/revenue split/i);
    expect(meetings(doc)).toEqual([
      [['Harbour Basketball League', 'Harbour Players Association'], 'planned'],
    ]);
  });

  it('a commodity wire story: the producers, the cut one proposed and another rejected, the next round', () => {
    const doc = fixture('commodity-wire.txt');
    expect(names(doc)).toEqual(
      expect.arrayContaining([
        'Alliance of Cocoa Producing Countries',
        'Cameroon',
        'Ghana',
        'Ivory Coast',
        'Awa Kessely',
        'Halloran',
        'Trensa Commodities',
      ]),
    );
    expect(kindOf(doc, 'Halloran')).toBe('person');
    expect(kindOf(doc, 'Trensa Commodities')).toBe('organization');
    // The dateline's city and the agency are no actors.
    expect(names(doc).some((n) => /velmore|reuters/i.test(n))).toBe(false);
    expect(meetings(doc)).toEqual([
      [['Cameroon', 'Ghana', 'Ivory Coast'], 'held'],
      [['Cameroon', 'Ghana', 'Ivory Coast'], 'planned'],
    ]);
    expect(proposers(doc)).toEqual([['Ghana']]);
    expect(stanceLines(doc)).toEqual(['Ivory Coast -> proposal of Ghana: oppose']);
  });

  it('an analysis: the hedged refusal, the proposals, the planned meeting, no byline author', () => {
    const doc = fixture('analysis.txt');
    expect(names(doc)).toEqual(['Elin Sorvik', 'Norland', 'Ruben Aldecott', 'Vellia']);
    expect(kindOf(doc, 'Norland')).toBe('country');
    expect(doc.proposals.map((p) => p.label)).toEqual([
      '20-year supply contract at a fixed price',
      'Price review after ten years',
    ]);
    expect(stanceLines(doc)).toContain('Norland -> proposal of Ruben Aldecott: oppose');
    expect(meetings(doc)).toEqual([[['Norland', 'Vellia'], 'planned']]);
  });
});
