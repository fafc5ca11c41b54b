// One source quote inside its paragraph, the quoted span highlighted, with how it is sourced (direct,
// reported, anonymous with the article's description of the source, or narration) and its article's
// title, date and source. Text is rendered as text (React escapes it); nothing from the article is parsed as HTML.
import { useMemo } from 'react';
import { useExplorer } from '../../core/context';
import { openReader } from '../../core/reader';
import type { EvidenceQuote } from '../../core/evidence/types';
import { quoteContext, quoteMatchesArticle } from '../../core/evidence/utils';
import { ATTRIBUTION_HINTS, ATTRIBUTION_LABELS } from '../../../shared/attribution';
import { formatDate } from '../common/format';

/** "Direct quote · Ana Ruiz", "Anonymous source · “a person familiar with the talks”", "Narration". */
function QuoteSource({ quote }: { quote: EvidenceQuote }) {
  const { attribution } = quote;
  if (!attribution) return null;
  const who =
    attribution === 'anonymous'
      ? quote.sourceDescription && `“${quote.sourceDescription}”`
      : quote.speakers.join(', ');
  return (
    <p
      className={`quote-card__attribution quote-card__attribution--${attribution}`}
      data-attribution={attribution}
      title={ATTRIBUTION_HINTS[attribution]}
    >
      <span className="quote-card__attribution-kind">{ATTRIBUTION_LABELS[attribution]}</span>
      {who && <span className="quote-card__speaker">{who}</span>}
    </p>
  );
}

export function QuoteCard({ quote }: { quote: EvidenceQuote }) {
  const explorer = useExplorer();
  const context = useMemo(
    () =>
      quoteMatchesArticle(quote) && quote.article
        ? quoteContext(quote.article.text, quote.start, quote.end)
        : null,
    [quote],
  );
  const article = quote.article;
  const meta = article ? [formatDate(article.date), article.source].filter(Boolean).join(' · ') : '';
  return (
    <figure className="quote-card" data-quote-id={quote.id}>
      <blockquote className="quote-card__text">
        {context ? (
          <>
            {context.clippedStart && '… '}
            {context.before}
            <mark className="quote-card__mark">{context.quote}</mark>
            {context.after}
            {context.clippedEnd && ' …'}
          </>
        ) : (
          <mark className="quote-card__mark">{quote.text}</mark>
        )}
      </blockquote>
      <QuoteSource quote={quote} />
      {article && (
        <figcaption className="quote-card__source">
          <span className="quote-card__title">{article.title}</span>
          {meta && <span className="quote-card__meta">{meta}</span>}
          <button
            type="button"
            className="link-button"
            onClick={() => openReader(explorer, article.id, quote.id)}
          >
            Read in article
          </button>
        </figcaption>
      )}
    </figure>
  );
}
