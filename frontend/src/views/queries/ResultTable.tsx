// The rows of the last result as a table: plain values as they are, nodes, relationships and paths by
// their captions. A node cell selects (and centres) that node when it is on the canvas. A last column
// gives how many quotes stand behind the row's nodes and relationships (counted by the server); a click
// opens them under the row.
import { Fragment, useState } from 'react';
import type { JsonValue, QueryResponse } from '../../../shared/api';
import { rowElementsOf } from '../../../shared/evidence';
import { useExplorer } from '../../core/context';
import { useWorkbench } from '../../core/queries/context';
import { cellNode, cellText } from '../../core/queries/utils';
import { selectNode } from '../../core/selection';
import { useStore } from '../../core/store';
import { EvidenceButton, RowQuotes } from './RowEvidence';

/** Rendering more rows than this makes the page slow; the rest is summarised. */
const SHOWN_ROWS = 500;

export function ResultTable() {
  const workbench = useWorkbench();
  const run = useStore(workbench.run);
  if (run.type !== 'done') {
    return <p className="muted query-dock__empty">The rows of the last query you run appear here.</p>;
  }
  if (run.response.rows.length === 0) {
    return <p className="muted query-dock__empty">The query returned no rows.</p>;
  }
  return <Rows response={run.response} />;
}

function Rows({ response }: { response: QueryResponse }) {
  const explorer = useExplorer();
  // The open row belongs to one answer: a new answer starts with every row's quotes closed.
  const [open, setOpen] = useState<{ response: QueryResponse; row: number } | null>(null);
  const openRow = open?.response === response ? open.row : null;
  const toggle = (row: number) => setOpen(openRow === row ? null : { response, row });
  const { columns, rows, graph, evidence } = response;
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
  const width = columns.length + (evidence ? 1 : 0);
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
            {evidence && <th scope="col">evidence</th>}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, SHOWN_ROWS).map((row, i) => {
            const elements = openRow === i ? rowElementsOf(row) : null;
            return (
              <Fragment key={i}>
                <tr>
                  {row.map((value, j) => (
                    <td key={j}>{cell(value)}</td>
                  ))}
                  {evidence && (
                    <td>
                      <EvidenceButton
                        count={evidence.counts[i] ?? null}
                        row={i}
                        open={openRow === i}
                        onToggle={() => toggle(i)}
                      />
                    </td>
                  )}
                </tr>
                {elements && (
                  <tr className="result-table__quotes">
                    <td colSpan={width}>
                      <RowQuotes elements={elements} row={i} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
      {evidence?.note && <p className="muted">{evidence.note}</p>}
      {rows.length > SHOWN_ROWS && (
        <p className="muted">
          The first {SHOWN_ROWS} of {rows.length} rows are shown.
        </p>
      )}
    </div>
  );
}
