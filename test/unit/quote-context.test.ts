// Unit tests of the evidence helpers: a quote's context in its article, and the reader's segments.
import { describe, expect, it } from 'vitest';
import type { GraphJson } from '../../frontend/shared/api';
import {
  articleSpans,
  evidenceFromGraph,
  quoteContext,
  segmentText,
} from '../../frontend/src/core/evidence/utils';

const TEXT = [
  'Title line',
  '',
  'Zelenskiy met Kellogg in Kyiv. He said the meeting had “restored hope.” Talks go on.',
  '',
  'Trump has said he may meet Putin soon.',
].join('\n');

describe('quoteContext', () => {
  it('returns the paragraph around the span, split at the span', () => {
    const start = TEXT.indexOf('restored hope');
    const context = quoteContext(TEXT, start, start + 'restored hope'.length);
    expect(context.before).toBe('Zelenskiy met Kellogg in Kyiv. He said the meeting had “');
    expect(context.quote).toBe('restored hope');
    expect(context.after).toBe('.” Talks go on.');
    expect(context.clippedStart || context.clippedEnd).toBe(false);
  });

  it('keeps to whole sentences around the span when the paragraph is long', () => {
    const long = `${'Filler sentence here. '.repeat(40)}The key words are here. ${'More filler text. '.repeat(40)}`;
    const start = long.indexOf('key words');
    const context = quoteContext(long, start, start + 9, 120);
    expect(context.quote).toBe('key words');
    expect(context.clippedStart).toBe(true);
    expect(context.clippedEnd).toBe(true);
    expect(context.before.length + context.quote.length + context.after.length).toBeLessThanOrEqual(130);
    expect(context.before.endsWith('The ')).toBe(true);
  });

  it('handles a span at the very start and at the very end of the text', () => {
    expect(quoteContext(TEXT, 0, 5)).toMatchObject({ before: '', quote: 'Title', after: ' line' });
    const end = TEXT.length;
    expect(quoteContext(TEXT, end - 5, end)).toMatchObject({ quote: 'soon.', after: '' });
  });
});

const graph: GraphJson = {
  nodes: [
    {
      elementId: 'a',
      labels: ['Article'],
      properties: { id: 'art', title: 'T', date: '2025-02-21', text: TEXT },
    },
    {
      elementId: 'q1',
      labels: ['Quote'],
      properties: { id: 'art:12-21', text: 'Zelenskiy', start: 12, end: 21 },
    },
    {
      elementId: 'q2',
      labels: ['Quote'],
      properties: { id: 'art:12-41', text: TEXT.slice(12, 41), start: 12, end: 41 },
    },
    { elementId: 'p', labels: ['Actor', 'Person'], properties: { id: 'z', name: 'Volodymyr Zelenskiy' } },
    { elementId: 'm', labels: ['Meeting'], properties: { id: 'm', label: 'Kyiv meeting' } },
  ],
  relationships: [
    { elementId: 'i1', type: 'IN', startNodeElementId: 'q1', endNodeElementId: 'a', properties: {} },
    { elementId: 'i2', type: 'IN', startNodeElementId: 'q2', endNodeElementId: 'a', properties: {} },
    {
      elementId: 'e1',
      type: 'EVIDENCED_BY',
      startNodeElementId: 'p',
      endNodeElementId: 'q1',
      properties: {},
    },
    {
      elementId: 'e2',
      type: 'EVIDENCED_BY',
      startNodeElementId: 'm',
      endNodeElementId: 'q2',
      properties: {},
    },
  ],
};

describe('evidenceFromGraph', () => {
  it('ties each quote to its article through IN, and can keep only given quote ids', () => {
    const quotes = evidenceFromGraph(graph);
    expect(quotes.map((q) => [q.id, q.article?.id])).toEqual([
      ['art:12-21', 'art'],
      ['art:12-41', 'art'],
    ]);
    expect(evidenceFromGraph(graph, ['art:12-41']).map((q) => q.id)).toEqual(['art:12-41']);
  });
});

describe('articleSpans and segmentText', () => {
  it('lists spans with what they evidence, and splits nested spans innermost first', () => {
    const spans = articleSpans(graph, 'a');
    expect(spans.map((s) => [s.start, s.end, s.targets[0]?.category])).toEqual([
      [12, 41, 'Meeting'],
      [12, 21, 'Person'],
    ]);
    const segments = segmentText(TEXT.length, spans);
    expect(segments.map((s) => [s.start, s.end, s.spans.map((x) => x.quoteId)])).toEqual([
      [0, 12, []],
      [12, 21, ['art:12-21', 'art:12-41']],
      [21, 41, ['art:12-41']],
      [41, TEXT.length, []],
    ]);
    // The segments cover the text exactly once.
    expect(segments.map((s) => TEXT.slice(s.start, s.end)).join('')).toBe(TEXT);
  });
});
