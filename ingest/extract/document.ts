// The analysed article that every extraction step reads: sentences, tokens, and which sentences are
// headlines or credit lines (read for nothing but the title).
import type { Article } from '../../schema';
import { analyseText, type Sentence, type Token, type ValueEntity } from '../text/language';
import { AMOUNT_SCALES, CURRENCY_WORDS } from './lexicon';

export interface Doc {
  article: Article;
  text: string;
  sentences: Sentence[];
  tokens: Token[];
  /** Token index range [from, to) of each sentence. */
  sentenceTokens: [number, number][];
  /** Dates, amounts, percentages and numbers the language model recognised, sorted by start. */
  values: ValueEntity[];
  /** Tokens where an amount of money or a percentage starts ("$", "€", "50" of "50%"). */
  amountStarts: Set<number>;
  /** Sentences not to read for relations: title-case headlines, credits, boilerplate. */
  skip: boolean[];
}

export function analyse(article: Article): Doc {
  const text = article.text;
  const { tokens, sentences, entities: values } = analyseText(text);
  const sentenceTokens = sentences.map((s): [number, number] => [s.from, s.to]);
  const skip = sentences.map(
    (s, i) =>
      isHeadline(tokens.slice(...(sentenceTokens[i] ?? [0, 0]))) || isCredit(s.text) || isHeading(s.text),
  );
  return {
    article,
    text,
    sentences,
    tokens,
    sentenceTokens,
    values,
    amountStarts: amounts(tokens, values),
    skip,
  };
}

/** Money and percentages: the model's MONEY and PERCENT values, and any currency sign or % by a number. */
function amounts(tokens: Token[], values: ValueEntity[]): Set<number> {
  const out = new Set<number>();
  for (const v of values) if (v.type === 'MONEY' || v.type === 'PERCENT') out.add(v.from);
  tokens.forEach((t, k) => {
    const next = tokens[k + 1];
    if (/^[$€£¥]$/.test(t.text) && next?.kind === 'number') out.add(k);
    if (t.kind === 'number' && /^(%|percent|pct)$/.test(next?.lower ?? '')) out.add(k);
    // Wire style: "52 dlrs", "4.3 billion dlr", "800 mln marks".
    const unit = next && AMOUNT_SCALES.has(next.lower) ? tokens[k + 2] : next;
    if (t.kind === 'number' && unit && CURRENCY_WORDS.has(unit.lower)) out.add(k);
  });
  return out;
}

/** Title case with no closing punctuation: a headline or subheading, not prose. */
function isHeadline(tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.kind === 'word' && t.text.length > 3);
  if (words.length === 0) return true;
  const last = tokens[tokens.length - 1]?.text ?? '';
  if (/[.!?]/.test(last) || (/[”"’']/.test(last) && /[.!?]/.test(tokens[tokens.length - 2]?.text ?? ''))) {
    return false;
  }
  return words.filter((w) => w.cap).length / words.length >= 0.6;
}

/** A clock time opening a line ("09:40", "9.40am", "4:15 p.m. ET"), after a list mark if any. */
const TIME_STAMP = /^(?:[-–—•*·]\s*)?\d{1,2}[:.]\d{2}(?![\d,])/;

/** A line that is a clock time and nothing else ("16:50", "4:15 p.m.", "09.05 GMT"). */
const TIME_ONLY = /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$/i;

/** Most words a line without closing punctuation may have to be a caption ("Key events", "Update"). */
const MAX_CAPTION_WORDS = 3;

/**
 * A line that is no prose: a Markdown heading ("## 09:40 — Talks resume"); a live blog's time stamp with
 * its caption, alone or in a list of key events ("16:50 - Talks adjourned"); a short caption line.
 */
function isHeading(sentence: string): boolean {
  if (/^#{1,6}\s/.test(sentence) || TIME_ONLY.test(sentence)) return true;
  if (/[.!?]["”’']?$/.test(sentence)) return false;
  return TIME_STAMP.test(sentence) || sentence.split(/\s+/).length <= MAX_CAPTION_WORDS;
}

/** "(Reuters, March 3, 2025)" and similar credit lines. */
function isCredit(sentence: string): boolean {
  return /^\(.*\)$/.test(sentence) && /\d{4}/.test(sentence);
}

/** Index of the sentence holding offset `pos`. */
export function sentenceAt(doc: Doc, pos: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((doc.sentences[mid]?.start ?? 0) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
