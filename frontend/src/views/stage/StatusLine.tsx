// "N nodes · M relationships": what is on screen once the legend's filters apply.
import { useMemo } from 'react';
import { useExplorer } from '../../core/context';
import { visibleCounts } from '../../core/filters/utils';
import { useStore } from '../../core/store';

export function StatusLine() {
  const explorer = useExplorer();
  const dataset = useStore(explorer.dataset);
  const filters = useStore(explorer.filters);
  const counts = useMemo(() => visibleCounts(dataset, filters), [dataset, filters]);
  return (
    <p className="status-line" role="status" aria-live="polite" data-testid="status-line">
      {`${counts.nodes} nodes · ${counts.relationships} relationships`}
    </p>
  );
}
