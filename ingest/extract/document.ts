// The analysed article that every extraction step reads: sentences, tokens, and which sentences are
// headlines or credit lines (read for nothing but the title).
import type { Article } from '../../schema';
import { splitSentences, type Sentence } from '../text/sentences';
import { tokenize, type Token } from './tokens';

export interface Doc {
  article: Article;
  text: string;
  sentences: Sentence[];
  tokens: Token[];
  /** Token index range [from, to) of each sentence. */
  sentenceTokens: [number, number][];
  /** Sentences not to read for relations: title-case headlines, credits, boilerplate. */
  skip: boolean[];
}

export function analyse(article: Article): Doc {
  const text = article.text;
  const sentences = splitSentences(text);
  const tokens = tokenize(text);
  const sentenceTokens: [number, number][] = [];
  let t = 0;
  for (const s of sentences) {
    while (t < tokens.length && (tokens[t]?.start ?? 0) < s.start) t++;
    const from = t;
    while (t < tokens.length && (tokens[t]?.end ?? 0) <= s.end) t++;
    sentenceTokens.push([from, t]);
  }
  const skip = sentences.map(
    (s, i) => isHeadline(tokens.slice(...(sentenceTokens[i] ?? [0, 0]))) || isCredit(s.text),
  );
  return { article, text, sentences, tokens, sentenceTokens, skip };
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
