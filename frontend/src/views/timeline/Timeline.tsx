// The timeline under the canvas: the loaded articles, meetings and stances as marks on a date axis, a
// brush that keeps the canvas to a range of days, and a choice of articles. The data comes through the
// read-only query API (core/timeline/query.ts); what the canvas shows is computed in core/timeline/.
import { useEffect } from 'react';
import { useExplorer } from '../../core/context';
import { useStore } from '../../core/store';
import { bindTimelineFilter, loadTimeline, setRange } from '../../core/timeline';
import { formatRange } from '../../core/timeline/utils';
import { noteUnreachable } from '../../core/view/connection';
import { ArticleFilter } from './ArticleFilter';
import { AsOfArticle } from './AsOfArticle';
import { TimelineChart } from './TimelineChart';

export function Timeline() {
  const explorer = useExplorer();
  const timeline = useStore(explorer.timeline);
  const reconnects = useStore(explorer.reconnects);

  useEffect(() => bindTimelineFilter(explorer), [explorer]);
  useEffect(() => {
    const controller = new AbortController();
    loadTimeline(explorer, controller.signal).catch((err: unknown) => noteUnreachable(explorer, err));
    return () => controller.abort();
  }, [explorer, reconnects]);

  const { load, filter } = timeline;
  const range = filter.range;
  return (
    <section className="timeline" aria-label="Timeline" data-testid="timeline">
      <div className="timeline__bar">
        <h2 className="timeline__title">Timeline</h2>
        <span className="timeline__range" data-testid="timeline-range">
          {range ? formatRange(range) : 'Drag across the dates to keep a range'}
        </span>
        {range && (
          <button type="button" className="button timeline__button" onClick={() => setRange(explorer, null)}>
            Clear range
          </button>
        )}
        {load.type === 'ready' && <ArticleFilter events={load.events} chosen={filter.articles} />}
        {load.type === 'ready' && <AsOfArticle events={load.events} chosen={filter.asOf ?? null} />}
        {load.type === 'ready' && load.truncated && (
          <span className="timeline__note">
            Only the first {load.events.length.toLocaleString('en')} events
          </span>
        )}
      </div>
      {load.type === 'ready' ? (
        load.events.length > 0 ? (
          <TimelineChart events={load.events} range={range} />
        ) : (
          <p className="timeline__note">No dated article, meeting or stance.</p>
        )
      ) : (
        <p className="timeline__note">
          {load.type === 'error' ? `The timeline did not load: ${load.message}` : 'Loading the timeline…'}
        </p>
      )}
    </section>
  );
}
