// View actions: check that the database answers, open a query onto the canvas, expand a node.
import type { GraphJson, QueryResponse, StatusResponse } from '../../../shared/api';
import { fetchStatus, runQuery } from '../api/client';
import { EXPAND, EXPAND_MAX } from '../api/queries';
import { nodeCategory } from '../appearance/utils';
import { addToDataset } from '../data';
import { toggleCategory } from '../filters';
import { clearSelection, selectEdge, selectNode } from '../selection';
import { parseUrlState, type UrlState } from '../url/utils';
import { datasetFromGraph, findNodeByUrlKey, nodeUrlKey } from '../data/utils';
import type { Dataset } from '../data/types';
import type { Explorer } from '../explorer';
import {
  addToRenderGraph,
  layoutInputOfSerialized,
  placeSerialized,
  renderGraphFor,
  showRenderGraph,
} from '../graph/utils';
import { settlesBeforeDrawing } from '../layout/limits';
import { OVERVIEW_ROW_CAP } from '../../../shared/overview';
import { connectionOfStatus, markUnreachable, noteUnreachable } from './connection';
import { completeOverview } from './overview';
import { sendStartRequests, sendView, type SentView, type StartRequests } from './start';
import type { ViewQuery } from './types';

/** Reads the database's status (`sent`: a request already on its way) into `explorer.connection`. */
export async function checkConnection(
  explorer: Explorer,
  sent: Promise<StatusResponse> = fetchStatus(),
): Promise<boolean> {
  explorer.connection.set({ type: 'checking' });
  try {
    const status = await sent;
    if (!status.connected) {
      markUnreachable(explorer, {
        message: status.error.message,
        hint: status.error.hint ?? null,
        uri: status.uri,
      });
      return false;
    }
    explorer.connection.set(connectionOfStatus(status));
    return status.articles > 0;
  } catch (err) {
    if (isAbort(err)) return false;
    if (!noteUnreachable(explorer, err)) {
      markUnreachable(explorer, {
        message: err instanceof Error ? err.message : String(err),
        hint: null,
        uri: null,
      });
    }
    return false;
  }
}

/**
 * Runs `query` (or takes `sent`, its request already on its way) and draws its result, replacing the
 * canvas content in place. `expanded` re-applies double-click expansions (by URL key) after the query,
 * so a shared link reopens the same view.
 */
export async function openView(
  explorer: Explorer,
  query: ViewQuery,
  options: { expanded?: readonly string[]; sent?: SentView } = {},
): Promise<void> {
  explorer.pending.view?.abort();
  const { response: answer, controller, layout } = options.sent ?? sendView(query);
  explorer.pending.view = controller;
  explorer.view.set({ query, expanded: [], status: { type: 'loading' } });
  let response: QueryResponse;
  try {
    response = await answer;
  } catch (err) {
    if (isAbort(err)) return;
    noteUnreachable(explorer, err);
    explorer.view.set((v) => ({
      ...v,
      status: { type: 'error', error: { code: 'Explorer.Error', message: String(err) } },
    }));
    return;
  }
  if (controller.signal.aborted) return;
  if (response.error) {
    explorer.view.set((v) => ({ ...v, status: { type: 'error', error: response.error! } }));
    return;
  }
  if (query.kind === 'overview') {
    try {
      response = await completeOverview(response, query, controller.signal);
    } catch (err) {
      // The pages already read are drawn; an outage is noticed by the next status check.
      if (isAbort(err)) return;
      noteUnreachable(explorer, err);
    }
    if (controller.signal.aborted) return;
  }
  performance.mark('explorer:view-data');
  if (!(await showDataset(explorer, datasetFromGraph(response.graph), controller.signal, layout))) return;
  const connection = explorer.connection.get();
  explorer.view.set((v) => ({
    ...v,
    status: {
      type: 'ready',
      totalNodes: connection.type === 'ready' ? connection.nodes : null,
      // As many nodes as asked for: the database may hold more.
      truncated:
        response.status === 'truncated' ||
        (query.kind === 'overview' && response.graph.nodes.length >= query.limit),
      elapsedMs: response.elapsedMs,
    },
  }));
  explorer.graphVersion.set((n) => n + 1);
  for (const key of options.expanded ?? []) {
    const node = findNodeByUrlKey(explorer.dataset.get(), key);
    if (node && !controller.signal.aborted) await expandNode(explorer, node.elementId);
  }
  if (explorer.pending.view === controller) explorer.pending.view = null;
}

