// The extractor on short articles written for these tests: each case is what an analyst would check
// in the graph — who is one actor, who met whom where and when, who proposed what, who stands where.
import { describe, expect, it } from 'vitest';
import { actorIdByName, extractBody } from '../support/extraction';
import { parseArticle } from '../../ingest/article/read';
import { extractArticle } from '../../ingest/extract';
import { ExtractionSchema, type Extraction } from '../../schema';

const extract = (body: string, date = '2024-03-15'): Extraction => extractBody(body, date);

const actorNamed = (doc: Extraction, name: string) => doc.actors.filter((a) => a.name === name);
const idOf = actorIdByName;

const HARBOUR = `Canadian Prime Minister Elena Marsh met with Norwegian Foreign Minister Lars Ekberg in Oslo on Tuesday to discuss a fisheries agreement, officials said.

Marsh, who rejected an earlier Norwegian offer that involved 40% of the northern catch quota, said the talks had been useful.

Ottawa put forward changes to the proposal that would extend the quota review to five years. Critics of the fisheries agreement denounced it as a giveaway.

The Canadian leader said she may meet German Chancellor Paul Roth next month.

Ekberg welcomed the fisheries agreement, calling it fair.`;

describe('actors', () => {
  const doc = extract(HARBOUR);

  it('resolves a titled full name, a surname and a description to one person', () => {
    const marsh = actorNamed(doc, 'Elena Marsh');
    expect(marsh).toHaveLength(1);
    expect(marsh[0]!.kind).toBe('person');
    const said = marsh[0]!.mentions.map((m) => m.text);
    expect(said).toContain('Marsh');
    expect(said).toContain('The Canadian leader');
  });

  it('reads a capital that acts as its government as the country', () => {
    const canada = actorNamed(doc, 'Canada');
    expect(canada).toHaveLength(1);
    expect(canada[0]!.kind).toBe('country');
    expect(canada[0]!.mentions.map((m) => m.text)).toContain('Ottawa');
  });

  it('does not make a place into an actor', () => {
    expect(doc.actors.map((a) => a.name)).not.toContain('Oslo');
    const mentions = doc.actors.flatMap((a) => a.mentions.map((m) => m.text));
    expect(mentions).not.toContain('Oslo');
  });

  it('makes the side behind a proposal an actor, but not a bare adjective', () => {
    expect(actorNamed(doc, 'Norway')[0]?.mentions.map((m) => m.text)).toEqual(['Norwegian']);
  });

  it('keeps the people named with titles', () => {
    for (const name of ['Lars Ekberg', 'Paul Roth']) expect(actorNamed(doc, name)).toHaveLength(1);
  });
});

describe('meetings', () => {
  const doc = extract(HARBOUR);
  const marsh = idOf(doc, 'Elena Marsh');
  const ekberg = idOf(doc, 'Lars Ekberg');
  const roth = idOf(doc, 'Paul Roth');

  it('finds a held meeting with its place and a weekday resolved against the article date', () => {
    const held = doc.meetings.find((m) => m.participants.includes(marsh) && m.participants.includes(ekberg));
    expect(held).toBeDefined();
    expect(held!.status).toBe('held');
    expect(held!.place).toBe('Oslo');
    expect(held!.date).toBe('2024-03-12'); // the Tuesday before Friday 15 March 2024
  });

  it('marks a meeting someone "may" have as proposed', () => {
    const maybe = doc.meetings.find((m) => m.participants.includes(marsh) && m.participants.includes(roth));
    expect(maybe?.status).toBe('proposed');
  });

  it('reads planned meetings and named conferences', () => {
    const d = extract(
      'Japanese Trade Minister Kenji Ono will meet US Commerce Secretary Dana Hill next week. ' +
        'Ono spoke at the Tokyo Economic Forum on Monday.',
    );
    const ono = idOf(d, 'Kenji Ono');
    const hill = idOf(d, 'Dana Hill');
    expect(
      d.meetings.find((m) => m.participants.includes(ono) && m.participants.includes(hill))?.status,
    ).toBe('planned');
    const forum = d.meetings.find((m) => m.label === 'Tokyo Economic Forum');
    expect(forum?.participants).toContain(ono);
    expect(forum?.place).toBe('Tokyo');
  });
});

