// Keeps the URL in step with the view (query, selection, reader, filters, expansions), so copying the
// address bar shares exactly what is on screen. Writes only once a view is open, so the link that
// opened the page is not overwritten while it loads.
import { nodeUrlKey } from '../data/utils';
import type { Explorer } from '../explorer';
import { subscribeAll } from '../store';
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
  return {
    query: view.query,
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
