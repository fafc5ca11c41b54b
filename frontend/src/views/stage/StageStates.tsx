// What a person sees instead of (or over) the graph: connecting, Neo4j unreachable before any view came
// (with what to run and a retry button; the explorer also checks again by itself), an empty database
// (with how to ingest), loading, and query errors. Neo4j lost after a view was drawn is a notice beside
// that view instead (ConnectionLost.tsx).
import type { ReactNode } from 'react';
import { useExplorer } from '../../core/context';
import { useStore } from '../../core/store';
import { startExplorer } from '../../core/view';

function Command({ children }: { children: string }) {
  return <code className="command">{children}</code>;
}

/** A hint's `backticked` parts as commands. */
function Hint({ text }: { text: string }) {
  const parts = text.split(/`([^`]+)`/);
  return <p>{parts.map((part, i) => (i % 2 === 1 ? <Command key={i}>{part}</Command> : part))}</p>;
}

function Card({
  title,
  children,
  tone = 'neutral',
}: {
  title: string;
  children: ReactNode;
  tone?: 'neutral' | 'warning';
}) {
  return (
    <div className="stage-state" role={tone === 'warning' ? 'alert' : 'status'}>
      <div className={`state-card state-card--${tone}`}>
        <h2>{title}</h2>
        {children}
      </div>
    </div>
  );
}

export function StageStates() {
  const explorer = useExplorer();
  const connection = useStore(explorer.connection);
  const view = useStore(explorer.view);
  const retry = () => void startExplorer(explorer);
  const checkNow = () => explorer.recheck.set((n) => n + 1);

  if (connection.type === 'checking') {
    return (
      <div className="stage-state" role="status">
        <div className="loading">
          <span className="spinner" aria-hidden="true" />
          Connecting to Neo4j…
        </div>
      </div>
    );
  }
  // The view drawn before stays on screen, with a notice of its own.
  if (connection.type === 'unreachable' && connection.lost) return null;
  if (connection.type === 'unreachable') {
    return (
      <Card
        title={connection.server ? 'The explorer server is not answering' : 'Neo4j cannot be reached'}
        tone="warning"
      >
        <p>{connection.message}</p>
        {connection.hint ? (
          <Hint text={connection.hint} />
        ) : (
          <p>
            Start the local database with <Command>npm run db:start</Command>, or everything at once with{' '}
            <Command>npm start</Command>.
          </p>
        )}
        <p className="muted">The explorer checks again by itself and opens the graph once Neo4j answers.</p>
        <button type="button" className="button button--primary" onClick={checkNow}>
          Retry
        </button>
      </Card>
    );
  }
  if (connection.type === 'empty') {
    return (
      <Card title="No articles yet">
        <p>The database at {connection.uri} holds no article. Load the sample article with</p>
        <p>
          <Command>npm run ingest -- data/articles/seed-article.txt</Command>
        </p>
        <p>or any other article file, then reload.</p>
        <button type="button" className="button button--primary" onClick={retry}>
          Reload
        </button>
      </Card>
    );
  }
  if (view.status.type === 'loading') {
    return (
      <div className="stage-state stage-state--overlay" role="status">
        <div className="loading">
          <span className="spinner" aria-hidden="true" />
          Loading the graph…
        </div>
      </div>
    );
  }
  if (view.status.type === 'error') {
    return (
      <Card title="The query did not run" tone="warning">
        <p className="error-text">{view.status.error.message}</p>
        {view.status.error.hint && <Hint text={view.status.error.hint} />}
        <button type="button" className="button button--primary" onClick={retry}>
          Retry
        </button>
      </Card>
    );
  }
  return null;
}
