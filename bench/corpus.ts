// A corpus of made-up negotiation news for the extraction throughput bench: short articles built from
// sentence patterns and invented names, the same every run (a seeded generator), so KB/s is comparable.
import { parseArticle } from '../ingest/article/read';
import type { Article } from '../schema';

const PEOPLE = [
  'Amara Okafor',
  'Lena Brandt',
  'Tomas Vidal',
  'Hiro Tanaka',
  'Priya Raman',
  'Marek Novak',
  'Sofia Lindqvist',
  'Daniel Mensah',
];
const TITLES = ['Prime Minister', 'Foreign Minister', 'chief executive', 'Trade Minister', 'union leader'];
const COUNTRIES = ['France', 'Brazil', 'Kenya', 'Japan', 'Poland', 'Canada', 'Chile', 'Norway'];
const COMPANIES = ['Northwind Shipping Inc', 'Harbor Grain Corp', 'Valemont Steel', 'Brightwater Energy plc'];
const UNIONS = ['the Dockworkers Union', 'the Teachers Association', 'the Council of Growers'];
const THINGS = ['tariffs', 'fishing quotas', 'port fees', 'wages', 'gas prices', 'pension rules'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

const PATTERNS: ((p: Pick) => string)[] = [
  (p) => `${p.title} ${p.person} met ${p.person2} in ${p.city} on ${p.day} to discuss ${p.thing}.`,
  (p) => `${p.company} offered $${p.n} million for a ${p.n2}% stake, ${p.person} said.`,
  (p) => `${p.union} rejected the offer, calling it "an insult to our members".`,
  (p) => `Talks between ${p.country} and ${p.country2} on ${p.thing} broke down on ${p.day}.`,
  (p) => `"We will not accept a deal that cuts ${p.thing}," ${p.person2} told reporters.`,
  (p) => `The proposal was welcomed by ${p.country}, which had pushed for lower ${p.thing}.`,
  (p) => `${p.person}, the ${p.title} of ${p.country}, urged both sides to return to the table.`,
  (p) =>
    `Negotiators from ${p.country2} tabled a counter-proposal that would freeze ${p.thing} for ${p.n2} years.`,
  (p) => `Shares in ${p.company} rose ${p.n2}% after the bid was made public.`,
  (p) => `${p.person2} said the government backed the plan but wanted guarantees on ${p.thing}.`,
];

interface Pick {
  person: string;
  person2: string;
  title: string;
  country: string;
  country2: string;
  city: string;
  company: string;
  union: string;
  thing: string;
  day: string;
  n: number;
  n2: number;
}

/** A small linear congruential generator: the same sequence for the same seed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Made-up articles of about `articleBytes` each, together at least `totalBytes` long. */
export function benchCorpus(totalBytes: number, articleBytes = 2500): Article[] {
  const next = random(42);
  const one = <T>(list: T[]): T => list[Math.floor(next() * list.length)]!;
  const articles: Article[] = [];
  let total = 0;
  for (let a = 0; total < totalBytes; a++) {
    const lines = [`Bench story ${a + 1}`, 'March 4, 2024', ''];
    let body = '';
    while (body.length < articleBytes) {
      const pick: Pick = {
        person: one(PEOPLE),
        person2: one(PEOPLE),
        title: one(TITLES),
        country: one(COUNTRIES),
        country2: one(COUNTRIES),
        city: one(['Geneva', 'Oslo', 'Nairobi', 'Lima']),
        company: one(COMPANIES),
        union: one(UNIONS),
        thing: one(THINGS),
        day: one(DAYS),
        n: 10 + Math.floor(next() * 900),
        n2: 2 + Math.floor(next() * 40),
      };
      const paragraph = [one(PATTERNS)(pick), one(PATTERNS)(pick), one(PATTERNS)(pick)].join(' ');
      body += `${paragraph}\n\n`;
    }
    const raw = [...lines, body].join('\n');
    articles.push(parseArticle(raw, `bench-${a + 1}`));
    total += Buffer.byteLength(raw);
  }
  return articles;
}
