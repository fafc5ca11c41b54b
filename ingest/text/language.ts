// The language layer every extraction pass reads: an article's text as sentences and tokens with offsets
// into the original text, part-of-speech tags, lemmas, negation and value entities (dates, money,
// percentages, numbers), from wink-nlp's English model. The model loads once, on first use.
import { createRequire } from 'node:module';
import type { ItemEntity, ItemSentence, WinkMethods } from 'wink-nlp';
import { FUNCTION_TAGS, SENTENCE_ABBREVIATIONS } from '../extract/lexicon';

export type TokenKind = 'word' | 'number' | 'possessive' | 'punct';

export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** First letter is upper case (for words). */
  cap: boolean;
  /** Lower-cased surface text with curly apostrophes straightened, for matching. */
  lower: string;
  /** Lower-cased dictionary form ("rejected" → "reject", "talks" → "talk", "n't" → "not"). */
  lemma: string;
  /** Universal part-of-speech tag (NOUN, PROPN, VERB, AUX, ADP, DET, PRON, NUM, PART, PUNCT ...). */
  pos: string;
  /** Inside the scope of a negation ("did not accept the offer": accept, the, offer). */
  negated: boolean;
  /** Whitespace (or the start of the text) comes right before it. */
  spaced: boolean;
}

/** Longer than any sentence news prints; past it a sentence is cut at the next token. */
const MAX_SENTENCE_CHARS = 1_000;

/** Longer than any word: a run of non-space characters past this is read in pieces. */
const MAX_RUN_CHARS = 100;
const LONG_RUN = new RegExp(`\\S{${MAX_RUN_CHARS + 1},}`, 'u');

export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Token index range [from, to). */
  from: number;
  to: number;
}

/** A value the model recognises: DATE, TIME, MONEY, PERCENT, CARDINAL, ORDINAL, DURATION ... */
export interface ValueEntity {
  type: string;
  /** Token index range [from, to). */
  from: number;
  to: number;
  start: number;
  end: number;
}

export interface Analysis {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  entities: ValueEntity[];
}

let engine: WinkMethods | null = null;

/** The wink-nlp engine with its English model (about 120 ms to load), created on first use. */
export function languageEngine(): WinkMethods {
  if (!engine) {
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as typeof import('wink-nlp').default;
    const model = require('wink-eng-lite-web-model') as Parameters<typeof winkNLP>[0];
    // Sentiment is never read; leaving it out of the pipe saves time on every article.
    engine = winkNLP(model, ['sbd', 'negation', 'pos', 'ner']);
  }
  return engine;
}

/** Analyses `text`; every token and sentence satisfies text.slice(start, end) === its text. */
export function analyseText(text: string): Analysis {
  const nlp = languageEngine();
  const its = nlp.its;
  // Wink reads the text with overlong words broken up and unfamiliar letters folded (same length, so every
  // offset holds); tokens are then taken from the text itself.
  const readable = foldUnfamiliarLetters(breakLongRuns(text));
  const doc = nlp.readDoc(readable);
  const all = doc.tokens();
  const values = all.out(its.value);
  const spaces = all.out(its.precedingSpaces);
  const tags = all.out(its.pos);
  const lemmas = all.out(its.lemma as unknown as typeof its.value);
  const negations = all.out(its.negationFlag) as unknown as boolean[];

  // Wink index → our index: whitespace tokens are dropped.
  const ours: number[] = [];
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    cursor = locate(readable, value, cursor + (spaces[i] ?? '').length);
    ours.push(tokens.length);
    const start = cursor;
    cursor += value.length;
    if (/^\s*$/.test(value)) continue;
    tokens.push(makeToken(text, start, cursor, tags[i] ?? 'X', lemmas[i] ?? value, !!negations[i]));
  }
  ours.push(tokens.length);
  markPossessives(tokens);

  // A line break always ends a sentence (titles and date lines have no full stop), and so does a stretch
  // of MAX_SENTENCE_CHARS without any end: the passes read a sentence as a whole, so an article-long
  // "sentence" would cost them time that grows with its square.
  const pieces: [number, number][] = [];
  doc.sentences().each((s: ItemSentence) => {
    const [a, b] = s.out(its.span) as unknown as [number, number];
    const from = ours[a] ?? 0;
    const to = ours[b + 1] ?? tokens.length;
    if (to > from) pieces.push([from, to]);
  });
  const sentences: Sentence[] = [];
  for (const [whole, to] of joinFalseEnds(tokens, pieces)) {
    let from = whole;
    for (let k = from + 1; k < to; k++) {
      const lineBreak = text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes('\n');
      const overlong = tokens[k]!.start - tokens[from]!.start >= MAX_SENTENCE_CHARS;
      if (!lineBreak && !overlong) continue;
      sentences.push(...withoutLabel(text, tokens, from, k));
      from = k;
    }
    if (to > from) sentences.push(...withoutLabel(text, tokens, from, to));
  }

  const entities: ValueEntity[] = [];
  doc.entities().each((e: ItemEntity) => {
    const [a, b] = e.out(its.span) as unknown as [number, number];
    const from = ours[a] ?? 0;
    const to = ours[b + 1] ?? tokens.length;
    if (to <= from) return;
    const type = e.out(its.type);
    entities.push({ type, from, to, start: tokens[from]!.start, end: tokens[to - 1]!.end });
  });
  return { text, tokens, sentences, entities };
}

