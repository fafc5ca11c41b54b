// Who says what: quoted passages with their speakers, and the speaker a reported clause is attributed to
// ("X said ...", "..., X said"). The stance pass reads stances in a quotation as the speaker's own.
import type { ActorIndex } from './actors';
import type { Clauses } from './clauses';
import type { Doc } from './document';
import { labelNameEnd } from '../text/language';
import { FIRST_PERSON, GOVERNING_BODIES, SPEECH_LEMMAS } from './lexicon';

export interface Quotation {
  /** Token range [from, to) inside the quotation marks. */
  from: number;
  to: number;
  speaker: string;
}

const OPEN_QUOTES = new Set(['“', '"']);
const CLOSE_QUOTES = new Set(['”', '"']);
const SPEECH = new Set(SPEECH_LEMMAS);

/** A speech verb ("said", "told", "added") by its lemma, not a noun or an adjective. */
export function isSpeechVerb(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  return !!t && SPEECH.has(t.lemma) && (t.pos === 'VERB' || t.pos === 'AUX');
}

/**
 * Who speaks through the speech verb at k: the names before it ("A and B have said"), "he"/"she" before
 * it, or the name after it (", said A").
 */
export function speakersOfSpeechVerb(doc: Doc, clauses: Clauses, k: number, si: number): string[] {
  const { tokens } = doc;
  const [, to] = clauses.sentenceRange(si);
  if (clauses.entityEndingAt(k, 'actor')) return clauses.subjectsOf(k, si);
  const pronoun = tokens[k - 1]?.lower ?? '';
  if (pronoun === 'he' || pronoun === 'she') {
    const ref = clauses.resolvePronoun(k - 1, si);
    return ref ? [ref] : [];
  }
  const after = clauses.firstEntityAfter(k + 1, Math.min(to, k + 6), 'actor');
  if (after?.from === k + 1) return [after.ref];
  // “...,” said Tomas Eld: a name after the verb of a quotation speaks, known as an actor or not.
  const closesQuote = [tokens[k - 1], tokens[k - 2]].some((t) => t && CLOSE_QUOTES.has(t.text));
  if (closesQuote && tokens[k + 1]?.pos === 'PROPN') return [];
  // "X has said", "X also told": the subjects a little further back.
  return clauses.subjectsOf(k, si);
}

/**
 * Quoted passages and who said them: the name after (“...,” X said) or before (X said: “...”). A
 * quotation may run over several sentences; its speaker is then named after it closes.
 */
export function quotations(doc: Doc, clauses: Clauses): Quotation[] {
  const { tokens } = doc;
  const out: Quotation[] = [];
  let si = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (si < doc.sentences.length - 1 && (doc.sentenceTokens[si]?.[1] ?? 0) <= i) si++;
    if (!OPEN_QUOTES.has(tokens[i]!.text)) continue;
    const from = doc.sentenceTokens[si]?.[0] ?? 0;
    const close = closingQuote(doc, i, si);
    if (close.at - i < 4) {
      i = close.at;
      continue;
    }
    const [, to] = clauses.sentenceRange(close.sentence);
    let speaker: string | null = null;
    // After: ”, Ruiz said / ”, said Ruiz / ” Ruiz told ...
    for (let k = close.at + 1; k < Math.min(to, close.at + 8); k++) {
      if (!isSpeechVerb(doc, k)) continue;
      speaker = speakersOfSpeechVerb(doc, clauses, k, close.sentence)[0] ?? null;
      break;
    }
    if (!speaker && i > from) speaker = clauses.subjectOf(i, si);
    if (speaker) out.push({ from: i + 1, to: close.at, speaker });
    i = close.at;
  }
  return [...out, ...labelledAnswers(doc, clauses)];
}

/** Where the speaker's name ends if sentence si is a speaker label (ingest/text/language.ts), else -1. */
function labelEnd(doc: Doc, si: number): number {
  const [from, to] = doc.sentenceTokens[si] ?? [0, 0];
  return labelNameEnd(doc.tokens, from, to);
}

