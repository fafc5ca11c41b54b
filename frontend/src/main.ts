// Entry point of the explorer's page: reads the view from the URL and sends its first requests at once,
// then loads the app (React, sigma, the layout) while the answers are on their way. It imports little,
// so that it runs as soon as the page is parsed.
import { startExplorerWorker } from './core/worker/start';
import { parseUrlState } from './core/url/utils';
import { sendStartRequests } from './core/view/start';
// All of the page's styles load with the entry, so the app chunk never waits for a stylesheet.
import './styles.css';
import './views/queries/queries.css';

function main(): void {
  performance.mark('explorer:main');
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element');
  const url = parseUrlState(location.search);
  const worker = startExplorerWorker();
  const requests = sendStartRequests(url.query, worker);
  import('./app').then(
    ({ mountApp }) => mountApp(root, url, requests, worker),
    (err: unknown) => {
      root.textContent = `The explorer could not load its code: ${err instanceof Error ? err.message : String(err)}. Reload the page.`;
    },
  );
}

main();