/**
 * `text` with a space put into any run of over MAX_RUN_CHARS non-space characters, every MAX_RUN_CHARS
 * (never inside a surrogate pair). Wink's tokenizer takes time that grows with the square of a word's
 * length, and no word of news is that long: a 1 MB run would take it half an hour.
 */
export function breakLongRuns(text: string): string {
  if (!LONG_RUN.test(text)) return text;
  return text.replace(new RegExp(LONG_RUN.source, 'gu'), (run) => {
    const chars = run.split('');
    for (let k = MAX_RUN_CHARS; k < chars.length; k += MAX_RUN_CHARS) {
      const at = /[\uDC00-\uDFFF]/.test(chars[k] ?? '') ? k + 1 : k;
      if (at < chars.length) chars[at] = ' ';
    }
    return chars.join('');
  });
}

/** Letters and marks beyond Latin-1 (BMP only, so lengths hold): the ones wink's tokenizer splits words at. */
const UNFAMILIAR = /[\u0100-\uD7FF\uF900-\uFFEF]/gu;

/**
 * `text` with every letter beyond Latin-1 replaced by one code unit wink reads as a letter: its accentless
 * Latin base where it has one ("ś" → "s"), else "a" or "A" by case, and combining marks by "a". Wink's
 * tokenizer splits "Wiśniewska" at the "ś" and "Łukasz" at the "Ł", so a name of Central European, Turkish
 * or Vietnamese spelling would fall apart into pieces.
 */
export function foldUnfamiliarLetters(text: string): string {
  return text.replace(UNFAMILIAR, (c) => {
    if (!/[\p{L}\p{M}]/u.test(c)) return c;
    const base = c.normalize('NFD')[0] ?? '';
    if (/^[A-Za-z]$/.test(base)) return base;
    return c !== c.toLowerCase() ? 'A' : 'a';
  });
}

/**
 * Where `value` starts in the text at or after `at`. Wink reports each token's original text and the
 * whitespace before it, so the token is normally right there; should the model ever normalise a
 * character, the nearest occurrence ahead is used, and failing that the cursor itself.
 */
function locate(text: string, value: string, at: number): number {
  if (text.startsWith(value, at)) return at;
  const found = text.indexOf(value, Math.max(0, at - 1));
  return found >= 0 && found - at < 8 ? found : at;
}

function makeToken(
  text: string,
  start: number,
  end: number,
  pos: string,
  lemma: string,
  negated: boolean,
): Token {
  // Keep what the text holds, even if a normalisation made the model's value differ.
  const surface = text.slice(start, end);
  const kind: TokenKind = /^\d/.test(surface) ? 'number' : /[\p{L}\p{N}]/u.test(surface) ? 'word' : 'punct';
  return {
    text: surface,
    start,
    end,
    kind,
    cap: kind === 'word' && /^\p{Lu}/u.test(surface),
    lower: straighten(surface.toLowerCase()),
    lemma: straighten(lemma.toLowerCase()),
    pos,
    negated,
    spaced: start === 0 || /\s/.test(text[start - 1] ?? ''),
  };
}

function straighten(s: string): string {
  return s.replace(/’/g, "'");
}

/** "Kyiv’s", "the players’ union": a possessive ending attached to the word before it. */
function markPossessives(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    if (t.spaced || prev.kind !== 'word') continue;
    const saxon = t.lower === "'s" && t.pos === 'PART';
    const plural = t.lower === "'" && /s$/.test(prev.lower) && tokens[i + 1]?.spaced === true;
    if (saxon || (plural && tokens[i + 1]?.kind === 'word')) t.kind = 'possessive';
  }
}

/** Consecutive token ranges [from, to) with every false sentence end (see isFalseEnd) joined up. */
function joinFalseEnds(tokens: Token[], pieces: [number, number][]): [number, number][] {
  const joined: [number, number][] = [];
  for (const piece of pieces) {
    const last = joined[joined.length - 1];
    if (last && last[1] === piece[0] && isFalseEnd(tokens, last[0], last[1])) last[1] = piece[1];
    else joined.push([piece[0], piece[1]]);
  }
  return joined;
}

/** Tokens wink sometimes takes for a sentence's end but that only sit inside one. */
const NOT_STARTING_TAGS = new Set([...FUNCTION_TAGS, 'ADV']);

/**
 * Whether the model's sentence end after token `to - 1` is none: it falls inside a wire ticker
 * ("<ABC.TO>"), after an abbreviation the model does not know ("Acme Bros. said", "Acme Bros. Chairman
 * ..."; not before "The", "It" and other words that open sentences), after a short capitalised word
 * followed by a lower-case one, or after an initialism that leaves no verb behind ("The U.S. Is ...").
 */
