// References to actors named before: descriptions of people ("the Ukrainian leader", "the president"),
// "the government" for the country, and "the union" for the organisation of that kind.
import type { Token } from '../../text/language';
import type { Doc } from '../document';
import {
  DESCRIBING_ADJECTIVES,
  COLLECTIVE_NOUNS,
  GOVERNMENT_NOUNS,
  LEADER_NOUNS,
  ORGANIZATION_CONTEXT_NOUNS,
  ORGANIZATION_NOUNS,
  PARTNER_PREPOSITIONS,
} from '../lexicon';
import { GAZETTEER } from './gazetteer';
import type { Registry } from './registry';
import { forEachToken } from './runs';
import { roleAt } from './titles';
import type { ActorDraft, Mention } from './types';

/** Nouns after an organisation's noun that still speak for it ("the union officials", "the company board"). */
const BODY_NOUNS = new Set([...COLLECTIVE_NOUNS, ...ORGANIZATION_CONTEXT_NOUNS]);

/** descriptions of people ("the Ukrainian leader", "the US president"). */
export function describedPeople(doc: Doc, reg: Registry): void {
  const { tokens } = doc;
  const { actors, mentions, addMention } = reg;
  forEachToken(doc, (t, i, si) => {
    if (t.lower !== 'the') return;
    const [, to] = doc.sentenceTokens[si] ?? [0, 0];
    const hit = reg.gazetteer.at(tokens, i + 1, to);
    if (!hit || hit.entry.type !== 'country' || hit.entry.form === 'capital' || hit.entry.form === 'people')
      return;
    const roleStart = i + 1 + hit.length;
    const role = roleAt(tokens, roleStart, to);
    if (!role) return;
    const person = resolveDescription(actors, mentions, hit.entry.name, role.role, tokens[i]!.start);
    if (person) addMention(person, i, roleStart + role.length, si, 'description');
  });
}

/**
 * "the president", "the prime minister" with no country: the head of state or government
 * named last, within the last few sentences.
 */
export function untitledLeaders(doc: Doc, reg: Registry): void {
  const { tokens } = doc;
  const { actors, mentions, claimed, addMention } = reg;
  forEachToken(doc, (t, i, si) => {
    if (t.lower !== 'the' || claimed.has(i + 1)) return;
    const [, to] = doc.sentenceTokens[si] ?? [0, 0];
    const role = roleAt(tokens, i + 1, to);
    if (!role || !LEADER_NOUNS.includes(role.role) || tokens[i + 1 + role.length]?.lower === 'of') return;
    let best: Mention | undefined;
    for (const m of mentions) {
      if (m.start >= t.start || m.sentence < si - 3) continue;
      const a = actors.get(m.actor);
      if (a?.kind === 'person' && a.leader && (!best || m.start > best.start)) best = m;
    }
    if (best) addMention(actors.get(best.actor)!, i, i + 1 + role.length, si, 'description');
  });
}

/** "the government", "the administration" on their own: the country the story has named most so far. */
export function governmentReferences(doc: Doc, reg: Registry): void {
  const { tokens } = doc;
  const { actors, mentions, claimed, addMention } = reg;
  const countryMentions = mentions
    .filter((m) => actors.get(m.actor)?.kind === 'country')
    .sort((a, b) => a.start - b.start);
  forEachToken(doc, (t, i, si) => {
    const noun = tokens[i + 1];
    if (!noun || claimed.has(i + 1) || !GOVERNMENT_NOUNS.has(noun.lower)) return;
    if (tokens[i + 2]?.lower === 'of' || tokens[i + 2]?.cap) return;
    // "the government", or "a government proposal" where the noun modifies another.
    if (t.lower !== 'the' && !(t.lower === 'a' && tokens[i + 2]?.pos === 'NOUN')) return;
    const counts = new Map<string, number>();
    for (const m of countryMentions) {
      if (m.start >= t.start) break;
      counts.set(m.actor, (counts.get(m.actor) ?? 0) + 1);
    }
    const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    const country = top ? actors.get(top[0]) : undefined;
    if (country) addMention(country, t.lower === 'the' ? i : i + 1, i + 2, si, 'collective');
  });
}

