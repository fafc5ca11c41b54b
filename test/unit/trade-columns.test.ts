// The columns of a proposal's trade in the details panel (frontend/src/core/evidence/trade.ts), built
// from a plain answer of the kind the query API gives.
import { describe, expect, it } from 'vitest';
import type { GraphJson, GraphNode, GraphRelationship } from '../../frontend/shared/api';
import { tradeFromGraph } from '../../frontend/src/core/evidence/trade';

const node = (elementId: string, labels: string[], properties: GraphNode['properties']): GraphNode => ({
  elementId,
  labels,
  properties,
});
let rels = 0;
const rel = (type: string, from: string, to: string): GraphRelationship => ({
  elementId: `r${rels++}`,
  type,
  startNodeElementId: from,
  endNodeElementId: to,
  properties: {},
});

const graph: GraphJson = {
  nodes: [
    node('p', ['Proposal'], { label: 'Ports deal' }),
    node('no', ['Actor', 'Country'], { name: 'Norway' }),
    node('fi', ['Actor', 'Country'], { name: 'Finland' }),
    node('pm', ['Actor', 'Person'], { name: 'Ola Berg' }),
    node('t1', ['Term'], { text: 'access to Norwegian ports', role: 'gives' }),
    node('t2', ['Term'], { text: 'fishing rights', role: 'gets' }),
    node('t3', ['Term'], { text: 'approval by parliament', role: 'condition' }),
    node('q', ['Quote'], { id: 'a:0-9', text: 'the quote', start: 0, end: 9 }),
  ],
  relationships: [
    rel('PROPOSED', 'no', 'p'),
    rel('PROPOSED', 'fi', 'p'),
    rel('PROPOSED', 'pm', 'p'),
    rel('HAS_TERM', 'p', 't1'),
    rel('HAS_TERM', 'p', 't2'),
    rel('HAS_TERM', 'p', 't3'),
    rel('FOR', 't1', 'no'),
    rel('FOR', 't2', 'no'),
    rel('EVIDENCED_BY', 't1', 'q'),
  ],
};

describe('the trade columns', () => {
  const trade = tradeFromGraph(graph, 'p');

  it('has one column per side, people who proposed it standing with no column of their own', () => {
    expect(trade.sides.map((s) => s.name)).toEqual(['Finland', 'Norway']);
  });

  it("lists a side's own lines with their quotes, and the other side's reading of them", () => {
    const [finland, norway] = trade.sides;
    expect(norway!.gives.map((l) => [l.text, l.from, l.quotes.length])).toEqual([
      ['access to Norwegian ports', null, 1],
    ]);
    expect(norway!.gets.map((l) => l.text)).toEqual(['fishing rights']);
    expect(finland!.gets.map((l) => [l.text, l.from])).toEqual([['access to Norwegian ports', 'Norway']]);
    expect(finland!.gives.map((l) => [l.text, l.from])).toEqual([['fishing rights', 'Norway']]);
  });

  it('keeps a condition for no side under the columns', () => {
    expect(trade.conditions.map((l) => l.text)).toEqual(['approval by parliament']);
  });
});
