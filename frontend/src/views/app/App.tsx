// The explorer's page: search on top; legend (or the article reader) on the left; the canvas; the
// details panel on the right; under the canvas the timeline, then the query dock.
import { ExplorerProvider, useExplorer } from '../../core/context';
import type { Explorer } from '../../core/explorer';
import { QueriesProvider } from '../../core/queries/context';
import { useStore } from '../../core/store';
import { CanvasControls } from '../graph/CanvasControls';
import type { ExplorerCanvas } from '../graph/canvas';
import { GraphCanvas } from '../graph/GraphCanvas';
import { SearchBox } from '../header/SearchBox';
import { QueryDock } from '../queries/QueryDock';
import { SavedQueries } from '../queries/SavedQueries';
import { RightPanel } from '../panel/RightPanel';
import { ArticleReader } from '../reader/ArticleReader';
import { Legend } from '../sidebar/Legend';
import { ViewNotice } from '../sidebar/ViewNotice';
import { ConnectionLost } from '../stage/ConnectionLost';
import { StageStates } from '../stage/StageStates';
import { StatusLine } from '../stage/StatusLine';
import { Timeline } from '../timeline/Timeline';

function Workspace({ canvas }: { canvas: ExplorerCanvas }) {
  const explorer = useExplorer();
  const reader = useStore(explorer.reader);
  // The database answers, or answered before and the view it gave is still on screen.
  const usable = useStore(
    explorer.connection,
    (c) => c.type === 'ready' || (c.type === 'unreachable' && c.lost),
  );
  return (
    <div className={`workspace${reader ? ' workspace--reading' : ''}`}>
      {reader ? (
        <ArticleReader key={reader.articleId} articleId={reader.articleId} quoteId={reader.quoteId} />
      ) : (
        <aside className="sidebar" aria-label="Legend and filters">
          <ViewNotice />
          <SavedQueries />
          <Legend />
        </aside>
      )}
      <main className="stage">
        <GraphCanvas canvas={canvas}>{usable && <CanvasControls />}</GraphCanvas>
        {usable && <StatusLine />}
        <ConnectionLost />
        <StageStates />
        {/* Its place is kept while the database is not answering, so the canvas keeps its size. */}
        {usable ? <Timeline /> : <section className="timeline" aria-hidden="true" />}
        <QueryDock />
      </main>
      <RightPanel />
    </div>
  );
}

export function App({ explorer, canvas }: { explorer: Explorer; canvas: ExplorerCanvas }) {
  return (
    <ExplorerProvider explorer={explorer}>
      <div className="app">
        <header className="topbar">
          <div className="brand">
            <span className="brand__mark" aria-hidden="true" />
            <div>
              <h1 className="brand__name">Negotiation graph</h1>
              <p className="brand__tagline">
                Who meets, proposes and opposes whom, in the articles’ own words
              </p>
            </div>
          </div>
          <SearchBox />
        </header>
        <QueriesProvider>
          <Workspace canvas={canvas} />
        </QueriesProvider>
      </div>
    </ExplorerProvider>
  );
}
