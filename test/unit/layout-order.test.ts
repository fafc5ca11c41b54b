// Unit tests: the layout a view opens with depends on the graph, not on the order Neo4j stored or sent
// it in. The same graph, its nodes and relationships shuffled and given other element ids (as another
// database would), settles to the same positions, node by node; and a different graph does not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GraphJson } from '../../frontend/shared/api';
import { datasetFromGraph } from '../../frontend/src/core/data/utils';
import {
  createRenderGraph,
  layoutInputOfSerialized,
  renderGraphFor,
} from '../../frontend/src/core/graph/utils';
import { seededRandom, settlePositions } from '../../frontend/src/core/layout/utils';

/** A graph of `size` nodes with domain ids, a hub, parallel relationships and a self-loop. */
function graphOf(size: number, seed: number): GraphJson {
  const random = seededRandom(seed);
  const nodes: GraphJson['nodes'] = [];
  for (let i = 0; i < size; i++) {
    nodes.push({
      elementId: `e${i}`,
      labels: [i % 3 ? 'Actor' : 'Meeting'],
      properties: { id: `node-${i}` },
    });
  }
  const relationships: GraphJson['relationships'] = [];
  const link = (a: number, b: number, type: string) =>
    relationships.push({
      elementId: `r${relationships.length}`,
      type,
      startNodeElementId: `e${a}`,
      endNodeElementId: `e${b}`,
      properties: {},
    });
  for (let i = 1; i < size; i++) {
    link(i, Math.floor(random() * i), i % 2 ? 'ATTENDED' : 'PROPOSED');
    if (i % 4 === 0) link(i, 0, 'HOLDS');
  }
  link(1, 0, 'ATTENDED');
  link(2, 2, 'TOWARD');
  return { nodes, relationships };
}

/** The same graph as another load would give it: shuffled, with element ids of its own. */
function reloaded(graph: GraphJson, seed: number): GraphJson {
  const random = seededRandom(seed);
  const shuffle = <T>(items: T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };
  const rename = (id: string) => `4:other:${id}`;
  return {
    nodes: shuffle(graph.nodes).map((n) => ({ ...n, elementId: rename(n.elementId) })),
    relationships: shuffle(graph.relationships).map((r) => ({
      ...r,
      elementId: rename(r.elementId),
      startNodeElementId: rename(r.startNodeElementId),
      endNodeElementId: rename(r.endNodeElementId),
    })),
  };
}

/** Settled positions by domain id, as the view would open on an empty canvas. */
function settledById(graph: GraphJson): Map<string, [number, number]> {
  const { serialized } = renderGraphFor(createRenderGraph(), datasetFromGraph(graph));
  const positions = settlePositions(layoutInputOfSerialized(serialized));
  const byId = new Map<string, [number, number]>();
  serialized.nodes.forEach((node, i) => {
    byId.set(node.attributes!.seedKey, [positions[2 * i]!, positions[2 * i + 1]!]);
  });
  return byId;
}

describe('the layout a view opens with, whatever the order', () => {
  it('places every node where it is placed when the graph comes in another order', () => {
    // 60 nodes settle exactly; 600 use the Barnes-Hut approximation, which sums in node order.
    for (const size of [60, 600]) {
      const graph = graphOf(size, size);
      const expected = settledById(graph);
      for (const seed of [1, 2]) expect(settledById(reloaded(graph, seed))).toEqual(expected);
    }
  });

  it('holds for any order of a small graph', () => {
    const graph = graphOf(25, 7);
    const expected = settledById(graph);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 }), (seed) => {
        expect(settledById(reloaded(graph, seed))).toEqual(expected);
      }),
      { numRuns: 25 },
    );
  });

  it('moves nodes when the graph itself changes', () => {
    const graph = graphOf(60, 60);
    const changed: GraphJson = { ...graph, relationships: graph.relationships.slice(5) };
    expect(settledById(changed)).not.toEqual(settledById(graph));
  });
});
