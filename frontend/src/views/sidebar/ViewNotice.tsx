// Says when the canvas shows only part of the database, with a way to load more.
import { useExplorer } from '../../core/context';
import { useStore } from '../../core/store';
import { loadMore } from '../../core/view';

export function ViewNotice() {
  const explorer = useExplorer();
  const view = useStore(explorer.view);
  const dataset = useStore(explorer.dataset);
  if (view.status.type !== 'ready' || !view.status.truncated) return null;
  const shown = dataset.nodes.size;
  const total = view.status.totalNodes;
  return (
    <div className="notice" role="status">
      <p>
        Showing the {shown.toLocaleString('en')} best-connected nodes
        {total !== null ? ` of ${total.toLocaleString('en')}` : ''}.
      </p>
      {view.query.kind === 'overview' && (
        <button type="button" className="button" onClick={() => loadMore(explorer)}>
          Load more nodes
        </button>
      )}
    </div>
  );
}
