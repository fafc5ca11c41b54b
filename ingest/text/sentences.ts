// Sentence boundaries with offsets into the article text. Paragraph breaks always end a sentence;
// inside a paragraph, terminal punctuation ends one unless it closes a known abbreviation or initial.
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
    while (w > 0 && /[A-Za-z.]/.test(text[w - 1] ?? '')) w--;
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
  const push = (from: number, to: number) => {
    let s = from;
    let e = to;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e), paragraph });
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
      }
    }
  }
  push(start, text.length);
  return out;
}
