// The bench's bare page: fetches the same graph from the same API as the explorer and draws it with
// plain sigma and nothing around it. The explorer's first-frame time is compared with this one's.
import Graph from 'graphology';
import Sigma from 'sigma';
import { OVERVIEW } from '../frontend/src/core/api/queries';
import type { QueryResponse } from '../frontend/shared/api';

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

async function main(): Promise<void> {
  const state = { firstFrameAt: null as number | null, error: null as string | null };
  window.__bare = state;
  const limit = Number(new URLSearchParams(location.search).get('limit') ?? 2000);
  const response = await fetch('/api/query', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ cypher: OVERVIEW, params: { limit } }),
  });
  const body = (await response.json()) as QueryResponse;
  if (body.error) {
    state.error = body.error.message;
    return;
  }
  const graph = new Graph({ type: 'directed', multi: true });
  for (const node of body.graph.nodes) {
    const h = hash(node.elementId);
    const name = node.properties.name ?? node.properties.label ?? node.properties.title ?? node.properties.id;
    graph.addNode(node.elementId, {
      x: (h & 0xffff) / 0xffff,
      y: (h >>> 16) / 0xffff,
      size: 4,
      label: typeof name === 'string' ? name : null,
      color: '#3f6fb5',
    });
  }
  for (const rel of body.graph.relationships) {
    graph.addEdgeWithKey(rel.elementId, rel.startNodeElementId, rel.endNodeElementId, {
      size: 1,
      color: '#ccc',
    });
  }
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
