// Emphasis through sigma's reducers, never by changing the graph: the legend's filters and the timeline's
// (core/timeline/filter.ts) hide, the hovered (or else the selected) node and its neighbours stand out,
// and relationship types are written on the edges when zoomed in or next to the node in focus; what the
// article the timeline shows the graph as of added is highlighted, and stances in a contradiction (a
// CONTRADICTS relationship) are drawn in the contradiction colour with a mark before their label.
import { CONTRADICTION_COLOR, EVIDENCE_TYPES } from '../../../core/appearance/utils';
import type { Explorer } from '../../../core/explorer';
import { subscribeAll } from '../../../core/store';
import type { ExplorerSigma } from '../../../core/graph/types';
import type { NodeDisplayData, EdgeDisplayData } from 'sigma/types';

const FADED_NODE = '#e4e1da';
const FADED_EDGE = '#efece6';
const FOCUS_EDGE = '#4b5563';
const FOCUS_EVIDENCE_EDGE = '#a59f94';
const SELECTED_EDGE = '#1d4ed8';

export function bindEmphasis(sigma: ExplorerSigma, explorer: Explorer): () => void {
  const graph = sigma.getGraph();
  let focusNode: string | null = null;
  let focusSet: Set<string> | null = null;
  let selectedEdge: string | null = null;

  const computeFocus = () => {
    const hovered = explorer.hovered.get();
    const selection = explorer.selection.get();
    selectedEdge = selection?.type === 'edge' && graph.hasEdge(selection.id) ? selection.id : null;
    focusNode = hovered ?? (selection?.type === 'node' ? selection.id : null);
    if (focusNode && graph.hasNode(focusNode)) {
      focusSet = new Set(graph.neighbors(focusNode));
      focusSet.add(focusNode);
    } else if (selectedEdge) {
      focusNode = null;
      focusSet = new Set(graph.extremities(selectedEdge));
    } else {
      focusNode = null;
      focusSet = null;
    }
  };

  // Sigma hands each reducer a copy of the item's attributes, so they are changed in place.
  sigma.setSetting('nodeReducer', (node, data) => {
    const res: Partial<NodeDisplayData> = data;
    if (data.image && explorer.fullPrograms.get()) res.type = 'pictogram';
    const { hiddenCategories } = explorer.filters.get();
    if (hiddenCategories.has(data.category) || explorer.timelineShown.get()?.nodes.has(node) === false) {
      res.hidden = true;
      return res;
    }
    if (data.category === 'Stance' && graph.someEdge(node, (_e, a) => a.relType === 'CONTRADICTS')) {
      res.color = CONTRADICTION_COLOR;
      res.label = `≠ ${data.label ?? ''}`;
    }
    if (explorer.timelineAdded.get()?.has(node)) {
      res.highlighted = true;
      res.forceLabel = true;
      res.zIndex = 1;
    }
    const selection = explorer.selection.get();
    if (focusSet) {
      if (focusSet.has(node)) {
        res.zIndex = 1;
      } else {
        res.color = FADED_NODE;
        res.label = '';
        res.zIndex = 0;
      }
    }
    if (node === focusNode || (selection?.type === 'node' && selection.id === node)) {
      res.highlighted = true;
      res.forceLabel = true;
      res.zIndex = 2;
    }
    return res;
  });

  sigma.setSetting('edgeReducer', (edge, data) => {
    const res: Partial<EdgeDisplayData> = data;
    if (data.arrow && explorer.fullPrograms.get()) res.type = 'arrow';
    const { hiddenCategories, hiddenTypes } = explorer.filters.get();
    const shown = explorer.timelineShown.get();
    if (
      hiddenTypes.has(data.relType) ||
      (shown &&
        (shown.hiddenRelationships.has(edge) || !graph.extremities(edge).every((n) => shown.nodes.has(n))))
    ) {
      res.hidden = true;
      return res;
    }
    if (hiddenCategories.size > 0) {
      const [source, target] = graph.extremities(edge);
      if (
        hiddenCategories.has(graph.getNodeAttribute(source, 'category')) ||
        hiddenCategories.has(graph.getNodeAttribute(target, 'category'))
      ) {
        res.hidden = true;
        return res;
      }
    }
    if (edge === selectedEdge) {
      res.color = SELECTED_EDGE;
      res.size = Math.max(3, data.size * 2);
      res.label = data.relType;
      res.forceLabel = true;
      res.zIndex = 2;
      return res;
    }
    if (focusNode) {
      const [source, target] = graph.extremities(edge);
      if (source === focusNode || target === focusNode) {
        const evidence = EVIDENCE_TYPES.has(data.relType);
        res.color = evidence ? FOCUS_EVIDENCE_EDGE : FOCUS_EDGE;
        res.size = data.size + 0.6;
        // Name the claims around the focused node; the evidence links speak for themselves.
        res.label = evidence && !explorer.zoomedIn.get() ? '' : data.relType;
        res.forceLabel = !evidence;
        res.zIndex = 1;
      } else {
        res.color = FADED_EDGE;
        res.label = '';
        res.zIndex = 0;
      }
      return res;
    }
    res.label = explorer.zoomedIn.get() ? data.relType : '';
    return res;
  });

  const refresh = () => {
    computeFocus();
    sigma.scheduleRefresh({ layoutUnchange: true });
  };
  computeFocus();
  const offRefresh = subscribeAll(
    [
      explorer.hovered,
      explorer.selection,
      explorer.filters,
      explorer.timelineShown,
      explorer.timelineAdded,
      explorer.zoomedIn,
      explorer.fullPrograms,
    ],
    refresh,
  );
  // A new graph is processed by sigma anyway; only the focus needs recomputing.
  const offVersion = explorer.graphVersion.subscribe(computeFocus);
  return () => {
    offRefresh();
    offVersion();
    sigma.setSetting('nodeReducer', null);
    sigma.setSetting('edgeReducer', null);
  };
}
