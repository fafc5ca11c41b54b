// A seeded generator of made-up negotiation news for the scale bench (bench/scale.ts): invented people,
// countries and companies, grouped into topics whose storyline (first talks, an offer, reactions, a
// counter-offer, an outcome) runs over several weeks, so that the same actors recur across articles under
// different spellings. Each article is 1-3 KB in the header form ingest/article/read.ts accepts. The same
// seed and count always give the same articles.

/** One generated article: a file name and the file's text. */
export interface NewsFile {
  name: string;
  text: string;
}

export interface NewsCorpusOptions {
  articles: number;
  seed?: number;
}

/** A small 32-bit generator (mulberry32): the same sequence for the same seed, on every platform. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

type Random = () => number;
const pick = <T>(next: Random, list: readonly T[]): T => list[Math.floor(next() * list.length)]!;

const FIRST = [
  'Amara',
  'Lena',
  'Tomas',
  'Hiro',
  'Priya',
  'Marek',
  'Sofia',
  'Daniel',
  'Ilse',
  'Kofi',
  'Renata',
  'Yusuf',
  'Mirela',
  'Anders',
  'Talia',
  'Bastian',
  'Noor',
  'Emeka',
  'Greta',
  'Rafael',
  'Ines',
  'Oskar',
  'Zara',
  'Luka',
];
const SURNAMES = [
  'Okafor',
  'Brandt',
  'Vidal',
  'Tanaka',
  'Raman',
  'Novak',
  'Lindqvist',
  'Mensah',
  'Castellan',
  'Dorsey',
  'Varga',
  'Aldana',
  'Moreau',
  'Halvorsen',
  'Quispe',
  'Ferrante',
  'Nakashima',
  'Osei',
  'Petrakis',
  'Szabo',
  'Whitcombe',
  'Iyer',
  'Rautio',
  'Delacroix',
];
/** Invented countries with their demonyms and capitals. */
const COUNTRIES: readonly (readonly [string, string, string])[] = [
  ['Ostravia', 'Ostravian', 'Kellen'],
  ['Norland', 'Norlandic', 'Varrow'],
  ['Caldera', 'Calderan', 'Port Selene'],
  ['Meridia', 'Meridian', 'Solace'],
  ['Valdoria', 'Valdorian', 'Tessaly'],
  ['Brennmark', 'Brennish', 'Hollin'],
  ['Quintara', 'Quintaran', 'Lasca'],
  ['Eskaland', 'Eskalandic', 'Ferrow'],
  ['Sarovia', 'Sarovian', 'Mirenz'],
  ['Tavira', 'Taviran', 'Orla'],
];
const COMPANY_STEMS = [
  'Northwind',
  'Harbor Grain',
  'Valemont',
  'Brightwater',
  'Kestrel',
  'Silverline',
  'Ironbridge',
  'Bluecrest',
  'Redfern',
  'Highmoor',
  'Cobalt Bay',
  'Greystone',
];
const COMPANY_TRADES = ['Shipping', 'Steel', 'Energy', 'Foods', 'Telecom', 'Motors', 'Airways', 'Mining'];
const COMPANY_FORMS = ['Inc', 'Corp', 'plc', 'Group', 'AG'];
const UNION_TRADES = ['Dockworkers', 'Steelworkers', 'Nurses', 'Rail Workers', 'Teachers', 'Miners'];
const GOODS = ['tariffs', 'fishing quotas', 'port fees', 'gas prices', 'grain exports', 'water rights'];
const OFFICES = ['Foreign Minister', 'Trade Minister', 'Prime Minister', 'Finance Minister'];
const SOURCES = ['The Meridian Wire', 'Daily Ledger', 'Northern Courier', 'Harbour Times'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A named actor and the spellings articles use for it (the first is the full name). */
interface Actor {
  spellings: string[];
  role: string;
}

/** One storyline: two sides, a go-between, what is at stake, and when it starts. */
interface Topic {
  kind: 'trade' | 'takeover' | 'labour';
  sideA: Actor;
  sideB: Actor;
  leadA: Actor;
  leadB: Actor;
  mediator: Actor;
  stake: string;
  place: string;
  startDay: number;
  /** How many articles of the topic have been written: the storyline's position. */
  written: number;
}

function person(next: Random, role: string): Actor {
  const first = pick(next, FIRST);
  const last = pick(next, SURNAMES);
  const honorific = next() < 0.5 ? 'Ms' : 'Mr';
  return { spellings: [`${first} ${last}`, `${honorific} ${last}`, last, `${first[0]}. ${last}`], role };
}

function country(next: Random): { actor: Actor; demonym: string; capital: string } {
  const [name, demonym, capital] = pick(next, COUNTRIES);
  const spellings = [name, `the Republic of ${name}`, `the ${demonym} government`];
  return { actor: { spellings, role: 'country' }, demonym, capital };
}

function company(next: Random): Actor {
  const stem = pick(next, COMPANY_STEMS);
  const trade = pick(next, COMPANY_TRADES);
  const form = pick(next, COMPANY_FORMS);
  return { spellings: [`${stem} ${trade} ${form}`, `${stem} ${trade}`, stem], role: 'company' };
}

function makeTopic(next: Random, startDay: number): Topic {
  const roll = next();
  const mediator = person(next, 'mediator');
  if (roll < 0.4) {
    const a = country(next);
    let b = country(next);
    for (let i = 0; i < 5 && b.actor.spellings[0] === a.actor.spellings[0]; i++) b = country(next);
    const [office, office2] = [pick(next, OFFICES), pick(next, OFFICES)];
    return {
      kind: 'trade',
      sideA: a.actor,
      sideB: b.actor,
      leadA: person(next, `${a.demonym} ${office}`),
      leadB: person(next, `${b.demonym} ${office2}`),
      mediator,
      stake: pick(next, GOODS),
      place: a.capital,
      startDay,
      written: 0,
    };
  }
  if (roll < 0.7) {
    const buyer = company(next);
    const target = company(next);
    return {
      kind: 'takeover',
      sideA: buyer,
      sideB: target,
      leadA: person(next, 'chief executive'),
      leadB: person(next, 'chairman'),
      mediator,
      stake: `a ${20 + Math.floor(next() * 60)}% stake`,
      place: country(next).capital,
      startDay,
      written: 0,
    };
  }
  const employer = company(next);
  const trade = pick(next, UNION_TRADES);
  const union: Actor = {
    spellings: [`the ${trade} Union`, `the ${trade.toLowerCase()}' union`, 'the union'],
    role: 'union',
  };
  return {
    kind: 'labour',
    sideA: union,
    sideB: employer,
    leadA: person(next, 'union leader'),
    leadB: person(next, 'chief executive'),
    mediator,
    stake: 'wages and pensions',
    place: country(next).capital,
    startDay,
    written: 0,
  };
}

/** The corpus: `articles` articles over about `articles / 8` topics, dates spread over several weeks. */
export function generateNewsCorpus(options: NewsCorpusOptions): NewsFile[] {
  const next = seededRandom(options.seed ?? 2024);
  const topicCount = Math.max(3, Math.round(options.articles / 8));
  const topics = Array.from({ length: topicCount }, () => makeTopic(next, Math.floor(next() * 60)));
  const files: NewsFile[] = [];
  for (let i = 0; i < options.articles; i++) {
    const topic = pick(next, topics);
    const text = writeArticle(next, topic, i);
    topic.written++;
    files.push({ name: `article-${String(i + 1).padStart(5, '0')}.txt`, text });
  }
  return files;
}

const BASE_DAY = Date.UTC(2024, 0, 8);
const DAY_MS = 86_400_000;

function writeArticle(next: Random, topic: Topic, index: number): string {
  // Each new article of a topic is two to six days after the one before, so a storyline spans weeks.
  const day = topic.startDay + topic.written * 4 + Math.floor(next() * 3);
  const date = new Date(BASE_DAY + day * DAY_MS);
  const iso = date.toISOString().slice(0, 10);
  const weekday = WEEKDAYS[(date.getUTCDay() + 6) % 7]!; // the day before: news reports yesterday
  // An article names an actor in full first, then by any of its spellings (a surname, an initial...).
  const named = new Set<Actor>();
  const say = (actor: Actor) => {
    if (named.has(actor)) return pick(next, actor.spellings);
    named.add(actor);
    return actor.spellings[0]!;
  };
  const stage = Math.min(topic.written, STAGES.length - 1);
  const context: Context = { topic, say, next, weekday };
  const target = 850 + Math.floor(next() * 1650);
  const paragraphs = [STAGES[stage]!(context)];
  let size = paragraphs[0]!.length;
  while (size < target) {
    const paragraph = [pick(next, BACKGROUND)(context), pick(next, BACKGROUND)(context)].join(' ');
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  const title = `${topic.sideA.spellings[0]} and ${topic.sideB.spellings[0]}: ${TITLES[stage]} (${index + 1})`;
  const source = pick(next, SOURCES);
  const url = `https://news.example/${iso}/story-${index + 1}`;
  return `Title: ${capitalise(title)}\nDate: ${iso}\nSource: ${source}\nURL: ${url}\n\n${paragraphs.join('\n\n')}\n`;
}

interface Context {
  topic: Topic;
  say: (actor: Actor) => string;
  next: Random;
  weekday: string;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const amount = (next: Random) => `$${10 + Math.floor(next() * 900)} million`;

const TITLES = [
  'talks open',
  'an offer on the table',
  'the offer is rejected',
  'a counter-proposal',
  'talks stall',
  'agreement reached',
];

/** The storyline, one opening paragraph per stage; later articles of a topic stay at the last stage. */
const STAGES: ((c: Context) => string)[] = [
  ({ topic: t, say, weekday }) =>
    `${capitalise(say(t.leadA))}, the ${t.leadA.role}, met ${say(t.leadB)} in ${t.place} on ${weekday} to discuss ${t.stake}. ` +
    `The talks between ${say(t.sideA)} and ${say(t.sideB)} were brokered by ${t.mediator.spellings[0]}.`,
  ({ topic: t, say, next, weekday }) =>
    `${capitalise(say(t.sideA))} offered ${amount(next)} on ${weekday} in a deal covering ${t.stake}, ${say(t.leadA)} said. ` +
    `${capitalise(say(t.leadB))} said ${say(t.sideB)} would study the proposal.`,
  ({ topic: t, say, weekday }) =>
    `${capitalise(say(t.sideB))} rejected the offer on ${weekday}, calling it "far too little". ` +
    `"We will not accept a deal that ignores ${t.stake}," ${say(t.leadB)} told reporters.`,
  ({ topic: t, say, next }) =>
    `Negotiators for ${say(t.sideB)} tabled a counter-proposal worth ${amount(next)}. ` +
    `${capitalise(say(t.leadA))} welcomed the plan but wanted guarantees on ${t.stake}.`,
  ({ topic: t, say, weekday }) =>
    `Talks between ${say(t.sideA)} and ${say(t.sideB)} broke down on ${weekday}. ` +
    `${t.mediator.spellings[0]} urged both sides to return to the table.`,
  ({ topic: t, say, weekday }) =>
    `${capitalise(say(t.sideA))} and ${say(t.sideB)} signed an agreement on ${t.stake} on ${weekday}. ` +
    `${capitalise(say(t.leadA))} and ${say(t.leadB)} both backed the deal, ${say(t.mediator)} said.`,
];

/** Sentences that fill an article out around its storyline paragraph. */
const BACKGROUND: ((c: Context) => string)[] = [
  ({ topic: t, say }) =>
    `${capitalise(say(t.leadA))} has led the ${t.kind} talks for ${say(t.sideA)} since the spring.`,
  ({ topic: t, say }) =>
    `Analysts said ${say(t.sideB)} was under pressure to settle the dispute over ${t.stake}.`,
  ({ topic: t, say, next }) =>
    `Shares in firms exposed to ${t.stake} rose ${2 + Math.floor(next() * 20)}% after ${say(t.leadB)} spoke.`,
  ({ topic: t, say }) => `${capitalise(say(t.mediator))} said a settlement was "within reach".`,
  ({ topic: t, say }) =>
    `Critics of ${say(t.sideA)} opposed any concession, saying it would set a bad precedent.`,
  ({ topic: t, say, weekday }) =>
    `${capitalise(say(t.leadB))} is expected to meet ${say(t.mediator)} again on ${weekday}.`,
  ({ topic: t }) =>
    `The dispute over ${t.stake} has weighed on the region for months, and officials said talks would resume.`,
  ({ topic: t, say }) =>
    `A spokesman for ${say(t.sideB)} declined to comment on the details of the ${t.kind} negotiations.`,
];