describe('proposals', () => {
  const doc = extract(HARBOUR);
  const norway = idOf(doc, 'Norway');

  it('groups the phrases that name one offer and keeps its proposer and terms', () => {
    const offer = doc.proposals.find((p) => p.proposers.includes(norway));
    expect(offer).toBeDefined();
    expect(offer!.terms.some((t) => t.includes('40% of the northern catch quota'))).toBe(true);
  });

  it('reads a counterproposal put forward by a government', () => {
    const canada = idOf(doc, 'Canada');
    const counter = doc.proposals.find((p) => p.proposers.includes(canada));
    expect(counter?.label.toLowerCase()).toContain('changes to the proposal');
  });
});

describe('stances', () => {
  const doc = extract(HARBOUR);
  const stanceBy = (holder: string) => doc.stances.filter((s) => s.holder === holder);

  it('reads a rejection by the subject of a relative clause', () => {
    const marsh = idOf(doc, 'Elena Marsh');
    const rejected = stanceBy(marsh).find((s) => s.polarity === 'oppose');
    const target = doc.proposals.find((p) => p.id === rejected?.target);
    expect(target?.terms.join(' ')).toContain('40%');
  });

  it('resolves "it" to the proposal named before it', () => {
    const critics = doc.actors.find((a) => a.kind === 'group' && a.name.toLowerCase().startsWith('critics'));
    expect(critics).toBeDefined();
    const s = stanceBy(critics!.id)[0];
    expect(s?.polarity).toBe('oppose');
    expect(doc.proposals.find((p) => p.id === s?.target)?.label.toLowerCase()).toContain(
      'fisheries agreement',
    );
  });

  it('reads support', () => {
    const ekberg = idOf(doc, 'Lars Ekberg');
    expect(stanceBy(ekberg).some((s) => s.polarity === 'support')).toBe(true);
  });

  it('does not read a negated support as support', () => {
    const d = extract('Brazilian President Ana Lima did not accept the Argentine proposal on tariffs.');
    const lima = idOf(d, 'Ana Lima');
    expect(d.stances.filter((s) => s.holder === lima).every((s) => s.polarity === 'oppose')).toBe(true);
  });
});

describe('the document', () => {
  it('is the same for the same input, ids included', () => {
    expect(extract(HARBOUR)).toEqual(extract(HARBOUR));
  });

  it('gives an actor the same id in two different articles', () => {
    const a = extract('German Chancellor Paul Roth met French President Marie Laval in Berlin on Monday.');
    const b = extract('Roth said on Friday that Chancellor Paul Roth would not resign.', '2024-04-02');
    expect(actorNamed(a, 'Paul Roth')[0]!.id).toBe(actorNamed(b, 'Paul Roth')[0]!.id);
  });

  it('finds nothing in a text with no actors, and still makes a valid document', () => {
    const d = extract('The weather was mild and the rivers were calm all week.');
    expect(d.actors).toEqual([]);
    expect(d.meetings).toEqual([]);
  });
});

const TRUCE = `Israeli and Hamas negotiators held indirect talks in Cairo on Wednesday, mediated by Egyptian and Qatari officials, as pressure mounted for a ceasefire in Gaza.

Egyptian Foreign Minister Sameh Shoukry said both sides had received a new Egyptian proposal that includes a six-week truce and the release of 33 hostages in exchange for Palestinian prisoners.

Hamas rejected the plan on Thursday, calling it a "recipe for endless war", while Israeli Prime Minister Benjamin Netanyahu said his government would study it.

US Secretary of State Antony Blinken welcomed the Egyptian proposal and urged both parties to accept it. Blinken is expected to travel to Doha next week to meet Qatari Emir Tamim bin Hamad Al Thani.`;

