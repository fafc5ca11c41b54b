// The explorer's state, created once per app (never at import time) and shared through context: the
// render graph sigma draws and one store per domain.
import { NO_FILTERS } from './filters/utils';
import type { Filters } from './filters/types';
import { createDatasetStore, type DatasetStore } from './data';
import { createRenderGraph } from './graph/utils';
import type { RenderGraph } from './graph/types';
import { createSettler, type Settler } from './layout/settler';
import type { LayoutState } from './layout/types';
import type { ReaderState } from './reader/types';
import { INITIAL_TIMELINE } from './timeline';
import type { TimelineShown, TimelineState } from './timeline/types';
import type { FocusRequest, Selection } from './selection/types';
import { createStore, type Store } from './store';
import type { ConnectionState, LinkedQuery, ViewQuery, ViewState } from './view/types';
import { DEFAULT_QUERY } from './view/utils';

export interface Explorer {
  /** The graphology graph sigma draws; derived from `dataset`, updated in place. */
  graph: RenderGraph;
  dataset: DatasetStore;
  connection: Store<ConnectionState>;
  view: Store<ViewState>;
  selection: Store<Selection>;
  focus: Store<FocusRequest | null>;
  filters: Store<Filters>;
  layout: Store<LayoutState>;
  reader: Store<ReaderState>;
  /** The timeline under the canvas: its events and the range and articles chosen (core/timeline/). */
  timeline: Store<TimelineState>;
  /** What the timeline's filter keeps on the canvas, or null when it keeps all. */
  timelineShown: Store<TimelineShown | null>;
  /** The nodes the article the timeline shows the graph as of added (highlighted), or null. */
  timelineAdded: Store<ReadonlySet<string> | null>;
  /** The node under the pointer. */
  hovered: Store<string | null>;
  /** Whether sigma has the programs registered after the first frame: until then nodes are plain discs
   * (no pictograms) and edges plain lines (no arrowheads). */
  fullPrograms: Store<boolean>;
  /** Close enough to read relationship types on the edges. */
  zoomedIn: Store<boolean>;
  /** When the first view was on screen (performance.now() clock), null before: what is not the graph
   * (pictograms and arrowheads, the app around the canvas, the article list) waits for it. See
   * views/graph/canvas.ts. */
  drawn: Store<number | null>;
  /** Bumped whenever the render graph's content is replaced, so the camera can frame it anew. */
  graphVersion: Store<number>;
  /** The size of the content the render graph is about to be given, set while it is empty: sigma's
   * settings for that size are applied then, as changing them later re-processes every node and edge
   * (views/graph/bindings/performance.ts). */
  incoming: Store<{ order: number; size: number }>;
  /** The query the page's link brought for the Cypher editor (never run on its own), or null. */
  linkedQuery: LinkedQuery | null;
  /** Asks for the database's status to be checked now (see view/reconnect.ts): bumped by a button. */
  recheck: Store<number>;
  /** Bumped each time the database answers again after it could not be reached, so that what was
   * fetched from it (details, the reader) is fetched again. */
  reconnects: Store<number>;
  /** The view request in flight, so a newer one can cancel it. */
  pending: { view: AbortController | null };
  /** Settles a new view's layout off the main thread. */
  settler: Settler;
}

export interface ExplorerInit {
  /** The explorer's worker, already started (by the page's entry). */
  worker?: Worker | null;
  query?: ViewQuery;
  linkedQuery?: LinkedQuery | null;
  filters?: Filters;
  reader?: ReaderState;
}

export function createExplorer(init: ExplorerInit = {}): Explorer {
  return {
    graph: createRenderGraph(),
    dataset: createDatasetStore(),
    connection: createStore<ConnectionState>({ type: 'checking' }),
    view: createStore<ViewState>({
      query: init.query ?? DEFAULT_QUERY,
      expanded: [],
      status: { type: 'idle' },
    }),
    selection: createStore<Selection>(null),
    focus: createStore<FocusRequest | null>(null),
    filters: createStore<Filters>(init.filters ?? NO_FILTERS),
    layout: createStore<LayoutState>({ type: 'idle' }),
    reader: createStore<ReaderState>(init.reader ?? null),
    timeline: createStore<TimelineState>(INITIAL_TIMELINE),
    timelineShown: createStore<TimelineShown | null>(null),
    timelineAdded: createStore<ReadonlySet<string> | null>(null),
    hovered: createStore<string | null>(null),
    zoomedIn: createStore(false),
    fullPrograms: createStore(false),
    drawn: createStore<number | null>(null),
    graphVersion: createStore(0),
    incoming: createStore({ order: 0, size: 0 }),
    linkedQuery: init.linkedQuery ?? null,
    recheck: createStore(0),
    reconnects: createStore(0),
    pending: { view: null },
    settler: createSettler(init.worker),
  };
}
