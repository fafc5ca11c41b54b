// The dock under the canvas: a bar that always shows the last query's state (running with Cancel, its
// size and truncation, or why it was refused), and, opened, the Cypher editor or the result table. Shown
// once Neo4j answers, and kept while it cannot be reached after that.
import { useExplorer } from '../../core/context';
import { useWorkbench } from '../../core/queries/context';
import type { DockTab } from '../../core/queries/types';
import { useStore } from '../../core/store';
import { EditorPane } from './EditorPane';
import { ResultTable } from './ResultTable';
import { RunStatus } from './RunStatus';

const TABS: [DockTab, string][] = [
  ['editor', 'Cypher editor'],
  ['table', 'Table'],
];

export function QueryDock() {
  const explorer = useExplorer();
  const workbench = useWorkbench();
  const ready = useStore(
    explorer.connection,
    (c) => c.type === 'ready' || (c.type === 'unreachable' && c.lost),
  );
  const dock = useStore(workbench.dock);
  const rows = useStore(workbench.run, (r) => (r.type === 'done' ? r.response.rows.length : null));
  if (!ready) return null;
  const choose = (tab: DockTab) => workbench.dock.set({ open: true, tab });
  return (
    <section className={`query-dock${dock.open ? ' query-dock--open' : ''}`} aria-label="Queries">
      <div className="query-dock__bar">
        <div className="query-dock__tabs" role="tablist" aria-label="Query panes">
          {TABS.map(([tab, label]) => (
            <button
              key={tab}
              type="button"
              role="tab"
              id={`query-tab-${tab}`}
              aria-selected={dock.open && dock.tab === tab}
              aria-controls="query-dock-pane"
              className="query-dock__tab"
              onClick={() => choose(tab)}
            >
              {label}
              {tab === 'table' && rows !== null && <span className="query-dock__count">{rows}</span>}
            </button>
          ))}
        </div>
        <RunStatus />
        <button
          type="button"
          className="icon-button query-dock__toggle"
          aria-label={dock.open ? 'Fold the query dock' : 'Open the query dock'}
          aria-expanded={dock.open}
          onClick={() => workbench.dock.set((d) => ({ ...d, open: !d.open }))}
        >
          {dock.open ? '▾' : '▴'}
        </button>
      </div>
      {dock.open && (
        <div
          className="query-dock__pane"
          id="query-dock-pane"
          role="tabpanel"
          aria-labelledby={`query-tab-${dock.tab}`}
        >
          {dock.tab === 'editor' ? <EditorPane /> : <ResultTable />}
        </div>
      )}
    </section>
  );
}
