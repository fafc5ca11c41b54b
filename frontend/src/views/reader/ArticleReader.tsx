// The article reader: the full text with every extracted span highlighted by what it evidences, or,
// with "Colour by source" on, by how it is sourced (direct, reported, anonymous, narration).
// Clicking a highlight selects that node on the canvas. The text is rendered as React text nodes, so
// markup inside an article is shown as the characters it is and never runs.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Attributions } from '../../../../schema/vocabulary';
import type { NodeCategory } from '../../core/appearance/types';
import { CATEGORY_STYLES } from '../../core/appearance/utils';
import { useExplorer } from '../../core/context';
import { fetchArticle } from '../../core/evidence';
import type { ArticleSpan } from '../../core/evidence/types';
import { segmentText } from '../../core/evidence/utils';
import { closeReader } from '../../core/reader';
import { selectNode } from '../../core/selection';
import { useStore } from '../../core/store';
import { revealNode } from '../../core/view';
import { ATTRIBUTION_HINTS, ATTRIBUTION_LABELS } from '../../../shared/attribution';
import { CategoryIcon } from '../common/CategoryIcon';
import { formatDate } from '../common/format';
import { useDatabaseFetched } from '../common/useFetched';

function safeHttpUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function spanCategory(span: ArticleSpan): NodeCategory {
  return (span.targets[0]?.category as NodeCategory | undefined) ?? 'Other';
}

/** The highlight class of a span: its category, or its attribution when colouring by source. */
function spanClass(span: ArticleSpan, bySource: boolean): string {
  return bySource ? `hl--source-${span.attribution ?? 'unknown'}` : `hl--${spanCategory(span)}`;
}

/** "Stance: … · Anonymous source": what the span evidences, and how it is sourced when known. */
function spanTitle(span: ArticleSpan, category: NodeCategory, title: string | undefined): string | undefined {
  const what = title ? `${CATEGORY_STYLES[category].singular}: ${title}` : undefined;
  const source = span.attribution ? ATTRIBUTION_LABELS[span.attribution] : undefined;
  return [what, source].filter(Boolean).join(' · ') || undefined;
}

/** The legend of "Colour by source": each attribution with its count of spans. */
function SourceLegend({ spans }: { spans: ArticleSpan[] }) {
  const counts = Attributions.map((a) => [a, spans.filter((s) => s.attribution === a).length] as const);
  return (
    <ul className="reader__legend" aria-label="Sources">
      {counts.map(([attribution, count]) => (
        <li
          key={attribution}
          className={`hl hl--source-${attribution}`}
          title={ATTRIBUTION_HINTS[attribution]}
          data-attribution={attribution}
        >
          {ATTRIBUTION_LABELS[attribution]} <span className="count">{count}</span>
        </li>
      ))}
    </ul>
  );
}

export function ArticleReader({ articleId, quoteId }: { articleId: string; quoteId: string | null }) {
  const explorer = useExplorer();
  const selection = useStore(explorer.selection);
  const fetched = useDatabaseFetched(articleId, fetchArticle);
  const doc = fetched?.state === 'done' ? fetched.value : null;
  const bodyRef = useRef<HTMLDivElement>(null);
  const [bySource, setBySource] = useState(false);

  const segments = useMemo(() => (doc ? segmentText(doc.article.text.length, doc.spans) : []), [doc]);
  const counts = useMemo(() => {
    const map = new Map<NodeCategory, number>();
    for (const span of doc?.spans ?? []) map.set(spanCategory(span), (map.get(spanCategory(span)) ?? 0) + 1);
    return [...map.entries()];
  }, [doc]);

  useEffect(() => {
    if (!doc || !quoteId) return;
    const mark = bodyRef.current?.querySelector<HTMLElement>(`[data-quote-id="${CSS.escape(quoteId)}"]`);
    mark?.scrollIntoView({ block: 'center' });
  }, [doc, quoteId]);

  const choose = (span: ArticleSpan) => {
    const target = span.targets[0];
    if (!doc || !target) return;
    revealNode(explorer, doc.graph, target.elementId, null);
    selectNode(explorer, target.elementId, { focus: true });
    explorer.reader.set({ articleId, quoteId: span.quoteId });
  };

  const selectedId = selection?.type === 'node' ? selection.id : null;
  const url = safeHttpUrl(doc?.article.url ?? null);
  return (
    <section className="reader" aria-label="Article reader" data-testid="article-reader">
      <header className="reader__header">
        <p className="reader__kind">Article</p>
        <button
          type="button"
          className="icon-button reader__close"
          aria-label="Close the article"
          onClick={() => closeReader(explorer)}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path d="M6 6l12 12M18 6 6 18" />
          </svg>
        </button>
        {doc && (
          <>
            <h2 className="reader__title">{doc.article.title}</h2>
            <p className="reader__meta">
              {[formatDate(doc.article.date), doc.article.source].filter(Boolean).join(' · ')}
              {url && (
                <>
                  {' · '}
                  <a href={url} target="_blank" rel="noopener noreferrer">
                    Original
                  </a>
                </>
              )}
            </p>
            <button
              type="button"
              className="link-button reader__toggle"
              aria-pressed={bySource}
              onClick={() => setBySource((on) => !on)}
            >
              Colour by source
            </button>
            {bySource && <SourceLegend spans={doc.spans} />}
            {!bySource && counts.length > 0 && (
              <ul className="reader__legend" aria-label="Highlights">
                {counts.map(([category, count]) => (
                  <li key={category} className={`hl hl--${category}`}>
                    <CategoryIcon category={category} size={14} />
                    {CATEGORY_STYLES[category].name} <span className="count">{count}</span>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </header>
      {fetched?.state === 'loading' && (
        <p className="reader__status" role="status">
          <span className="spinner" aria-hidden="true" /> Loading the article…
        </p>
      )}
      {fetched?.state === 'failed' && <p className="error-text reader__status">{fetched.message}</p>}
      {fetched?.state === 'done' && !doc && (
        <p className="reader__status">This article is not in the database.</p>
      )}
      {doc && (
        <div className="reader__body" ref={bodyRef}>
          {segments.map((segment) => {
            const text = doc.article.text.slice(segment.start, segment.end);
            const span = segment.spans[0];
            if (!span) return <span key={segment.start}>{text}</span>;
            const category = spanCategory(span);
            const target = span.targets[0];
            const active =
              span.quoteId === quoteId ||
              (!!selectedId && span.targets.some((t) => t.elementId === selectedId));
            const onKey = (event: KeyboardEvent) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                choose(span);
              }
            };
            return (
              <mark
                key={segment.start}
                className={`hl ${spanClass(span, bySource)}${segment.spans.length > 1 ? ' hl--nested' : ''}${active ? ' hl--active' : ''}`}
                data-quote-id={span.quoteId}
                data-attribution={span.attribution ?? undefined}
                role="button"
                tabIndex={0}
                title={spanTitle(span, category, target?.title)}
                onClick={() => choose(span)}
                onKeyDown={onKey}
              >
                {text}
              </mark>
            );
          })}
        </div>
      )}
    </section>
  );
}
