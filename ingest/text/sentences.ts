// Sentence boundaries with offsets into the article text. Paragraph breaks always end a sentence;
// inside a paragraph, terminal punctuation ends one unless it closes a known abbreviation or initial.
// Every step here is linear in the text, and no sentence is longer than MAX_SENTENCE_CHARS: the
// extractor reads each sentence with scans back and forth over its tokens, so an article that is one
// huge line must not become one huge sentence.
import { words } from '../extract/lexicon';

export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph (block separated by blank or single newlines) the sentence belongs to. */
  paragraph: number;
}

const ABBREVIATIONS = new Set(
  words(
    'mr mrs ms dr prof st jr sr gen col lt sgt capt cmdr adm rep reps sen sens gov pres amb rev hon inc corp co ltd plc vs etc no nos approx dept est fig jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun u.s u.k u.n e.u d.c a.m p.m i.e e.g',
  ),
);

/** Far above any sentence of prose; a longer stretch without a sentence end is cut at a space. */
export const MAX_SENTENCE_CHARS = 1_000;
/** Longer than any abbreviation or initialism the boundary check looks for. */
const MAX_ABBREVIATION_CHARS = 12;

const CLOSERS = `"'”’)]»`;
const OPENERS = `"'“‘([«`;

function isBoundaryAt(text: string, dot: number): number | null {
  // Returns the index just past the sentence end (after closing quotes) or null.
  const ch = text[dot];
  let end = dot + 1;
  while (end < text.length && (text[end] === '.' || text[end] === '!' || text[end] === '?')) end++;
  while (end < text.length && CLOSERS.includes(text[end] ?? '')) end++;
  if (end >= text.length) return end;
  if (!/\s/.test(text[end] ?? '')) return null;
  let next = end;
  while (next < text.length && /[ \t\u00a0]/.test(text[next] ?? '')) next++;
  if (text[next] === '\n' || next >= text.length) return end;
  const following = text[next] ?? '';
  const startsSentence = /[A-Z0-9\u00C0-\u024F]/.test(following) || OPENERS.includes(following);
  if (!startsSentence) return null;
  if (ch === '.') {
    // The word before the dot: an abbreviation or a single initial does not end the sentence.
    let w = dot;
    while (w > 0 && dot - w <= MAX_ABBREVIATION_CHARS && /[A-Za-z.]/.test(text[w - 1] ?? '')) w--;
    const word = text.slice(w, dot).toLowerCase();
    if (ABBREVIATIONS.has(word)) return null;
    if (/^[a-z]$/.test(word)) return null;
    if (/^([a-z]\.)+[a-z]$/.test(word)) return null;
  }
  return end;
}

/** Splits `text` into sentences whose `text` equals `text.slice(start, end)`. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  const emit = (from: number, to: number) => {
    let s = from;
    let e = to;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e), paragraph });
  };
  const push = (from: number, to: number) => {
    let s = from;
    while (to - s > MAX_SENTENCE_CHARS) {
      const cut = cutPoint(text, s, s + MAX_SENTENCE_CHARS);
      emit(s, cut);
      s = cut;
    }
    emit(s, to);
  };
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      push(start, i);
      if (out.length && out[out.length - 1]!.paragraph === paragraph) paragraph++;
      start = i + 1;
    } else if (c === '.' || c === '!' || c === '?') {
      const end = isBoundaryAt(text, i);
      if (end !== null) {
        push(start, end);
        start = end;
        i = end - 1;
      } else {
        // The rest of a run of marks ("?!", "...") gives the same answer: skip it, or a long run
        // would be scanned again from each of its marks.
        while (i + 1 < text.length && /[.!?]/.test(text[i + 1] ?? '')) i++;
      }
    }
  }
  push(start, text.length);
  return out;
}

/** Where to cut an over-long stretch [from, limit): after its last space, or at the limit itself. */
function cutPoint(text: string, from: number, limit: number): number {
  for (let k = limit; k > from + MAX_SENTENCE_CHARS / 2; k--) {
    if (/\s/.test(text[k - 1] ?? '')) return k;
  }
  // No space: never between the two halves of a surrogate pair.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}
