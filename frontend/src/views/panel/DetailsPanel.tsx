// The details panel: for the selected node or relationship, its source quotes in context, its
// relationships and its properties.
import { useMemo, useState, type ReactNode } from 'react';
import type { GraphJson, GraphNode, JsonProperties } from '../../../shared/api';
import { CATEGORY_STYLES, nodeCategory, nodeIcon, nodeTitle } from '../../core/appearance/utils';
import { useExplorer } from '../../core/context';
import { stringProp } from '../../core/data/utils';
import { fetchEdgeDetails, fetchNodeDetails, type Neighbour } from '../../core/evidence';
import type { EvidenceQuote } from '../../core/evidence/types';
import { openReader } from '../../core/reader';
import { clearSelection, selectNode } from '../../core/selection';
import { expandNode, revealNode } from '../../core/view';
import { CategoryIcon } from '../common/CategoryIcon';
import { formatValue, plural } from '../common/format';
import { useDatabaseFetched } from '../common/useFetched';
import { StanceHistory } from '../timeline/StanceHistory';
import { ProposalTrade } from './ProposalTrade';
import { QuoteCard } from './QuoteCard';

/** Selects a node, first putting it on the canvas if the view does not hold it yet. */
function useGoTo(graph: GraphJson | null, anchor: string | null) {
  const explorer = useExplorer();
  return (node: GraphNode) => {
    if (graph) revealNode(explorer, graph, node.elementId, anchor);
    selectNode(explorer, node.elementId, { focus: true });
  };
}

function NodeChip({ node, onClick }: { node: GraphNode; onClick: () => void }) {
  const category = nodeCategory(node.labels);
  return (
    <button type="button" className="node-chip" onClick={onClick} title={nodeTitle(node)}>
      <CategoryIcon category={category} icon={nodeIcon(node, category)} size={16} />
      <span className="node-chip__text">{nodeTitle(node)}</span>
    </button>
  );
}

function Evidence({ quotes }: { quotes: EvidenceQuote[] }) {
  return (
    <section className="panel-section" aria-labelledby="evidence-title">
      <h3 id="evidence-title" className="section-title">
        Source quotes <span className="count">{quotes.length}</span>
      </h3>
      {quotes.length === 0 ? (
        <p className="muted">No quote is linked to this yet.</p>
      ) : (
        quotes.map((quote) => <QuoteCard key={quote.elementId} quote={quote} />)
      )}
    </section>
  );
}

