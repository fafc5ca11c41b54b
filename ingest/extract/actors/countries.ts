// Gazetteer names in the text: countries (and the officials who speak for them, "Ukrainian
// negotiators"), capitals acting as governments ("Kyiv said"), known organisations and regions.
import type { Token } from '../../text/language';
import type { Doc } from '../document';
import {
  BODY_SEATS,
  COLLECTIVE_MODIFIERS,
  COLLECTIVE_NOUNS,
  GROUP_NOUNS,
  LOCATIVE_PREPOSITIONS,
  MEDIA,
  TRAVEL_VERBS,
} from '../lexicon';
import { ABBREVIATION, type CountryEntry, type Gazetteer, type GazetteerHit } from './gazetteer';
import type { Registry } from './registry';
import { isDateline, proposalHeadAhead } from './runs';
import { nameKey, type ActorDraft } from './types';

const COLLECTIVES = new Set(COLLECTIVE_NOUNS);
const GROUPS = new Set(GROUP_NOUNS);
const ARTICLES = new Set(['the', 'a', 'an']);

/** countries, capitals, organisations, regions, and the officials who speak for a country. */
export function gazetteerNames(doc: Doc, reg: Registry): void {
  const { tokens } = doc;
  const { claimedByPerson, claimedByOrg } = reg;
  doc.sentences.forEach((_, si) => {
    if (doc.skip[si]) return;
    const [from, to] = doc.sentenceTokens[si] ?? [0, 0];
    let i = from;
    while (i < to) {
      const hit = claimedByPerson.has(i) || claimedByOrg.has(i) ? null : reg.gazetteer.at(tokens, i, to);
      if (!hit) {
        i++;
        continue;
      }
      const { entry, length } = hit;
      i =
        bodyHit(doc, reg, si, i, to, hit) ??
        (entry.type === 'country' ? countryHit(doc, reg, si, i, to, entry, length) : i + length);
    }
  });
}

/** A group, an organisation or a region from the gazetteer at token i; the token after it, or null. */
function bodyHit(
  doc: Doc,
  reg: Registry,
  si: number,
  i: number,
  to: number,
  hit: GazetteerHit,
): number | null {
  const { tokens } = doc;
  const { ensureActor, organisation, addMention } = reg;
  const { entry, length } = hit;
  const after = i + length + (tokens[i + length]?.kind === 'possessive' ? 1 : 0);
  const nextWord = tokens[after];

  // "NATO allies", "European leaders": a group or region stands as an actor.
  if ((entry.type === 'organization' || entry.type === 'region') && nextWord && GROUPS.has(nextWord.lower)) {
    const name =
      entry.type === 'region'
        ? entry.name
        : `${doc.text.slice(tokens[i]!.start, tokens[i + length - 1]!.end)} ${nextWord.lower}`;
    const a = ensureActor(
      entry.type === 'region' ? `group:${nameKey(entry.name)}` : `group:${nameKey(name)}`,
      name,
      'group',
    );
    addMention(a, i, after + 1, si, 'group');
    return after + 1;
  }
  if (entry.type === 'organization') {
    // "Hamas negotiators" speak for the organisation, like "Ukrainian officials" for a country.
    const collective = collectiveAfter(reg.gazetteer, tokens, i + length, to);
    if (!MEDIA.has(entry.name))
      addMention(
        organisation(entry.name),
        i,
        collective && collective.end === i + length + 1 ? collective.end : i + length,
        si,
        collective ? 'collective' : 'name',
      );
    return i + length;
  }
  if (entry.type === 'region') {
    if (entry.form === 'name') {
      const group = ensureActor(
        `group:${nameKey(entry.name)}`,
        entry.name,
        'group',
        regionAsPlace(tokens, i, length),
      );
      addMention(group, i, i + length, si, 'name');
    }
    return i + length;
  }
  return null;
}

/** "Brussels said" in an article that names the EU: the body seated in the city (lexicon BODY_SEATS), or null. */
function seatedBody(doc: Doc, reg: Registry, city: string): ActorDraft | null {
  const seat = BODY_SEATS.get(city);
  const named = seat?.cues.some((n) =>
    new RegExp(`(^|[^\\p{L}])${n.replace(/\./g, '\\.')}(?![\\p{L}])`, 'u').test(doc.text),
  );
  return seat && named ? reg.organisation(seat.body) : null;
}

/**
 * "in Asia", "northern Asia", "an Asia envoy", "Asia's growth": a region as a place or a modifier,
 * not a side; such a mention keeps the region only if a meeting, proposal or stance refers to it.
 */
function regionAsPlace(tokens: Token[], i: number, length: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + length];
  if (prev && (LOCATIVE_PREPOSITIONS.has(prev.lower) || (prev.kind === 'word' && prev.pos === 'ADJ')))
    return true;
  if (prev?.kind === 'word' && prev.cap && prev.pos === 'PROPN') return true;
  return (
    next?.kind === 'possessive' || (next?.kind === 'word' && (next.pos === 'NOUN' || next.pos === 'PROPN'))
  );
}

