// Looking up countries (by name, demonym, people or capital), known organisations and regions from
// ingest/extract/lexicon.ts, as the longest phrase at a token.
import type { Token } from '../../text/language';
import { COUNTRIES, ORGANIZATIONS, REGIONS, SINGULAR_DEMONYMS } from '../lexicon';

export type GazetteerEntry =
  | { type: 'country'; name: string; form: 'name' | 'demonym' | 'people' | 'capital' }
  | { type: 'organization'; name: string }
  | { type: 'region'; name: string; form: 'name' | 'adjective' };

export type GazetteerHit = { entry: GazetteerEntry; length: number };
export type CountryEntry = Extract<GazetteerEntry, { type: 'country' }>;

const MAX_PHRASE = 6;

/** "US", "EU", "U.K.": written in capitals, and used as modifiers as often as names. */
export const ABBREVIATION = /^[A-Z.]{2,6}\+?$/;

function buildGazetteer(): Map<string, GazetteerEntry> {
  const g = new Map<string, GazetteerEntry>();
  const add = (phrase: string, entry: GazetteerEntry) => {
    // Abbreviations must match in their own case ("US", never "us").
    const key = ABBREVIATION.test(phrase) ? phrase : phrase.toLowerCase();
    if (!g.has(key)) g.set(key, entry);
  };
  for (const country of COUNTRIES) {
    add(country.name, { type: 'country', name: country.name, form: 'name' });
    for (const a of country.aliases) add(a, { type: 'country', name: country.name, form: 'name' });
    for (const d of country.demonyms) {
      const people = /s$/.test(d) && !/ss$/.test(d) && !SINGULAR_DEMONYMS.has(d);
      add(d, { type: 'country', name: country.name, form: people ? 'people' : 'demonym' });
    }
    for (const cap of country.capitals) add(cap, { type: 'country', name: country.name, form: 'capital' });
  }
  for (const org of ORGANIZATIONS) {
    add(org.name, { type: 'organization', name: org.name });
    for (const a of org.aliases) add(a, { type: 'organization', name: org.name });
  }
  for (const r of REGIONS) {
    add(r.name, { type: 'region', name: r.name, form: 'name' });
    for (const a of r.aliases) add(a, { type: 'region', name: r.name, form: 'name' });
    for (const a of r.adjectives) add(a, { type: 'region', name: r.name, form: 'adjective' });
  }
  return g;
}

export const GAZETTEER = buildGazetteer();
/** First words of every gazetteer phrase, lower-cased, to rule most tokens out at once. */
const FIRST_WORDS = new Set([...GAZETTEER.keys()].map((k) => k.split(' ')[0]!.toLowerCase()));

/** Longest phrase of the static gazetteer starting at token i (within [i, end)); its entry and length. */
function gazetteerAt(
  tokens: Token[],
  i: number,
  end: number,
): { entry: GazetteerEntry; length: number } | null {
  const first = tokens[i];
  if (!first || !first.cap || !FIRST_WORDS.has(first.lower)) return null;
  for (let n = Math.min(MAX_PHRASE, end - i); n >= 1; n--) {
    const slice = tokens.slice(i, i + n);
    if (slice.some((t) => t.kind !== 'word')) continue;
    if (!(slice[0]?.cap ?? false)) continue;
    const exact = slice.map((t) => t.text).join(' ');
    const entry =
      GAZETTEER.get(exact) ?? (ABBREVIATION.test(exact) ? undefined : GAZETTEER.get(exact.toLowerCase()));
    if (entry) return { entry, length: n };
  }
  return null;
}

/**
 * The gazetteer of one article: the static one and the countries the article itself reveals
 * (actors/article-countries.ts), which are single words. The passes read it from their Registry.
 */
export class Gazetteer {
  constructor(private readonly extra: ReadonlyMap<string, GazetteerEntry> = new Map()) {}

  /** Whether a phrase is a known name: the static gazetteer's key as written, or an article's country. */
  readonly has = (phrase: string): boolean => GAZETTEER.has(phrase) || this.extra.has(phrase.toLowerCase());

  /** Longest known phrase starting at token i (within [i, end)); returns its entry and length. */
  readonly at = (tokens: Token[], i: number, end: number): GazetteerHit | null => {
    const known = gazetteerAt(tokens, i, end);
    if (known) return known;
    const t = tokens[i];
    const entry = t && i < end && t.cap ? this.extra.get(t.lower) : undefined;
    return entry ? { entry, length: 1 } : null;
  };

  readonly isCountryWord = (tokens: Token[], i: number): boolean =>
    i >= 0 && this.at(tokens, i, i + 1)?.entry.type === 'country';
}
