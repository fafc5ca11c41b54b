// Finds who the article is about: people (by name, surname, title or description), countries (by name,
// capital, or the officials who speak for them), organisations and groups; and resolves every mention
// to one actor. Also records places and named events, which meetings use.
import type { ActorKind, Span } from '../../schema';
import type { Doc } from './document';
import type { Token } from '../text/language';
import { acronymInParentheses, actingAcronym, initialsOf, namesOrganisation } from './organisations';
import {
  COLLECTIVE_NOUNS,
  COUNTRIES,
  EVENT_HEADS,
  FIRST_NAME_HONORIFICS,
  GOVERNMENT_HEADS,
  GOVERNMENT_NOUNS,
  GROUP_NOUNS,
  LEADER_NOUNS,
  LOCATIVE_PREPOSITIONS,
  MEDIA,
  NAME_CONNECTORS,
  NON_ACTOR_HEADS,
  NOT_NAMES,
  ORGANIZATION_HEADS,
  ORGANIZATION_NOUNS,
  ORGANIZATION_PLURALS,
  PARTY_ADJECTIVES,
  ORGANIZATIONS,
  PROPOSAL_HEADS,
  REGIONS,
  ROLE_NOUNS,
  SPEECH_VERBS,
  TITLES,
} from './lexicon';

export interface ActorDraft {
  key: string;
  name: string;
  kind: ActorKind;
  aliases: Set<string>;
  /** Lower-cased titles the person holds ("president", "special envoy"). */
  roles: Set<string>;
  leader: boolean;
  /** Country name the actor belongs to, when known. */
  affiliation: string | null;
  /** Kept in the output only if a meeting, proposal or stance refers to it. */
  weak: boolean;
}

export type MentionVia = 'name' | 'surname' | 'description' | 'collective' | 'capital' | 'group' | 'people';

export interface Mention extends Span {
  actor: string;
  /** Token index range [from, to). */
  from: number;
  to: number;
  sentence: number;
  via: MentionVia;
  /** Followed by a possessive ending ("Kyiv’s"). */
  possessive: boolean;
}

export interface PlaceMention extends Span {
  name: string;
  sentence: number;
  from: number;
}

export interface EventMention extends Span {
  name: string;
  sentence: number;
  from: number;
  to: number;
  place: string | null;
}

export interface ActorIndex {
  actors: Map<string, ActorDraft>;
  /** Sorted by start offset. */
  mentions: Mention[];
  /** Mentions by the token they start at. */
  mentionsFrom: Map<number, Mention[]>;
  places: PlaceMention[];
  events: EventMention[];
}

type GazetteerEntry =
  | { type: 'country'; name: string; form: 'name' | 'demonym' | 'people' | 'capital' }
  | { type: 'organization'; name: string }
  | { type: 'region'; name: string; form: 'name' | 'adjective' };

type GazetteerHit = { entry: GazetteerEntry; length: number };
type CountryEntry = Extract<GazetteerEntry, { type: 'country' }>;

const MAX_PHRASE = 6;
const ACRONYM_SHAPE = /^[A-Z]{2,6}$/;
/** Tags of the words a noun phrase is made of ("critics of the new trade deal"). */
const NOUN_PHRASE_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM']);
const ABBREVIATION = /^[A-Z.]{2,6}\+?$/;

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
      const people = /s$/.test(d) && !/ss$/.test(d) && d !== 'US' && d !== 'U.S.';
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

const GAZETTEER = buildGazetteer();
/** First words of every gazetteer phrase, lower-cased, to rule most tokens out at once. */
const FIRST_WORDS = new Set([...GAZETTEER.keys()].map((k) => k.split(' ')[0]!.toLowerCase()));
const COLLECTIVES = new Set(COLLECTIVE_NOUNS);
const GROUPS = new Set(GROUP_NOUNS);
const SPEECH = new Set(SPEECH_VERBS);
const TITLE_PHRASES = TITLES.map((t) => ({ words: t.words.toLowerCase().split(' '), entry: t }));
/** Titles by their first and by their last word, longest first, so a lookup tries only a few. */
const TITLES_BY_FIRST = groupBy(TITLE_PHRASES, (t) => t.words[0]!);
const TITLES_BY_LAST = groupBy(TITLE_PHRASES, (t) => t.words[t.words.length - 1]!);

function groupBy<T>(list: T[], key: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of list) {
    const k = key(x);
    const group = out.get(k);
    if (group) group.push(x);
    else out.set(k, [x]);
  }
  return out;
}

/** Longest gazetteer phrase starting at token i (within [i, end)); returns its entry and length. */
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

/** True when the lower-cased tokens from `at` on are `words`. */
function wordsAt(tokens: Token[], at: number, words: string[]): boolean {
  return words.every((w, k) => tokens[at + k]?.lower === w);
}

/** Longest title starting at token i, case-insensitive; returns the title and its length in tokens. */
function titleAt(
  tokens: Token[],
  i: number,
  end: number,
): { words: string; leader: boolean; length: number } | null {
  for (const { words, entry } of TITLES_BY_FIRST.get(tokens[i]?.lower ?? '') ?? []) {
    if (i + words.length <= end && wordsAt(tokens, i, words)) {
      return { words: entry.words.toLowerCase(), leader: entry.leader, length: words.length };
    }
  }
  // "Labor Secretary", "Energy Minister", "Secretary of Defense": any office of that shape.
  const a = tokens[i];
  const b = tokens[i + 1];
  if (
    a?.cap &&
    b &&
    i + 2 <= end &&
    /^(secretary|minister|commissioner)$/.test(b.lower) &&
    b.cap &&
    !/^(the|a)$/.test(a.lower)
  ) {
    return { words: `${a.lower} ${b.lower}`, leader: false, length: 2 };
  }
  if (
    a &&
    /^(secretary|minister)$/.test(a.lower) &&
    a.cap &&
    tokens[i + 1]?.lower === 'of' &&
    tokens[i + 2]?.cap &&
    i + 3 <= end
  ) {
    const exact = TITLE_PHRASES.find((t) => t.words.join(' ') === `${a.lower} of ${tokens[i + 2]!.lower}`);
    if (!exact) return { words: `${a.lower} of ${tokens[i + 2]!.lower}`, leader: false, length: 3 };
  }
  return null;
}

