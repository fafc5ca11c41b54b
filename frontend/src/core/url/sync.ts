// Keeps the URL in step with the view (query, selection, reader, filters, expansions), so copying the
// address bar shares what is on screen. The query is the open view's once a query ran, else the one the
// link brought into the editor (see ./utils.ts: a link never runs it). Writes only once a view is open,
// so the link that opened the page is not overwritten while it loads.
import { nodeUrlKey } from '../data/utils';
import type { Explorer } from '../explorer';
import { subscribeAll } from '../store';
import { DEFAULT_QUERY } from '../view/utils';
import { urlSearch, type UrlState } from './utils';

function currentUrlState(explorer: Explorer): UrlState {
  const selection = explorer.selection.get();
  const reader = explorer.reader.get();
  const filters = explorer.filters.get();
  const view = explorer.view.get();
  let node: string | null = null;
  if (selection?.type === 'node') {
    const data = explorer.dataset.get().nodes.get(selection.id);
    node = data ? nodeUrlKey(data) : `eid:${selection.id}`;
  }
  const { query } = view;
  return {
    query: query.kind === 'overview' ? query : DEFAULT_QUERY,
    editor: query.kind === 'cypher' ? { cypher: query.cypher, params: query.params } : explorer.linkedQuery,
    node,
    edge: selection?.type === 'edge' ? selection.id : null,
    article: reader?.articleId ?? null,
    quote: reader?.quoteId ?? null,
    hiddenCategories: [...filters.hiddenCategories],
    hiddenTypes: [...filters.hiddenTypes],
    expanded: view.expanded,
  };
}

/** Starts keeping the URL in step with `explorer`; returns what stops it. */
export function keepUrlInStep(explorer: Explorer): () => void {
  const write = () => {
    const status = explorer.view.get().status.type;
    if (explorer.connection.get().type !== 'ready' || (status !== 'ready' && status !== 'error')) return;
    const search = urlSearch(currentUrlState(explorer));
    if (search !== location.search)
      history.replaceState(null, '', `${location.pathname}${search}${location.hash}`);
  };
  return subscribeAll([explorer.view, explorer.selection, explorer.reader, explorer.filters], write);
}
