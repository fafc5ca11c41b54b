// Who a reporting cue gives as the source of what is said: a named actor ("Ruiz said", ", said Ruiz",
// "according to the ministry") or an unnamed one described by its form ("a person familiar with the
// talks said", "officials who asked not to be named said", "according to two diplomats"). Used by the
// attribution pass (ingest/extract/attribution.ts).
import type { Clauses } from './clauses';
import type { Doc } from './document';
import type { Token } from '../text/language';
import {
  ANONYMITY_MARKERS,
  ANONYMOUS_SOURCE_NOUNS,
  GENERIC_SOURCE_NOUNS,
  INDEFINITE_OPENERS,
  RELATIVES,
  REPORTING_LEMMAS,
  SPEECH_VERB_FILLERS,
} from './lexicon';
import { isSpeechVerb } from './speakers';

/** A source: a named actor (its key in the actor index) or the verbatim description of an unnamed one. */
export type Source = { speaker: string } | { description: { start: number; end: number } };

/** Punctuation that closes the phrase before a speech verb. */
const PHRASE_BREAKS = new Set([',', ';', ':', '—', '–', '(', ')', '“', '”', '"', '‘', '’', '.']);

/** "said", "told", "insists": a verb whose complement is what was said. */
export function isReportingVerb(doc: Doc, k: number): boolean {
  return isSpeechVerb(doc, k) && REPORTING_LEMMAS.has(doc.tokens[k]!.lemma);
}

/** "according to" at token k. */
export function isAccordingTo(doc: Doc, k: number): boolean {
  return doc.tokens[k]?.lower === 'according' && doc.tokens[k + 1]?.lower === 'to';
}

/**
 * The source a speech verb at k gives: a description or a name before it ("a person ... said", "Ruiz
 * has said", "he said"), or after it (", said Ruiz", ", said a person ..."). An aside between a name and
 * the verb (", who ...,") is read through only when `aside` allows it.
 */
export function sourceOfVerb(clauses: Clauses, k: number, si: number, aside: boolean): Source | null {
  const { doc } = clauses;
  const [from, to] = clauses.sentenceRange(si);
  const described = describedBefore(doc, k, from, to);
  if (described) return described;
  let j = k - 1;
  while (j >= from && (SPEECH_VERB_FILLERS.has(doc.tokens[j]!.lower) || doc.tokens[j]!.pos === 'ADV')) j--;
  const before = doc.tokens[j];
  const named = clauses.entityEndingAt(j + 1, 'actor');
  if (named && !named.possessive) return { speaker: named.ref };
  if (before?.lower === 'he' || before?.lower === 'she') {
    const ref = clauses.resolvePronoun(j, si);
    return ref ? { speaker: ref } : null;
  }
  if (before?.lower === 'it' || before?.lower === 'they' || (aside && before?.text === ',')) {
    const ref = clauses.subjectOf(k, si);
    return ref ? { speaker: ref } : null;
  }
  if (before && !PHRASE_BREAKS.has(before.text) && j >= from) return null;
  return invertedSource(clauses, k, si);
}

/**
 * "”, said Ruiz", ", said a person close to the talks": the source after an inverted speech verb. Not
 * after a participle or "said that", and not a name that is the subject of what follows ("saying the
 * minister had ...").
 */
function invertedSource(clauses: Clauses, k: number, si: number): Source | null {
  const { doc } = clauses;
  const verb = doc.tokens[k]!;
  if (verb.lower.endsWith('ing') || doc.tokens[k + 1]?.lower === 'that') return null;
  const source = sourceAfter(clauses, k + 1, si);
  if (!source || !('speaker' in source)) return source;
  const [, to] = clauses.sentenceRange(si);
  const named = clauses.firstEntityAfter(k + 1, to, 'actor');
  const next = named ? doc.tokens[named.to] : undefined;
  return next && (next.pos === 'VERB' || next.pos === 'AUX') ? null : source;
}

/** The source named at token p: an actor ("according to Ruiz") or an unnamed description. */
export function sourceAfter(clauses: Clauses, p: number, si: number): Source | null {
  const { doc } = clauses;
  const [, to] = clauses.sentenceRange(si);
  let first = doc.tokens[p]?.lower === 'the' ? p + 1 : p;
  // "said union leader Ana Ruiz": a lower-case title before the name.
  while (first < to && doc.tokens[first]!.pos === 'NOUN' && !doc.tokens[first]!.cap) first++;
  const named = clauses.firstEntityAfter(p, Math.min(to, first + 8), 'actor');
  if (named && named.from >= p && named.from <= first) return { speaker: named.ref };
  let end = p;
  while (end < to && !PHRASE_BREAKS.has(doc.tokens[end]!.text)) end++;
  return describedIn(doc, p, end, sentenceMentionsAnonymity(doc, p, to));
}

