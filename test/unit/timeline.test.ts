// The timeline's pure code (frontend/src/core/timeline/): reading the events query's rows, days as
// numbers, the date scale, bins, the brush's range, the canvas filter by range and by article, the counts
// the status line shows, and an actor's stances grouped by target in date order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GraphNode, GraphRelationship } from '../../frontend/shared/api';
import type { Dataset } from '../../frontend/src/core/data/types';
import { NO_FILTERS } from '../../frontend/src/core/filters/utils';
import { nodesOfArticles, shownCounts, shownByTimeline } from '../../frontend/src/core/timeline/filter';
import { groupStances } from '../../frontend/src/core/timeline/stances';
import type { TimelineEvent } from '../../frontend/src/core/timeline/types';
import {
  binEvents,
  brushRange,
  dayNumber,
  dayScale,
  eventsFromRows,
  formatDay,
  isoDay,
} from '../../frontend/src/core/timeline/utils';

const node = (id: string, ...labels: string[]): GraphNode => ({ elementId: id, labels, properties: {} });
let relCount = 0;
const rel = (type: string, from: string, to: string): GraphRelationship => ({
  elementId: `r${++relCount}`,
  type,
  startNodeElementId: from,
  endNodeElementId: to,
  properties: {},
});

/** Two articles; a meeting and a stance from the first, a stance from the second. */
function corpus(): { dataset: Dataset; events: TimelineEvent[] } {
  const nodes = [
    node('a1', 'Article'),
    node('a2', 'Article'),
    node('q1', 'Quote'),
    node('q2', 'Quote'),
    node('m1', 'Meeting'),
    node('s1', 'Stance'),
    node('s2', 'Stance'),
    node('p1', 'Proposal'),
    node('x', 'Actor', 'Country'),
    node('y', 'Actor', 'Person'),
  ];
  const rels = [
    rel('IN', 'q1', 'a1'),
    rel('IN', 'q2', 'a2'),
    rel('EVIDENCED_BY', 'm1', 'q1'),
    rel('EVIDENCED_BY', 'x', 'q1'),
    rel('EVIDENCED_BY', 's1', 'q1'),
    rel('EVIDENCED_BY', 's2', 'q2'),
    rel('ATTENDED', 'x', 'm1'),
    rel('HOLDS', 'x', 's1'),
    rel('TOWARD', 's1', 'p1'),
    rel('HOLDS', 'y', 's2'),
    rel('TOWARD', 's2', 'x'),
  ];
  return {
    dataset: {
      nodes: new Map(nodes.map((n) => [n.elementId, n])),
      relationships: new Map(rels.map((r) => [r.elementId, r])),
    },
    events: [
      { id: 'a1', kind: 'article', day: '2025-03-07', label: 'First' },
      { id: 'm1', kind: 'meeting', day: '2025-03-05', label: 'Talks' },
      { id: 's1', kind: 'stance', day: '2025-03-06', label: 'x oppose p1' },
      { id: 'a2', kind: 'article', day: '2025-03-14', label: 'Second' },
      { id: 's2', kind: 'stance', day: '2025-03-14', label: 'y support x' },
    ],
  };
}

describe('days', () => {
  it('round-trips every calendar day and refuses what is no day', () => {
    fc.assert(fc.property(fc.integer({ min: -50_000, max: 50_000 }), (n) => dayNumber(isoDay(n)) === n));
    for (const bad of ['2025-02-30', '2025-13-01', '20250101', '<b>2025-01-01</b>', '']) {
      expect(dayNumber(bad)).toBeNull();
    }
  });

  it('writes a day without shifting it by the time zone', () => {
    expect(formatDay('2025-09-01')).toMatch(/^1 Sept? 2025$/);
    expect(formatDay('2025-01-31')).toMatch(/^31 Jan 2025$/);
  });
});

describe('eventsFromRows', () => {
  it('keeps well-formed rows and leaves out the rest, labels as plain strings', () => {
    const columns = ['id', 'kind', 'day', 'label'];
    const events = eventsFromRows(columns, [
      ['e1', 'meeting', '2025-03-05', '<img src=x onerror=alert(1)>'],
      ['e2', 'proposal', '2025-03-05', 'not an event kind'],
      ['e3', 'stance', 'yesterday', 'no day'],
      ['e4', 'article', '2025-03-07', 'x'.repeat(10_000)],
      [null, 'article', '2025-03-07', 'no id'],
    ]);
    expect(events.map((e) => e.id)).toEqual(['e1', 'e4']);
    expect(events[0]?.label).toBe('<img src=x onerror=alert(1)>');
    expect(events[1]?.label.length).toBeLessThanOrEqual(200);
  });
});

