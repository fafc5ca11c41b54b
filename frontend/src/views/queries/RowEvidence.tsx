// The quotes behind one row of the result table, fetched when its count is clicked and shown as the
// details panel shows quotes (QuoteCard: the quote inside its paragraph, with its article).
import type { RowElements } from '../../../shared/evidence';
import { fetchRowEvidence } from '../../core/evidence';
import type { EvidenceQuote } from '../../core/evidence/types';
import { useDatabaseFetched } from '../common/useFetched';
import { QuoteCard } from '../panel/QuoteCard';

const loadQuotes = (key: string, signal: AbortSignal): Promise<EvidenceQuote[]> =>
  fetchRowEvidence(JSON.parse(key) as RowElements, signal);

/** The toggle of a row's quotes: its count, or nothing for a row without nodes or relationships. */
export function EvidenceButton({
  count,
  row,
  open,
  onToggle,
}: {
  count: number | null;
  row: number;
  open: boolean;
  onToggle(): void;
}) {
  if (count === null) return null;
  if (count === 0) return <span className="muted">no quotes</span>;
  const label = `${count} ${count === 1 ? 'quote' : 'quotes'}`;
  return (
    <button
      type="button"
      className="link-button result-table__evidence"
      aria-expanded={open}
      aria-controls={`row-evidence-${row}`}
      onClick={onToggle}
    >
      {label}
    </button>
  );
}

export function RowQuotes({ elements, row }: { elements: RowElements; row: number }) {
  const fetched = useDatabaseFetched(JSON.stringify(elements), loadQuotes);
  return (
    <section
      className="row-evidence"
      id={`row-evidence-${row}`}
      aria-label={`Quotes behind row ${row + 1}`}
      data-testid="row-evidence"
    >
      {(fetched === null || fetched.state === 'loading') && <p className="muted">Loading quotes…</p>}
      {fetched?.state === 'failed' && <p role="alert">The quotes could not be loaded: {fetched.message}</p>}
      {fetched?.state === 'done' &&
        fetched.value.map((quote) => <QuoteCard key={quote.elementId} quote={quote} />)}
    </section>
  );
}
