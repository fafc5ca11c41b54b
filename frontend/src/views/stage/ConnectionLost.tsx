// Neo4j (or the explorer's own server) stopped answering after the graph was drawn: a calm notice over the
// canvas, which keeps what it last loaded. The explorer checks again by itself (core/view/reconnect.ts)
// and loads the view anew once the database answers; Retry checks at once.
import { useExplorer } from '../../core/context';
import { useStore } from '../../core/store';

export function ConnectionLost() {
  const explorer = useExplorer();
  const connection = useStore(explorer.connection);
  if (connection.type !== 'unreachable' || !connection.lost) return null;
  return (
    <div className="connection-lost" role="status" data-testid="connection-lost">
      <p>
        <strong>
          {connection.server ? 'The explorer server is not answering.' : 'Neo4j cannot be reached.'}
        </strong>{' '}
        The graph shows what was loaded before; it is loaded again as soon as the database answers.
      </p>
      <p className="connection-lost__detail">{connection.message}</p>
      <button type="button" className="button" onClick={() => explorer.recheck.set((n) => n + 1)}>
        Retry now
      </button>
    </div>
  );
}
