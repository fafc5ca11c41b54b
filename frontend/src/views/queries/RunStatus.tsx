// The state of the last query run: a running query with its time so far and a Cancel button, the result's
// size (with a notice when the row cap cut it, and a button for a paged query's next rows), or why it was
// refused, stopped or failed.
import { useEffect, useState } from 'react';
import { useExplorer } from '../../core/context';
import { cancelRun, loadMoreRows } from '../../core/queries';
import { useWorkbench } from '../../core/queries/context';
import type { MoreRows, RunState } from '../../core/queries/types';
import { useStore } from '../../core/store';
import { plural } from '../common/format';

function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function Elapsed({ startedAt }: { startedAt: number }) {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(performance.now()), 100);
    return () => clearInterval(timer);
  }, []);
  return <span className="run-status__time">{seconds(Math.max(0, now - startedAt))}</span>;
}

function drawnText(run: Extract<RunState, { type: 'done' }>): string {
  const { graph } = run.response;
  const size = `${plural(graph.nodes.length, 'node')} and ${plural(graph.relationships.length, 'relationship')}`;
  switch (run.drawn) {
    case 'replaced':
      return `drew ${size}`;
    case 'added':
      return `added ${size} to the view`;
    case 'table-only':
      return 'rows only, see the table';
    case 'superseded':
      return 'not drawn, another view opened first';
    default:
      return 'nothing to draw';
  }
}

/** The next page of a paged query's rows, added to the table and the canvas. */
function LoadMore({ more }: { more: MoreRows }) {
  const explorer = useExplorer();
  const workbench = useWorkbench();
  return (
    <span className="run-status__more">
      <button
        type="button"
        className="button"
        disabled={more.type === 'loading'}
        onClick={() => void loadMoreRows(explorer, workbench)}
      >
        {more.type === 'loading' ? 'Loading more rows…' : 'Load more rows'}
      </button>
      {more.type === 'failed' && <span className="error-text">{more.message}</span>}
    </span>
  );
}

export function RunStatus() {
  const explorer = useExplorer();
  const workbench = useWorkbench();
  const run = useStore(workbench.run);
  switch (run.type) {
    case 'idle':
      return (
        <p className="run-status run-status--idle" data-testid="query-status">
          {explorer.linkedQuery
            ? 'The link put a query in the editor; it has not run. Read it, then press Run.'
            : 'Choose a saved query, or type Cypher and press Ctrl+Enter.'}
        </p>
      );
    case 'running':
      return (
        <div className="run-status run-status--running" role="status" data-testid="query-status">
          <span className="spinner" aria-hidden="true" />
          <span>
            Running <strong>{run.title}</strong>… <Elapsed startedAt={run.startedAt} />
          </span>
          <span className="run-status__progress" aria-hidden="true" />
          <button type="button" className="button" onClick={() => cancelRun(workbench)}>
            Cancel
          </button>
        </div>
      );
    case 'done': {
      const { response } = run;
      return (
        <div className="run-status" role="status" data-testid="query-status">
          <span className="run-status__summary">
            <strong>{run.title}</strong>: {plural(response.rows.length, 'row')}, {drawnText(run)} ·{' '}
            {response.elapsedMs} ms
          </span>
          {response.status === 'truncated' && (
            <span className="run-status__truncated" data-testid="query-truncated">
              {response.truncation
                ? `Truncated. ${response.truncation.message}`
                : `Truncated: only the first ${thousands(response.rowCap)} rows were read (the row cap).`}
            </span>
          )}
          {run.more && <LoadMore more={run.more} />}
        </div>
      );
    }
    case 'cancelled':
      return (
        <p className="run-status" role="status" data-testid="query-status">
          <strong>{run.title}</strong>: cancelled after {seconds(run.afterMs)}; Neo4j stopped the query.
        </p>
      );
    case 'failed':
      return (
        <div className="run-status run-status--failed" role="alert" data-testid="query-error">
          <span>
            <strong>{run.title}</strong>
            {run.timedOut ? ' timed out' : ''}: {run.error.message}
          </span>
          {run.error.hint && <span className="run-status__hint">{run.error.hint}</span>}
        </div>
      );
  }
}