describe('a second kind of negotiation', () => {
  const doc = extract(TRUCE, '2024-06-07');
  const egyptianProposal = () => doc.proposals.find((p) => p.proposers.includes(idOf(doc, 'Egypt')));

  it('reads talks between a country and an organisation, with place and day', () => {
    const israel = idOf(doc, 'Israel');
    const hamas = idOf(doc, 'Hamas');
    const talks = doc.meetings.find((m) => m.participants.includes(israel) && m.participants.includes(hamas));
    expect(talks).toMatchObject({ place: 'Cairo', date: '2024-06-05', status: 'held' });
  });

  it('keeps what a proposal includes and what it exchanges as terms', () => {
    const terms = egyptianProposal()?.terms.join(' | ') ?? '';
    expect(terms).toContain('33 hostages');
    expect(terms).toContain('in exchange for Palestinian prisoners');
  });

  it('reads who rejects and who welcomes the same proposal', () => {
    const target = egyptianProposal()!.id;
    const on = doc.stances.filter((s) => s.target === target);
    expect(on.find((s) => s.holder === idOf(doc, 'Hamas'))?.polarity).toBe('oppose');
    expect(on.find((s) => s.holder === idOf(doc, 'Antony Blinken'))?.polarity).toBe('support');
  });

  it('reads a planned meeting with a name that has particles', () => {
    const emir = idOf(doc, 'Tamim bin Hamad Al Thani');
    const trip = doc.meetings.find((m) => m.participants.includes(emir));
    expect(trip).toMatchObject({ status: 'planned', place: 'Doha' });
  });
});

const FISHING = `EU and UK reach tentative fishing accord after late-night call
Monday, 3 March 2025

BRUSSELS — European Commission President Ursula von der Leyen and British Prime Minister Keir Starmer agreed on Sunday to extend a fishing arrangement for two more years, after a late-night phone call that officials described as tense.

The British government had demanded a 25% cut in EU quotas in UK waters, a proposal that fishing groups condemned as unacceptable. Paris backed the compromise, a French official said.

Von der Leyen said she would meet Starmer at the summit in Ottawa next month. Norway’s Prime Minister Jonas Gahr Store welcomed the accord.`;

describe('a story in the plain form, with a dateline', () => {
  const doc = extractArticle(parseArticle(FISHING, 'fishing'));
  ExtractionSchema.parse(doc);

  it('reads the title and the date line', () => {
    expect(doc.article.title).toBe('EU and UK reach tentative fishing accord after late-night call');
    expect(doc.article.date).toBe('2025-03-03');
  });

  it('keeps a name with particles whole and joins its short form to it', () => {
    const ursula = actorNamed(doc, 'Ursula von der Leyen');
    expect(ursula).toHaveLength(1);
    expect(ursula[0]!.mentions.map((m) => m.text)).toContain('Von der Leyen');
  });

  it('takes the dateline for neither an actor nor a meeting place', () => {
    expect(doc.actors.flatMap((a) => a.mentions.map((m) => m.text))).not.toContain('BRUSSELS');
    expect(doc.meetings.map((m) => m.place)).not.toContain('BRUSSELS');
  });

  it('calls a phone call a call', () => {
    const call = doc.meetings.find((m) => m.status === 'held');
    expect(call?.label).toMatch(/call$/);
    expect(call?.participants).toHaveLength(2);
  });

  it('reads a demand and the apposition that renames it as one proposal', () => {
    const uk = idOf(doc, 'United Kingdom');
    const demands = doc.proposals.filter((p) => p.proposers.includes(uk));
    expect(demands).toHaveLength(1);
    expect(demands[0]!.terms.join(' ')).toContain('25% cut in EU quotas');
  });

  it('ties support for "the compromise" and "the accord" to the arrangement the leaders agreed', () => {
    const arrangement = doc.proposals.find((p) => p.label.toLowerCase().includes('fishing arrangement'));
    expect(arrangement).toBeDefined();
    const supporters = doc.stances
      .filter((s) => s.target === arrangement!.id && s.polarity === 'support')
      .map((s) => s.holder);
    expect(supporters).toContain(idOf(doc, 'France'));
    expect(supporters).toContain(idOf(doc, 'Jonas Gahr Store'));
  });
});

const WATER = `Indian Prime Minister Narendra Modi and Pakistani Prime Minister Shehbaz Sharif spoke by phone on Wednesday and agreed to hold talks on the Indus Waters Treaty, their offices said in a statement.

Officials from India and Pakistan will meet in Vienna on Monday, with World Bank mediators present.

Opposition leader Rahul Gandhi criticised Modi for "bowing to pressure".`;