/**
 * Puts `dataset` on the canvas in place of what it shows: builds its render graph (nodes already drawn
 * keep their place), settles the layout off the main thread when the graph settles before drawing, then
 * shows it. `early`: positions already settled from the reply, valid when every node is new. False when
 * `signal` aborted meanwhile, and nothing is shown.
 */
export async function showDataset(
  explorer: Explorer,
  dataset: Dataset,
  signal: AbortSignal,
  early?: Promise<Float64Array | null>,
): Promise<boolean> {
  const { serialized, added } = renderGraphFor(explorer.graph, dataset);
  performance.mark('explorer:render-graph');
  if (added > 0 && settlesBeforeDrawing(serialized.nodes.length)) {
    const known = early && added === serialized.nodes.length ? await early : null;
    const positions =
      known?.length === 2 * added
        ? known
        : await explorer.settler.settle(layoutInputOfSerialized(serialized));
    if (signal.aborted) return false;
    placeSerialized(serialized, positions);
  }
  performance.mark('explorer:layout');
  explorer.dataset.set(dataset);
  showRenderGraph(explorer.graph, serialized, () =>
    explorer.incoming.set({ order: serialized.nodes.length, size: serialized.edges.length }),
  );
  return true;
}

/** Adds a node's neighbours from Neo4j around it on the canvas. */
export async function expandNode(explorer: Explorer, elementId: string): Promise<number> {
  let response: QueryResponse;
  try {
    response = await runQuery(EXPAND, { id: elementId, max: EXPAND_MAX });
  } catch (err) {
    noteUnreachable(explorer, err);
    return 0;
  }
  if (response.error) return 0;
  addToDataset(explorer.dataset, response.graph);
  const added = addToRenderGraph(explorer.graph, explorer.dataset.get(), elementId);
  const node = explorer.dataset.get().nodes.get(elementId);
  if (node) {
    const key = nodeUrlKey(node);
    explorer.view.set((v) => (v.expanded.includes(key) ? v : { ...v, expanded: [...v.expanded, key] }));
  }
  return added.length;
}

/** The overview with one more page of the best-connected nodes; nodes already drawn keep their place. */
export function loadMore(explorer: Explorer): void {
  const { query, expanded } = explorer.view.get();
  if (query.kind !== 'overview') return;
  void openView(explorer, { kind: 'overview', limit: query.limit + OVERVIEW_ROW_CAP }, { expanded });
}

function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}

/** Puts one node from a fetched result on the canvas (near `anchor`), with its relationships to what is
 * already drawn, and shows its category if the legend hid it. */
export function revealNode(
  explorer: Explorer,
  graph: GraphJson,
  elementId: string,
  anchor: string | null,
): void {
  const node = graph.nodes.find((n) => n.elementId === elementId);
  if (!node) return;
  if (!explorer.graph.hasNode(elementId)) {
    addToDataset(explorer.dataset, { nodes: [node], relationships: graph.relationships });
    addToRenderGraph(explorer.graph, explorer.dataset.get(), anchor);
  }
  const category = nodeCategory(node.labels);
  if (explorer.filters.get().hiddenCategories.has(category)) toggleCategory(explorer, category);
}

/**
 * Connects, opens the view the URL describes, and restores its selection: the app's start (with the
 * requests the page's entry already sent), and what the Retry button does.
 */
export async function startExplorer(
  explorer: Explorer,
  url: UrlState = parseUrlState(location.search),
  requests: StartRequests = sendStartRequests(url.query),
): Promise<void> {
  explorer.filters.set({
    hiddenCategories: new Set(url.hiddenCategories),
    hiddenTypes: new Set(url.hiddenTypes),
  });
  // The status check and the view's query go out together: the first frame waits for one round trip.
  const connected = checkConnection(explorer, requests.status);
  const opened = openView(explorer, url.query, { expanded: url.expanded, sent: requests.view });
  if (!(await connected)) {
    explorer.pending.view?.abort();
    return;
  }
  await opened;
  if (explorer.view.get().status.type === 'ready') applyUrlSelection(explorer, url);
}

export function applyUrlSelection(explorer: Explorer, url: UrlState): void {
  if (url.node) {
    const node = findNodeByUrlKey(explorer.dataset.get(), url.node);
    if (node) selectNode(explorer, node.elementId, { focus: true });
  } else if (url.edge && explorer.dataset.get().relationships.has(url.edge)) {
    selectEdge(explorer, url.edge);
  } else {
    clearSelection(explorer);
  }
  explorer.reader.set(url.article ? { articleId: url.article, quoteId: url.quote } : null);
}
