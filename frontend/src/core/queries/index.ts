// Query workbench actions: list the saved queries, run a query (saved or typed) with a way to cancel it,
// draw its graph on the canvas (replacing or adding to the view) and keep its rows for the table, and the
// browser's own library and history.
import type { JsonValue, QueryResponse, SavedQueriesResponse } from '../../../shared/api';
import type { SavedQuery } from '../../../../schema';
import { ACTOR_KEY_LABEL } from '../../../../schema/vocabulary';
import { pageOf } from '../../../shared/paging';
import { parseSavedQuery } from '../../../shared/savedQuery';
import { runQuery } from '../api/client';
import { addToDataset } from '../data';
import { datasetFromGraph } from '../data/utils';
import type { Explorer } from '../explorer';
import { addToRenderGraph } from '../graph/utils';
import { clearSelection } from '../selection';
import { showDataset } from '../view';
import { noteUnreachable } from '../view/connection';
import { createStore } from '../store';
import type {
  DockState,
  DockTab,
  DrawMode,
  Drawn,
  EditorSchema,
  EditorState,
  LocalQuery,
  PageRequest,
  RunState,
  SavedList,
  Workbench,
} from './types';
import { joinAnswers, nextPage } from './paging';
import { readHistory, readLibrary, withHistoryEntry, writeHistory, writeLibrary } from './utils';

/** The database's vocabulary for completion, through the same read-only API (these procedures are on the
 * server's allowlist), without the ingest's own lookup label. */
export const SCHEMA_CYPHER = `CALL db.labels() YIELD label WHERE label <> '${ACTOR_KEY_LABEL}'
WITH collect(label) AS labels
CALL db.relationshipTypes() YIELD relationshipType
WITH labels, collect(relationshipType) AS relationshipTypes
CALL db.propertyKeys() YIELD propertyKey
RETURN labels, relationshipTypes, collect(propertyKey) AS propertyKeys`;

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function createWorkbench(storage: Storage | null = browserStorage()): Workbench {
  return {
    dock: createStore<DockState>({ open: false, tab: 'editor' }),
    saved: createStore<SavedList>({ type: 'loading' }),
    local: createStore(readLibrary(storage)),
    history: createStore(readHistory(storage)),
    editor: createStore<EditorState>({ cypher: '', params: {} }),
    schema: createStore<EditorSchema | null>(null),
    mode: createStore<DrawMode>('replace'),
    run: createStore<RunState>({ type: 'idle' }),
    pending: { controller: null },
    storage,
  };
}

/** GET /api/queries into `saved`. */
export async function loadSavedQueries(workbench: Workbench, signal?: AbortSignal): Promise<void> {
  workbench.saved.set({ type: 'loading' });
  try {
    const response = await fetch('/api/queries', { signal });
    if (!response.ok) throw new Error(`The server answered ${response.status}.`);
    const body = (await response.json()) as SavedQueriesResponse;
    workbench.saved.set({ type: 'ready', queries: body.queries, errors: body.errors });
  } catch (err) {
    if (signal?.aborted) return;
    workbench.saved.set({
      type: 'error',
      message: err instanceof Error ? err.message : 'The saved queries could not be loaded.',
    });
  }
}

export async function loadSchema(workbench: Workbench, signal?: AbortSignal): Promise<void> {
  try {
    const response = await runQuery(SCHEMA_CYPHER, {}, { signal });
    const row = response.rows[0];
    if (response.error || !row) return;
    const strings = (value: JsonValue | undefined) =>
      Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    workbench.schema.set({
      labels: strings(row[0]),
      relationshipTypes: strings(row[1]),
      propertyKeys: strings(row[2]),
    });
  } catch {
    // Completion is a convenience; the editor works without it.
  }
}

export interface RunRequest {
  /** What the status line calls it: a saved query's name, or "Cypher editor". */
  title: string;
  cypher: string;
  params: Record<string, JsonValue>;
  /** Typed in the editor: goes into the history. */
  fromEditor?: boolean;
}

