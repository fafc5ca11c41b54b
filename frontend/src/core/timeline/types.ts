// Shapes of the timeline under the canvas: dated events, the chosen range and articles, and what the
// timeline loaded.

export const EVENT_KINDS = ['article', 'meeting', 'stance'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** One dated event: a node of the graph (by elementId) with its day (YYYY-MM-DD) and a label. */
export interface TimelineEvent {
  id: string;
  kind: EventKind;
  day: string;
  label: string;
}

/** Whole days, both ends included, as YYYY-MM-DD (so plain string comparison orders them). */
export interface DateRange {
  from: string;
  to: string;
}

/** What the person chose: a date range (brush) and articles (by the Article node's elementId), and an
 * article to see the graph as of (core/timeline/asOf.ts). */
export interface TimelineFilter {
  range: DateRange | null;
  articles: ReadonlySet<string>;
  asOf?: string | null;
}

/** What the timeline's filter keeps on the canvas. */
export interface TimelineShown {
  /** Node elementIds kept. */
  nodes: ReadonlySet<string>;
  /** Relationship elementIds hidden although both ends are kept: their quotes all lie outside the
   * chosen articles, or after the article the graph is shown as of. */
  hiddenRelationships: ReadonlySet<string>;
}

export type TimelineLoad =
  | { type: 'idle' }
  | { type: 'loading' }
  | { type: 'ready'; events: TimelineEvent[]; truncated: boolean }
  | { type: 'error'; message: string };

export interface TimelineState {
  load: TimelineLoad;
  filter: TimelineFilter;
}
