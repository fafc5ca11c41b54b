// The view in the URL, so a link reopens it: the selection, the article in the reader, the legend's
// hidden types, the expanded nodes, and the open query.
//   ?node=<id>  |  ?edge=<elementId>      the selection (a node by its domain id, else eid:<elementId>)
//   ?article=<id>&quote=<id>               the reader
//   ?hide=Quote,Article&hideRel=IN         legend filters (no `hide`: quotes, articles, terms hidden;
//                                          `hide=` with nothing: every category shown)
//   ?expand=<id>&expand=<id>               double-click expansions, in order
//   ?limit=4000                            the overview's node limit (when not the default)
//   ?cypher=...&params={...}               the open query (or the one a link brought): a page that opens
//                                          puts it into the Cypher editor and runs nothing until the
//                                          person runs it, so that no site can make the explorer run a
//                                          query by linking to it
import type { JsonValue } from '../../../shared/api';
import { NodeCategories, type NodeCategory } from '../appearance/types';
import type { LinkedQuery, OverviewQuery } from '../view/types';
import { DEFAULT_QUERY } from '../view/utils';
import { DEFAULT_HIDDEN_CATEGORIES, isDefaultHidden } from '../filters/utils';

export interface UrlState {
  /** The view the page opens on: always the overview. */
  query: OverviewQuery;
  /** The query for the Cypher editor, not run by opening the link. */
  editor: LinkedQuery | null;
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

function linkedQuery(params: URLSearchParams): LinkedQuery | null {
  const cypher = params.get('cypher');
  if (!cypher?.trim()) return null;
  let values: Record<string, JsonValue> = {};
  try {
    const value: unknown = JSON.parse(params.get('params') ?? '{}');
    if (value && typeof value === 'object' && !Array.isArray(value))
      values = value as Record<string, JsonValue>;
  } catch {
    // Unreadable parameters: the editor gets the query without them, and its inputs stay empty.
  }
  return { cypher, params: values };
}

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const limit = Number(params.get('limit'));
  return {
    query: Number.isSafeInteger(limit) && limit > 0 ? { kind: 'overview', limit } : DEFAULT_QUERY,
    editor: linkedQuery(params),
    node: params.get('node'),
    edge: params.get('edge'),
    article: params.get('article'),
    quote: params.get('quote'),
    hiddenCategories: params.has('hide')
      ? list(params.get('hide')).filter(isCategory)
      : [...DEFAULT_HIDDEN_CATEGORIES],
    hiddenTypes: list(params.get('hideRel')),
    expanded: params.getAll('expand'),
  };
}

export function urlSearch(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.query.limit !== DEFAULT_QUERY.limit) params.set('limit', String(state.query.limit));
  if (state.editor) {
    params.set('cypher', state.editor.cypher);
    if (Object.keys(state.editor.params).length > 0)
      params.set('params', JSON.stringify(state.editor.params));
  }
  if (state.node) params.set('node', state.node);
  else if (state.edge) params.set('edge', state.edge);
  if (state.article) params.set('article', state.article);
  if (state.article && state.quote) params.set('quote', state.quote);
  if (!isDefaultHidden(state.hiddenCategories)) params.set('hide', state.hiddenCategories.join(','));
  if (state.hiddenTypes.length) params.set('hideRel', state.hiddenTypes.join(','));
  for (const key of state.expanded) params.append('expand', key);
  const search = params.toString();
  return search ? `?${search}` : '';
}
