// Choose one or more articles: the canvas then shows what they support (core/timeline/filter.ts). The
// list shows at most LIST_MAX articles matching what is typed, so a corpus of thousands stays quick.
import { useMemo, useState } from 'react';
import { useExplorer } from '../../core/context';
import { setArticles } from '../../core/timeline';
import type { TimelineEvent } from '../../core/timeline/types';
import { formatDay } from '../../core/timeline/utils';

const LIST_MAX = 200;

export function ArticleFilter({
  events,
  chosen,
}: {
  events: readonly TimelineEvent[];
  chosen: ReadonlySet<string>;
}) {
  const explorer = useExplorer();
  const [typed, setTyped] = useState('');
  const articles = useMemo(() => events.filter((e) => e.kind === 'article'), [events]);
  const matching = useMemo(() => {
    const needle = typed.trim().toLowerCase();
    return articles.filter((a) => !needle || a.label.toLowerCase().includes(needle)).slice(0, LIST_MAX);
  }, [articles, typed]);
  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setArticles(explorer, next);
  };
  return (
    <details className="timeline__articles" data-testid="timeline-articles">
      <summary>
        {chosen.size === 0 ? 'All articles' : `${chosen.size} of ${articles.length} articles`}
      </summary>
      <div className="timeline__articles-panel">
        <input
          type="search"
          className="timeline__find"
          placeholder="Find an article"
          aria-label="Find an article"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
        />
        {chosen.size > 0 && (
          <button
            type="button"
            className="button timeline__button"
            onClick={() => setArticles(explorer, new Set())}
          >
            Show all articles
          </button>
        )}
        <ul>
          {matching.map((a) => (
            <li key={a.id}>
              <label>
                <input type="checkbox" checked={chosen.has(a.id)} onChange={() => toggle(a.id)} />
                <span className="timeline__article-day">{formatDay(a.day)}</span> {a.label || 'Untitled'}
              </label>
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
