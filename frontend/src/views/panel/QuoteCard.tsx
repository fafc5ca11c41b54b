// One source quote inside its paragraph, the quoted span highlighted, with its article's title, date
// and source. Text is rendered as text (React escapes it); nothing from the article is parsed as HTML.
import { useMemo } from 'react';
import { useExplorer } from '../../core/context';
import { openReader } from '../../core/reader';
import type { EvidenceQuote } from '../../core/evidence/types';
import { quoteContext, quoteMatchesArticle } from '../../core/evidence/utils';
import { formatDate } from '../common/format';

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
