// The page, loaded by its entry (main.ts) while the first requests are on their way: creates the
// explorer's state and its canvas, and draws the first view into the page's static shell (index.html)
// before the app around it (React and the panels, a chunk of its own) is run. A person sees the graph
// first; the app mounts once it is on screen, or sooner when the view is slow to come, so that the page
// can be used while a large graph loads.
import { showLoadFailure } from './loadFailure';
import { createExplorer } from './core/explorer';
import { keepUrlInStep } from './core/url/sync';
import type { UrlState } from './core/url/utils';
import { startExplorer } from './core/view';
import { watchConnection } from './core/view/reconnect';
import type { StartRequests } from './core/view/start';
import { createCanvas } from './views/graph/canvas';

/** How long the app waits for the first view before it mounts anyway. */
export const APP_WAIT_MS = 1000;

export function startPage(
  root: HTMLElement,
  url: UrlState,
  requests: StartRequests,
  worker: Worker | null,
): void {
  const explorer = createExplorer({
    worker,
    query: url.query,
    linkedQuery: url.editor,
    filters: { hiddenCategories: new Set(url.hiddenCategories), hiddenTypes: new Set(url.hiddenTypes) },
  });
  keepUrlInStep(explorer);
  watchConnection(explorer);
  void startExplorer(explorer, url, requests);
  // A link that opens the article reader gets the reader's columns already, so the canvas keeps its size.
  if (url.article) root.querySelector('.workspace')?.classList.add('workspace--reading');
  const canvas = createCanvas(explorer, root.querySelector<HTMLElement>('.canvas__sigma'));

  let mounted = false;
  const mount = () => {
    if (mounted) return;
    mounted = true;
    offDrawn();
    clearTimeout(timer);
    import('./app').then(
      ({ mountApp }) => mountApp(root, explorer, canvas),
      (err: unknown) => showLoadFailure(root, err),
    );
  };
  // In a task of its own, after the frame that showed the graph.
  const mountSoon = () => {
    if (explorer.drawn.get() !== null) setTimeout(mount, 0);
  };
  const offDrawn = explorer.drawn.subscribe(mountSoon);
  const timer = setTimeout(mount, APP_WAIT_MS);
  mountSoon();
}
