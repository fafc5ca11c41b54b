// Unit tests of what the status line counts once the legend hides categories or relationship types.
import { describe, expect, it } from 'vitest';
import { datasetFromGraph } from '../../frontend/src/core/data/utils';
import { NO_FILTERS, visibleCounts } from '../../frontend/src/core/filters/utils';

const dataset = datasetFromGraph({
  nodes: [
    { elementId: 'a', labels: ['Actor', 'Person'], properties: {} },
    { elementId: 'm', labels: ['Meeting'], properties: {} },
    { elementId: 'q', labels: ['Quote'], properties: {} },
    { elementId: 't', labels: ['Article'], properties: {} },
  ],
  relationships: [
    { elementId: 'r1', type: 'ATTENDED', startNodeElementId: 'a', endNodeElementId: 'm', properties: {} },
    { elementId: 'r2', type: 'EVIDENCED_BY', startNodeElementId: 'a', endNodeElementId: 'q', properties: {} },
    { elementId: 'r3', type: 'IN', startNodeElementId: 'q', endNodeElementId: 't', properties: {} },
  ],
});

describe('visibleCounts', () => {
  it('counts everything without filters', () => {
    expect(visibleCounts(dataset, NO_FILTERS)).toEqual({ nodes: 4, relationships: 3 });
  });

  it('drops a hidden category and every relationship touching it', () => {
    const filters = { hiddenCategories: new Set(['Quote'] as const), hiddenTypes: new Set<string>() };
    expect(visibleCounts(dataset, filters)).toEqual({ nodes: 3, relationships: 1 });
  });

  it('drops hidden relationship types but keeps their nodes', () => {
    const filters = { hiddenCategories: new Set<never>(), hiddenTypes: new Set(['IN']) };
    expect(visibleCounts(dataset, filters)).toEqual({ nodes: 4, relationships: 2 });
  });
});
