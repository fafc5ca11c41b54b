// How each cited span is sourced: inside quotation marks with a named speaker (direct), a named
// speaker's reported speech (reported), an unnamed source (anonymous, with its description) or the
// outlet's own words (narration). Pure: it reads the analysed document and the clause reader only.
import type { Clauses } from './clauses';
import type { Doc } from './document';
import { QUOTE_PAIRS } from './lexicon';
import { isAccordingTo, isReportingVerb, sourceAfter, sourceOfVerb, type Source } from './sources';
import { isSpeechVerb } from './speakers';

export type AttributionKind = 'direct' | 'reported' | 'anonymous' | 'narration';

export interface SpanAttribution {
  start: number;
  end: number;
  attribution: AttributionKind;
  /** Actor key of a named speaker (direct and reported). */
  speaker?: string;
  /** Character range of an unnamed source's description (anonymous). */
  description?: { start: number; end: number };
}

/** A quoted passage: tokens [from, to) between its marks, and who it is given to. */
interface Passage {
  from: number;
  to: number;
  source: Source | null;
}

/** Most sentences a quotation may run over before its closing mark. */
const QUOTE_SENTENCES = 4;
/** Tokens after a closing mark in which its speech verb stands ("”, the minister told reporters"). */
const AFTER_QUOTE = 8;

/** The attribution of each span, in the order given. */
export function attributeSpans(
  clauses: Clauses,
  spans: readonly { start: number; end: number }[],
): SpanAttribution[] {
  const passages = quotedPassages(clauses);
  return spans.map((span) => attributeSpan(clauses, passages, span));
}

function attributeSpan(
  clauses: Clauses,
  passages: Passage[],
  span: { start: number; end: number },
): SpanAttribution {
  const { doc } = clauses;
  const a = tokenAt(doc, span.start);
  let b = a;
  while (b < doc.tokens.length && doc.tokens[b]!.start < span.end) b++;
  const inside = passageAround(passages, a, b);
  if (inside?.source) return withSource(span, inside.source, 'direct');
  const si = sentenceOf(doc, a);
  const source = spokenWithin(clauses, a, b, si) ?? cueBefore(clauses, a, si) ?? cueAfter(clauses, b, si);
  return source ? withSource(span, source, 'reported') : { ...span, attribution: 'narration' };
}

function withSource(
  span: { start: number; end: number },
  source: Source,
  named: 'direct' | 'reported',
): SpanAttribution {
  if ('speaker' in source) return { ...span, attribution: named, speaker: source.speaker };
  return { ...span, attribution: 'anonymous', description: source.description };
}

/** "Ruiz rejected the plan, saying it was unfair": a reporting verb inside the span itself. */
function spokenWithin(clauses: Clauses, a: number, b: number, si: number): Source | null {
  for (let k = a + 1; k < b - 1; k++) {
    if (isReportingVerb(clauses.doc, k)) return sourceOfVerb(clauses, k, si, true);
  }
  return null;
}

/** "Ruiz said (that) ...", "according to Ruiz, ...": the nearest cue before the span in its sentence. */
function cueBefore(clauses: Clauses, a: number, si: number): Source | null {
  const [from] = clauses.sentenceRange(si);
  for (let k = a - 1; k >= from; k--) {
    if (isAccordingTo(clauses.doc, k)) return sourceAfter(clauses, k + 2, si);
    if (isReportingVerb(clauses.doc, k)) return sourceOfVerb(clauses, k, si, true);
  }
  return null;
}

/**
 * "..., Ruiz said", "..., said a person familiar with the talks", "..., according to Ruiz": a cue after
 * a later comma or dash of the span's sentence, whose source stands right by it.
 */
function cueAfter(clauses: Clauses, b: number, si: number): Source | null {
  const { doc } = clauses;
  const [, to] = clauses.sentenceRange(si);
  for (let k = Math.max(b - 1, 0); k < to; k++) {
    const t = doc.tokens[k]!.text;
    if (t !== ',' && t !== '—' && t !== '–') continue;
    if (isAccordingTo(doc, k + 1)) return sourceAfter(clauses, k + 3, si);
    for (let v = k + 1; v < Math.min(to, k + 14); v++) {
      if (PHRASE_END.has(doc.tokens[v]!.text)) break;
      if (!isReportingVerb(doc, v)) continue;
      const source = sourceOfVerb(clauses, v, si, false);
      if (source) return source;
      break;
    }
  }
  return null;
}