describe('scale, bins and brush', () => {
  const { events } = corpus();

  it('spans the events with a day to spare on each side and maps pixels back to days', () => {
    const scale = dayScale(events, 1000)!;
    expect(isoDay(scale.first)).toBe('2025-03-04');
    expect(isoDay(scale.last)).toBe('2025-03-15');
    expect(scale.x(scale.first)).toBe(0);
    expect(scale.x(scale.last)).toBe(1000);
    for (const e of events) expect(isoDay(scale.dayAt(scale.x(dayNumber(e.day)!)))).toBe(e.day);
    expect(dayScale([], 1000)).toBeNull();
  });

  it('turns a drag either way into the whole days under it', () => {
    const scale = dayScale(events, 1100)!; // 100 px a day
    expect(brushRange(scale, 120, 290)).toEqual({ from: '2025-03-05', to: '2025-03-07' });
    expect(brushRange(scale, 290, 120)).toEqual({ from: '2025-03-05', to: '2025-03-07' });
    expect(brushRange(scale, -500, 5000)).toEqual({ from: '2025-03-04', to: '2025-03-15' });
  });

  it('draws a huge number of events as at most one mark per pixel column, counting every event', () => {
    const many: TimelineEvent[] = Array.from({ length: 100_000 }, (_, i) => ({
      id: `e${i}`,
      kind: i % 3 === 0 ? 'article' : i % 3 === 1 ? 'meeting' : 'stance',
      day: isoDay(19_000 + (i % 3650)),
      label: '',
    }));
    const scale = dayScale(many, 600)!;
    const bins = binEvents(many, scale, 6);
    expect(bins.length).toBeLessThanOrEqual(101);
    expect(bins.reduce((n, b) => n + b.total, 0)).toBe(many.length);
    for (const b of bins) expect(b.from <= b.to).toBe(true);
  });
});

describe('the canvas filter', () => {
  it('keeps nothing out when neither a range nor an article is chosen', () => {
    const { dataset, events } = corpus();
    expect(shownByTimeline(dataset, events, { range: null, articles: new Set() })).toBeNull();
  });

  it('keeps the events of the range and the actors, proposals and quotes next to them', () => {
    const { dataset, events } = corpus();
    const shown = shownByTimeline(dataset, events, {
      range: { from: '2025-03-05', to: '2025-03-06' },
      articles: new Set(),
    });
    expect([...shown!.nodes].sort()).toEqual(['m1', 'p1', 'q1', 's1', 'x']);
    // Only relationships with both ends shown count.
    expect(shownCounts(dataset, NO_FILTERS, shown)).toEqual({ nodes: 5, relationships: 6 });
  });

  it('keeps an article, its quotes and what they evidence', () => {
    const { dataset } = corpus();
    expect([...nodesOfArticles(dataset, new Set(['a2']))].sort()).toEqual(['a2', 'q2', 's2']);
  });

  it('keeps what both keep when a range and articles are chosen', () => {
    const { dataset, events } = corpus();
    const shown = shownByTimeline(dataset, events, {
      range: { from: '2025-03-01', to: '2025-03-06' },
      articles: new Set(['a1']),
    });
    expect([...shown!.nodes].sort()).toEqual(['m1', 'q1', 's1', 'x']);
  });

  it('applies the legend too', () => {
    const { dataset } = corpus();
    const legend = { hiddenCategories: new Set(['Quote'] as const), hiddenTypes: new Set(['HOLDS']) };
    expect(shownCounts(dataset, legend, null)).toEqual({ nodes: 8, relationships: 3 });
  });
});

describe('groupStances', () => {
  it('groups by target in date order and names a change of position', () => {
    const columns = ['id', 'polarity', 'day', 'summary', 'target', 'targetName'];
    const groups = groupStances(columns, [
      ['s3', 'support', '2025-10-10', null, 't1', 'Flow offer'],
      ['s1', 'oppose', '2025-09-05', 'rejects it', 't1', 'Flow offer'],
      ['s2', 'oppose', '2025-09-01', null, 't2', 'Dam builder'],
      ['s4', 'oppose', null, null, 't1', 'Flow offer'],
    ]);
    expect(groups.map((g) => g.targetName)).toEqual(['Dam builder', 'Flow offer']);
    expect(groups[1]!.stances.map((s) => s.id)).toEqual(['s1', 's3', 's4']);
    expect(groups[1]!.changed).toBe(true);
    expect(groups[0]!.changed).toBe(false);
  });
});
