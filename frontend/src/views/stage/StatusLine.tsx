// What is on screen once the legend's and the timeline's filters apply: "N nodes · M relationships",
// followed by the timeline's range and the number of articles chosen, when there are, the article the
// graph is shown as of with how many nodes it added (highlighted on the canvas), and, when the
// overview holds only part of the database, how many of its nodes it holds.
import { useMemo } from 'react';
import { useExplorer } from '../../core/context';
import { useStore } from '../../core/store';
import { shownCounts } from '../../core/timeline/filter';
import type { TimelineShown } from '../../core/timeline/types';
import { formatRange } from '../../core/timeline/utils';
import { overviewShare } from '../../core/view/utils';
import { nodeTitle } from '../../core/appearance/utils';

/** The added nodes that are on the canvas. */
function addedCount(shown: TimelineShown | null, added: ReadonlySet<string> | null): number {
  if (!added) return 0;
  let n = 0;
  for (const id of added) if (!shown || shown.nodes.has(id)) n++;
  return n;
}

export function StatusLine() {
  const explorer = useExplorer();
  const dataset = useStore(explorer.dataset);
  const filters = useStore(explorer.filters);
  const shown = useStore(explorer.timelineShown);
  const { range, articles, asOf } = useStore(explorer.timeline).filter;
  const added = useStore(explorer.timelineAdded);
  const view = useStore(explorer.view);
  const connection = useStore(explorer.connection);
  const counts = useMemo(() => shownCounts(dataset, filters, shown), [dataset, filters, shown]);
  const share = overviewShare(view, dataset.nodes.size, connection);
  const parts = [`${counts.nodes} nodes`, `${counts.relationships} relationships`];
  if (range) parts.push(formatRange(range));
  if (articles.size > 0)
    parts.push(articles.size === 1 ? 'from 1 article' : `from ${articles.size} articles`);
  if (asOf) {
    const article = dataset.nodes.get(asOf);
    const title = article ? nodeTitle(article) : 'an article';
    parts.push(`as of ${title}: ${addedCount(shown, added)} added`);
  }
  if (share)
    parts.push(`${share.held.toLocaleString('en')} of ${share.total.toLocaleString('en')} nodes loaded`);
  return (
    <p className="status-line" role="status" aria-live="polite" data-testid="status-line">
      {parts.join(' · ')}
    </p>
  );
}