/** A country from the gazetteer at token i, by name, capital, people or demonym; the token after it. */
function countryHit(
  doc: Doc,
  reg: Registry,
  si: number,
  i: number,
  to: number,
  entry: CountryEntry,
  length: number,
): number {
  const { tokens } = doc;
  const { places, ensureActor, addMention } = reg;
  const prev = tokens[i - 1];
  const prevLower = prev?.lower ?? '';
  const country = () => ensureActor(`country:${nameKey(entry.name)}`, entry.name, 'country');
  // "Ukrainian and US negotiators": coordinated modifiers share the collective noun. A full country name
  // is no modifier: in "Norland and Vellish officials" it is a side of its own.
  const collective = collectiveAfter(reg.gazetteer, tokens, i + length, to);
  const coordinated = tokens[i + length]?.lower === 'and' || tokens[i + length]?.text === ',';
  const modifier = entry.form !== 'name' || ABBREVIATION.test(tokens[i]!.text) || !coordinated;
  if (entry.form !== 'capital' && collective && modifier) {
    addMention(country(), i, collective.end, si, 'collective');
    return i + length;
  }
  if (entry.form === 'capital') {
    // "in Kyiv" is a place; "Kyiv said" is the government.
    const locative =
      LOCATIVE_PREPOSITIONS.has(prevLower) ||
      TRAVEL_VERBS.has(prevLower) ||
      (prev?.text === ',' && places.length > 0 && places[places.length - 1]!.end === tokens[i - 2]?.end);
    const placeName = doc.text.slice(tokens[i]!.start, tokens[i + length - 1]!.end);
    if (isDateline(tokens, i, length)) {
      // Where the story was filed, not where anything happened.
    } else if (locative || prevLower === 'of' || capitalAsModifier(reg.gazetteer, tokens, i + length, to)) {
      places.push({
        name: placeName,
        start: tokens[i]!.start,
        end: tokens[i + length - 1]!.end,
        text: placeName,
        sentence: si,
        from: i,
      });
    } else addMention(seatedBody(doc, reg, placeName) ?? country(), i, i + length, si, 'capital');
    return i + length;
  }
  if (entry.form === 'name') {
    const placeBefore = tokens[i - 2]?.cap && !reg.gazetteer.isCountryWord(tokens, i - 2);
    if (prev?.text === ',' && placeBefore && LOCATIVE_PREPOSITIONS.has(tokens[i - 3]?.lower ?? '')) {
      // "Lyon, France": the country qualifies a place ("from Sweden, Denmark and ..." lists countries).
      return i + length;
    }
    // "a US investor", "the UK retailer": a name used as a demonym describes someone; alone, it makes the
    // country no actor unless a relation uses it.
    const next = tokens[i + length];
    const describes =
      ARTICLES.has(prevLower) &&
      next?.kind === 'word' &&
      !next.cap &&
      next.pos === 'NOUN' &&
      !COLLECTIVES.has(next.lower);
    const named = describes
      ? ensureActor(`country:${nameKey(entry.name)}`, entry.name, 'country', true)
      : country();
    addMention(named, i, i + length, si, 'name');
  } else if (entry.form === 'people') {
    addMention(country(), i, i + length, si, 'people');
  } else if (entry.form === 'demonym' && proposalHeadAhead(tokens, i + length, to)) {
    // "an earlier Norwegian offer": the side that makes a proposal is an actor.
    addMention(country(), i, i + length, si, 'name');
  }
  return i + length;
}

/**
 * "the Oslo exchange", "a Rome-based bank", "the Oslo and Helsinki bourses": a capital before a
 * common noun (other than the officials who speak for a state) or a hyphened word names a place.
 */
function capitalAsModifier(gazetteer: Gazetteer, tokens: Token[], after: number, end: number): boolean {
  let j = after;
  while (tokens[j]?.text === ',' || tokens[j]?.lower === 'and') {
    const g = gazetteer.at(tokens, j + 1, end);
    if (!g || g.entry.type !== 'country' || g.entry.form !== 'capital') break;
    j += 1 + g.length;
  }
  const next = tokens[j];
  if (!next || j >= end) return false;
  if (next.text === '-' && !next.spaced && tokens[j + 1]?.kind === 'word' && !tokens[j + 1]!.cap) return true;
  return next.pos === 'NOUN' && !next.cap && !COLLECTIVES.has(next.lower);
}

/** "officials", "negotiators", ...: after a country word, possibly across "and US". Returns the noun's end. */
function collectiveAfter(
  gazetteer: Gazetteer,
  tokens: Token[],
  i: number,
  end: number,
): { end: number } | null {
  let j = i;
  if (tokens[j]?.kind === 'possessive') j++;
  // Coordination: "Ukrainian and US negotiators", "US and Chinese officials".
  if (tokens[j]?.lower === 'and' || tokens[j]?.text === ',') {
    const g = gazetteer.at(tokens, j + 1, end);
    if (g && (g.entry.type === 'country' || g.entry.type === 'organization')) j = j + 1 + g.length;
  }
  // An adjective may sit between: "Ukrainian senior officials".
  if (tokens[j] && COLLECTIVE_MODIFIERS.has(tokens[j]!.lower) && COLLECTIVES.has(tokens[j + 1]?.lower ?? ''))
    j++;
  const noun = tokens[j];
  if (noun && j < end && COLLECTIVES.has(noun.lower)) {
    return { end: j + 1 };
  }
  return null;
}