/** Runs a query through the API and draws its result; a newer run or cancelRun aborts it. */
export async function runWorkbenchQuery(
  explorer: Explorer,
  workbench: Workbench,
  request: RunRequest,
): Promise<void> {
  workbench.pending.controller?.abort();
  const controller = new AbortController();
  workbench.pending.controller = controller;
  const startedAt = performance.now();
  workbench.run.set({ type: 'running', title: request.title, startedAt });
  if (request.fromEditor) {
    const history = withHistoryEntry(workbench.history.get(), {
      cypher: request.cypher,
      params: request.params,
      at: new Date().toISOString(),
    });
    workbench.history.set(history);
    writeHistory(workbench.storage, history);
  }
  let response: QueryResponse;
  try {
    response = await runQuery(request.cypher, request.params, { signal: controller.signal });
  } catch (err) {
    if (controller.signal.aborted) {
      if (workbench.pending.controller === controller) {
        workbench.run.set({
          type: 'cancelled',
          title: request.title,
          afterMs: Math.round(performance.now() - startedAt),
        });
      }
      return;
    }
    noteUnreachable(explorer, err);
    workbench.run.set({
      type: 'failed',
      title: request.title,
      error: { code: 'Explorer.Error', message: err instanceof Error ? err.message : String(err) },
      timedOut: false,
    });
    return;
  } finally {
    if (workbench.pending.controller === controller) workbench.pending.controller = null;
  }
  if (response.error) {
    workbench.run.set({
      type: 'failed',
      title: request.title,
      error: response.error,
      timedOut: response.status === 'timed-out',
    });
    return;
  }
  const drawn = await drawResult(explorer, response, workbench.mode.get(), request);
  const next = nextPage(request, response);
  workbench.run.set({
    type: 'done',
    title: request.title,
    response,
    drawn,
    more: next ? { type: 'ready', next } : null,
  });
  // Rows with nothing to draw are the answer: show them.
  if (drawn === 'table-only') openDock(workbench, 'table');
}

/**
 * Reads the next page of a paged result (./paging.ts): its rows join the table's and its graph is added
 * to the canvas beside what the earlier pages drew. A newer run aborts it; a failure leaves the rows held.
 */
export async function loadMoreRows(explorer: Explorer, workbench: Workbench): Promise<void> {
  const run = workbench.run.get();
  if (run.type !== 'done' || !run.more || run.more.type === 'loading') return;
  const { next } = run.more;
  workbench.pending.controller?.abort();
  const controller = new AbortController();
  workbench.pending.controller = controller;
  workbench.run.set({ ...run, more: { type: 'loading', next } });
  let page: QueryResponse;
  try {
    page = await runQuery(next.cypher, next.params, { signal: controller.signal });
  } catch (err) {
    if (workbench.pending.controller !== controller) return;
    workbench.pending.controller = null;
    if (!controller.signal.aborted) noteUnreachable(explorer, err);
    const message = controller.signal.aborted
      ? 'Cancelled.'
      : err instanceof Error
        ? err.message
        : String(err);
    workbench.run.set({ ...run, more: { type: 'failed', next, message } });
    return;
  }
  if (workbench.pending.controller !== controller) return;
  workbench.pending.controller = null;
  if (page.error) {
    workbench.run.set({ ...run, more: { type: 'failed', next, message: page.error.message } });
    return;
  }
  if (page.graph.nodes.length > 0 && (run.drawn === 'replaced' || run.drawn === 'added')) {
    const anchor = page.graph.nodes.find((n) => explorer.graph.hasNode(n.elementId))?.elementId ?? null;
    addToDataset(explorer.dataset, page.graph);
    addToRenderGraph(explorer.graph, explorer.dataset.get(), anchor);
  }
  const after = nextPage(next, page);
  const response = joinAnswers(run.response, page);
  workbench.run.set({ ...run, response, more: after ? { type: 'ready', next: after } : null });
  if (run.drawn === 'replaced') widenView(explorer, next, response.rows.length);
}

