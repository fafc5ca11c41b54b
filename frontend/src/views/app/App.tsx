// The explorer's page: search on top; legend (or the article reader) on the left; the canvas; the
// details panel on the right.
import { ExplorerProvider, useExplorer } from '../../core/context';
import type { Explorer } from '../../core/explorer';
import { QueriesProvider } from '../../core/queries/context';
import { useStore } from '../../core/store';
import { CanvasControls } from '../graph/CanvasControls';
import { CameraController } from '../graph/controllers/CameraController';
import { EmphasisController } from '../graph/controllers/EmphasisController';
import { EventsController } from '../graph/controllers/EventsController';
import { LayoutController } from '../graph/controllers/LayoutController';
import { PerformanceController } from '../graph/controllers/PerformanceController';
import { ResizeController } from '../graph/controllers/ResizeController';
import { TestHooksController } from '../graph/controllers/TestHooksController';
import { GraphCanvas } from '../graph/GraphCanvas';
import { SearchBox } from '../header/SearchBox';
import { QueryDock } from '../queries/QueryDock';
import { SavedQueries } from '../queries/SavedQueries';
import { RightPanel } from '../panel/RightPanel';
import { ArticleReader } from '../reader/ArticleReader';
import { Legend } from '../sidebar/Legend';
import { ViewNotice } from '../sidebar/ViewNotice';
import { StageStates } from '../stage/StageStates';
import { StatusLine } from '../stage/StatusLine';
import { UrlController } from './UrlController';

function Workspace() {
  const explorer = useExplorer();
  const reader = useStore(explorer.reader);
  const connection = useStore(explorer.connection);
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
        <GraphCanvas>
          <EventsController />
          <EmphasisController />
          <CameraController />
          <LayoutController />
          <PerformanceController />
          <ResizeController />
          <TestHooksController />
          {connection.type === 'ready' && <CanvasControls />}
        </GraphCanvas>
        {connection.type === 'ready' && <StatusLine />}
        <StageStates />
        <QueryDock />
      </main>
      <RightPanel />
    </div>
  );
}

export function App({ explorer }: { explorer: Explorer }) {
  return (
    <ExplorerProvider explorer={explorer}>
      <UrlController />
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
          <Workspace />
        </QueriesProvider>
      </div>
    </ExplorerProvider>
  );
}
