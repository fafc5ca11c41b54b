// Says when the canvas shows only part of the database, with a way to load more.
import { useExplorer } from '../../core/context';
import { useStore } from '../../core/store';
import { loadMore } from '../../core/view';

export function ViewNotice() {
  const explorer = useExplorer();
  const view = useStore(explorer.view);
  const dataset = useStore(explorer.dataset);
  const connection = useStore(explorer.connection);
  if (view.status.type !== 'ready' || !view.status.truncated) return null;
  const shown = dataset.nodes.size;
  const total = view.status.totalNodes ?? (connection.type === 'ready' ? connection.nodes : null);
  if (total !== null && total <= shown) return null;
  return (
    <div className="notice" role="status">
      <p>
        Showing the {shown.toLocaleString('en')} best-connected nodes
        {total !== null ? ` of ${total.toLocaleString('en')}` : ''}.
      </p>
      {view.query.kind === 'overview' && shown < view.query.limit && (
        <p className="small">
          The next node holds more than the server sends at once: the overview stops here.
        </p>
      )}
      {view.query.kind === 'overview' && shown >= view.query.limit && (
        <button type="button" className="button" onClick={() => loadMore(explorer)}>
          Load more nodes
        </button>
      )}
    </div>
  );
}