/**
 * "Marek: No. We reject this offer.": the sentences after a speaker label, up to the next label, are the
 * labelled speaker's own words, as if quoted. A label that names no actor ("Q:") heads no quotation.
 */
function labelledAnswers(doc: Doc, clauses: Clauses): Quotation[] {
  const out: Quotation[] = [];
  doc.sentences.forEach((_, si) => {
    const nameEnd = labelEnd(doc, si);
    if (nameEnd < 0) return;
    const from = doc.sentenceTokens[si]![0];
    const label = clauses.entityEndingAt(nameEnd, 'actor');
    if (!label || label.from !== from) return;
    let last = si + 1;
    while (last < doc.sentences.length && labelEnd(doc, last) < 0) last++;
    if (last === si + 1) return;
    const answerFrom = doc.sentenceTokens[si + 1]![0];
    const answerTo = doc.sentenceTokens[last - 1]![1];
    out.push({ from: answerFrom, to: answerTo, speaker: label.ref });
  });
  return out;
}

/** Most sentences a quotation may run over before its closing mark. */
const QUOTE_SENTENCES = 4;

/** The closing mark of the quotation opened at token i of sentence si, or the end of its last sentence. */
function closingQuote(doc: Doc, i: number, si: number): { at: number; sentence: number } {
  const { tokens } = doc;
  const last = Math.min(doc.sentences.length - 1, si + QUOTE_SENTENCES - 1);
  const sentenceEnd = doc.sentenceTokens[si]?.[1] ?? i + 1;
  for (let s = si; s <= last; s++) {
    const [from, to] = doc.sentenceTokens[s] ?? [0, 0];
    for (let j = s === si ? i + 1 : from; j < to; j++) {
      const t = tokens[j]!.text;
      if (CLOSE_QUOTES.has(t)) return { at: j, sentence: s };
      // A new quotation opening with a curly mark means this one was never closed.
      if (t === '“') return { at: sentenceEnd, sentence: si };
    }
  }
  return { at: sentenceEnd, sentence: si };
}

/** For each token, the quotation it stands in, if any. */
export function quotationIndex(doc: Doc, quotes: Quotation[]): (Quotation | undefined)[] {
  const at = new Array<Quotation | undefined>(doc.tokens.length);
  for (const q of quotes) for (let k = q.from; k < q.to; k++) at[k] = q;
  return at;
}

/** "We reject ...", "I will not accept ..." inside a quotation: the speaker is the subject. */
export function firstPersonSubject(doc: Doc, q: Quotation, v: number): boolean {
  const { tokens } = doc;
  for (let k = v - 1; k >= q.from && v - k <= 6; k--) {
    const t = tokens[k]!;
    if (FIRST_PERSON.has(t.lower)) return true;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PUNCT') return false;
  }
  return false;
}

/**
 * The speakers a clause at token v is attributed to: "X said (that) ..." before it, or "..., X said"
 * after it, in the same sentence. Empty when the clause is the article's own voice.
 */
export function attributedSpeakers(doc: Doc, clauses: Clauses, si: number, v: number): string[] {
  const [from, to] = clauses.sentenceRange(si);
  for (let k = v - 1; k >= from; k--) {
    if (isSpeechVerb(doc, k)) return speakersOfSpeechVerb(doc, clauses, k, si);
  }
  for (let k = v + 1; k < to; k++) {
    if (doc.tokens[k]!.text !== ',') continue;
    for (let s = k + 1; s < Math.min(to, k + 8); s++)
      if (isSpeechVerb(doc, s)) return speakersOfSpeechVerb(doc, clauses, s, si);
  }
  return [];
}

/** What the stance readers share: the document, its actors, the clause reader and the quotations. */
export interface Reader {
  doc: Doc;
  index: ActorIndex;
  clauses: Clauses;
  quoteAt: (Quotation | undefined)[];
  /** The actors who made a proposal, by its key (empty for an actor or an unknown key). */
  proposersOf: (ref: string) => ReadonlySet<string>;
}

