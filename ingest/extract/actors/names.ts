// Reading a person's name from a capitalised run: the owner and title before it ("Russian President"),
// the name words, and whether the run is a name at all.
import type { Token } from '../../text/language';
import {
  EVENT_HEADS,
  GEOGRAPHIC_KIND_WORDS,
  GEOGRAPHIC_LEADING_WORDS,
  MEDIA,
  NAME_CONNECTORS,
  NON_ACTOR_HEADS,
  NOT_NAMES,
  ORGANIZATION_HEADS,
  PARTY_ADJECTIVES,
  PROPOSAL_HEAD_KINDS,
  SPEECH_VERBS,
} from '../lexicon';
import type { Gazetteer } from './gazetteer';
import { connectsName, isNameHyphen, nameWordsOf } from './runs';
import { titleAt, titleEndingAt } from './titles';

const SPEECH = new Set(SPEECH_VERBS);
const ACRONYM_WORD = /^[A-Z]{2,6}$/;

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
    (NOT_NAMES.has(tokens[p]!.text) || acronymBeforeName(gazetteer, tokens, p, run))
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
  if (nameEnd === nameStart || nameEnd !== run) return null;
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
    affiliation,
    possessive: tokens[nameEnd]?.kind === 'possessive',
    speaks: !!tokens[run] && (SPEECH.has(tokens[run]!.lower) || tokens[run]!.text === ','),
  };
}