describe('reciprocal verbs, named treaties and days to come', () => {
  const doc = extract(WATER, '2025-09-18');

  it('reads "X and Y spoke by phone" as a call held on the weekday before the article', () => {
    const call = doc.meetings.find((m) => m.status === 'held');
    expect(call).toMatchObject({ date: '2025-09-17' });
    expect(call?.label).toMatch(/call$/);
    expect(call?.participants.sort()).toEqual(
      [idOf(doc, 'Narendra Modi'), idOf(doc, 'Shehbaz Sharif')].sort(),
    );
  });

  it('reads talks they agreed to hold as planned, not as a proposal', () => {
    expect(doc.meetings.some((m) => m.status === 'planned' && m.label.includes('talks'))).toBe(true);
    expect(doc.proposals.map((p) => p.label.toLowerCase())).not.toContain(
      'hold talks on the indus waters treaty',
    );
  });

  it('takes a named treaty for a proposal, never for a person', () => {
    expect(doc.actors.map((a) => a.name)).not.toContain('Indus Waters Treaty');
    expect(doc.proposals.map((p) => p.label)).toContain('Indus Waters Treaty');
  });

  it('resolves a weekday to come forward from the article date', () => {
    const vienna = doc.meetings.find((m) => m.place === 'Vienna');
    expect(vienna).toMatchObject({ status: 'planned', date: '2025-09-22' });
  });

  it('reads criticism of a leader by an opposition figure', () => {
    const s = doc.stances.find((x) => x.holder === idOf(doc, 'Rahul Gandhi'));
    expect(s).toMatchObject({ target: idOf(doc, 'Narendra Modi'), polarity: 'oppose' });
  });
});

describe('any text', () => {
  it('gives a valid, grounded document for hundreds of cuts and scrambles of the articles above', () => {
    const sources = [HARBOUR, TRUCE, FISHING, WATER];
    let state = 7;
    const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    const noise = '“”’—,.;\n ';
    for (let i = 0; i < 400; i++) {
      const src = sources[i % sources.length]!;
      const from = Math.floor(random() * src.length);
      let body = src.slice(from, from + 20 + Math.floor(random() * 500));
      if (i % 3 === 0)
        body = [...body]
          .map((ch) => (random() < 0.05 ? noise[Math.floor(random() * noise.length)]! : ch))
          .join('');
      if (body.trim() === '') continue;
      const doc = extractArticle(parseArticle(`Title: Cut ${i}\nDate: 2025-01-01\n\n${body}`, 'cut'));
      const check = ExtractionSchema.safeParse(doc);
      expect(check.success, `cut ${i}: ${JSON.stringify(body)}`).toBe(true);
    }
  });
});

const PORTS = `The International Longshoremen's Association rejected a 50% wage increase over six years offered by the United States Maritime Alliance on Thursday, extending a strike that has shut ports from Maine to Texas.

Union president Harold Daggett said the offer "doesn't come close" and demanded a ban on automated cranes.

Labor Secretary Julie Su met Daggett in Washington on Wednesday. President Joe Biden called on the companies to negotiate in good faith, and Daggett praised the president for his support.`;

describe('organisations, passive offers and plain descriptions', () => {
  const doc = extract(PORTS, '2024-10-04');

  it('names an organisation whose name holds a possessive, and one that starts with a country', () => {
    expect(actorNamed(doc, "International Longshoremen's Association")[0]?.kind).toBe('organization');
    expect(actorNamed(doc, 'United States Maritime Alliance')[0]?.kind).toBe('organization');
    expect(actorNamed(doc, 'United States')).toHaveLength(0);
  });

  it('reads an offer made in the passive, and who rejected it', () => {
    const alliance = idOf(doc, 'United States Maritime Alliance');
    const offer = doc.proposals.find((p) => p.proposers.includes(alliance));
    expect(offer?.terms.join(' ')).toContain('50% wage increase over six years');
    const union = idOf(doc, "International Longshoremen's Association");
    expect(doc.stances.find((s) => s.holder === union && s.target === offer?.id)?.polarity).toBe('oppose');
  });

  it('takes any office of the form "Labor Secretary" as a title', () => {
    const su = idOf(doc, 'Julie Su');
    expect(
      doc.meetings.some(
        (m) => m.participants.includes(su) && m.participants.includes(idOf(doc, 'Harold Daggett')),
      ),
    ).toBe(true);
  });

  it('reads "the president" as the head of state named last, not a union president', () => {
    const praise = doc.stances.find(
      (s) => s.holder === idOf(doc, 'Harold Daggett') && s.polarity === 'support',
    );
    expect(praise?.target).toBe(idOf(doc, 'Joe Biden'));
  });
});