/** An unnamed source described right before the verb at k, within its phrase (or before an aside). */
function describedBefore(doc: Doc, k: number, from: number, to: number): Source | null {
  let end = k;
  while (end > from && SPEECH_VERB_FILLERS.has(doc.tokens[end - 1]!.lower)) end--;
  let asideEnd = end;
  // "a person, who asked not to be named, said": the description and its aside.
  if (doc.tokens[end - 1]?.text === ',') {
    let open = end - 2;
    while (open > from && !PHRASE_BREAKS.has(doc.tokens[open]!.text)) open--;
    if (doc.tokens[open]?.text !== ',' || !RELATIVES.has(doc.tokens[open + 1]?.lower ?? '')) return null;
    asideEnd = end - 1;
    end = open;
  }
  let start = end;
  while (start > from && !PHRASE_BREAKS.has(doc.tokens[start - 1]!.text)) start--;
  const marked = sentenceMentionsAnonymity(doc, end, to);
  const found = describedIn(doc, start, end, marked);
  if (!found || !('description' in found) || asideEnd === end) return found;
  return { description: { start: found.description.start, end: doc.tokens[asideEnd - 1]!.end } };
}

/** "on condition of anonymity", "who asked not to be named" after the source in its sentence. */
function sentenceMentionsAnonymity(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (doc.tokens[k]!.lemma === 'anonymity') return true;
  return false;
}

/**
 * An unnamed source as the whole phrase [from, end): a head such as "person" or "officials" with only
 * determiners and modifiers before it, and by its form indefinite ("a person", "two officials",
 * "officials"), generic after "the" ("the person"), or marked ("familiar with", "close to").
 */
function describedIn(doc: Doc, from: number, end: number, marked: boolean): Source | null {
  const { tokens } = doc;
  let head = -1;
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    if (isSourceNoun(t, tokens[k - 1])) head = k;
    if (head >= 0 || !isModifier(doc, k)) break;
  }
  if (head < 0 || !postModifiersOnly(doc, head + 1, end)) return null;
  const opener = tokens[from]!;
  const plural = /(s|people)$/.test(tokens[head]!.lower);
  const indefinite =
    INDEFINITE_OPENERS.has(opener.lower) || opener.pos === 'NUM' || (plural && opener.pos !== 'DET');
  const generic = opener.lower === 'the' && GENERIC_SOURCE_NOUNS.has(tokens[head]!.lemma);
  let markedHere = marked;
  for (let k = head + 1; k < end; k++) markedHere ||= ANONYMITY_MARKERS.has(tokens[k]!.lower);
  if (!indefinite && !generic && !markedHere) return null;
  return { description: { start: opener.start, end: tokens[end - 1]!.end } };
}

/**
 * "person", "officials" (tagged a name when it opens a sentence), "sources"; also a head the tagger took
 * for a verb where no verb can stand ("according to people").
 */
function isSourceNoun(t: Token, previous: Token | undefined): boolean {
  const afterFunctionWord = ['ADP', 'PART', 'DET', 'NUM'].includes(previous?.pos ?? '');
  if (t.pos !== 'NOUN' && t.pos !== 'PROPN' && !(t.pos === 'VERB' && afterFunctionWord)) return false;
  return ANONYMOUS_SOURCE_NOUNS.has(t.lemma) || ANONYMOUS_SOURCE_NOUNS.has(t.lower.replace(/s$/, ''));
}

/** Words that may stand before a source's head: "two senior Norlandic", "a Valdorian", "Norlandic and Valdorian". */
function isModifier(doc: Doc, k: number): boolean {
  const t = doc.tokens[k]!;
  if (t.pos === 'CCONJ') return t.lower === 'and';
  return ['DET', 'NUM', 'ADJ', 'PROPN', 'NOUN', 'ADV'].includes(t.pos) || INDEFINITE_OPENERS.has(t.lower);
}

/**
 * What follows a source's head up to the verb: prepositional phrases ("with knowledge of the talks"),
 * "familiar with" or "close to", a participle ("briefed on"), or a relative clause ("who asked ...");
 * a finite verb of its own means the phrase was a clause, not a description.
 */
function postModifiersOnly(doc: Doc, from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const t = doc.tokens[k]!;
    if (RELATIVES.has(t.lower)) return true;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && k !== from) return false;
  }
  return true;
}
