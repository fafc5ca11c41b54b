// The actor pass on countries no list knows (a name beside its demonym, a name owning a government),
// on places named with their kind word, which stay places.
import { describe, expect, it } from 'vitest';
import { extractBody } from '../support/extraction';
import { type Extraction } from '../../schema';

const extract = (body: string): Extraction => extractBody(body, '2024-03-15');

const actor = (doc: Extraction, name: string) => doc.actors.find((a) => a.name === name);
const mentionsOf = (doc: Extraction, name: string) => actor(doc, name)?.mentions.map((m) => m.text) ?? [];

describe('countries the article reveals', () => {
  it('makes a name used beside its demonym a country, with the demonym as a mention', () => {
    const doc = extract(
      [
        'Marevia rejected on Tuesday a Quessian offer to share the Orlen River, saying it was too small.',
        'Quessian Foreign Minister Ilse Partanen said the Quessian government regretted the decision.',
        'Quessia said it would make a new offer. Marevia has asked for more water.',
        'Marevian officials said the river was theirs to share.',
      ].join(' '),
    );
    expect(actor(doc, 'Marevia')?.kind).toBe('country');
    expect(actor(doc, 'Quessia')?.kind).toBe('country');
    expect(mentionsOf(doc, 'Quessia')).toEqual(
      expect.arrayContaining(['Quessian', 'Quessian government', 'Quessia']),
    );
    expect(mentionsOf(doc, 'Marevia')).toContain('Marevian officials');
    expect(actor(doc, 'Ilse Partanen')?.kind).toBe('person');
    expect(doc.actors.map((a) => a.name)).not.toContain('Orlen River');
  });

  it('reads a demonym formed with -ic from a name ending in -land', () => {
    const doc = extract(
      'Norland said on Monday it would not sign the accord. The Norlandic government wants a new vote, officials said.',
    );
    expect(actor(doc, 'Norland')?.kind).toBe('country');
    expect(mentionsOf(doc, 'Norland')).toContain('Norlandic government');
  });

  it("makes a name that owns a government or a minister a country, but not a leader's surname", () => {
    const doc = extract(
      [
        "Talks resumed on Friday. Ostrania's foreign minister, Lena Brask, said the gap had narrowed.",
        'The government of Ostrania would decide next week, she said.',
        "Prime Minister Karel Drubny met union leaders. Drubny's government plans a new budget.",
      ].join(' '),
    );
    expect(actor(doc, 'Ostrania')?.kind).toBe('country');
    expect(mentionsOf(doc, 'Ostrania').length).toBeGreaterThanOrEqual(2);
    expect(doc.actors.filter((a) => a.kind === 'country').map((a) => a.name)).toEqual(['Ostrania']);
  });

  it('keeps rivers, dams and lakes named with their kind word out of the actors', () => {
    const doc = extract(
      [
        'Holvan engineers said the Sarnic Dam would hold back the Vellan River. Lake Vellan rose by a metre.',
        'The Vellanian farmers opposed the plan, and Holvan Energy said it would study it.',
      ].join(' '),
    );
    const kinds = doc.actors.filter((a) => a.kind === 'country');
    expect(kinds).toEqual([]);
  });

  it("reads a country's capital named beside it as the government when it acts", () => {
    const doc = extract(
      [
        'Marevian and Quessian officials met in Tarsk, the Quessian capital, on Monday.',
        'Marevia said the talks went well. Quessia wants more. Tarsk said it would answer within a week.',
      ].join(' '),
    );
    expect(mentionsOf(doc, 'Quessia')).toEqual(['Quessian officials', 'Quessia', 'Tarsk']);
    expect(actor(doc, 'Marevia')?.kind).toBe('country');
  });
});

describe('unnamed groups that act as a side', () => {
  it('makes a party named by its members a group when it acts, one group for its forms', () => {
    const doc = extract(
      [
        'Talks on rice prices ended without a deal on Monday.',
        'Exporters voted to halt deliveries, a Pellandic official said.',
        'Exporter delegates said the plan was unfair.',
        'Prices will rise, and buyers of rice may wait.',
      ].join(' '),
    );
    const groups = doc.actors.filter((a) => a.kind === 'group');
    expect(groups.map((g) => g.name)).toEqual(['Exporters']);
    expect(mentionsOf(doc, 'Exporters')).toEqual(['Exporters', 'Exporter delegates']);
  });

  it('reads both sides of talks between two unnamed groups', () => {
    const doc = extract('Talks between lenders and exporters broke down in Varno on Friday.');
    expect(doc.actors.map((a) => a.name)).toEqual(['Lenders', 'Exporters']);
  });

  it('gives "the employers" to the employers\' federation named before', () => {
    const doc = extract(
      "The Drossel Employers' Federation offered a 3% rise. The employers said the offer was final.",
    );
    expect(doc.actors.filter((a) => a.kind === 'group')).toEqual([]);
    expect(mentionsOf(doc, "Drossel Employers' Federation")).toContain('employers');
  });
});

describe('organisations described beside their name', () => {
  it('reads "X, the company building ..." as an organisation that "the company" refers to', () => {
    const doc = extract(
      [
        'Tarnholt Energy, the company building the Vessby Dam, warned on Friday of delays.',
        'Tarnholt Energy said the company would ask for more time.',
      ].join(' '),
    );
    expect(actor(doc, 'Tarnholt Energy')?.kind).toBe('organization');
    expect(mentionsOf(doc, 'Tarnholt Energy')).toContain('the company');
    expect(doc.actors.map((a) => a.name)).not.toContain('Vessby Dam');
  });
});