/** "the union", "the company": the organisation of that kind named before it. */
export function organisationReferences(doc: Doc, reg: Registry): void {
  const { tokens } = doc;
  const { actors, mentions, claimed, addMention } = reg;
  const organisations = mentions
    .filter((m) => actors.get(m.actor)?.kind === 'organization')
    .sort((a, b) => a.start - b.start);
  const describedAs = (i: number) => {
    const noun = tokens[i + 1]?.lower ?? '';
    const fits = tokens[i]!.lower === 'the' && ORGANIZATION_NOUNS.has(noun) && !claimed.has(i + 1);
    return fits && bareNoun(tokens, i + 2) ? noun : null;
  };
  const partitives = partitiveNouns(doc);
  const nounsUsed = new Set<string>();
  forEachToken(doc, (_, i) => {
    const noun = describedAs(i) ?? describedWithModifiers(doc, reg, i)?.noun;
    if (noun) nounsUsed.add(noun);
  });
  const claimedByOther = (actor: ActorDraft, noun: string) =>
    [...nounsUsed].some((n) => n !== noun && nameWords(actor).some((w) => ORGANIZATION_NOUNS.get(n)?.has(w)));
  // One description keeps one referent through the story: "the league" is the same body each time.
  const resolved = new Map<string, ActorDraft>();
  forEachToken(doc, (t, i, si) => {
    const noun = describedAs(i);
    if (noun) {
      if ((partitives.get(noun) ?? i) < i) return;
      const org = resolved.get(noun) ?? referentOf(organisations, actors, noun, t.start, claimedByOther);
      if (!org) return;
      resolved.set(noun, org);
      addMention(org, i, i + 2, si, 'description');
      return;
    }
    const d = describedWithModifiers(doc, reg, i);
    if (!d || (partitives.get(d.noun) ?? i) < i) return;
    const org = resolved.get(d.key) ?? describedReferent(doc, organisations, actors, d, si);
    if (!org) return;
    resolved.set(d.key, org);
    addMention(org, i, d.to, si, 'description');
  });
}

/**
 * Whether the noun ending before token k stands alone: not "the Union of ...", "the group of ...", nor
 * "the bank clerks", where it modifies a plural, unless that one is the body's own ("the union officials").
 */
function bareNoun(tokens: Token[], k: number): boolean {
  const after = tokens[k];
  const compound = after?.pos === 'NOUN' && after.lemma !== after.lower && !BODY_NOUNS.has(after.lower);
  return !after?.cap && after?.lower !== 'of' && !compound;
}

/** A description with modifiers: "the Swedish group", "the Oslo-based exchange", "the rival bourse". */
interface Described {
  noun: string;
  /** The modifiers and noun as written, lower-cased: one description keeps one referent. */
  key: string;
  /** Token after the noun. */
  to: number;
  /** The country a place among the modifiers belongs to ("Swedish", "Oslo-based"). */
  country: string | null;
  /** "the Madrid exchange": a city or capital on its own names a body of that place, not any. */
  city: boolean;
}

/** "the", one or two describing words, and a lower-case noun for an organisation, at token i. */
function describedWithModifiers(doc: Doc, reg: Registry, i: number): Described | null {
  const { tokens } = doc;
  if (tokens[i]?.lower !== 'the') return null;
  let k = i + 1;
  let country: string | null = null;
  let city = false;
  for (let n = 0; n < 2 && !ORGANIZATION_NOUNS.has(tokens[k]?.lower ?? ''); n++) {
    const mod = modifierAt(tokens, reg, k);
    if (!mod) return null;
    country = mod.country ?? country;
    city ||= mod.city;
    k = mod.to;
  }
  const noun = tokens[k];
  if (k === i + 1 || !noun || noun.cap || !ORGANIZATION_NOUNS.has(noun.lower) || reg.claimed.has(k))
    return null;
  if (!bareNoun(tokens, k + 1)) return null;
  const key = doc.text.slice(tokens[i + 1]!.start, noun.end).toLowerCase();
  return { noun: noun.lower, key, to: k + 1, country, city };
}

/** One describing word at token k: a place ("Swedish", "Vienna"), a hyphenated compound, or a listed adjective. */
function modifierAt(
  tokens: Token[],
  reg: Registry,
  k: number,
): { to: number; country: string | null; city: boolean } | null {
  const t = tokens[k];
  if (!t || t.kind !== 'word' || reg.claimedByPerson.has(k) || reg.claimedByOrg.has(k)) return null;
  const hit = reg.gazetteer.at(tokens, k, k + 3);
  const place = hit?.entry.type === 'country' && hit.entry.form !== 'people' ? hit : null;
  let to = place ? k + place.length : k + 1;
  let hyphenated = t.text.includes('-');
  // "Oslo-based", "loss-making": a word, an unspaced hyphen and an unspaced word.
  while (tokens[to]?.text === '-' && !tokens[to]!.spaced && tokens[to + 1] && !tokens[to + 1]!.spaced) {
    to += 2;
    hyphenated = true;
  }
  if (!place && !hyphenated && !DESCRIBING_ADJECTIVES.has(t.lower)) return null;
  const entry = place?.entry.type === 'country' ? place.entry : null;
  // "Oslo-based" describes where a body sits; "Madrid" alone names the body of that city.
  return { to, country: entry?.name ?? null, city: entry?.form === 'capital' && !hyphenated };
}

/**
 * The organisation a description with modifiers points at, among those named before it: one whose name
 * holds the description's place ("the Vienna exchange"); else, leaving out those whose name places them
 * in another country and those named in the same sentence as the other side ("talks with Y, the rival
 * bourse said"), one whose name holds the noun, or the first named in the latest sentence naming any.
 */
