// The view in the URL, so a link reopens it: the open query, the selection, the article in the reader,
// the legend's hidden types and the expanded nodes.
//   ?node=<id>  |  ?edge=<elementId>      the selection (a node by its domain id, else eid:<elementId>)
//   ?article=<id>&quote=<id>               the reader
//   ?hide=Quote,Article&hideRel=IN         legend filters
//   ?expand=<id>&expand=<id>               double-click expansions, in order
//   ?limit=4000                            the overview's node limit (when not the default)
//   ?cypher=...&params={...}               an ad hoc query instead of the overview
import type { JsonValue } from '../../../shared/api';
import { NodeCategories, type NodeCategory } from '../appearance/types';
import type { ViewQuery } from '../view/types';
import { DEFAULT_QUERY } from '../view/utils';

export interface UrlState {
  query: ViewQuery;
  node: string | null;
  edge: string | null;
  article: string | null;
  quote: string | null;
  hiddenCategories: NodeCategory[];
  hiddenTypes: string[];
  expanded: string[];
}

const isCategory = (value: string): value is NodeCategory =>
  (NodeCategories as readonly string[]).includes(value);

function list(value: string | null): string[] {
  return value ? value.split(',').filter(Boolean) : [];
}

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  let query: ViewQuery = DEFAULT_QUERY;
  const cypher = params.get('cypher');
  if (cypher) {
    let parsed: Record<string, JsonValue> = {};
    try {
      const value: unknown = JSON.parse(params.get('params') ?? '{}');
      if (value && typeof value === 'object' && !Array.isArray(value))
        parsed = value as Record<string, JsonValue>;
    } catch {
      // Unreadable parameters: run the query without them and let Neo4j say what is missing.
    }
    query = { kind: 'cypher', cypher, params: parsed };
  } else {
    const limit = Number(params.get('limit'));
    if (Number.isSafeInteger(limit) && limit > 0) query = { kind: 'overview', limit };
  }
  return {
    query,
    node: params.get('node'),
    edge: params.get('edge'),
    article: params.get('article'),
    quote: params.get('quote'),
    hiddenCategories: list(params.get('hide')).filter(isCategory),
    hiddenTypes: list(params.get('hideRel')),
    expanded: params.getAll('expand'),
  };
}

export function urlSearch(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.query.kind === 'cypher') {
    params.set('cypher', state.query.cypher);
    if (Object.keys(state.query.params).length > 0) params.set('params', JSON.stringify(state.query.params));
  } else if (state.query.limit !== (DEFAULT_QUERY.kind === 'overview' ? DEFAULT_QUERY.limit : 0)) {
    params.set('limit', String(state.query.limit));
  }
  if (state.node) params.set('node', state.node);
  else if (state.edge) params.set('edge', state.edge);
  if (state.article) params.set('article', state.article);
  if (state.article && state.quote) params.set('quote', state.quote);
  if (state.hiddenCategories.length) params.set('hide', state.hiddenCategories.join(','));
  if (state.hiddenTypes.length) params.set('hideRel', state.hiddenTypes.join(','));
  for (const key of state.expanded) params.append('expand', key);
  const search = params.toString();
  return search ? `?${search}` : '';
}
