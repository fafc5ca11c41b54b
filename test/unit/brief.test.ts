// The brief (export/brief.ts) on plain data: a proposal's trades, one line per term and side, and each
// footnote saying how its quote is sourced, with the article's own words escaped.
import { describe, expect, it } from 'vitest';
import type { GraphJson, GraphNode, GraphRelationship } from '../../frontend/shared/api';
import { toBrief, type QuoteSource } from '../../export/brief';

const node = (elementId: string, labels: string[], properties: Record<string, string>): GraphNode => ({
  elementId,
  labels,
  properties,
});
const rel = (type: string, from: string, to: string, quoteIds: string[] = []): GraphRelationship => ({
  elementId: `${type}:${from}:${to}`,
  type,
  startNodeElementId: from,
  endNodeElementId: to,
  properties: { quoteIds },
});

const GRAPH: GraphJson = {
  nodes: [
    node('norland', ['Actor', 'Country'], { name: 'Norland' }),
    node('castellan', ['Actor', 'Organization'], { name: 'Castellan Steel' }),
    node('plan', ['Proposal'], { label: 'port lease plan' }),
    node('t1', ['Term'], { text: 'a 30-year lease', role: 'gives' }),
    node('t2', ['Term'], { text: 'a share of the tolls', role: 'gets' }),
    node('t3', ['Term'], { text: 'a vote in parliament', role: 'condition' }),
  ],
  relationships: [
    rel('PROPOSED', 'castellan', 'plan', ['q1']),
    rel('HAS_TERM', 'plan', 't1', ['q1']),
    rel('FOR', 't1', 'norland', ['q1']),
    rel('HAS_TERM', 'plan', 't2', ['q2']),
    rel('FOR', 't2', 'norland', ['q2']),
    rel('HAS_TERM', 'plan', 't3', ['q3']),
  ],
};

const quote = (text: string, rest: Partial<QuoteSource>): QuoteSource => ({
  text,
  title: 'Port talks resume',
  source: 'Harbour Wire',
  date: '2026-03-02',
  attribution: null,
  sourceDescription: null,
  speakers: [],
  ...rest,
});

const QUOTES = new Map<string, QuoteSource>([
  ['q1', quote('Norland would lease the port for 30 years', { attribution: 'narration' })],
  [
    'q2',
    quote('“We get a share of every toll,” said Mira Talvik', {
      attribution: 'direct',
      speakers: ['Mira Talvik'],
    }),
  ],
  [
    'q3',
    quote('a vote in parliament is needed, an official said', {
      attribution: 'anonymous',
      sourceDescription: 'an *official*',
    }),
  ],
]);

describe('the brief', () => {
  const brief = toBrief(GRAPH, { quotesOf: new Map(), quotes: QUOTES }, 'Port talks');
  const lines = brief.split('\n');

  it('says what each side of a proposal gives and gets, and its conditions, each with its quote', () => {
    expect(lines).toContain('- Norland gives: a 30-year lease.[^1]');
    expect(lines).toContain('- Norland gets: a share of the tolls.[^2]');
    expect(lines).toContain('- Condition: a vote in parliament.[^3]');
  });

  it('says how each footnote is sourced, in the article’s own words escaped', () => {
    const note = (n: number) => lines.find((l) => l.startsWith(`[^${n}]: `));
    expect(note(1)).toMatch(/ — Port talks resume, Harbour Wire, 2026-03-02 · Narration$/);
    expect(note(2)).toMatch(/ · Direct quote: Mira Talvik$/);
    expect(note(3)).toMatch(/ · Anonymous source: “an \\\*official\\\*”$/);
  });

  it('adds nothing to a footnote whose quote predates attribution', () => {
    const plain = new Map([['q1', quote('Norland would lease the port', {})]]);
    const old = toBrief(GRAPH, { quotesOf: new Map(), quotes: plain }, 'Port talks');
    expect(old).toContain(
      '[^1]: “Norland would lease the port” — Port talks resume, Harbour Wire, 2026-03-02\n',
    );
  });
});
