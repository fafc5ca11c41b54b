// Unit tests of the explorer's URL state: what a shared link holds, and that it reads back the same.
import { describe, expect, it } from 'vitest';
import { parseUrlState, urlSearch, type UrlState } from '../../frontend/src/core/url/utils';

describe('explorer URL state', () => {
  it('opens the overview with nothing selected by default', () => {
    expect(parseUrlState('')).toEqual({
      query: { kind: 'overview', limit: 50_000 },
      editor: null,
      node: null,
      edge: null,
      article: null,
      quote: null,
      // Quotes and articles are hidden until the legend shows them.
      hiddenCategories: ['Quote', 'Article', 'Term'],
      hiddenTypes: [],
      expanded: [],
    });
    expect(urlSearch(parseUrlState(''))).toBe('');
    // Every category shown is said in the link, with an empty list.
    const shown = urlSearch({ ...parseUrlState(''), hiddenCategories: [] });
    expect(shown).toBe('?hide=');
    expect(parseUrlState(shown).hiddenCategories).toEqual([]);
  });

  it('round-trips a selection, a reader, filters, expansions, a limit and a query', () => {
    const state: UrlState = {
      query: { kind: 'overview', limit: 4000 },
      editor: { cypher: 'MATCH (n:Actor {name: $name}) RETURN n', params: { name: 'Zelenskiy' } },
      node: 'actor:volodymyr-zelenskiy',
      edge: null,
      article: 'article-1',
      quote: 'article-1:10-19',
      hiddenCategories: ['Quote', 'Article'],
      hiddenTypes: ['IN'],
      expanded: ['actor:a,b', 'meeting:x'],
    };
    expect(parseUrlState(urlSearch(state))).toEqual(state);
  });

  it('opens a link with a query on the overview, the query only for the editor', () => {
    const search = new URLSearchParams({
      cypher: 'MATCH (a:Actor) WHERE a.name CONTAINS $part RETURN a',
      params: JSON.stringify({ part: 'Kyiv', max: 3 }),
    });
    const state = parseUrlState(`?${search.toString()}`);
    expect(state.query).toEqual({ kind: 'overview', limit: 50_000 });
    expect(state.editor).toEqual({
      cypher: 'MATCH (a:Actor) WHERE a.name CONTAINS $part RETURN a',
      params: { part: 'Kyiv', max: 3 },
    });
    expect(parseUrlState('?cypher=%20%20').editor).toBeNull();
  });

  it('ignores unknown categories and unreadable parameters', () => {
    const state = parseUrlState('?hide=Quote,Bogus&cypher=RETURN%201&params=%7Bnot-json');
    expect(state.hiddenCategories).toEqual(['Quote']);
    expect(state.query).toEqual({ kind: 'overview', limit: 50_000 });
    expect(state.editor).toEqual({ cypher: 'RETURN 1', params: {} });
    expect(parseUrlState('?cypher=RETURN%201&params=%5B1%5D').editor).toEqual({
      cypher: 'RETURN 1',
      params: {},
    });
  });

  it('keeps a non-default overview limit', () => {
    expect(parseUrlState('?limit=4000').query).toEqual({ kind: 'overview', limit: 4000 });
    expect(urlSearch(parseUrlState('?limit=4000'))).toBe('?limit=4000');
  });
});