function Properties({ properties, skip = [] }: { properties: JsonProperties; skip?: string[] }) {
  const entries = Object.entries(properties)
    .filter(([key]) => !skip.includes(key))
    .sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return null;
  return (
    <section className="panel-section" aria-labelledby="properties-title">
      <h3 id="properties-title" className="section-title">
        Properties
      </h3>
      <dl className="properties">
        {entries.map(([key, value]) => (
          <div key={key} className="properties__row">
            <dt>{key}</dt>
            <dd>{formatValue(value)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

const GROUP_PREVIEW = 6;

function Relationships({ neighbours, onGo }: { neighbours: Neighbour[]; onGo: (node: GraphNode) => void }) {
  const [open, setOpen] = useState<Set<string>>(new Set());
  const groups = useMemo(() => {
    const map = new Map<string, Neighbour[]>();
    for (const n of neighbours) {
      const key = `${n.direction}:${n.rel.type}`;
      map.set(key, [...(map.get(key) ?? []), n]);
    }
    return [...map.entries()].sort(([a], [b]) => a.localeCompare(b));
  }, [neighbours]);
  if (groups.length === 0) return null;
  return (
    <section className="panel-section" aria-labelledby="relationships-title">
      <h3 id="relationships-title" className="section-title">
        Relationships <span className="count">{neighbours.length}</span>
      </h3>
      {groups.map(([key, items]) => {
        const [direction, type] = key.split(':');
        const shown = open.has(key) ? items : items.slice(0, GROUP_PREVIEW);
        return (
          <div key={key} className="rel-group">
            <p className="rel-group__title">
              {direction === 'out' ? (
                <>
                  <span className="rel-type">{type}</span> →
                </>
              ) : (
                <>
                  ← <span className="rel-type">{type}</span>
                </>
              )}
            </p>
            <ul className="rel-group__list">
              {shown.map((n) => (
                <li key={n.rel.elementId}>
                  <NodeChip node={n.other} onClick={() => onGo(n.other)} />
                </li>
              ))}
            </ul>
            {items.length > shown.length && (
              <button
                type="button"
                className="link-button"
                onClick={() => setOpen((s) => new Set(s).add(key))}
              >
                Show all {items.length}
              </button>
            )}
          </div>
        );
      })}
    </section>
  );
}

function PanelHeader({
  kind,
  title,
  icon,
  onClose,
}: {
  kind: ReactNode;
  title: string;
  icon?: ReactNode;
  onClose: () => void;
}) {
  return (
    <header className="panel-header">
      <div className="panel-header__kind">
        {icon}
        {kind}
      </div>
      <h2 className="panel-header__title">{title}</h2>
      <button
        type="button"
        className="icon-button panel-header__close"
        aria-label="Close details"
        onClick={onClose}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true">
          <path d="M6 6l12 12M18 6 6 18" />
        </svg>
      </button>
    </header>
  );
}

export function NodeDetailsView({ id }: { id: string }) {
  const explorer = useExplorer();
  const fetched = useDatabaseFetched(id, fetchNodeDetails);
  const details = fetched?.state === 'done' ? fetched.value : null;
  const goTo = useGoTo(details?.graph ?? null, id);
  if (!fetched || fetched.state === 'loading') return <PanelLoading />;
  if (fetched.state === 'failed') return <PanelError message={fetched.message} />;
  if (!details) return <PanelError message="This node is no longer in the database." />;
  const { node } = details;
  const category = nodeCategory(node.labels);
  const articleId = category === 'Article' ? stringProp(node, 'id') : null;
  return (
    <article className="details" aria-label="Details" data-testid="details-panel">
      <PanelHeader
        icon={<CategoryIcon category={category} icon={nodeIcon(node, category)} />}
        kind={CATEGORY_STYLES[category].singular}
        title={nodeTitle(node)}
        onClose={() => clearSelection(explorer)}
      />
      <div className="panel-actions">
        {articleId && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => openReader(explorer, articleId)}
          >
            Read the article
          </button>
        )}
        <button type="button" className="button" onClick={() => void expandNode(explorer, node.elementId)}>
          Show neighbours
        </button>
        <span className="muted small">{plural(details.neighbours.length, 'relationship')}</span>
      </div>
      {node.labels.includes('Actor') && <StanceHistory id={node.elementId} />}
      {category === 'Proposal' && <ProposalTrade id={node.elementId} />}
      {category !== 'Article' && <Evidence quotes={details.quotes} />}
      <Relationships neighbours={details.neighbours} onGo={goTo} />
      <Properties properties={node.properties} skip={category === 'Article' ? ['text'] : []} />
    </article>
  );
}

export function EdgeDetailsView({ id }: { id: string }) {
  const explorer = useExplorer();
  const fetched = useDatabaseFetched(id, fetchEdgeDetails);
  const details = fetched?.state === 'done' ? fetched.value : null;
  const goTo = useGoTo(details?.graph ?? null, null);
  if (!fetched || fetched.state === 'loading') return <PanelLoading />;
  if (fetched.state === 'failed') return <PanelError message={fetched.message} />;
  if (!details) return <PanelError message="This relationship is no longer in the database." />;
  const { rel, source, target } = details;
  return (
    <article className="details" aria-label="Details" data-testid="details-panel">
      <PanelHeader kind="Relationship" title={rel.type} onClose={() => clearSelection(explorer)} />
      <div className="edge-ends">
        <NodeChip node={source} onClick={() => goTo(source)} />
        <span className="edge-ends__arrow" aria-label={`${rel.type} to`}>
          <span className="rel-type">{rel.type}</span> →
        </span>
        <NodeChip node={target} onClick={() => goTo(target)} />
      </div>
      <Evidence quotes={details.quotes} />
      <Properties properties={rel.properties} />
    </article>
  );
}

function PanelLoading() {
  return (
    <div className="details details--loading" role="status">
      <span className="spinner" aria-hidden="true" /> Loading details…
    </div>
  );
}

function PanelError({ message }: { message: string }) {
  return (
    <div className="details" role="alert">
      <p className="error-text">{message}</p>
    </div>
  );
}
