// Entry point of the explorer's page: reads the view from the URL and sends its first requests at once,
// then loads the page's code (the canvas, then the app around it) while the answers are on their way.
// It imports little, so that it runs as soon as the page is parsed.
import { showLoadFailure } from './loadFailure';
import { parseUrlState } from './core/url/utils';
import { sendFirstRequests } from './core/view/start';
// All of the page's styles load with the entry, so no later chunk waits for a stylesheet.
import './styles.css';
import './views/queries/queries.css';
import './views/timeline/timeline.css';

function main(): void {
  performance.mark('explorer:main');
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element');
  const url = parseUrlState(location.search);
  const { requests, worker } = sendFirstRequests(url.query);
  import('./page').then(
    ({ startPage }) => startPage(root, url, requests, worker),
    (err: unknown) => showLoadFailure(root, err),
  );
}

main();