const PHRASE_END = new Set([',', ';', ':', '—', '–', '.']);

/** Every quoted passage of the article, with the source its speech verb gives. */
function quotedPassages(clauses: Clauses): Passage[] {
  const { doc } = clauses;
  const out: Passage[] = [];
  let si = 0;
  for (let i = 0; i < doc.tokens.length; i++) {
    while (si < doc.sentences.length - 1 && (doc.sentenceTokens[si]?.[1] ?? 0) <= i) si++;
    const closers = QUOTE_PAIRS.get(doc.tokens[i]!.text);
    if (!closers) continue;
    const close = closingMark(doc, i, si, closers);
    if (!close) continue;
    const previous = out[out.length - 1];
    const source = passageSource(clauses, i, close, si) ?? continuation(doc, previous, i, si) ?? null;
    out.push({ from: i + 1, to: close.at, source });
    i = close.at;
  }
  return out;
}

/** The mark that closes the passage opened at token i, within a few sentences. */
function closingMark(
  doc: Doc,
  i: number,
  si: number,
  closers: readonly string[],
): { at: number; sentence: number } | null {
  const last = Math.min(doc.sentences.length - 1, si + QUOTE_SENTENCES - 1);
  for (let s = si; s <= last; s++) {
    const [from, to] = doc.sentenceTokens[s] ?? [0, 0];
    for (let j = s === si ? i + 1 : from; j < to; j++) {
      const t = doc.tokens[j]!;
      if (closers.includes(t.text) && !startsWord(doc, j)) return { at: j, sentence: s };
      if (t.text === doc.tokens[i]!.text && t.text !== closers[0]) return null;
    }
  }
  return null;
}

/** An apostrophe inside or at the end of a word ("Norland’s") is not a closing mark. */
function startsWord(doc: Doc, j: number): boolean {
  const next = doc.tokens[j + 1];
  return next !== undefined && !next.spaced && next.kind === 'word';
}

/** "“...,” Ruiz said", "Ruiz said: “...”": the speech verb after the passage or before it. */
function passageSource(
  clauses: Clauses,
  open: number,
  close: { at: number; sentence: number },
  si: number,
): Source | null {
  const { doc } = clauses;
  const [, to] = clauses.sentenceRange(close.sentence);
  for (let k = close.at + 1; k < Math.min(to, close.at + AFTER_QUOTE); k++) {
    if (isSpeechVerb(doc, k)) return sourceOfVerb(clauses, k, close.sentence, false);
  }
  const [from] = clauses.sentenceRange(si);
  for (let k = open - 1; k >= from; k--) {
    if (isSpeechVerb(doc, k)) return sourceOfVerb(clauses, k, si, true);
    if (isAccordingTo(doc, k)) return sourceAfter(clauses, k + 2, si);
  }
  return null;
}

/** A passage that opens its sentence right after a sourced one ends goes on in the same voice. */
function continuation(doc: Doc, previous: Passage | undefined, open: number, si: number): Source | null {
  const [from] = doc.sentenceTokens[si] ?? [0, 0];
  if (!previous?.source || open !== from || si === 0) return null;
  const [prevFrom] = doc.sentenceTokens[si - 1] ?? [0, 0];
  return previous.to >= prevFrom ? previous.source : null;
}

/** The passage (in order, none overlapping) whose marks enclose tokens [a, b), by binary search. */
function passageAround(passages: Passage[], a: number, b: number): Passage | undefined {
  let lo = 0;
  let hi = passages.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (passages[mid]!.from - 1 <= a) lo = mid + 1;
    else hi = mid;
  }
  const found = passages[lo - 1];
  return found && b <= found.to + 1 ? found : undefined;
}

/** The first token that ends after offset pos. */
function tokenAt(doc: Doc, pos: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sentence holding token k. */
function sentenceOf(doc: Doc, k: number): number {
  let lo = 0;
  let hi = doc.sentenceTokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((doc.sentenceTokens[mid]?.[0] ?? 0) <= k) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
