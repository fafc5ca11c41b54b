// Evidence: the verbatim quotes behind a node or a relationship, each with its article.
import type { Attribution } from '../../../../schema/vocabulary';

export interface ArticleInfo {
  elementId: string;
  id: string;
  title: string;
  date: string | null;
  source: string | null;
  url: string | null;
  text: string;
}

export interface EvidenceQuote {
  elementId: string;
  id: string;
  text: string;
  start: number;
  end: number;
  article: ArticleInfo | null;
  /** How the quote is sourced (null for a quote loaded before attribution existed). */
  attribution: Attribution | null;
  /** The article's words for an unnamed source ("a person familiar with the talks"). */
  sourceDescription: string | null;
  /** Names of the actors that SAID it. */
  speakers: string[];
}

/** A quote's surroundings: the paragraph (or, if long, the sentences) around the quoted span. */
export interface QuoteContext {
  before: string;
  quote: string;
  after: string;
  /** Text was cut before `before` / after `after`. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

/** A highlighted span of an article in the reader. */
export interface ArticleSpan {
  start: number;
  end: number;
  quoteId: string;
  attribution: Attribution | null;
  /** What the quote evidences (elementIds), most specific first. */
  targets: { elementId: string; category: string; title: string }[];
}

/** A run of article text with the spans covering it, innermost first. */
export interface TextSegment {
  start: number;
  end: number;
  spans: ArticleSpan[];
}
