// Walking the tokens of the sentences read: capitalised runs, names' connectors and hyphens, datelines,
// and the small token tests the passes share.
import type { Doc } from '../document';
import type { Token } from '../../text/language';
import { LEGAL_FORMS, LOCATIVE_PREPOSITIONS, NAME_CONNECTORS, PROPOSAL_HEAD_KINDS } from '../lexicon';

export function groupBy<T>(list: T[], key: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of list) {
    const k = key(x);
    const group = out.get(k);
    if (group) group.push(x);
    else out.set(k, [x]);
  }
  return out;
}

/** True when the lower-cased tokens from `at` on are `words`. */
export function wordsAt(tokens: Token[], at: number, words: string[]): boolean {
  return words.every((w, k) => tokens[at + k]?.lower === w);
}

/** After a particle, the name goes on: another particle or a capitalised word ("von der Leyen"). */
export function connectsName(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (!t) return false;
  return t.cap || (NAME_CONNECTORS.has(t.lower) && !!tokens[j + 1]?.cap);
}

/** "BRUSSELS —" or "KYIV, Ukraine (Reuters) —" at the start of a story names where it was filed. */
export function isDateline(tokens: Token[], i: number, length: number): boolean {
  const word = tokens[i]!.text;
  const next = tokens[i + length]?.text ?? '';
  return (
    word === word.toUpperCase() &&
    word.length > 2 &&
    (next === '—' || next === '–' || next === ',' || next === '(')
  );
}

/** A proposal noun within the next two words ("Norwegian draft agreement"). */
export function proposalHeadAhead(tokens: Token[], i: number, end: number): boolean {
  for (let k = i; k < Math.min(end, i + 3); k++) {
    if (PROPOSAL_HEAD_KINDS.has(tokens[k]!.lower)) return true;
    if (tokens[k]!.kind !== 'word') return false;
  }
  return false;
}

/** "in Lyon", "at the Elysee Palace". */
export function afterLocative(tokens: Token[], i: number): boolean {
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
export function forEachRun(
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

export function forEachToken(doc: Doc, fn: (t: Token, i: number, sentence: number) => void): void {
  doc.sentences.forEach((_, si) => {
    if (doc.skip[si]) return;
    const [from, to] = doc.sentenceTokens[si] ?? [0, 0];
    for (let i = from; i < to; i++) fn(doc.tokens[i]!, i, si);
  });
}

/** A stock ticker of wire copy, "<ACME.N>": its letters name no actor, since the name stands beside it. */
export function inTicker(tokens: Token[], i: number): boolean {
  if (tokens[i - 1]?.text !== '<') return false;
  for (let k = i + 1; k < i + 5; k++) {
    const t = tokens[k];
    if (!t || t.spaced) return false;
    if (t.text === '>') return true;
  }
  return false;
}

/** End (exclusive) of the run of capitalised words starting at i, allowing "of" and dotted initials inside. */
export function capitalisedRun(tokens: Token[], i: number, end: number): number {
  let j = i;
  while (j < end) {
    const t = tokens[j]!;
    if (t.kind === 'word' && t.cap) {
      j++;
      // "... from Acme Ltd. Harlow said": a dotted legal form ends a name even where no sentence break was read.
      if (t.text.endsWith('.') && LEGAL_FORMS.has(t.text.slice(0, -1))) break;
    } else if (j > i && (t.lower === 'of' || NAME_CONNECTORS.has(t.lower)) && connectsName(tokens, j + 1))
      j++;
    else if (j > i && isNameHyphen(tokens, j)) j++;
    // "Dorvel & Lyle LLP": an ampersand between capitalised words joins one firm's name.
    else if (j > i && t.text === '&' && tokens[j + 1]?.cap) j++;
    else break;
  }
  // Do not end on a connector.
  while (j > i && !tokens[j - 1]!.cap) j--;
  return j;
}

/** A hyphen inside a double-barrelled name ("Lund-Haraldsen"): no space on either side, capitals around. */
export function isNameHyphen(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  const next = tokens[j + 1];
  return t.text === '-' && !t.spaced && !!next && !next.spaced && next.cap && !!tokens[j - 1]?.cap;
}

/** The words of a name, with hyphenated parts glued back together: ["Ingrid", "Lund-Haraldsen"]. */
export function nameWordsOf(tokens: Token[]): string[] {
  const out: string[] = [];
  tokens.forEach((t, k) => {
    if (k > 0 && !t.spaced && out.length > 0) out[out.length - 1] += t.text;
    else out.push(t.text);
  });
  return out;
}
