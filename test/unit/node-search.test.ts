// Unit tests of node search: names and aliases, accents, and actors ranked above the quotes naming them.
import { describe, expect, it } from 'vitest';
import { datasetFromGraph } from '../../frontend/src/core/data/utils';
import { buildSearchIndex, searchNodes } from '../../frontend/src/core/search/utils';

const dataset = datasetFromGraph({
  nodes: [
    { elementId: 'q', labels: ['Quote'], properties: { text: 'Zelenskiy', start: 0, end: 9 } },
    {
      elementId: 'z',
      labels: ['Actor', 'Person'],
      properties: { name: 'Volodymyr Zelenskiy', aliases: ['Zelenskiy', 'Zelensky'] },
    },
    { elementId: 'm', labels: ['Meeting'], properties: { label: 'Zelenskiy–Kellogg meeting in Kyiv' } },
    {
      elementId: 'e',
      labels: ['Actor', 'Person'],
      properties: { name: 'Recep Tayyip Erdoğan', aliases: [] },
    },
  ],
  relationships: [],
});
const index = buildSearchIndex(dataset);

describe('searchNodes', () => {
  it('puts the actor first for a name, then the meeting, then the quote', () => {
    expect(searchNodes(index, 'Zelenskiy').map((h) => h.entry.id)).toEqual(['z', 'm', 'q']);
  });

  it('matches prefixes, words inside names, and ignores case and accents', () => {
    expect(searchNodes(index, 'volod').map((h) => h.entry.id)).toEqual(['z']);
    expect(searchNodes(index, 'kellogg').map((h) => h.entry.id)).toEqual(['m']);
    expect(searchNodes(index, 'ERDOGAN').map((h) => h.entry.id)).toEqual(['e']);
  });

  it('finds nothing for an empty query', () => {
    expect(searchNodes(index, '  ')).toEqual([]);
  });
});