/** Title that ends right before token i (allowing a comma), for "US special envoy Keith Kellogg". */
function titleEndingAt(
  tokens: Token[],
  i: number,
  from: number,
): { words: string; leader: boolean; start: number } | null {
  let j = i;
  if (tokens[j - 1]?.text === ',') j--;
  for (const { words, entry } of TITLES_BY_LAST.get(tokens[j - 1]?.lower ?? '') ?? []) {
    const s = j - words.length;
    if (s >= from && wordsAt(tokens, s, words))
      return { words: entry.words.toLowerCase(), leader: entry.leader, start: s };
  }
  return null;
}

// Letters of every script count: a name in Cyrillic or Greek must not reduce to nothing (and two such
// names to one person).
const nameKey = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\./g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

interface PersonCandidate {
  nameTokens: Token[];
  start: number;
  end: number;
  from: number;
  to: number;
  sentence: number;
  title: { words: string; leader: boolean } | null;
  affiliation: string | null;
  possessive: boolean;
  /** Followed by a speech verb or a comma ("Ono said", "Modi, who ..."), which names do. */
  speaks: boolean;
}

function isNameWord(t: Token | undefined): boolean {
  return (
    !!t &&
    t.kind === 'word' &&
    t.cap &&
    !NOT_NAMES.has(t.text) &&
    !GAZETTEER.has(t.text) &&
    !GAZETTEER.has(t.lower)
  );
}

/** Registers actors and mentions; see the module comment. Each pass adds what its kind of name shows. */
export function findActors(doc: Doc): ActorIndex {
  const reg = new Registry(doc);
  const bySurname = peopleByName(doc, reg);
  loneSurnames(doc, reg, bySurname);
  organisationsByHead(doc, reg);
  gazetteerNames(doc, reg);
  placesAndEvents(doc, reg);
  inferAffiliations(doc, reg.actors, reg.mentions);
  personCollectives(doc, reg);
  describedPeople(doc, reg);
  untitledLeaders(doc, reg);
  organisationsBeforeNouns(doc, reg);
  acronyms(doc, reg);
  employers(doc, reg);
  governmentReferences(doc, reg);
  partyPlurals(doc, reg);
  organisationReferences(doc, reg);
  groupsTakingSides(doc, reg);
  const { actors, mentions, places, events } = reg;
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const mentionsFrom = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = mentionsFrom.get(m.from);
    if (list) list.push(m);
    else mentionsFrom.set(m.from, [m]);
  }
  return { actors, mentions, mentionsFrom, places, events };
}

/** What the passes build together: actors, their mentions, places, events, and the tokens taken. */
class Registry {
  readonly actors = new Map<string, ActorDraft>();
  readonly mentions: Mention[] = [];
  readonly places: PlaceMention[] = [];
  readonly events: EventMention[] = [];
  /** Token indices already part of a mention, and those part of a person's or an organisation's. */
  readonly claimed = new Set<number>();
  readonly claimedByPerson = new Set<number>();
  readonly claimedByOrg = new Set<number>();
  /** actor|start|end of every mention, so none is added twice. */
  private readonly seen = new Set<string>();

  constructor(private readonly doc: Doc) {}

  readonly ensureActor = (key: string, name: string, kind: ActorKind, weak = false): ActorDraft => {
    let a = this.actors.get(key);
    if (!a) {
      a = { key, name, kind, aliases: new Set(), roles: new Set(), leader: false, affiliation: null, weak };
      this.actors.set(key, a);
    } else if (!weak) a.weak = false;
    return a;
  };

  readonly addMention = (actor: ActorDraft, from: number, to: number, sentence: number, via: MentionVia) => {
    const tokens = this.doc.tokens;
    const first = tokens[from];
    const last = tokens[to - 1];
    if (!first || !last) return;
    const start = first.start;
    const end = last.end;
    const seenKey = `${actor.key}|${start}|${end}`;
    if (this.seen.has(seenKey)) return;
    this.seen.add(seenKey);
    const text = this.doc.text.slice(start, end);
    this.mentions.push({
      actor: actor.key,
      start,
      end,
      text,
      from,
      to,
      sentence,
      via,
      possessive: tokens[to]?.kind === 'possessive',
    });
    actor.aliases.add(text);
    for (let k = from; k < to; k++) {
      this.claimed.add(k);
      if (actor.kind === 'person') this.claimedByPerson.add(k);
    }
  };
}

