// Reading a person's name from a capitalised run: the owner and title before it ("Russian President"),
// the name words, and whether the run is a name at all.
import type { Token } from '../../text/language';
import {
  ACTING_NAME_LEMMAS,
  EVENT_HEADS,
  GEOGRAPHIC_KIND_WORDS,
  GEOGRAPHIC_LEADING_WORDS,
  MEDIA,
  NAME_CONNECTORS,
  NAME_VERB_FILLERS,
  NEGOTIATION_NOUNS,
  NON_ACTOR_HEADS,
  OBJECT_MEETING_VERBS,
  NOT_NAMES,
  ORGANIZATION_HEADS,
  PARTY_ADJECTIVES,
  PROPOSAL_HEAD_KINDS,
  SPEECH_VERBS,
  STANCE_VERBS,
} from '../lexicon';
import type { Gazetteer } from './gazetteer';
import { connectsName, isNameHyphen, nameWordsOf } from './runs';
import { titleAt, titleEndingAt } from './titles';

const SPEECH = new Set(SPEECH_VERBS);
const ACRONYM_WORD = /^[A-Z]{2,6}$/;
/** Words of a body's name before a title ("Castellan Steel Chief Executive"). */
const MAX_OWNER_WORDS = 3;

export interface PersonCandidate {
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
  /** The subject of a meeting, proposing or stance verb, or the object of a meeting verb ("met Ann Vo"). */
  acts: boolean;
}

export function isNameWord(gazetteer: Gazetteer, t: Token | undefined): boolean {
  return (
    !!t &&
    t.kind === 'word' &&
    t.cap &&
    !NOT_NAMES.has(t.text) &&
    !gazetteer.has(t.text) &&
    !gazetteer.has(t.lower)
  );
}

