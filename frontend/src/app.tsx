// Entry point of the explorer's browser app: reads the view from the URL and mounts the page.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createExplorer } from './core/explorer';
import { parseUrlState } from './core/url/utils';
import { App } from './views/app/App';
import './styles.css';

function main(): void {
  performance.mark('explorer:main');
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element');
  const url = parseUrlState(location.search);
  const explorer = createExplorer({
    query: url.query,
    filters: { hiddenCategories: new Set(url.hiddenCategories), hiddenTypes: new Set(url.hiddenTypes) },
  });
  createRoot(root).render(
    <StrictMode>
      <App explorer={explorer} />
    </StrictMode>,
  );
}

main();