const TAKEOVER = `The Harbour Grain Exchange said on Monday that its board had turned down a £2bn bid from Valemont Holdings, calling it too low.

Valemont Holdings shareholders had backed the bid last week. The offer was rejected by the Farmers Trading Union (FTU), which represents growers.

Exchange chief executive Mara Linde met Valemont boss Tobias Reyes in Geneva on Thursday. The FTU also criticised the exchange for not consulting its members.

Talks between Valemont Holdings and the exchange were held under the mediation of the Northfield Council.

The Free Democrats did not support the takeover plan, and the union welcomed their decision.`;

describe('takeover news: organisations by form, passives and references', () => {
  const doc = extract(TAKEOVER, '2024-05-10');
  const kindOf = (name: string) => actorNamed(doc, name)[0]?.kind;

  it('reads organisations by their form: a determiner, company words, an acronym in parentheses, a party', () => {
    expect(kindOf('Harbour Grain Exchange')).toBe('organization');
    expect(kindOf('Valemont Holdings')).toBe('organization');
    expect(kindOf('Free Democrats')).toBe('organization');
    const union = actorNamed(doc, 'Farmers Trading Union')[0];
    expect(union?.kind).toBe('organization');
    expect(union?.aliases).toContain('FTU');
    expect(actorNamed(doc, 'FTU')).toHaveLength(0);
  });

  it('takes the bidder after "from" as the proposer, with the amount as a term', () => {
    const bid = doc.proposals.find((p) => p.proposers.includes(idOf(doc, 'Valemont Holdings')));
    expect(bid?.terms.join(' ')).toContain('£2bn');
  });

  it('reads a rejection in the passive, held by the agent after "by"', () => {
    const union = idOf(doc, 'Farmers Trading Union');
    const bid = doc.proposals.find((p) => p.proposers.includes(idOf(doc, 'Valemont Holdings')));
    expect(
      doc.stances.some((s) => s.holder === union && s.target === bid?.id && s.polarity === 'oppose'),
    ).toBe(true);
  });

  it('reads a phrasal rejection by any form of the verb, and "the exchange" as the exchange named before', () => {
    const exchange = idOf(doc, 'Harbour Grain Exchange');
    expect(doc.stances.some((s) => s.holder === exchange && s.polarity === 'oppose')).toBe(true);
    expect(
      doc.stances.some(
        (s) =>
          s.holder === idOf(doc, 'Farmers Trading Union') && s.target === exchange && s.polarity === 'oppose',
      ),
    ).toBe(true);
  });

  it('reads a negated support as opposition', () => {
    const party = idOf(doc, 'Free Democrats');
    expect(doc.stances.find((s) => s.holder === party)?.polarity).toBe('oppose');
  });

  it('counts the mediator of talks among those who took part', () => {
    const talks = doc.meetings.find((m) => m.participants.includes(idOf(doc, 'Northfield Council')));
    expect(talks?.participants).toContain(idOf(doc, 'Valemont Holdings'));
  });
});

describe('phrasal stances with a possessive, held by every coordinated subject', () => {
  const doc = extract(
    'Finance Minister Ana Ruiz and Senator Tom Berg, and union leader Kim Olsen, have given their backing to the Coastal Residents Group.',
  );

  it('gives each of the three the same support', () => {
    const group = idOf(doc, 'Coastal Residents Group');
    const holders = doc.stances
      .filter((s) => s.target === group && s.polarity === 'support')
      .map((s) => s.holder);
    expect(new Set(holders)).toEqual(
      new Set([idOf(doc, 'Ana Ruiz'), idOf(doc, 'Tom Berg'), idOf(doc, 'Kim Olsen')]),
    );
  });
});