/**
 * Who holds a stance expressed by the verb at v: "we" or "I" in a quotation is its speaker; a country
 * whose clause is attributed to one of its own people ("the US will oppose it, the US envoy said") is
 * held by that person, who speaks for it; otherwise the verb's subjects.
 */
export function holdersOf(reader: Reader, v: number, si: number): string[] {
  const { doc, clauses, index } = reader;
  const q = reader.quoteAt[v];
  if (q && firstPersonSubject(doc, q, v)) return [q.speaker];
  // "we welcome it" in a quotation whose speaker is not known: no one the article names.
  if (!q && firstPersonSubject(doc, { from: doc.sentenceTokens[si]?.[0] ?? 0, to: v, speaker: '' }, v))
    return [];
  // "X chairman Y said the board would reject it": a body no one is named to own is the speaker's side's.
  const owner = ownerlessBodyBefore(doc, v) ? speakingOrganisation(reader, si, v) : null;
  if (owner) return [owner];
  const holders = clauses.subjectsOf(v, si);
  const named = namedApposition(reader, v, si);
  if (named && holders.length <= 1) return [named];
  const country = holders.length === 1 ? index.actors.get(holders[0]!) : undefined;
  if (country?.kind !== 'country' || q) return holders;
  const speakers = attributedSpeakers(doc, clauses, si, v);
  const speaker = speakers.length === 1 ? index.actors.get(speakers[0]!) : undefined;
  if (speaker?.kind === 'person' && speaker.affiliation === country.name) return [speaker.key, country.key];
  return holders;
}

/** "the board (had) rejected", "the management will oppose": a governing body with "the" as the verb's subject. */
function ownerlessBodyBefore(doc: Doc, v: number): boolean {
  const { tokens } = doc;
  let k = v - 1;
  while (tokens[k]?.pos === 'AUX' || tokens[k]?.pos === 'ADV' || tokens[k]?.pos === 'PART') k--;
  return GOVERNING_BODIES.has(tokens[k]?.lemma ?? '') && tokens[k - 1]?.lower === 'the';
}

/**
 * "X said ...", "X chairman Y said ...", "a spokesman for X said ...": the last organisation named before
 * the speech verb that introduces the clause at v, in the same sentence; null when there is none.
 */
function speakingOrganisation(reader: Reader, si: number, v: number): string | null {
  const { doc, clauses, index } = reader;
  const [from] = clauses.sentenceRange(si);
  let said = v - 1;
  while (said >= from && !isSpeechVerb(doc, said)) said--;
  for (let k = said; k > from; k--) {
    const e = clauses.entityEndingAt(k, 'actor');
    if (e && index.actors.get(e.ref)?.kind === 'organization') return e.ref;
  }
  return null;
}

/**
 * "the smallest of the partners, the Harbour Party, pulled out": when the subject is a common noun and a
 * name stands in apposition to it just before the verb, the name says who acts.
 */
function namedApposition(reader: Reader, v: number, si: number): string | null {
  const { doc, clauses } = reader;
  const { tokens } = doc;
  let k = v - 1;
  while (tokens[k]?.pos === 'AUX' || tokens[k]?.pos === 'ADV') k--;
  if (tokens[k]?.text !== ',') return null;
  // "the Harbour Party", "the liberal Harbour party": a common noun may close the name.
  const name =
    clauses.entityEndingAt(k, 'actor') ??
    (tokens[k - 1]?.pos === 'NOUN' ? clauses.entityEndingAt(k - 1, 'actor') : null);
  if (!name) return null;
  let j = name.from - 1;
  while (tokens[j]?.pos === 'DET' || tokens[j]?.pos === 'ADJ') j--;
  if (tokens[j]?.text !== ',') return null;
  const subject = clauses.subjectSpan(v, si)?.span;
  const named = (e: { from: number; to: number }) => tokens.slice(e.from, e.to).some((t) => t.cap);
  if (subject && (subject.to !== j || named(subject) || subject.ref === name.ref)) return null;
  return named(name) ? name.ref : null;
}
