// What is on screen once the legend's and the timeline's filters apply: "N nodes · M relationships",
// followed by the timeline's range and the number of articles chosen, when there are.
import { useMemo } from 'react';
import { useExplorer } from '../../core/context';
import { useStore } from '../../core/store';
import { shownCounts } from '../../core/timeline/filter';
import { formatRange } from '../../core/timeline/utils';

export function StatusLine() {
  const explorer = useExplorer();
  const dataset = useStore(explorer.dataset);
  const filters = useStore(explorer.filters);
  const shown = useStore(explorer.timelineShown);
  const { range, articles } = useStore(explorer.timeline).filter;
  const counts = useMemo(() => shownCounts(dataset, filters, shown), [dataset, filters, shown]);
  const parts = [`${counts.nodes} nodes`, `${counts.relationships} relationships`];
  if (range) parts.push(formatRange(range));
  if (articles.size > 0)
    parts.push(articles.size === 1 ? 'from 1 article' : `from ${articles.size} articles`);
  return (
    <p className="status-line" role="status" aria-live="polite" data-testid="status-line">
      {parts.join(' · ')}
    </p>
  );
}
