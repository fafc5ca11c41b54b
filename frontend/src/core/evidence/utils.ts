// Pure helpers for evidence: reading quotes and articles out of query results, cutting a quote's
// context out of its article, and splitting an article into highlighted segments.
import type { GraphJson, GraphNode } from '../../../shared/api';
import { Attributions, type Attribution } from '../../../../schema/vocabulary';
import { nodeCategory, nodeTitle } from '../appearance/utils';
import { numberProp, stringProp } from '../data/utils';
import type { ArticleInfo, ArticleSpan, EvidenceQuote, QuoteContext, TextSegment } from './types';

export function articleInfo(node: GraphNode): ArticleInfo {
  return {
    elementId: node.elementId,
    id: stringProp(node, 'id') ?? node.elementId,
    title: stringProp(node, 'title') ?? 'Untitled article',
    date: stringProp(node, 'date'),
    source: stringProp(node, 'source'),
    url: stringProp(node, 'url'),
    text: stringProp(node, 'text') ?? '',
  };
}

/** A Quote node's attribution, or null when it has none this explorer knows. */
export function attributionOf(node: GraphNode): Attribution | null {
  const value = stringProp(node, 'attribution');
  return Attributions.find((a) => a === value) ?? null;
}

/** The names of the actors that SAID each quote in a result, by the quote's elementId. */
function speakersOf(graph: GraphJson, nodes: Map<string, GraphNode>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const rel of graph.relationships) {
    if (rel.type !== 'SAID') continue;
    const speaker = nodes.get(rel.startNodeElementId);
    if (!speaker) continue;
    const list = out.get(rel.endNodeElementId) ?? [];
    const name = nodeTitle(speaker);
    if (!list.includes(name)) list.push(name);
    out.set(rel.endNodeElementId, list);
  }
  return out;
}

/** Quotes in a result with their articles (via IN), sorted by article then position. Quotes whose
 * offsets do not match their article's text are still listed, without context. */
export function evidenceFromGraph(graph: GraphJson, onlyQuoteIds?: readonly string[]): EvidenceQuote[] {
  const nodes = new Map(graph.nodes.map((n) => [n.elementId, n]));
  const articleOf = new Map<string, ArticleInfo>();
  for (const rel of graph.relationships) {
    if (rel.type !== 'IN') continue;
    const article = nodes.get(rel.endNodeElementId);
    if (article?.labels.includes('Article')) articleOf.set(rel.startNodeElementId, articleInfo(article));
  }
  const wanted = onlyQuoteIds ? new Set(onlyQuoteIds) : null;
  const speakers = speakersOf(graph, nodes);
  const quotes: EvidenceQuote[] = [];
  for (const node of graph.nodes) {
    if (!node.labels.includes('Quote')) continue;
    const id = stringProp(node, 'id') ?? node.elementId;
    if (wanted && !wanted.has(id)) continue;
    quotes.push({
      elementId: node.elementId,
      id,
      text: stringProp(node, 'text') ?? '',
      start: numberProp(node, 'start') ?? 0,
      end: numberProp(node, 'end') ?? 0,
      article: articleOf.get(node.elementId) ?? null,
      attribution: attributionOf(node),
      sourceDescription: stringProp(node, 'sourceDescription'),
      speakers: speakers.get(node.elementId) ?? [],
    });
  }
  return quotes.sort(
    (a, b) =>
      (b.article?.date ?? '').localeCompare(a.article?.date ?? '') ||
      (a.article?.id ?? '').localeCompare(b.article?.id ?? '') ||
      a.start - b.start,
  );
}

/** Whether the quote's offsets point at its own text in the article. */
export function quoteMatchesArticle(quote: EvidenceQuote): boolean {
  return !!quote.article && quote.article.text.slice(quote.start, quote.end) === quote.text;
}

