// A proposal's trade in its details panel: one column per side, what it gives, gets and is bound by,
// each line with its quotes (the quote card, text only: nothing from the data is read as markup).
import { fetchTrade, type Trade, type TradeLine, type TradeSide } from '../../core/evidence/trade';
import { useDatabaseFetched } from '../common/useFetched';
import { QuoteCard } from './QuoteCard';

const HEADINGS = { gives: 'Gives', gets: 'Gets', conditions: 'Conditions' } as const;

function Line({ line }: { line: TradeLine }) {
  return (
    <li className="trade-line" data-role={line.role}>
      <p className="trade-line__text">
        {line.text}
        {line.from && (
          <span className="muted small">
            {line.role === 'gets' ? ` — from ${line.from}` : ` — to ${line.from}`}
          </span>
        )}
      </p>
      {line.quotes.map((q) => (
        <QuoteCard key={q.elementId} quote={q} />
      ))}
    </li>
  );
}

function Group({ kind, lines }: { kind: keyof typeof HEADINGS; lines: TradeLine[] }) {
  if (lines.length === 0) return null;
  return (
    <div className="trade-group" data-kind={kind}>
      <h5 className="trade-group__title">{HEADINGS[kind]}</h5>
      <ul className="trade-group__list">
        {lines.map((line) => (
          <Line key={line.key} line={line} />
        ))}
      </ul>
    </div>
  );
}

function Column({ side }: { side: TradeSide }) {
  const empty = side.gives.length + side.gets.length + side.conditions.length === 0;
  return (
    <section className="trade-column" aria-label={`${side.name}'s side`} data-testid="trade-column">
      <h4 className="trade-column__title">{side.name}</h4>
      {empty && <p className="muted small">The articles say nothing of this side's terms.</p>}
      <Group kind="gives" lines={side.gives} />
      <Group kind="gets" lines={side.gets} />
      <Group kind="conditions" lines={side.conditions} />
    </section>
  );
}

function TradeView({ trade }: { trade: Trade }) {
  const lines = trade.sides.reduce((n, s) => n + s.gives.length + s.gets.length + s.conditions.length, 0);
  if (lines + trade.conditions.length === 0) return null;
  return (
    <section className="panel-section" aria-labelledby="trade-title" data-testid="proposal-trade">
      <h3 id="trade-title" className="section-title">
        What is traded
      </h3>
      <div className="trade-columns">
        {trade.sides.map((side) => (
          <Column key={side.id} side={side} />
        ))}
      </div>
      <Group kind="conditions" lines={trade.conditions} />
    </section>
  );
}

/** The trade of the proposal with this element id, once fetched; nothing while loading or when empty. */
export function ProposalTrade({ id }: { id: string }) {
  const fetched = useDatabaseFetched(id, fetchTrade);
  if (fetched?.state === 'failed') return <p className="error-text">{fetched.message}</p>;
  return fetched?.state === 'done' ? <TradeView trade={fetched.value} /> : null;
}