/**
 * After "Load more rows" on the open view's query, the view (and so the shared link) asks for every row
 * held, from the first page's `skip`: the link then opens on the same rows in one run.
 */
function widenView(explorer: Explorer, page: PageRequest, rows: number): void {
  const view = explorer.view.get();
  const first = pageOf(view.query.kind === 'cypher' ? view.query.params : {});
  if (view.query.kind !== 'cypher' || view.query.cypher !== page.cypher || !first) return;
  const params = { ...view.query.params, limit: Math.max(first.limit, rows) };
  explorer.view.set({ ...view, query: { ...view.query, params } });
}

/** Aborts the run in flight; the server then stops its transaction in Neo4j. */
export function cancelRun(workbench: Workbench): void {
  workbench.pending.controller?.abort();
}

/**
 * Puts a result's graph on the canvas. A result without nodes leaves the canvas alone (its rows are for
 * the table). Replacing makes the query the open view (so the URL shares it); adding keeps the view and
 * places new nodes beside one already drawn.
 */
export async function drawResult(
  explorer: Explorer,
  response: QueryResponse,
  mode: DrawMode,
  request: Pick<RunRequest, 'cypher' | 'params'>,
): Promise<Drawn> {
  if (response.graph.nodes.length === 0) return response.rows.length > 0 ? 'table-only' : 'nothing';
  if (mode === 'replace') {
    explorer.pending.view?.abort();
    const controller = new AbortController();
    explorer.pending.view = controller;
    clearSelection(explorer);
    if (!(await showDataset(explorer, datasetFromGraph(response.graph), controller.signal))) {
      return 'superseded';
    }
    if (explorer.pending.view === controller) explorer.pending.view = null;
    explorer.view.set({
      query: { kind: 'cypher', cypher: request.cypher, params: request.params },
      expanded: [],
      status: {
        type: 'ready',
        totalNodes: null,
        truncated: response.status === 'truncated',
        elapsedMs: response.elapsedMs,
      },
    });
    explorer.graphVersion.set((n) => n + 1);
    return 'replaced';
  }
  const anchor = response.graph.nodes.find((n) => explorer.graph.hasNode(n.elementId))?.elementId ?? null;
  addToDataset(explorer.dataset, response.graph);
  addToRenderGraph(explorer.graph, explorer.dataset.get(), anchor);
  return 'added';
}

/** Opens the dock on `tab`. */
export function openDock(workbench: Workbench, tab: DockTab): void {
  workbench.dock.set({ open: true, tab });
}

/** Puts a query (and its parameter values) into the editor and opens it. */
export function openInEditor(
  workbench: Workbench,
  cypher: string,
  params: Record<string, JsonValue> = {},
): void {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    values[name] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  workbench.editor.set({ cypher, params: values });
  openDock(workbench, 'editor');
}

/** Stores `query` in this browser's library (a query of the same name is replaced). */
export function saveLocalQuery(workbench: Workbench, query: SavedQuery): LocalQuery {
  const entry: LocalQuery = {
    ...query,
    id: `local-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`,
    savedAt: new Date().toISOString(),
  };
  const library = [entry, ...workbench.local.get().filter((q) => q.name !== query.name)];
  workbench.local.set(library);
  writeLibrary(workbench.storage, library);
  return entry;
}

export function removeLocalQuery(workbench: Workbench, id: string): void {
  const library = workbench.local.get().filter((q) => q.id !== id);
  workbench.local.set(library);
  writeLibrary(workbench.storage, library);
}

/** Reads a `.cypher` file into the library; the error names the line when its header is wrong. */
export function importQueryFile(
  workbench: Workbench,
  text: string,
): { ok: true; query: LocalQuery } | { ok: false; error: string } {
  const parsed = parseSavedQuery(text);
  if (!parsed.ok) return parsed;
  return { ok: true, query: saveLocalQuery(workbench, parsed.query) };
}