/** people named in capitalised runs, with the titles and affiliations around them. */
function peopleByName(doc: Doc, reg: Registry): Map<string, string> {
  const { tokens } = doc;
  const { actors, mentions, ensureActor, addMention } = reg;
  const candidates: PersonCandidate[] = [];
  const surnameUses = new Map<string, number>();
  doc.sentences.forEach((_, si) => {
    if (doc.skip[si]) return;
    const [from, to] = doc.sentenceTokens[si] ?? [0, 0];
    for (let i = from; i < to; i++) {
      const t = tokens[i];
      if (t?.kind === 'word' && t.cap && !NOT_NAMES.has(t.text))
        surnameUses.set(t.text, (surnameUses.get(t.text) ?? 0) + 1);
    }
  });
  forEachRun(doc, capitalisedRun, (i, run, from, si) => {
    const c = parsePersonRun(tokens, i, run, from, si);
    if (c) candidates.push(c);
  });

  // People with full names first; a lone surname joins the full name it ends.
  const bySurname = new Map<string, string>();
  const sortedCandidates = [...candidates].sort((a, b) => b.nameTokens.length - a.nameTokens.length);
  const organisationNames = new Set(
    candidates
      .filter((c) => !c.title && namesOrganisation(tokens, c.from, c.to))
      .map((c) => nameWordsOf(c.nameTokens).join(' ')),
  );
  for (const c of sortedCandidates) {
    const names = nameWordsOf(c.nameTokens);
    // An untitled run of capitalised words is a name only if it speaks or its last word recurs alone.
    if (!c.title && !c.speaks && (surnameUses.get(names[names.length - 1] ?? '') ?? 0) < 2) continue;
    if (!c.title && organisationNames.has(names.join(' '))) {
      const name = names.join(' ');
      addMention(ensureActor(`org:${nameKey(name)}`, name, 'organization'), c.from, c.to, c.sentence, 'name');
      continue;
    }
    let key: string | undefined;
    if (names.length === 1) key = bySurname.get(names[0] ?? '');
    else {
      // "Von der Leyen" after "Ursula von der Leyen": a shorter form of a full name already seen.
      const short = nameKey(names.join(' '));
      const longer = [...actors.values()].find(
        (a) => a.kind === 'person' && nameKey(a.name).endsWith(' ' + short),
      );
      key = longer?.key ?? 'person:' + short;
    }
    if (!key) {
      const lone = names[0] ?? '';
      const usedAlone = (surnameUses.get(lone) ?? 0) >= 1;
      if (!c.title && !usedAlone) continue;
      key = 'person:' + nameKey(lone);
    }
    const person = ensureActor(key, actors.get(key)?.name ?? names.join(' ').replace(/\./g, ''), 'person');
    if (c.title) {
      person.roles.add(c.title.words);
      if (c.title.leader) person.leader = true;
    }
    if (c.affiliation && !person.affiliation) person.affiliation = c.affiliation;
    const last = names[names.length - 1] ?? '';
    if (names.length > 1) {
      if (!NOT_NAMES.has(last) && !bySurname.has(last)) bySurname.set(last, key);
      if (!bySurname.has(names.join(' '))) bySurname.set(names.join(' '), key);
    } else if (!bySurname.has(last)) bySurname.set(last, key);
    if (c.title && FIRST_NAME_HONORIFICS.has(c.title.words) && names.length > 1 && !bySurname.has(names[0]!))
      bySurname.set(names[0]!, key);
    addMention(person, c.from, c.to, c.sentence, 'name');
  }
  mentions.forEach((m) => (m.possessive = tokens[m.to]?.kind === 'possessive'));
  return bySurname;
}

/** lone surnames of known people. */
function loneSurnames(doc: Doc, reg: Registry, bySurname: Map<string, string>): void {
  const { actors, claimed, addMention } = reg;
  forEachToken(doc, (t, i, si) => {
    if (claimed.has(i) || t.kind !== 'word' || !t.cap) return;
    const key = bySurname.get(t.text);
    const person = key ? actors.get(key) : undefined;
    if (person) addMention(person, i, i + 1, si, 'surname');
  });
}

/**
 * organisations named by their head word ("Foreign Ministry", "International Longshoremen’s
 * Association"). A government body of a named country ("Russia’s Foreign Ministry") speaks for the country.
 */
function organisationsByHead(doc: Doc, reg: Registry): void {
  const { tokens } = doc;
  const { claimedByPerson, claimedByOrg, ensureActor, addMention } = reg;
  forEachRun(doc, organisationRun, (i, run, _from, si) => {
    const head = tokens[run - 1]!.text;
    let s = i;
    while (s < run && NOT_NAMES.has(tokens[s]!.text)) s++;
    const free = ![...Array(run - s).keys()].some((k) => claimedByPerson.has(s + k));
    if (ORGANIZATION_HEADS.has(head) && run - s >= 2 && free) {
      const name = doc.text.slice(tokens[s]!.start, tokens[run - 1]!.end);
      const owner = gazetteerAt(tokens, s, run);
      if (owner?.entry.type === 'country' && owner.entry.form !== 'capital' && GOVERNMENT_HEADS.has(head)) {
        const country = ensureActor(`country:${nameKey(owner.entry.name)}`, owner.entry.name, 'country');
        addMention(country, s, run, si, 'collective');
      } else if (!MEDIA.has(name)) {
        addMention(ensureActor(`org:${nameKey(name)}`, name, 'organization'), s, run, si, 'name');
      }
      for (let k = s; k < run; k++) claimedByOrg.add(k);
    }
  });
}

