// Entry point of the explorer's page: reads the view from the URL and sends its first requests at once,
// then loads the app (React, sigma, the layout) while the answers are on their way. It imports little,
// so that it runs as soon as the page is parsed.
import { parseUrlState } from './core/url/utils';
import { sendStartRequests } from './core/view/start';
import './styles.css';

function main(): void {
  performance.mark('explorer:main');
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element');
  const url = parseUrlState(location.search);
  const requests = sendStartRequests(url.query);
  import('./app').then(
    ({ mountApp }) => mountApp(root, url, requests),
    (err: unknown) => {
      root.textContent = `The explorer could not load its code: ${err instanceof Error ? err.message : String(err)}. Reload the page.`;
    },
  );
}

main();