function isFalseEnd(tokens: Token[], from: number, to: number): boolean {
  const next = tokens[to];
  const last = tokens[to - 1];
  const before = tokens[to - 2];
  if (!next || !last) return false;
  if (insideTicker(tokens, from, to)) return true;
  const lowerNext = next.kind !== 'word' || !next.cap;
  const fullStop = last.text === '.' && !last.spaced && before?.kind === 'word';
  if (fullStop && SENTENCE_ABBREVIATIONS.has(before.text))
    return lowerNext || !NOT_STARTING_TAGS.has(next.pos);
  if (fullStop && lowerNext && next.kind === 'word' && /^\p{Lu}\p{L}{0,3}$/u.test(before.text)) return true;
  const initialism = /^(?:\p{Lu}\.){2,}$/u.test(last.text);
  return initialism && !tokens.slice(from, to).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

/** Brackets a wire ticker stands in: "<ABC.TO>", "(ABC.TO)". */
const TICKER_BRACKETS = new Map([
  ['<', '>'],
  ['(', ')'],
]);

/** A "<" or "(" in the range [from, to) not yet closed, closed within the first few tokens after it. */
function insideTicker(tokens: Token[], from: number, to: number): boolean {
  let close: string | undefined;
  for (let k = to - 1; k >= from && k >= to - 4; k--) {
    const t = tokens[k]!.text;
    if (t === '>' || t === ')') return false;
    close = TICKER_BRACKETS.get(t);
    if (close) break;
  }
  // A ticker is one unspaced run: "ABC.TO", not "(the two. No)".
  if (!close || tokens[to]?.spaced) return false;
  for (let k = to; k < to + 3 && k < tokens.length; k++) if (tokens[k]!.text === close) return true;
  return false;
}

/** Words a speaker's label may have ("Q:", "Marek:", "Anna Berg:"). */
const MAX_LABEL_WORDS = 3;
/** Words of the role a transcript puts in brackets after the name ("ANNA BERG (PRESENTER):"). */
const MAX_LABEL_ROLE_WORDS = 4;

/**
 * The sentence [from, to), with a speaker's label at the start of its line ("Q:", "Marek:" in an
 * interview) read as a sentence of its own: the label is no word of what the speaker says.
 */
function withoutLabel(text: string, tokens: Token[], from: number, to: number): Sentence[] {
  const colon = labelColon(text, tokens, from, to);
  if (colon < 0) return [sentenceOf(text, tokens, from, to)];
  return [sentenceOf(text, tokens, from, colon + 1), sentenceOf(text, tokens, colon + 1, to)];
}

/** The token index of the colon closing a speaker's label at token `from`, or -1. */
function labelColon(text: string, tokens: Token[], from: number, to: number): number {
  const before = tokens[from - 1];
  if (before && !text.slice(before.end, tokens[from]!.start).includes('\n')) return -1;
  const nameEnd = capitalisedRun(tokens, from, Math.min(to, from + MAX_LABEL_WORDS));
  if (nameEnd === from) return -1;
  let end = nameEnd;
  // "ANNA BERG (PRESENTER):" — a transcript gives the speaker's role in brackets.
  if (tokens[end]?.text === '(') {
    const roleEnd = capitalisedRun(tokens, end + 1, Math.min(to, end + 1 + MAX_LABEL_ROLE_WORDS));
    if (roleEnd === end + 1 || tokens[roleEnd]?.text !== ')') return -1;
    end = roleEnd + 1;
  }
  const colon = tokens[end];
  // "Marek: No." — the colon is glued to the label and text follows on the same line.
  return colon?.text === ':' && !colon.spaced && end + 1 < to ? end : -1;
}

/** The end of the run of capitalised words from token `from`, at most up to `limit`. */
function capitalisedRun(tokens: Token[], from: number, limit: number): number {
  let k = from;
  while (k < limit && tokens[k]!.kind === 'word' && tokens[k]!.cap) k++;
  return k;
}

/**
 * Where the speaker's name ends in a label sentence [from, to) ("Marek:", "ANNA BERG (PRESENTER):"), or
 * -1 when the sentence is no label.
 */
export function labelNameEnd(tokens: Token[], from: number, to: number): number {
  if (to - from < 2 || tokens[to - 1]?.text !== ':' || tokens[to - 1]!.spaced) return -1;
  const close = to - 2;
  const open = tokens[close]?.text === ')' ? tokens.slice(from, close).findIndex((t) => t.text === '(') : -1;
  const nameEnd = open < 0 ? to - 1 : from + open;
  const words = nameEnd - from;
  return words > 0 && words <= MAX_LABEL_WORDS && capitalisedRun(tokens, from, nameEnd) === nameEnd
    ? nameEnd
    : -1;
}

function sentenceOf(text: string, tokens: Token[], from: number, to: number): Sentence {
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  return { start, end, text: text.slice(start, end), from, to };
}
