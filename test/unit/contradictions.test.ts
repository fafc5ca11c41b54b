// The pure rules of contradictions (ingest/load/contradictions.ts) and the plain-text account of what an
// article changed (ingest/changes-text.ts), on stances and terms written for the test.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changesLines } from '../../ingest/changes-text';
import {
  conflictingTerms,
  contradictionPairs,
  figures,
  type StanceFact,
} from '../../ingest/load/contradictions';

const stance = (over: Partial<StanceFact> & { id: string }): StanceFact => ({
  holder: 'person-ada-morrow',
  target: 'proposal-canal',
  polarity: 'support',
  date: '2026-01-05',
  article: 'a1',
  quoteIds: [`${over.id}:q`],
  ...over,
});

describe('contradictionPairs', () => {
  it('links the later stance to the earlier, with the quotes of both', () => {
    const early = stance({ id: 's1', polarity: 'oppose', date: '2026-01-05', article: 'a1' });
    const late = stance({ id: 's0', polarity: 'support', date: '2026-02-01', article: 'a2' });
    expect(contradictionPairs([early, late])).toEqual([{ from: 's0', to: 's1', quoteIds: ['s0:q', 's1:q'] }]);
  });

  it('orders stances of one day by id, and an undated stance first', () => {
    const a = stance({ id: 'b', polarity: 'oppose', article: 'a1' });
    const b = stance({ id: 'a', polarity: 'support', article: 'a2' });
    expect(contradictionPairs([a, b])).toEqual([expect.objectContaining({ from: 'b', to: 'a' })]);
    const undated = stance({ id: 'z', polarity: 'oppose', date: null, article: 'a3' });
    expect(contradictionPairs([b, undated])).toEqual([expect.objectContaining({ from: 'a', to: 'z' })]);
  });

  it('leaves apart other holders, other targets, equal or mixed polarities, and one article of one day', () => {
    const base = stance({ id: 's1', polarity: 'oppose' });
    expect(
      contradictionPairs([
        base,
        stance({ id: 's2', polarity: 'support', holder: 'person-other', article: 'a2' }),
        stance({ id: 's3', polarity: 'support', target: 'proposal-other', article: 'a2' }),
        stance({ id: 's4', polarity: 'oppose', article: 'a2', date: '2026-03-01' }),
        stance({ id: 's5', polarity: 'mixed', article: 'a2', date: '2026-03-01' }),
      ]),
    ).toEqual([]);
    expect(contradictionPairs([base, stance({ id: 's6', polarity: 'support', article: 'a1' })])).toEqual([]);
    // One article, two days: a change of position it tells itself.
    const later = stance({ id: 's7', polarity: 'support', date: '2026-01-09' });
    expect(contradictionPairs([base, later])).toHaveLength(1);
  });

  it('gives the same pairs whatever the order of the stances', () => {
    const arb = fc.record({
      id: fc.constantFrom('s1', 's2', 's3', 's4', 's5'),
      holder: fc.constantFrom('h1', 'h2'),
      target: fc.constantFrom('t1', 't2'),
      polarity: fc.constantFrom('support', 'oppose', 'mixed'),
      date: fc.constantFrom('2026-01-01', '2026-01-02', null),
      article: fc.constantFrom('a1', 'a2'),
      quoteIds: fc.constant<string[]>(['q']),
    });
    fc.assert(
      fc.property(fc.uniqueArray(arb, { selector: (s) => s.id }), (stances) => {
        const forward = contradictionPairs(stances);
        expect(contradictionPairs([...stances].reverse())).toEqual(forward);
        for (const p of forward) expect(p.from).not.toBe(p.to);
      }),
    );
  });
});

describe('conflicting figures', () => {
  it('reads sums of money and percentages', () => {
    expect(figures('a fund of $500 billion')).toEqual(['$:500000000000']);
    expect(figures('a 40% share and 12 per cent more')).toEqual(['%:40', '%:12']);
    expect(figures('72 million euros a year')).toEqual(['euros:72000000']);
    expect(figures('a seat on the board')).toEqual([]);
  });

  it('flags two articles giving one term two different sums', () => {
    const members = [
      { articleId: 'a1', terms: ['a harbour fund of $500 million'] },
      { articleId: 'a2', terms: ['a harbour fund of $300 million', 'new cranes'] },
    ];
    expect(conflictingTerms(members)).toEqual([
      'a harbour fund of $300 million',
      'a harbour fund of $500 million',
    ]);
  });

  it('leaves agreeing sums, one article, unrelated terms and other kinds of figure alone', () => {
    expect(
      conflictingTerms([
        { articleId: 'a1', terms: ['a harbour fund of $500 million'] },
        { articleId: 'a2', terms: ['a harbour fund worth $500m'] },
      ]),
    ).toEqual([]);
    expect(conflictingTerms([{ articleId: 'a1', terms: ['$5 toll', '$9 toll'] }])).toEqual([]);
    expect(
      conflictingTerms([
        { articleId: 'a1', terms: ['a rail tunnel costing $4 billion'] },
        { articleId: 'a2', terms: ['pension payments of $2 billion'] },
      ]),
    ).toEqual([]);
    expect(
      conflictingTerms([
        { articleId: 'a1', terms: ['a 6% rise in wages'] },
        { articleId: 'a2', terms: ['a $600 rise in wages'] },
      ]),
    ).toEqual([]);
  });
});

describe('changesLines', () => {
  it('names what is new, the merged spellings and each reversal', () => {
    const lines = changesLines({
      actors: [{ id: 'person-ada-morrow', name: 'Ada Morrow' }],
      meetings: [],
      proposals: [{ id: 'p', label: 'Canal levy' }],
      stances: [{ id: 's', holder: 'Ada Morrow', target: 'Canal levy', polarity: 'oppose' }],
      merged: [{ spelling: 'Morrow', actor: 'Ada Morrow', id: 'person-ada-morrow' }],
      reversals: [
        {
          holder: 'Ada Morrow',
          target: 'Canal levy',
          earlier: { stance: 's0', polarity: 'support', date: '2026-01-01', article: 'a1' },
          later: { stance: 's', polarity: 'oppose', date: '2026-02-01', article: 'a2' },
        },
      ],
    });
    expect(lines).toEqual([
      'new 1 actor: Ada Morrow',
      'new 1 proposal: Canal levy',
      'new 1 stance: Ada Morrow opposes Canal levy',
      'merged 1 spelling: "Morrow" into Ada Morrow',
      'reversal: Ada Morrow on Canal levy: support (2026-01-01) -> oppose (2026-02-01)',
    ]);
  });

  it('says so when nothing changed', () => {
    const none = { actors: [], meetings: [], proposals: [], stances: [], merged: [], reversals: [] };
    expect(changesLines(none)).toEqual(['nothing new']);
  });
});
