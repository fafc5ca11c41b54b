// Finds who the article is about: people (by name, surname, title or description), countries (by name,
// capital, or the officials who speak for them), organisations and groups; and resolves every mention
// to one actor. Also records places and named events, which meetings use.
import type { ActorKind, Span } from '../../schema';
import type { Doc } from './document';
import type { Token } from './tokens';
import {
  COLLECTIVE_NOUNS,
  COUNTRIES,
  EVENT_HEADS,
  GROUP_NOUNS,
  LEADER_NOUNS,
  LOCATIVE_PREPOSITIONS,
  MEDIA,
  NON_ACTOR_HEADS,
  NOT_NAMES,
  ORGANIZATION_HEADS,
  ORGANIZATIONS,
  PROPOSAL_HEADS,
  REGIONS,
  ROLE_NOUNS,
  SPEECH_VERBS,
  TITLES,
  words,
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

const MAX_PHRASE = 6;
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
  for (const { words, entry } of TITLE_PHRASES) {
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
  for (const { words, entry } of TITLE_PHRASES) {
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

/** Registers actors and mentions; see the module comment. */
export function findActors(doc: Doc): ActorIndex {
  const { tokens } = doc;
  const actors = new Map<string, ActorDraft>();
  const mentions: Mention[] = [];
  const places: PlaceMention[] = [];
  const placeStarts = new Set<number>(); // a Set, not places.some(): an article may name thousands
  const events: EventMention[] = [];
  const claimed = new Set<number>(); // token indices already part of a mention
  const claimedByPerson = new Set<number>();
  const seen = new Set<string>(); // actor|start|end of every mention, so none is added twice
  const claimedByOrg = new Set<number>();

  const ensureActor = (key: string, name: string, kind: ActorKind, weak = false): ActorDraft => {
    let a = actors.get(key);
    if (!a) {
      a = { key, name, kind, aliases: new Set(), roles: new Set(), leader: false, affiliation: null, weak };
      actors.set(key, a);
    } else if (!weak) a.weak = false;
    return a;
  };
  const addMention = (actor: ActorDraft, from: number, to: number, sentence: number, via: MentionVia) => {
    const first = tokens[from];
    const last = tokens[to - 1];
    if (!first || !last) return;
    const start = first.start;
    const end = last.end;
    const seenKey = `${actor.key}|${start}|${end}`;
    if (seen.has(seenKey)) return;
    seen.add(seenKey);
    const text = doc.text.slice(start, end);
    mentions.push({
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
      claimed.add(k);
      if (actor.kind === 'person') claimedByPerson.add(k);
    }
  };

  // Pass 1: people named in capitalised runs, with the titles and affiliations around them.
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
  for (const c of sortedCandidates) {
    const names = c.nameTokens.map((t) => t.text);
    // An untitled run of capitalised words is a name only if it speaks or its last word recurs alone.
    if (!c.title && !c.speaks && (surnameUses.get(names[names.length - 1] ?? '') ?? 0) < 2) continue;
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
    addMention(person, c.from, c.to, c.sentence, 'name');
  }
  mentions.forEach((m) => (m.possessive = tokens[m.to]?.kind === 'possessive'));

  // Pass 2: lone surnames of known people.
  forEachToken(doc, (t, i, si) => {
    if (claimed.has(i) || t.kind !== 'word' || !t.cap) return;
    const key = bySurname.get(t.text);
    const person = key ? actors.get(key) : undefined;
    if (person) addMention(person, i, i + 1, si, 'surname');
  });

  // Pass 3a: organisations named by their head word ("Foreign Ministry", "International Longshoremen’s
  // Association"). A government body of a named country ("Russia’s Foreign Ministry") speaks for the country.
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

  // Pass 3: countries, capitals, organisations, regions, and the officials who speak for a country.
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
      const after = i + length + (tokens[i + length]?.kind === 'possessive' ? 1 : 0);
      const nextWord = tokens[after];
      const prev = tokens[i - 1];
      const prevLower = prev?.lower ?? '';

      // "NATO allies", "European leaders": a group or region stands as an actor.
      if (
        (entry.type === 'organization' || entry.type === 'region') &&
        nextWord &&
        GROUPS.has(nextWord.lower)
      ) {
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
        i = after + 1;
        continue;
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
        i += length;
        continue;
      }
      if (entry.type === 'region') {
        if (entry.form === 'name')
          addMention(
            ensureActor(`group:${nameKey(entry.name)}`, entry.name, 'group'),
            i,
            i + length,
            si,
            'name',
          );
        i += length;
        continue;
      }
      // Countries.
      const country = () => ensureActor(`country:${nameKey(entry.name)}`, entry.name, 'country');
      // "Ukrainian and US negotiators": coordinated modifiers share the collective noun.
      const collective = collectiveAfter(tokens, i + length, to);
      if (entry.form !== 'capital' && collective) {
        addMention(country(), i, collective.end, si, 'collective');
        i = i + length;
        continue;
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
        i += length;
        continue;
      }
      if (entry.form === 'name') {
        if (
          prev?.text === ',' &&
          tokens[i - 2]?.cap &&
          LOCATIVE_PREPOSITIONS.has(tokens[i - 3]?.lower ?? '')
        ) {
          // "Lyon, France": the country qualifies a place.
          i += length;
          continue;
        }
        addMention(country(), i, i + length, si, 'name');
      } else if (entry.form === 'people') {
        addMention(country(), i, i + length, si, 'people');
      } else if (entry.form === 'demonym' && proposalHeadAhead(tokens, i + length, to)) {
        // "an earlier Norwegian offer": the side that makes a proposal is an actor.
        addMention(country(), i, i + length, si, 'name');
      }
      i += length;
    }
  });

  // Pass 4: places after locative prepositions, and named events ("Munich Security Conference").
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

  inferAffiliations(doc, actors, mentions);

  // Pass 6: collectives named after a person ("the Trump administration", "Zelenskiy’s team").
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

  // Pass 7: descriptions of people ("the Ukrainian leader", "the US president").
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

  // Pass 7b: "the president", "the prime minister" with no country: the head of state or government
  // named last, within the last few sentences.
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

  // Pass 8: groups that take sides ("critics of the draft deal"), kept only if a stance uses them.
  forEachToken(doc, (t, i, si) => {
    if (!GROUPS.has(t.lower) || claimed.has(i)) return;
    const [, to] = doc.sentenceTokens[si] ?? [0, 0];
    if (tokens[i - 1]?.lower === 'and' || tokens[i - 1]?.kind === 'possessive') return;
    let end = i + 1;
    if (tokens[end]?.lower === 'of') {
      let k = end + 1;
      let words = 0;
      while (k < to && words < 4 && tokens[k]?.kind === 'word' && !/ed$/.test(tokens[k]!.lower)) {
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

  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const mentionsFrom = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = mentionsFrom.get(m.from);
    if (list) list.push(m);
    else mentionsFrom.set(m.from, [m]);
  }
  return { actors, mentions, mentionsFrom, places, events };
}

function isCountryWord(tokens: Token[], i: number): boolean {
  const g = i >= 0 ? gazetteerAt(tokens, i, i + 1) : null;
  return g?.entry.type === 'country';
}

/** Bodies of government: named with a country first, they speak for that country. */
const GOVERNMENT_HEADS = new Set(
  words(
    'Ministry Government Cabinet Parliament Army Forces Duma Rada Congress Senate Administration Department Office Presidency Assembly',
  ),
);

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
    else break;
  }
  // Do not end on a connector.
  while (j > i && !tokens[j - 1]!.cap) j--;
  return j;
}

/** Reads "[Country] [Title] Name Surname" from a capitalised run [i, run), with a title just before it. */
function parsePersonRun(
  tokens: Token[],
  i: number,
  run: number,
  sentenceFrom: number,
  sentence: number,
): PersonCandidate | null {
  let p = i;
  let affiliation: string | null = null;
  let title: { words: string; leader: boolean } | null = null;
  let mentionFrom = i;
  // Skip sentence-initial words that are never names ("The", "Still").
  while (p < run && NOT_NAMES.has(tokens[p]!.text) && !titleAt(tokens, p, run)) p++;
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
  // Name words: up to four capitalised tokens; a title licenses common words as names ("Vice Premier He Wei").
  const nameStart = p;
  let nameEnd = p;
  while (nameEnd < run && nameEnd - nameStart < 6) {
    const w = tokens[nameEnd]!;
    const connector =
      nameEnd > nameStart && NAME_CONNECTORS.has(w.lower) && connectsName(tokens, nameEnd + 1);
    const ok =
      isNameWord(w) || connector || (title !== null && nameEnd + 1 < run && w.kind === 'word' && w.cap);
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
  if (nameTokens.some((x) => MEDIA.has(x.text))) return null;
  if (!title) {
    // Untitled: a two- or three-word name that speaks or is referred to by surname later.
    if (nameTokens.length < 2 || nameTokens.length > 3) return nameTokens.length === 1 ? null : null;
    const next = tokens[run];
    const speaks = !!next && (SPEECH.has(next.lower) || next.text === ',');
    if (!speaks && nameTokens.length < 2) return null;
  }
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

/** Lower-case particles inside names: "Tamim bin Hamad", "Ursula von der Leyen". */
const NAME_CONNECTORS = new Set(words('bin bint ibn al el de der van von da del della la le di du dos'));

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

const ROLES_LONGEST_FIRST = [...LEADER_NOUNS, ...ROLE_NOUNS].sort((a, b) => b.length - a.length);

/** A role noun at token i ("president", "vice premier"); whole words only, so "presidents" is none. */
function roleAt(tokens: Token[], i: number, end: number): { role: string; length: number } | null {
  for (const role of ROLES_LONGEST_FIRST) {
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
