// Timeline actions and the binding that keeps `explorer.timelineShown` (what the canvas shows) in step
// with the timeline's filter, its events and the open view.
import { runQuery } from '../api/client';
import type { Explorer } from '../explorer';
import { subscribeAll } from '../store';
import { addedNodes, shownByTimeline } from './filter';
import { TIMELINE_EVENTS, TIMELINE_MAX } from './query';
import type { DateRange, TimelineState } from './types';
import { eventsFromRows } from './utils';

export const INITIAL_TIMELINE: TimelineState = {
  load: { type: 'idle' },
  filter: { range: null, articles: new Set(), asOf: null },
};

/** Reads the events through the read-only query API. */
export async function loadTimeline(explorer: Explorer, signal: AbortSignal): Promise<void> {
  explorer.timeline.set((t) => ({ ...t, load: { type: 'loading' } }));
  try {
    const answer = await runQuery(TIMELINE_EVENTS, { max: TIMELINE_MAX }, { signal, rowCap: TIMELINE_MAX });
    if (signal.aborted) return;
    const load: TimelineState['load'] = answer.error
      ? { type: 'error', message: answer.error.message }
      : {
          type: 'ready',
          events: eventsFromRows(answer.columns, answer.rows),
          truncated: answer.status === 'truncated' || answer.rows.length >= TIMELINE_MAX,
        };
    explorer.timeline.set((t) => ({ ...t, load }));
  } catch (err) {
    if (signal.aborted) return;
    const message = err instanceof Error ? err.message : String(err);
    explorer.timeline.set((t) => ({ ...t, load: { type: 'error', message } }));
  }
}

export function setRange(explorer: Explorer, range: DateRange | null): void {
  explorer.timeline.set((t) => ({ ...t, filter: { ...t.filter, range } }));
}

export function setArticles(explorer: Explorer, articles: ReadonlySet<string>): void {
  explorer.timeline.set((t) => ({ ...t, filter: { ...t.filter, articles } }));
}

/** Shows the graph as of one article (an Article's elementId), or as it stands now (null). */
export function setAsOf(explorer: Explorer, asOf: string | null): void {
  explorer.timeline.set((t) => ({ ...t, filter: { ...t.filter, asOf } }));
}

/** Recomputes what the canvas shows whenever the filter, the events or the view change. */
export function bindTimelineFilter(explorer: Explorer): () => void {
  const update = () => {
    const { load, filter } = explorer.timeline.get();
    const events = load.type === 'ready' ? load.events : [];
    const dataset = explorer.dataset.get();
    explorer.timelineShown.set(shownByTimeline(dataset, events, filter));
    explorer.timelineAdded.set(addedNodes(dataset, filter));
  };
  update();
  return subscribeAll([explorer.timeline, explorer.dataset], update);
}