function describedReferent(
  doc: Doc,
  organisations: Mention[],
  actors: Map<string, ActorDraft>,
  d: Described,
  si: number,
): ActorDraft | undefined {
  const start = doc.tokens[d.to - 1]!.start;
  const before = organisations.filter((m) => m.start < start);
  const places = (m: Mention) => namePlaces(actors.get(m.actor));
  const placed = d.country ? before.filter((m) => places(m).includes(d.country!)).at(-1) : undefined;
  if (placed || d.city) return placed ? actors.get(placed.actor) : undefined;
  const partners = new Set(
    before.filter((m) => m.sentence === si && afterPartnerWord(doc, m)).map((m) => m.actor),
  );
  const candidates = before.filter((m) => !partners.has(m.actor) && (!d.country || places(m).length === 0));
  const heads = ORGANIZATION_NOUNS.get(d.noun);
  const latest = (fits: (a: ActorDraft) => boolean) =>
    candidates.filter((m) => fits(actors.get(m.actor)!)).at(-1);
  const chosen =
    latest((a) => nameWords(a).includes(d.noun)) ??
    latest((a) => nameWords(a).some((w) => heads?.has(w))) ??
    topicOfLatestSentence(candidates);
  return chosen ? actors.get(chosen.actor) : undefined;
}

/** "talks with Y", "a bid against the Y": a mention right after a preposition that joins two sides. */
function afterPartnerWord(doc: Doc, m: Mention): boolean {
  const { tokens } = doc;
  const k = tokens[m.from - 1]?.lower === 'the' ? m.from - 2 : m.from - 1;
  return PARTNER_PREPOSITIONS.has(tokens[k]?.lower ?? '');
}

/** The first mention in the latest sentence that has any. */
function topicOfLatestSentence(candidates: Mention[]): Mention | undefined {
  const last = candidates.at(-1);
  return last ? candidates.find((m) => m.sentence === last.sentence) : undefined;
}

/** The countries the words of an organisation's name place it in ("Vienna" of "Vienna Grain Exchange"). */
function namePlaces(actor: ActorDraft | undefined): string[] {
  if (!actor) return [];
  const out: string[] = [];
  for (const w of actor.name.split(/[\s’']+/)) {
    const entry = GAZETTEER.get(w) ?? GAZETTEER.get(w.toLowerCase());
    if (entry?.type === 'country' && entry.form !== 'people') out.push(entry.name);
  }
  return out;
}

/**
 * "A group of bondholders rejected ... the group said": a noun met as "a group of" people names that
 * gathering afterwards, not a company or body named nearby. Each such noun with where it is first met.
 */
function partitiveNouns(doc: Doc): Map<string, number> {
  const { tokens } = doc;
  const out = new Map<string, number>();
  for (let k = 1; k < tokens.length - 1; k++) {
    const intro = tokens[k - 1]!.lower === 'a' || tokens[k - 1]!.lower === 'an';
    if (intro && tokens[k + 1]!.lower === 'of' && !out.has(tokens[k]!.lower)) out.set(tokens[k]!.lower, k);
  }
  return out;
}

/**
 * The organisation a definite noun points at: the last one before it whose name marks it as of that
 * kind ("the union" → "... Workers Association"); else the last one that no other noun of the article
 * claims that way, since two descriptions in one story name two organisations.
 */
function referentOf(
  organisations: Mention[],
  actors: Map<string, ActorDraft>,
  noun: string,
  before: number,
  claimedByOther: (actor: ActorDraft, noun: string) => boolean,
): ActorDraft | undefined {
  const heads = ORGANIZATION_NOUNS.get(noun);
  let last: ActorDraft | undefined;
  let named: ActorDraft | undefined;
  // One whose name holds the noun itself ("the union" → "... Clerks Union") comes before one of a related kind.
  let exact: ActorDraft | undefined;
  for (const m of organisations) {
    if (m.start >= before) break;
    const actor = actors.get(m.actor);
    if (!actor) continue;
    const words = nameWords(actor);
    if (words.includes(noun)) exact = actor;
    if (words.some((w) => heads?.has(w))) named = actor;
    else if (!claimedByOther(actor, noun)) last = actor;
  }
  return exact ?? named ?? last;
}

function nameWords(actor: ActorDraft): string[] {
  return actor.name.toLowerCase().split(/[\s’']+/);
}

function resolveDescription(
  actors: Map<string, ActorDraft>,
  mentions: Mention[],
  country: string,
  role: string,
  before: number,
): ActorDraft | undefined {
  const isLeaderRole = LEADER_NOUNS.includes(role);
  const people = [...actors.values()].filter(
    (a) =>
      a.kind === 'person' &&
      a.affiliation === country &&
      (isLeaderRole ? a.leader : [...a.roles].some((r) => r.includes(role) || role.includes(r))),
  );
  if (people.length <= 1) return people[0];
  // Several fit: the one mentioned most recently before the description.
  let best: ActorDraft | undefined;
  let bestPos = -1;
  for (const m of mentions) {
    if (m.start < before && m.start > bestPos && people.some((p) => p.key === m.actor)) {
      bestPos = m.start;
      best = actors.get(m.actor);
    }
  }
  return best ?? people[0];
}
