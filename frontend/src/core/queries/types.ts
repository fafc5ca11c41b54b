// The query workbench's state: saved queries from the server and from this browser, the editor, the
// history, and the query running (or its result).
import type { JsonValue, QueryError, QueryResponse, SavedQueryEntry } from '../../../shared/api';
import type { SavedQuery } from '../../../../schema';
import type { Store } from '../store';

/** Where a result's nodes and relationships go: instead of the canvas content, or beside it. */
export type DrawMode = 'replace' | 'add';

export type SavedList =
  | { type: 'loading' }
  | { type: 'ready'; queries: SavedQueryEntry[]; errors: { file: string; message: string }[] }
  | { type: 'error'; message: string };

/** A query saved in this browser (localStorage), in the same shape as a file's header and body. */
export interface LocalQuery extends SavedQuery {
  id: string;
  savedAt: string;
}

export interface HistoryEntry {
  cypher: string;
  params: Record<string, JsonValue>;
  at: string;
}

/** What a run did to the canvas; 'superseded': another view opened while its layout settled. */
export type Drawn = 'replaced' | 'added' | 'table-only' | 'nothing' | 'superseded';

export type RunState =
  | { type: 'idle' }
  | { type: 'running'; title: string; startedAt: number }
  | { type: 'done'; title: string; response: QueryResponse; drawn: Drawn; more: MoreRows | null }
  | { type: 'failed'; title: string; error: QueryError; timedOut: boolean }
  | { type: 'cancelled'; title: string; afterMs: number };

/** A query and its parameters, as sent to run it. */
export interface PageRequest {
  cypher: string;
  params: Record<string, JsonValue>;
}

/** The next page of a paged query's rows (./paging.ts): ready to load, loading, or failed to load. */
export type MoreRows =
  | { type: 'ready'; next: PageRequest }
  | { type: 'loading'; next: PageRequest }
  | { type: 'failed'; next: PageRequest; message: string };

/** Labels, relationship types and property keys of the database, for the editor's completion. */
export interface EditorSchema {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
}

export interface EditorState {
  cypher: string;
  /** Values typed for the query's $parameters, as text (see adhocParamValue). */
  params: Record<string, string>;
}

export type DockTab = 'editor' | 'table';

/** The dock under the canvas: open or folded to its bar, and which pane it shows. */
export interface DockState {
  open: boolean;
  tab: DockTab;
}

export interface Workbench {
  dock: Store<DockState>;
  saved: Store<SavedList>;
  local: Store<LocalQuery[]>;
  history: Store<HistoryEntry[]>;
  editor: Store<EditorState>;
  schema: Store<EditorSchema | null>;
  mode: Store<DrawMode>;
  run: Store<RunState>;
  /** The run in flight, so Cancel (or a newer run) can abort it. */
  pending: { controller: AbortController | null };
  /** Where the library and history persist; null when the browser refuses storage. */
  storage: Storage | null;
}