/** countries, capitals, organisations, regions, and the officials who speak for a country. */
function gazetteerNames(doc: Doc, reg: Registry): void {
  const { tokens } = doc;
  const { claimedByPerson, claimedByOrg } = reg;
  doc.sentences.forEach((_, si) => {
    if (doc.skip[si]) return;
    const [from, to] = doc.sentenceTokens[si] ?? [0, 0];
    let i = from;
    while (i < to) {
      const hit = claimedByPerson.has(i) || claimedByOrg.has(i) ? null : gazetteerAt(tokens, i, to);
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
  const { ensureActor, addMention } = reg;
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
    const collective = collectiveAfter(tokens, i + length, to);
    if (!MEDIA.has(entry.name))
      addMention(
        ensureActor(`org:${nameKey(entry.name)}`, entry.name, 'organization'),
        i,
        collective && collective.end === i + length + 1 ? collective.end : i + length,
        si,
        collective ? 'collective' : 'name',
      );
    return i + length;
  }
  if (entry.type === 'region') {
    if (entry.form === 'name')
      addMention(ensureActor(`group:${nameKey(entry.name)}`, entry.name, 'group'), i, i + length, si, 'name');
    return i + length;
  }
  return null;
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
  // "Ukrainian and US negotiators": coordinated modifiers share the collective noun.
  const collective = collectiveAfter(tokens, i + length, to);
  if (entry.form !== 'capital' && collective) {
    addMention(country(), i, collective.end, si, 'collective');
    return i + length;
  }
  if (entry.form === 'capital') {
    // "in Kyiv" is a place; "Kyiv said" is the government.
    const locative =
      LOCATIVE_PREPOSITIONS.has(prevLower) ||
      /^(visit|visits|visited|visiting|left|leave|leaves|reached|arrived)$/.test(prevLower) ||
      (prev?.text === ',' && places.length > 0 && places[places.length - 1]!.end === tokens[i - 2]?.end);
    const placeName = doc.text.slice(tokens[i]!.start, tokens[i + length - 1]!.end);
    if (isDateline(tokens, i, length)) {
      // Where the story was filed, not where anything happened.
    } else if (locative || prevLower === 'of') {
      places.push({
        name: placeName,
        start: tokens[i]!.start,
        end: tokens[i + length - 1]!.end,
        text: placeName,
        sentence: si,
        from: i,
      });
    } else addMention(country(), i, i + length, si, 'capital');
    return i + length;
  }
  if (entry.form === 'name') {
    if (prev?.text === ',' && tokens[i - 2]?.cap && LOCATIVE_PREPOSITIONS.has(tokens[i - 3]?.lower ?? '')) {
      // "Lyon, France": the country qualifies a place.
      return i + length;
    }
    addMention(country(), i, i + length, si, 'name');
  } else if (entry.form === 'people') {
    addMention(country(), i, i + length, si, 'people');
  } else if (entry.form === 'demonym' && proposalHeadAhead(tokens, i + length, to)) {
    // "an earlier Norwegian offer": the side that makes a proposal is an actor.
    addMention(country(), i, i + length, si, 'name');
  }
  return i + length;
}

/** places after locative prepositions, and named events ("Munich Security Conference"). */
function placesAndEvents(doc: Doc, reg: Registry): void {
  const { tokens } = doc;
  const { places, events, claimed } = reg;
  const placeStarts = new Set<number>(); // a Set, not places.some(): an article may name thousands
  forEachRun(doc, capitalisedRun, (i, run, _from, si) => {
    const t = tokens[i]!;
    const words = tokens.slice(i, run).map((x) => x.text);
    const head = words[words.length - 1] ?? '';
    const name = doc.text.slice(t.start, tokens[run - 1]!.end);
    if (EVENT_HEADS.has(head) && words.length >= 2) {
      const placeHit = gazetteerAt(tokens, i, run);
      const first = words[0] ?? '';
      events.push({
        name,
        start: t.start,
        end: tokens[run - 1]!.end,
        text: name,
        sentence: si,
        from: i,
        to: run,
        place:
          placeHit?.entry.type === 'country' && placeHit.entry.form === 'capital'
            ? first
            : isNameWord(t)
              ? first
              : null,
      });
    } else if (afterLocative(tokens, i) && !claimed.has(i)) {
      const hit = gazetteerAt(tokens, i, run);
      if (!hit || (hit.entry.type === 'country' && hit.entry.form === 'capital')) {
        if (!placeStarts.has(t.start)) {
          placeStarts.add(t.start);
          places.push({
            name,
            start: t.start,
            end: tokens[run - 1]!.end,
            text: name,
            sentence: si,
            from: i,
          });
        }
      }
    }
  });
}

/** collectives named after a person ("the Trump administration", "Zelenskiy’s team"). */
function personCollectives(doc: Doc, reg: Registry): void {
  const { tokens } = doc;
  const { actors, mentions, ensureActor, addMention } = reg;
  for (const m of [...mentions]) {
    const person = actors.get(m.actor);
    if (!person || person.kind !== 'person' || !person.affiliation) continue;
    const after = m.to + (m.possessive ? 1 : 0);
    const noun = tokens[after];
    if (
      noun &&
      COLLECTIVES.has(noun.lower) &&
      ['administration', 'government', 'team', 'officials', 'aides', 'camp', 'side'].includes(noun.lower)
    ) {
      const country =
        actors.get(`country:${nameKey(person.affiliation)}`) ??
        ensureActor(`country:${nameKey(person.affiliation)}`, person.affiliation, 'country');
      let end = after + 1;
      if (tokens[end] && COLLECTIVES.has(tokens[end]!.lower)) end++;
      const start = tokens[m.from - 1]?.lower === 'the' ? m.from - 1 : m.from;
      addMention(country, start, end, m.sentence, 'collective');
    }
  }
}

/** descriptions of people ("the Ukrainian leader", "the US president"). */
function describedPeople(doc: Doc, reg: Registry): void {
  const { tokens } = doc;
  const { actors, mentions, addMention } = reg;
  forEachToken(doc, (t, i, si) => {
    if (t.lower !== 'the') return;
    const [, to] = doc.sentenceTokens[si] ?? [0, 0];
    const hit = gazetteerAt(tokens, i + 1, to);
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
function untitledLeaders(doc: Doc, reg: Registry): void {
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

/**
 * "the centrist Vela party", "the Northwind group": a name before a common noun for an organisation, and
 * the same name wherever it recurs alone.
 */
function organisationsBeforeNouns(doc: Doc, reg: Registry): void {
  const { tokens } = doc;
  const { claimed, ensureActor, addMention } = reg;
  const namedByNoun = new Map<string, ActorDraft>();
  forEachToken(doc, (t, i, si) => {
    if (t.cap || !ORGANIZATION_NOUNS.has(t.lower) || !tokens[i - 1]?.cap || claimed.has(i - 1)) return;
    let s = i - 1;
    while (tokens[s - 1]?.cap && !claimed.has(s - 1)) s--;
    while (s < i && NOT_NAMES.has(tokens[s]!.text)) s++;
    if (s === i || gazetteerAt(tokens, s, i) || isDateline(tokens, s, i - s)) return;
    const name = doc.text.slice(tokens[s]!.start, tokens[i - 1]!.end);
    const org = ensureActor(`org:${nameKey(name)}`, name, 'organization');
    namedByNoun.set(name, org);
    addMention(org, s, i, si, 'name');
  });
  forEachToken(doc, (t, i, si) => {
    const org = namedByNoun.get(t.text);
    if (org && !claimed.has(i)) addMention(org, i, i + 1, si, 'name');
  });
}

/** acronyms, in parentheses after the organisation they stand for, or acting on their own. */
function acronyms(doc: Doc, reg: Registry): void {
  const { tokens } = doc;
  const { actors, mentions, claimed, ensureActor, addMention } = reg;
  const acronymOwner = new Map<string, ActorDraft>();
  for (const m of [...mentions]) {
    const actor = actors.get(m.actor);
    const k = actor?.kind === 'organization' ? acronymInParentheses(tokens, m.to) : null;
    if (k === null || !actor) continue;
    acronymOwner.set(tokens[k]!.text, actor);
    addMention(actor, k, k + 1, m.sentence, 'name');
  }
  forEachToken(doc, (t, i, si) => {
    if (claimed.has(i) || GAZETTEER.has(t.text) || MEDIA.has(t.text) || isDateline(tokens, i, 1)) return;
    const owner =
      acronymOwner.get(t.text) ??
      (ACRONYM_SHAPE.test(t.text)
        ? [...actors.values()].find((a) => a.kind === 'organization' && initialsOf(a.name) === t.text)
        : undefined);
    if (owner) addMention(owner, i, i + 1, si, 'name');
    else if (actingAcronym(tokens, i))
      addMention(ensureActor(`org:${nameKey(t.text)}`, t.text, 'organization'), i, i + 1, si, 'name');
  });
}

/** "Northwind boss Ana Ruiz", "Acme chairman Li Wei": the name before a person's title is their employer. */
function employers(doc: Doc, reg: Registry): void {
  const { tokens } = doc;
  const { actors, mentions, claimed, ensureActor, addMention } = reg;
  for (const m of [...mentions]) {
    const first = tokens[m.from];
    if (actors.get(m.actor)?.kind !== 'person' || !first || first.cap) continue;
    let s = m.from;
    while (tokens[s - 1]?.cap && !claimed.has(s - 1) && !NOT_NAMES.has(tokens[s - 1]!.text)) s--;
    if (s === m.from || gazetteerAt(tokens, s, m.from)) continue;
    const name = doc.text.slice(tokens[s]!.start, tokens[m.from - 1]!.end);
    if (s === m.from - 1 && ORGANIZATION_HEADS.has(name)) continue;
    // A short form of an organisation already named ("Northwind" for "Northwind Shipping") is that one.
    const longer = [...actors.values()].find(
      (a) => a.kind === 'organization' && nameKey(a.name).startsWith(`${nameKey(name)} `),
    );
    const org = longer ?? ensureActor(`org:${nameKey(name)}`, name, 'organization');
    addMention(org, s, m.from, m.sentence, 'name');
  }
}

/** "the government", "the administration" on their own: the country the story has named most so far. */
function governmentReferences(doc: Doc, reg: Registry): void {
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

/** "the Conservatives", "Liberals": parties by their plural names. */
function partyPlurals(doc: Doc, reg: Registry): void {
  const { tokens } = doc;
  const { claimed, ensureActor, addMention } = reg;
  forEachToken(doc, (t, i, si) => {
    if (!t.cap || claimed.has(i) || !ORGANIZATION_PLURALS.has(t.lower)) return;
    // With the capitalised words before it: "Free Democrats".
    let s = i;
    while (tokens[s - 1]?.cap && !claimed.has(s - 1) && !NOT_NAMES.has(tokens[s - 1]!.text)) s--;
    const name = doc.text.slice(tokens[s]!.start, t.end);
    addMention(ensureActor(`org:${nameKey(name)}`, name, 'organization'), s, i + 1, si, 'name');
  });
}

/** "the union", "the company": the organisation of that kind named before it. */
function organisationReferences(doc: Doc, reg: Registry): void {
  const { tokens } = doc;
  const { actors, mentions, claimed, addMention } = reg;
  const organisations = mentions
    .filter((m) => actors.get(m.actor)?.kind === 'organization')
    .sort((a, b) => a.start - b.start);
  const describedAs = (i: number) => {
    const noun = tokens[i + 1]?.lower ?? '';
    const fits = tokens[i]!.lower === 'the' && ORGANIZATION_NOUNS.has(noun) && !claimed.has(i + 1);
    // "the Union of ...", "the group of ...": a name or a phrase, not a reference.
    return fits && !tokens[i + 2]?.cap && tokens[i + 2]?.lower !== 'of' ? noun : null;
  };
  const nounsUsed = new Set<string>();
  forEachToken(doc, (_, i) => {
    const noun = describedAs(i);
    if (noun) nounsUsed.add(noun);
  });
  const claimedByOther = (actor: ActorDraft, noun: string) =>
    [...nounsUsed].some((n) => n !== noun && nameWords(actor).some((w) => ORGANIZATION_NOUNS.get(n)?.has(w)));
  // One description keeps one referent through the story: "the league" is the same body each time.
  const resolved = new Map<string, ActorDraft>();
  forEachToken(doc, (t, i, si) => {
    const noun = describedAs(i);
    if (!noun) return;
    const org = resolved.get(noun) ?? referentOf(organisations, actors, noun, t.start, claimedByOther);
    if (!org) return;
    resolved.set(noun, org);
    addMention(org, i, i + 2, si, 'description');
  });
}

/** groups that take sides ("critics of the draft deal"), kept only if a stance uses them. */
function groupsTakingSides(doc: Doc, reg: Registry): void {
  const { tokens } = doc;
  const { claimed, ensureActor, addMention } = reg;
  forEachToken(doc, (t, i, si) => {
    if (!GROUPS.has(t.lower) || claimed.has(i)) return;
    const [, to] = doc.sentenceTokens[si] ?? [0, 0];
    if (tokens[i - 1]?.lower === 'and' || tokens[i - 1]?.kind === 'possessive') return;
    let end = i + 1;
    if (tokens[end]?.lower === 'of') {
      let k = end + 1;
      let words = 0;
      while (
        k < to &&
        words < 4 &&
        tokens[k]?.kind === 'word' &&
        NOUN_PHRASE_TAGS.has(tokens[k]!.pos) &&
        !/ed$/.test(tokens[k]!.lower)
      ) {
        k++;
        words++;
        if (
          [
            'deal',
            'plan',
            'agreement',
            'proposal',
            'offer',
            'accord',
            'government',
            'policy',
            'war',
          ].includes(tokens[k - 1]!.lower)
        )
          break;
      }
      if (words > 0) end = k;
    }
    const phrase = doc.text.slice(t.start, tokens[end - 1]!.end);
    const name = phrase.charAt(0).toUpperCase() + phrase.slice(1);
    addMention(ensureActor(`group:${nameKey(phrase)}`, name, 'group', true), i, end, si, 'group');
  });
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
  for (const m of organisations) {
    if (m.start >= before) break;
    const actor = actors.get(m.actor);
    if (!actor) continue;
    if (nameWords(actor).some((w) => heads?.has(w))) named = actor;
    else if (!claimedByOther(actor, noun)) last = actor;
  }
  return named ?? last;
}

function nameWords(actor: ActorDraft): string[] {
  return actor.name.toLowerCase().split(/[\s’']+/);
}

function isCountryWord(tokens: Token[], i: number): boolean {
  const g = i >= 0 ? gazetteerAt(tokens, i, i + 1) : null;
  return g?.entry.type === 'country';
}

/** Like a capitalised run, but an organisation's name may hold a possessive ("Longshoremen’s Association"). */
function organisationRun(tokens: Token[], i: number, end: number): number {
  let j = capitalisedRun(tokens, i, end);
  while (j > i && tokens[j]?.kind === 'possessive' && tokens[j + 1]?.cap) {
    const next = capitalisedRun(tokens, j + 1, end);
    if (!ORGANIZATION_HEADS.has(tokens[next - 1]!.text)) break;
    j = next;
  }
  return j;
}

/** After a particle, the name goes on: another particle or a capitalised word ("von der Leyen"). */
function connectsName(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (!t) return false;
  return t.cap || (NAME_CONNECTORS.has(t.lower) && !!tokens[j + 1]?.cap);
}

/** "BRUSSELS —" or "KYIV, Ukraine (Reuters) —" at the start of a story names where it was filed. */
function isDateline(tokens: Token[], i: number, length: number): boolean {
  const word = tokens[i]!.text;
  const next = tokens[i + length]?.text ?? '';
  return (
    word === word.toUpperCase() &&
    word.length > 2 &&
    (next === '—' || next === '–' || next === ',' || next === '(')
  );
}

/** A proposal noun within the next two words ("Norwegian draft agreement"). */
function proposalHeadAhead(tokens: Token[], i: number, end: number): boolean {
  for (let k = i; k < Math.min(end, i + 3); k++) {
    if (PROPOSAL_HEADS[tokens[k]!.lower]) return true;
    if (tokens[k]!.kind !== 'word') return false;
  }
  return false;
}

/** "in Lyon", "at the Elysee Palace". */
function afterLocative(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1]?.lower ?? '';
  return (
    LOCATIVE_PREPOSITIONS.has(prev) ||
    (prev === 'the' && LOCATIVE_PREPOSITIONS.has(tokens[i - 2]?.lower ?? ''))
  );
}

/**
 * Calls `fn` for each run of tokens in every sentence read, as `runEnd` finds them (the end of the run
 * starting at i, or i when none starts there).
 */
function forEachRun(
  doc: Doc,
  runEnd: (tokens: Token[], i: number, end: number) => number,
  fn: (i: number, run: number, sentenceFrom: number, sentence: number) => void,
): void {
  doc.sentences.forEach((_, si) => {
    if (doc.skip[si]) return;
    const [from, to] = doc.sentenceTokens[si] ?? [0, 0];
    let i = from;
    while (i < to) {
      const run = runEnd(doc.tokens, i, to);
      if (run > i) {
        fn(i, run, from, si);
        i = run;
      } else i++;
    }
  });
}

function forEachToken(doc: Doc, fn: (t: Token, i: number, sentence: number) => void): void {
  doc.sentences.forEach((_, si) => {
    if (doc.skip[si]) return;
    const [from, to] = doc.sentenceTokens[si] ?? [0, 0];
    for (let i = from; i < to; i++) fn(doc.tokens[i]!, i, si);
  });
}

/** End (exclusive) of the run of capitalised words starting at i, allowing "of" and dotted initials inside. */
function capitalisedRun(tokens: Token[], i: number, end: number): number {
  let j = i;
  while (j < end) {
    const t = tokens[j]!;
    if (t.kind === 'word' && t.cap) j++;
    else if (j > i && (t.lower === 'of' || NAME_CONNECTORS.has(t.lower)) && connectsName(tokens, j + 1)) j++;
    else if (j > i && isNameHyphen(tokens, j)) j++;
    else break;
  }
  // Do not end on a connector.
  while (j > i && !tokens[j - 1]!.cap) j--;
  return j;
}

/** A hyphen inside a double-barrelled name ("Lund-Haraldsen"): no space on either side, capitals around. */
function isNameHyphen(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  const next = tokens[j + 1];
  return t.text === '-' && !t.spaced && !!next && !next.spaced && next.cap && !!tokens[j - 1]?.cap;
}

/** The words of a name, with hyphenated parts glued back together: ["Ingrid", "Lund-Haraldsen"]. */
function nameWordsOf(tokens: Token[]): string[] {
  const out: string[] = [];
  tokens.forEach((t, k) => {
    if (k > 0 && !t.spaced && out.length > 0) out[out.length - 1] += t.text;
    else out.push(t.text);
  });
  return out;
}

/** Reads "[Country] [Title] Name Surname" from a capitalised run [i, run), with a title just before it. */
/** Where a person's name starts in the run [i, run), and the title and country read before it. */
interface NameStart {
  p: number;
  title: { words: string; leader: boolean } | null;
  affiliation: string | null;
  mentionFrom: number;
}

/**
 * "[Country] [Title] Name": skips words that are never names, reads an owner ("Russian President") and a
 * title inside the run, or a title just before it ("US special envoy Keith Kellogg").
 */
function nameStartOf(tokens: Token[], i: number, run: number, sentenceFrom: number): NameStart {
  let p = i;
  let affiliation: string | null = null;
  let title: { words: string; leader: boolean } | null = null;
  let mentionFrom = i;
  // Skip sentence-initial words that are never names ("The", "Still").
  // ... and party labels before a name ("Conservative Jane Doe").
  while (
    p < run &&
    (NOT_NAMES.has(tokens[p]!.text) || PARTY_ADJECTIVES.has(tokens[p]!.text)) &&
    !titleAt(tokens, p, run)
  )
    p++;
  const g = gazetteerAt(tokens, p, run);
  if (g && !(g.entry.type === 'country' && g.entry.form === 'capital')) {
    // "Russian President ...", "European Commission President ...": who the title belongs to.
    const afterOwner = p + g.length;
    if (titleAt(tokens, afterOwner, run)) {
      if (g.entry.type === 'country') affiliation = g.entry.name;
      mentionFrom = p;
      p = afterOwner;
    }
  }
  const t = titleAt(tokens, p, run);
  if (t) {
    title = { words: t.words, leader: t.leader };
    if (!affiliation) mentionFrom = p;
    p += t.length;
  } else {
    // "Japan’s Foreign Minister Aiko Sato" and "US special envoy Keith Kellogg": title before the run.
    const before = titleEndingAt(tokens, i, sentenceFrom);
    if (before) {
      title = { words: before.words, leader: before.leader };
      // "opposition leader X" or "union president X" heads no state; "Russian leader X" does.
      if (title.leader) title.leader = isCountryWord(tokens, before.start - 1);
      mentionFrom = before.start;
      const bt = tokens[before.start - 1];
      const possessor = tokens[before.start - 1]?.kind === 'possessive' ? before.start - 2 : before.start - 1;
      const pg = possessor >= sentenceFrom ? gazetteerAt(tokens, possessor, possessor + 3) : null;
      if (
        pg &&
        pg.entry.type === 'country' &&
        pg.entry.form !== 'capital' &&
        possessor + pg.length >= before.start - (bt?.kind === 'possessive' ? 1 : 0)
      ) {
        affiliation = pg.entry.name;
        if (bt?.kind !== 'possessive') mentionFrom = possessor;
      }
    }
  }
  return { p, title, affiliation, mentionFrom };
}

function parsePersonRun(
  tokens: Token[],
  i: number,
  run: number,
  sentenceFrom: number,
  sentence: number,
): PersonCandidate | null {
  const { p, title, affiliation, mentionFrom } = nameStartOf(tokens, i, run, sentenceFrom);
  // Name words: up to four capitalised tokens; a title licenses common words as names ("Vice Premier He Wei").
  const nameStart = p;
  let nameEnd = p;
  while (nameEnd < run && nameEnd - nameStart < 6) {
    const w = tokens[nameEnd]!;
    const connector =
      nameEnd > nameStart && NAME_CONNECTORS.has(w.lower) && connectsName(tokens, nameEnd + 1);
    const ok =
      isNameWord(w) ||
      connector ||
      (nameEnd > nameStart && isNameHyphen(tokens, nameEnd)) ||
      (title !== null && nameEnd + 1 < run && w.kind === 'word' && w.cap);
    if (!ok) break;
    nameEnd++;
  }
  if (nameEnd === nameStart || nameEnd !== run) return null;
  const nameTokens = tokens.slice(nameStart, nameEnd);
  if (gazetteerAt(tokens, nameStart, nameEnd)) return null;
  const head = nameTokens[nameTokens.length - 1]!.text;
  if (
    NON_ACTOR_HEADS.has(head) ||
    EVENT_HEADS.has(head) ||
    PROPOSAL_HEADS[head.toLowerCase()] !== undefined ||
    ORGANIZATION_HEADS.has(head) ||
    MEDIA.has(nameTokens.map((x) => x.text).join(' '))
  )
    return null;
  // "Daily Dawn", "Evening Post": an outlet's words anywhere in the name.
  if (nameTokens.some((x) => MEDIA.has(x.text) || NON_ACTOR_HEADS.has(x.text))) return null;
  // Untitled: a name of two or three words ("Ingrid Lund-Haraldsen" is two).
  const wordCount = nameWordsOf(nameTokens).length;
  if (!title && (wordCount < 2 || wordCount > 3)) return null;
  const first = tokens[mentionFrom]!;
  const last = tokens[nameEnd - 1]!;
  return {
    nameTokens,
    start: first.start,
    end: last.end,
    from: mentionFrom,
    to: nameEnd,
    sentence,
    title,
    affiliation,
    possessive: tokens[nameEnd]?.kind === 'possessive',
    speaks: !!tokens[run] && (SPEECH.has(tokens[run]!.lower) || tokens[run]!.text === ','),
  };
}

/** "officials", "negotiators", ...: after a country word, possibly across "and US". Returns the noun's end. */
function collectiveAfter(tokens: Token[], i: number, end: number): { end: number } | null {
  let j = i;
  if (tokens[j]?.kind === 'possessive') j++;
  // Coordination: "Ukrainian and US negotiators", "US and Chinese officials".
  if (tokens[j]?.lower === 'and' || tokens[j]?.text === ',') {
    const g = gazetteerAt(tokens, j + 1, end);
    if (g && (g.entry.type === 'country' || g.entry.type === 'organization')) j = j + 1 + g.length;
  }
  // An adjective may sit between: "Ukrainian senior officials".
  if (
    tokens[j] &&
    [
      'senior',
      'top',
      'trade',
      'military',
      'foreign',
      'government',
      'administration',
      'defense',
      'defence',
      'security',
    ].includes(tokens[j]!.lower) &&
    COLLECTIVES.has(tokens[j + 1]?.lower ?? '')
  )
    j++;
  const noun = tokens[j];
  if (noun && j < end && COLLECTIVES.has(noun.lower)) {
    return { end: j + 1 };
  }
  return null;
}

const ROLES_BY_FIRST = groupBy(
  [...LEADER_NOUNS, ...ROLE_NOUNS].sort((a, b) => b.length - a.length),
  (role) => role.split(' ')[0]!,
);

/** A role noun at token i ("president", "vice premier"); whole words only, so "presidents" is none. */
function roleAt(tokens: Token[], i: number, end: number): { role: string; length: number } | null {
  for (const role of ROLES_BY_FIRST.get(tokens[i]?.lower ?? '') ?? []) {
    const words = role.split(' ');
    if (i + words.length <= end && wordsAt(tokens, i, words)) return { role, length: words.length };
  }
  return null;
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

/**
 * People whose country the article never states get one from the text around them: a collective used
 * both with their name and with a country ("the Trump administration", "the US administration") ties the
 * two; otherwise the countries named near their mentions, weighted by closeness and discounted by how
 * often each country is named at all. Each country gets at most one leader.
 */
function inferAffiliations(doc: Doc, actors: Map<string, ActorDraft>, mentions: Mention[]): void {
  const { tokens } = doc;
  const countryHits: { country: string; at: number; sentence: number; collective: string | null }[] = [];
  const countryFreq = new Map<string, number>();
  doc.sentences.forEach((_, si) => {
    if (doc.skip[si]) return;
    const [from, to] = doc.sentenceTokens[si] ?? [0, 0];
    for (let i = from; i < to; i++) {
      const g = gazetteerAt(tokens, i, to);
      if (g?.entry.type !== 'country') continue;
      const after = i + g.length + (tokens[i + g.length]?.kind === 'possessive' ? 1 : 0);
      const noun = tokens[after]?.lower ?? '';
      countryHits.push({
        country: g.entry.name,
        at: i,
        sentence: si,
        collective: COLLECTIVES.has(noun) ? noun : null,
      });
      countryFreq.set(g.entry.name, (countryFreq.get(g.entry.name) ?? 0) + 1);
      i += g.length - 1;
    }
  });
  const countryCollectives = new Map<string, Set<string>>();
  for (const h of countryHits) {
    if (!h.collective) continue;
    const set = countryCollectives.get(h.collective) ?? new Set<string>();
    set.add(h.country);
    countryCollectives.set(h.collective, set);
  }
  const taken = new Set(
    [...actors.values()]
      .filter((a) => a.kind === 'person' && a.leader && a.affiliation)
      .map((a) => a.affiliation!),
  );
  const mentionsOf = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = mentionsOf.get(m.actor);
    if (list) list.push(m);
    else mentionsOf.set(m.actor, [m]);
  }
  const hitsBySentence = new Map<number, typeof countryHits>();
  for (const h of countryHits) {
    const list = hitsBySentence.get(h.sentence);
    if (list) list.push(h);
    else hitsBySentence.set(h.sentence, [h]);
  }
  const pairs: { person: ActorDraft; country: string; score: number }[] = [];
  for (const person of actors.values()) {
    if (person.kind !== 'person' || person.affiliation) continue;
    const scores = new Map<string, number>();
    const add = (country: string, w: number) => scores.set(country, (scores.get(country) ?? 0) + w);
    for (const m of mentionsOf.get(person.key) ?? []) {
      const after = m.to + (m.possessive ? 1 : 0);
      const noun = tokens[after]?.lower ?? '';
      for (const country of countryCollectives.get(noun) ?? []) add(country, 10);
      for (const h of hitsBySentence.get(m.sentence) ?? []) {
        const distance = h.at < m.from ? m.from - h.at : h.at - m.to;
        add(h.country, 1 / (1 + distance / 4) / Math.sqrt(countryFreq.get(h.country) ?? 1));
      }
    }
    for (const [country, score] of scores) pairs.push({ person, country, score });
  }
  pairs.sort((a, b) => b.score - a.score);
  for (const { person, country } of pairs) {
    if (person.affiliation) continue;
    if (person.leader && taken.has(country)) continue;
    person.affiliation = country;
    if (person.leader) taken.add(country);
  }
}

export { nameKey };
