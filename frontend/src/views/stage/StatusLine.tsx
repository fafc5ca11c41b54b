// "N nodes · M relationships": what is on screen once the legend's filters apply; when the overview holds
// only part of the database, how many of its nodes it holds.
import { useMemo } from 'react';
import { useExplorer } from '../../core/context';
import { visibleCounts } from '../../core/filters/utils';
import { useStore } from '../../core/store';
import { overviewShare } from '../../core/view/utils';

export function StatusLine() {
  const explorer = useExplorer();
  const dataset = useStore(explorer.dataset);
  const filters = useStore(explorer.filters);
  const view = useStore(explorer.view);
  const connection = useStore(explorer.connection);
  const counts = useMemo(() => visibleCounts(dataset, filters), [dataset, filters]);
  const share = overviewShare(view, dataset.nodes.size, connection);
  return (
    <p className="status-line" role="status" aria-live="polite" data-testid="status-line">
      {`${counts.nodes} nodes · ${counts.relationships} relationships`}
      {share && ` · ${share.held.toLocaleString('en')} of ${share.total.toLocaleString('en')} nodes loaded`}
    </p>
  );
}
