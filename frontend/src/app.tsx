// The explorer's app, loaded by the page's entry (main.ts) while the first requests are on their way:
// creates the explorer's state, starts it with those requests, and mounts the page.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createExplorer } from './core/explorer';
import type { UrlState } from './core/url/utils';
import { startExplorer } from './core/view';
import type { StartRequests } from './core/view/start';
import { App } from './views/app/App';

export function mountApp(
  root: HTMLElement,
  url: UrlState,
  requests: StartRequests,
  worker: Worker | null,
): void {
  const explorer = createExplorer({
    worker,
    query: url.query,
    filters: { hiddenCategories: new Set(url.hiddenCategories), hiddenTypes: new Set(url.hiddenTypes) },
  });
  void startExplorer(explorer, url, requests);
  createRoot(root).render(
    <StrictMode>
      <App explorer={explorer} />
    </StrictMode>,
  );
}