const SENTENCE_END = /[.!?…]["”’)\]]*\s+/g;

/**
 * The paragraph around text[start, end) (paragraphs are separated by blank lines or line breaks). A
 * paragraph longer than `maxChars` is cut to whole sentences around the span, with the cuts flagged.
 */
export function quoteContext(text: string, start: number, end: number, maxChars = 600): QuoteContext {
  let from = text.lastIndexOf('\n', Math.max(0, start - 1));
  from = from === -1 ? 0 : from + 1;
  let to = text.indexOf('\n', end);
  to = to === -1 ? text.length : to;
  if (start === 0 || text[start - 1] === '\n') from = start;
  let clippedStart = false;
  let clippedEnd = false;
  if (to - from > maxChars) {
    const budget = Math.max(0, maxChars - (end - start));
    // Sentence starts before the span, nearest first; sentence ends after it.
    const starts: number[] = [];
    for (const m of text.slice(from, start).matchAll(SENTENCE_END)) starts.push(from + m.index + m[0].length);
    let newFrom = start;
    for (const s of [from, ...starts].reverse()) {
      if (start - s <= budget / 2) newFrom = s;
      else break;
    }
    if (newFrom === start) newFrom = Math.max(from, wordBoundaryBefore(text, start - Math.floor(budget / 2)));
    const rest = budget - (start - newFrom);
    let newTo = end;
    for (const m of text.slice(end, to).matchAll(SENTENCE_END)) {
      const e = end + m.index + m[0].length;
      if (e - end <= rest) newTo = e;
      else break;
    }
    if (newTo === end) newTo = Math.min(to, wordBoundaryAfter(text, end + rest));
    clippedStart = newFrom > from;
    clippedEnd = newTo < to;
    from = newFrom;
    to = newTo;
  }
  return {
    before: text.slice(from, start),
    quote: text.slice(start, end),
    after: text.slice(end, to).trimEnd(),
    clippedStart,
    clippedEnd,
  };
}

function wordBoundaryBefore(text: string, index: number): number {
  const i = text.lastIndexOf(' ', index);
  return i === -1 ? 0 : i + 1;
}

function wordBoundaryAfter(text: string, index: number): number {
  const i = text.indexOf(' ', index);
  return i === -1 ? text.length : i;
}

/** Most specific evidence first: a stance says more than a proposal, a meeting or a mention. */
const TARGET_ORDER = ['Stance', 'Proposal', 'Meeting', 'Person', 'Country', 'Organization', 'Group', 'Other'];

/** The reader's spans: one per quote of the article, with what each quote evidences. */
export function articleSpans(graph: GraphJson, articleElementId: string): ArticleSpan[] {
  const nodes = new Map(graph.nodes.map((n) => [n.elementId, n]));
  const inArticle = new Set(
    graph.relationships
      .filter((r) => r.type === 'IN' && r.endNodeElementId === articleElementId)
      .map((r) => r.startNodeElementId),
  );
  const targets = new Map<string, ArticleSpan['targets']>();
  for (const rel of graph.relationships) {
    if (rel.type !== 'EVIDENCED_BY' || !inArticle.has(rel.endNodeElementId)) continue;
    const target = nodes.get(rel.startNodeElementId);
    if (!target) continue;
    const list = targets.get(rel.endNodeElementId) ?? [];
    list.push({
      elementId: target.elementId,
      category: nodeCategory(target.labels),
      title: nodeTitle(target),
    });
    targets.set(rel.endNodeElementId, list);
  }
  const spans: ArticleSpan[] = [];
  for (const quoteElementId of inArticle) {
    const quote = nodes.get(quoteElementId);
    if (!quote) continue;
    const start = numberProp(quote, 'start');
    const end = numberProp(quote, 'end');
    if (start === null || end === null || end <= start) continue;
    const list = (targets.get(quoteElementId) ?? []).sort(
      (a, b) => TARGET_ORDER.indexOf(a.category) - TARGET_ORDER.indexOf(b.category),
    );
    const quoteId = stringProp(quote, 'id') ?? quote.elementId;
    spans.push({ start, end, quoteId, attribution: attributionOf(quote), targets: list });
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Splits [0, length) at every span boundary; each segment lists the spans covering it, shortest first. */
export function segmentText(length: number, spans: readonly ArticleSpan[]): TextSegment[] {
  const cuts = new Set<number>([0, length]);
  for (const span of spans) {
    cuts.add(Math.max(0, Math.min(length, span.start)));
    cuts.add(Math.max(0, Math.min(length, span.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const covering = spans
      .filter((s) => s.start <= start && s.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start));
    segments.push({ start, end, spans: covering });
  }
  return segments;
}