/** An acronym that no gazetteer knows, before more of a run and not before a title: never a first name. */
function acronymBeforeName(gazetteer: Gazetteer, tokens: Token[], p: number, run: number): boolean {
  const t = tokens[p]!.text;
  return ACRONYM_WORD.test(t) && p + 1 < run && !gazetteer.has(t) && !titleAt(tokens, p + 1, run);
}

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
function nameStartOf(
  gazetteer: Gazetteer,
  tokens: Token[],
  i: number,
  run: number,
  sentenceFrom: number,
): NameStart {
  let p = i;
  let affiliation: string | null = null;
  let title: { words: string; leader: boolean } | null = null;
  // Skip sentence-initial words that are never names ("However", "Still"), and an organisation's
  // acronym before a name ("Ambassador to the ABC Jane Doe"); neither is part of the mention.
  while (
    p < run &&
    !titleAt(tokens, p, run) &&
    (NOT_NAMES.has(tokens[p]!.text) ||
      acronymBeforeName(gazetteer, tokens, p, run) ||
      // "Would Valdoria accept ...?": a question's opening auxiliary.
      (p === sentenceFrom && tokens[p]!.pos === 'AUX'))
  )
    p++;
  let mentionFrom = p;
  // Party labels before a name stay in the mention ("Conservative Jane Doe").
  while (p < run && PARTY_ADJECTIVES.has(tokens[p]!.text) && !titleAt(tokens, p, run)) p++;
  const g = gazetteer.at(tokens, p, run);
  if (g && !(g.entry.type === 'country' && g.entry.form === 'capital')) {
    // "Russian President ...", "European Commission President ...": who the title belongs to.
    const afterOwner = p + g.length;
    if (titleAt(tokens, afterOwner, run)) {
      if (g.entry.type === 'country') affiliation = g.entry.name;
      mentionFrom = p;
      p = afterOwner;
    }
  }
  // "Castellan Chief Executive Ann Vo", "Federation President Ann Vo": a body's name owns the title; the
  // mention starts at the title, and the body's words are left to the organisation passes.
  const owned = titleAt(tokens, p, run) ? 0 : ownerWordsBeforeTitle(gazetteer, tokens, p, run);
  if (owned > 0) p += owned;
  const t = titleAt(tokens, p, run);
  if (t) {
    title = { words: t.words, leader: t.leader };
    if (!affiliation || owned > 0) mentionFrom = p;
    p += t.length;
  } else {
    // "Japan’s Foreign Minister Aiko Sato" and "US special envoy Keith Kellogg": title before the run.
    const before = titleEndingAt(tokens, i, sentenceFrom);
    if (before) {
      title = { words: before.words, leader: before.leader };
      // "opposition leader X" or "union president X" heads no state; "Russian leader X" does.
      if (title.leader) title.leader = gazetteer.isCountryWord(tokens, before.start - 1);
      mentionFrom = before.start;
      const bt = tokens[before.start - 1];
      const possessor = tokens[before.start - 1]?.kind === 'possessive' ? before.start - 2 : before.start - 1;
      const pg = possessor >= sentenceFrom ? gazetteer.at(tokens, possessor, possessor + 3) : null;
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

/** How many capitalised words of a body's name stand before a title inside the run ("Castellan Chief ..."). */
function ownerWordsBeforeTitle(gazetteer: Gazetteer, tokens: Token[], p: number, run: number): number {
  for (let k = p + 1; k <= p + MAX_OWNER_WORDS && k < run; k++) {
    const w = tokens[k - 1]!;
    if (w.kind !== 'word' || !w.cap || NOT_NAMES.has(w.text) || PARTY_ADJECTIVES.has(w.text)) return 0;
    const t = titleAt(tokens, k, run);
    // Only a name may follow the title: a title that ends the run names no one.
    if (t && k + t.length < run && !gazetteer.at(tokens, p, k)) return k - p;
  }
  return 0;
}

export function parsePersonRun(
  gazetteer: Gazetteer,
  tokens: Token[],
  i: number,
  run: number,
  sentenceFrom: number,
  sentence: number,
): PersonCandidate | null {
  const { p, title, affiliation, mentionFrom } = nameStartOf(gazetteer, tokens, i, run, sentenceFrom);
  // Name words: up to four capitalised tokens; a title licenses common words as names ("Vice Premier He Wei").
  const nameStart = p;
  let nameEnd = p;
  while (nameEnd < run && nameEnd - nameStart < 6) {
    const w = tokens[nameEnd]!;
    const connector =
      nameEnd > nameStart && NAME_CONNECTORS.has(w.lower) && connectsName(tokens, nameEnd + 1);
    const ok =
      isNameWord(gazetteer, w) ||
      connector ||
      (nameEnd > nameStart && isNameHyphen(tokens, nameEnd)) ||
      (title !== null && nameEnd + 1 < run && w.kind === 'word' && w.cap);
    if (!ok) break;
    nameEnd++;
  }
  if (nameEnd === nameStart) return null;
  // "Foreign Minister Ann Vo of Norland": the name ends at "of", and a country after it is the person's.
  const of = nameEnd < run ? countryAfterOf(gazetteer, tokens, nameEnd, run, title !== null) : undefined;
  if (nameEnd !== run && of === undefined) return null;
  const nameTokens = tokens.slice(nameStart, nameEnd);
  if (gazetteer.at(tokens, nameStart, nameEnd)) return null;
  const head = nameTokens[nameTokens.length - 1]!.text.replace(/\.$/, '');
  if (
    NON_ACTOR_HEADS.has(head) ||
    EVENT_HEADS.has(head) ||
    PROPOSAL_HEAD_KINDS.has(head.toLowerCase()) ||
    ORGANIZATION_HEADS.has(head) ||
    // "the Tavel River", "Lake Orm": a place named with its kind.
    GEOGRAPHIC_KIND_WORDS.has(head) ||
    GEOGRAPHIC_LEADING_WORDS.has(nameTokens[0]!.text) ||
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
    affiliation: affiliation ?? of ?? null,
    possessive: tokens[nameEnd]?.kind === 'possessive',
    speaks: !!tokens[run] && (SPEECH.has(tokens[run]!.lower) || tokens[run]!.text === ','),
    acts: actsAsSubject(tokens, nameEnd) || meetingObject(tokens, mentionFrom),
  };
}

/**
 * The country named by "of <Country>" that closes the run after a person's name at `at` ("Mark Vale of
 * Norland"): its name; null when a titled name is followed by "of" and a place no list holds as a
 * country ("Chief Executive Ann Vo of Castellan"); undefined when the rest of the run is no such tail.
 */
function countryAfterOf(
  gazetteer: Gazetteer,
  tokens: Token[],
  at: number,
  run: number,
  titled: boolean,
): string | null | undefined {
  if (tokens[at]?.lower !== 'of' || run - at > 4) return undefined;
  const g = gazetteer.at(tokens, at + 1, run);
  if (g && at + 1 + g.length === run && g.entry.type === 'country' && g.entry.form !== 'capital')
    return g.entry.name;
  return titled ? null : undefined;
}

/** "Ann Vo met", "Ann Vo will meet", "Ann Vo held talks", "Ann Vo rejected": the verb after the name at `at`. */
function actsAsSubject(tokens: Token[], at: number): boolean {
  let k = at;
  while (k < at + 3 && (NAME_VERB_FILLERS.has(tokens[k]?.lower ?? '') || tokens[k]?.lemma === 'not')) k++;
  const verb = tokens[k];
  if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return false;
  if (verb.lemma === 'hold' && NEGOTIATION_NOUNS.has(tokens[k + 1]?.lower ?? '')) return true;
  return ACTING_NAME_LEMMAS.has(verb.lemma) || STANCE_VERBS.has(verb.lemma);
}

/** "met Ann Vo", "held talks with Ann Vo", "met with Ann Vo": the other side of a meeting, at `from`. */
function meetingObject(tokens: Token[], from: number): boolean {
  const before = tokens[from - 1]?.lower ?? '';
  if (OBJECT_MEETING_VERBS.has(before)) return true;
  const verb = tokens[from - 2]?.lower ?? '';
  return before === 'with' && (OBJECT_MEETING_VERBS.has(verb) || NEGOTIATION_NOUNS.has(verb));
}
