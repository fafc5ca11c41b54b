// The Export control over the canvas: a PNG of the view as drawn, or GEXF, JSON or the cited brief of what
// the view shows (the whole graph, or the open query), each downloaded as graph-YYYY-MM-DD.EXT. Reasons
// for a failed export are shown as text.
import { useEffect, useRef, useState } from 'react';
import { useExplorer, useSigma } from '../../core/context';
import {
  EXTENSIONS,
  exportRequestFor,
  exportScope,
  fetchExport,
  saveBlob,
  viewAsPng,
  type ExportFormat,
} from '../../core/export';
import { useWorkbench } from '../../core/queries/context';
import { useStore } from '../../core/store';

const CHOICES: { format: ExportFormat; label: string }[] = [
  { format: 'png', label: 'PNG image of the view' },
  { format: 'gexf', label: 'GEXF (Gephi)' },
  { format: 'json', label: 'JSON' },
  { format: 'brief', label: 'Brief with quotes (Markdown)' },
];

type Status =
  { type: 'idle' } | { type: 'busy' } | { type: 'saved'; name: string } | { type: 'failed'; message: string };

export function ExportMenu() {
  const explorer = useExplorer();
  const sigma = useSigma();
  const workbench = useWorkbench();
  const query = useStore(explorer.view, (v) => v.query);
  const savedList = useStore(workbench.saved);
  const saved = savedList.type === 'ready' ? savedList.queries : [];
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<Status>({ type: 'idle' });
  const pending = useRef<AbortController | null>(null);
  useEffect(() => () => pending.current?.abort(), []);

  const run = async (format: ExportFormat) => {
    setOpen(false);
    pending.current?.abort();
    const controller = new AbortController();
    pending.current = controller;
    setStatus({ type: 'busy' });
    try {
      const blob =
        format === 'png'
          ? await viewAsPng(sigma)
          : await fetchExport(exportRequestFor(format, query, saved), controller.signal);
      if (controller.signal.aborted) return;
      setStatus({ type: 'saved', name: saveBlob(blob, EXTENSIONS[format]) });
    } catch (err) {
      if (controller.signal.aborted) return;
      setStatus({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
    }
  };

  return (
    <div className="export-menu">
      {open && (
        <div className="export-menu__list" role="menu" aria-label="Export">
          <p className="export-menu__scope">Files of {exportScope(query, saved)}</p>
          {CHOICES.map((choice) => (
            <button
              key={choice.format}
              type="button"
              role="menuitem"
              className="export-menu__item"
              onClick={() => void run(choice.format)}
            >
              {choice.label}
            </button>
          ))}
        </div>
      )}
      {status.type !== 'idle' && (
        <p className="export-menu__status" role="status" data-testid="export-status">
          {status.type === 'busy'
            ? 'Exporting…'
            : status.type === 'saved'
              ? `Saved ${status.name}`
              : `Export failed: ${status.message}`}
        </p>
      )}
      <button
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={status.type === 'busy'}
        onClick={() => setOpen((o) => !o)}
      >
        Export
      </button>
    </div>
  );
}
