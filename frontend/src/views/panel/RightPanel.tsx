// The right-hand column: details of the selection, or, with nothing selected, how to read the canvas
// and the articles in the database.
import { useExplorer } from '../../core/context';
import { useStore } from '../../core/store';
import { ArticleList } from './ArticleList';
import { EdgeDetailsView, NodeDetailsView } from './DetailsPanel';

export function RightPanel() {
  const explorer = useExplorer();
  const selection = useStore(explorer.selection);
  const usable = useStore(
    explorer.connection,
    (c) => c.type === 'ready' || (c.type === 'unreachable' && c.lost),
  );
  // The article list loads after the first view is drawn: the graph comes first.
  const drawn = useStore(explorer.drawn) !== null;
  return (
    <aside className="panel" aria-label="Details panel">
      {selection?.type === 'node' && <NodeDetailsView key={selection.id} id={selection.id} />}
      {selection?.type === 'edge' && <EdgeDetailsView key={selection.id} id={selection.id} />}
      {!selection && (
        <div className="home">
          <h2 className="home__title">Who is negotiating what</h2>
          <p>
            Every person, country, meeting, proposal and stance on the canvas comes from the articles below,
            and every link is backed by their own words.
          </p>
          <ul className="home__tips">
            <li>
              <strong>Click</strong> a node or a relationship to read its source quotes.
            </li>
            <li>
              <strong>Double-click</strong> a node to bring in its neighbours.
            </li>
            <li>
              <strong>Drag</strong> nodes to untangle; scroll to zoom.
            </li>
          </ul>
          {usable && drawn && <ArticleList />}
        </div>
      )}
    </aside>
  );
}
