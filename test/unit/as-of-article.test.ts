// The graph "as of an article" (frontend/src/core/timeline/asOf.ts and its use by the timeline's filter):
// what stood once an article was loaded with the ones dated before it, and what it added, derived from the
// evidence whatever order the dataset holds it in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GraphNode, GraphRelationship } from '../../frontend/shared/api';
import type { Dataset } from '../../frontend/src/core/data/types';
import { asOfArticle } from '../../frontend/src/core/timeline/asOf';
import { NO_FILTERS } from '../../frontend/src/core/filters/utils';
import { addedNodes, shownByTimeline, shownCounts } from '../../frontend/src/core/timeline/filter';

const node = (id: string, labels: string[], properties: Record<string, string> = {}): GraphNode => ({
  elementId: id,
  labels,
  properties,
});
const rel = (type: string, from: string, to: string): GraphRelationship => ({
  elementId: `${type}:${from}:${to}`,
  type,
  startNodeElementId: from,
  endNodeElementId: to,
  properties: {},
});

/** Three articles: a2 is dated first, a1 and a3 share a day (a1 first by id). The minister appears in a2
 * and again in a3; the stance of a3 is new there. */
const NODES = [
  node('e1', ['Article'], { id: 'art-1', date: '2026-03-10' }),
  node('e2', ['Article'], { id: 'art-2', date: '2026-03-01' }),
  node('e3', ['Article'], { id: 'art-3', date: '2026-03-10' }),
  node('q1', ['Quote']),
  node('q2', ['Quote']),
  node('q3', ['Quote']),
  node('minister', ['Actor', 'Person']),
  node('plan', ['Proposal']),
  node('s2', ['Stance']),
  node('s3', ['Stance']),
];
const RELS = [
  rel('IN', 'q1', 'e1'),
  rel('IN', 'q2', 'e2'),
  rel('IN', 'q3', 'e3'),
  rel('EVIDENCED_BY', 'minister', 'q2'),
  rel('EVIDENCED_BY', 'minister', 'q3'),
  rel('EVIDENCED_BY', 'plan', 'q1'),
  rel('EVIDENCED_BY', 's2', 'q2'),
  rel('EVIDENCED_BY', 's3', 'q3'),
  rel('HOLDS', 'minister', 's2'),
  rel('HOLDS', 'minister', 's3'),
];

const dataset = (nodes = NODES, rels = RELS): Dataset => ({
  nodes: new Map(nodes.map((n) => [n.elementId, n])),
  relationships: new Map(rels.map((r) => [r.elementId, r])),
});

const sorted = (s: ReadonlySet<string> | null | undefined) => [...(s ?? [])].sort();

describe('asOfArticle', () => {
  it('keeps the articles up to the chosen one in date-then-id order, and what they evidence', () => {
    const first = asOfArticle(dataset(), 'e2');
    expect(sorted(first?.shown)).toEqual(['e2', 'minister', 'q2', 's2']);
    expect(sorted(first?.added)).toEqual(['minister', 's2']);
    const middle = asOfArticle(dataset(), 'e1');
    expect(sorted(middle?.shown)).toEqual(['e1', 'e2', 'minister', 'plan', 'q1', 'q2', 's2']);
    expect(sorted(middle?.added)).toEqual(['plan']);
    const last = asOfArticle(dataset(), 'e3');
    expect(last?.shown.size).toBe(NODES.length);
    // The minister was there already: only the new stance is the last article's.
    expect(sorted(last?.added)).toEqual(['s3']);
  });

  it('knows no article it is not given', () => {
    expect(asOfArticle(dataset(), 'minister')).toBeNull();
    expect(asOfArticle(dataset(), 'nope')).toBeNull();
  });

  it('does not depend on the order the dataset holds nodes and relationships in', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(NODES, { minLength: NODES.length }),
        fc.shuffledSubarray(RELS, { minLength: RELS.length }),
        fc.constantFrom('e1', 'e2', 'e3'),
        (nodes, rels, article) => {
          const a = asOfArticle(dataset(nodes, rels), article);
          const b = asOfArticle(dataset(), article);
          expect(sorted(a?.shown)).toEqual(sorted(b?.shown));
          expect(sorted(a?.added)).toEqual(sorted(b?.added));
        },
      ),
    );
  });

  it('is one of the timeline filters, combined with the others', () => {
    const filter = { range: null, articles: new Set<string>(), asOf: 'e1' };
    expect(sorted(shownByTimeline(dataset(), [], filter)?.nodes)).toEqual(
      sorted(asOfArticle(dataset(), 'e1')?.shown),
    );
    expect(sorted(addedNodes(dataset(), filter))).toEqual(['plan']);
    const withArticle = { ...filter, articles: new Set(['e2']) };
    expect(sorted(shownByTimeline(dataset(), [], withArticle)?.nodes)).toEqual([
      'e2',
      'minister',
      'q2',
      's2',
    ]);
    expect(addedNodes(dataset(), { ...filter, asOf: null })).toBeNull();
  });

  it('hides a relationship whose quotes all come later, though both its ends stand already', () => {
    const withIds = NODES.map((n) =>
      n.labels.includes('Quote') ? { ...n, properties: { id: `quote-${n.elementId}` } } : n,
    );
    const proposed: GraphRelationship = {
      ...rel('PROPOSED', 'minister', 'plan'),
      properties: { quoteIds: ['quote-q3'] },
    };
    // A claim whose quote the view did not load is left to its ends.
    const unknown: GraphRelationship = {
      ...rel('DISCUSSED', 'minister', 'plan'),
      properties: { quoteIds: ['quote-elsewhere'] },
    };
    const data = dataset(withIds, [...RELS, proposed, unknown]);
    const filter = (asOf: string, articles: string[] = []) =>
      shownByTimeline(data, [], { range: null, articles: new Set(articles), asOf });
    // As of e1 the minister (e2) and the plan (e1) stand, but the minister proposed it only in e3.
    expect(sorted(filter('e1')?.hiddenRelationships)).toEqual([proposed.elementId]);
    // Two IN, three EVIDENCED_BY and one HOLDS among what stands, and the claim of unknown quotes.
    expect(shownCounts(data, NO_FILTERS, filter('e1')).relationships).toBe(7);
    expect(filter('e3')?.hiddenRelationships.size).toBe(0);
    // Chosen articles hide it the same way when none of its quotes is theirs.
    expect(sorted(filter('e3', ['e1', 'e2'])?.hiddenRelationships)).toEqual([proposed.elementId]);
    expect(filter('e3', ['e3'])?.hiddenRelationships.size).toBe(0);
  });
});
