// The bench's bare page: reads the same graph from the same API as the explorer (the overview, page after
// page, POST /api/overview) and draws it with plain sigma and nothing around it. The explorer's
// first-frame time is compared with this one's.
import Graph from 'graphology';
import Sigma from 'sigma';
import type { QueryResponse } from '../frontend/shared/api';
import { OVERVIEW_ROW_CAP } from '../frontend/shared/overview';

declare global {
  interface Window {
    __bare?: { firstFrameAt: number | null; error: string | null };
  }
}

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

async function overviewPage(skip: number, limit: number): Promise<QueryResponse> {
  const response = await fetch('/api/overview', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ skip, limit: Math.min(limit, OVERVIEW_ROW_CAP) }),
  });
  const body = (await response.json()) as QueryResponse;
  if (body.error) throw new Error(body.error.message);
  return body;
}

/** Up to `limit` nodes of the overview, as the explorer reads them: a page stopped by its row or byte
 * cap is followed by the next, until the database has no more. Relationships are added once both ends
 * are in. */
async function readOverview(graph: Graph, limit: number): Promise<void> {
  const pending: QueryResponse['graph']['relationships'] = [];
  for (;;) {
    const page = await overviewPage(graph.order, limit - graph.order);
    for (const node of page.graph.nodes) {
      const h = hash(node.elementId);
      const name =
        node.properties.name ?? node.properties.label ?? node.properties.title ?? node.properties.id;
      graph.addNode(node.elementId, {
        x: (h & 0xffff) / 0xffff,
        y: (h >>> 16) / 0xffff,
        size: 4,
        label: typeof name === 'string' ? name : null,
        color: '#3f6fb5',
      });
    }
    pending.push(...page.graph.relationships);
    const capped = page.status === 'truncated' || page.graph.nodes.length >= OVERVIEW_ROW_CAP;
    if (page.graph.nodes.length === 0 || graph.order >= limit || !capped) break;
  }
  for (const rel of pending) {
    const { elementId, startNodeElementId: source, endNodeElementId: target } = rel;
    if (graph.hasEdge(elementId) || !graph.hasNode(source) || !graph.hasNode(target)) continue;
    graph.addEdgeWithKey(elementId, source, target, { size: 1, color: '#ccc' });
  }
}

async function main(): Promise<void> {
  const state = { firstFrameAt: null as number | null, error: null as string | null };
  window.__bare = state;
  const limit = Number(new URLSearchParams(location.search).get('limit') ?? 2000);
  const graph = new Graph({ type: 'directed', multi: true });
  await readOverview(graph, limit);
  const container = document.getElementById('sigma') as HTMLElement;
  // The drawing is made outside a frame, so the next frame commits it; it is on screen when the frame
  // after that starts (the explorer's rule, see frontend/src/views/graph/canvas.ts).
  new Sigma(graph, container);
  requestAnimationFrame(() =>
    requestAnimationFrame((nextFrameStart) => {
      state.firstFrameAt = nextFrameStart;
    }),
  );
}

main().catch((err: unknown) => {
  window.__bare = { firstFrameAt: null, error: err instanceof Error ? err.message : String(err) };
});
