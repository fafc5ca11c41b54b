// Choose an article to see the graph as it stood once it was loaded with every article before it in date
// order; what it added is highlighted and counted in the status line (core/timeline/asOf.ts).
import { useMemo } from 'react';
import { useExplorer } from '../../core/context';
import { setAsOf } from '../../core/timeline';
import type { TimelineEvent } from '../../core/timeline/types';
import { formatDay } from '../../core/timeline/utils';

/** At most this many articles in the list; the latest are kept. */
const LIST_MAX = 500;

export function AsOfArticle({ events, chosen }: { events: readonly TimelineEvent[]; chosen: string | null }) {
  const explorer = useExplorer();
  const articles = useMemo(
    () =>
      events
        .filter((e) => e.kind === 'article')
        .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))
        .slice(-LIST_MAX),
    [events],
  );
  return (
    <label className="timeline__as-of">
      <span>As of</span>
      <select
        data-testid="timeline-as-of"
        aria-label="Show the graph as of an article"
        value={chosen ?? ''}
        onChange={(e) => setAsOf(explorer, e.target.value === '' ? null : e.target.value)}
      >
        <option value="">every article</option>
        {articles.map((a) => (
          <option key={a.id} value={a.id}>
            {formatDay(a.day)} {a.label || 'Untitled'}
          </option>
        ))}
      </select>
    </label>
  );
}
