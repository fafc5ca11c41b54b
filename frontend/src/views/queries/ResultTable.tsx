// The rows of the last result as a table: plain values as they are, nodes, relationships and paths by
// their captions. A node cell selects (and centres) that node when it is on the canvas.
import type { JsonValue } from '../../../shared/api';
import { useExplorer } from '../../core/context';
import { useWorkbench } from '../../core/queries/context';
import { cellNode, cellText } from '../../core/queries/utils';
import { selectNode } from '../../core/selection';
import { useStore } from '../../core/store';

/** Rendering more rows than this makes the page slow; the rest is summarised. */
const SHOWN_ROWS = 500;

export function ResultTable() {
  const explorer = useExplorer();
  const workbench = useWorkbench();
  const run = useStore(workbench.run);
  if (run.type !== 'done') {
    return <p className="muted query-dock__empty">The rows of the last query you run appear here.</p>;
  }
  const { columns, rows, graph } = run.response;
  if (rows.length === 0) return <p className="muted query-dock__empty">The query returned no rows.</p>;
  const cell = (value: JsonValue) => {
    const text = cellText(value, graph);
    const node = cellNode(value);
    if (node && explorer.graph.hasNode(node)) {
      return (
        <button
          type="button"
          className="link-button"
          onClick={() => selectNode(explorer, node, { focus: true })}
        >
          {text}
        </button>
      );
    }
    return value === null ? <span className="muted">{text}</span> : text;
  };
  return (
    <div className="result-table">
      <table data-testid="result-table">
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, SHOWN_ROWS).map((row, i) => (
            <tr key={i}>
              {row.map((value, j) => (
                <td key={j}>{cell(value)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > SHOWN_ROWS && (
        <p className="muted">
          The first {SHOWN_ROWS} of {rows.length} rows are shown.
        </p>
      )}
    </div>
  );
}
