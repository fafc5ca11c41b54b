// Unit tests of the layout a view opens with: the same data always gives the same picture, whether the
// worker or the main thread settles it, and the settled picture is ForceAtlas2's own.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { describe, expect, it } from 'vitest';
import type { GraphJson } from '../../frontend/shared/api';
import { datasetFromGraph } from '../../frontend/src/core/data/utils';
import {
  createRenderGraph,
  layoutInputOfSerialized,
  placeSerialized,
  renderGraphFor,
  showRenderGraph,
} from '../../frontend/src/core/graph/utils';
import { layoutSettings, settleLayout, settlePositions } from '../../frontend/src/core/layout/utils';

/** A small graph with hubs, parallel relationships and a self-loop, as query results can have. */
function sampleGraph(): GraphJson {
  const nodes: GraphJson['nodes'] = [];
  const relationships: GraphJson['relationships'] = [];
  for (let i = 0; i < 40; i++) {
    nodes.push({
      elementId: `n${i}`,
      labels: [i % 4 === 0 ? 'Meeting' : 'Actor'],
      properties: { id: `id-${i}` },
    });
  }
  let r = 0;
  for (let i = 1; i < 40; i++) {
    const rel = (a: number, b: number, type: string) =>
      relationships.push({
        elementId: `r${r++}`,
        type,
        startNodeElementId: `n${a}`,
        endNodeElementId: `n${b}`,
        properties: {},
      });
    rel(i, i % 4 === 0 ? 0 : i - (i % 4), 'ATTENDED');
    if (i % 5 === 0) rel(i, (i * 7) % 40, 'PROPOSED');
    if (i === 9) rel(9, 9, 'HOLDS');
  }
  relationships.push({ ...relationships[0]!, elementId: 'parallel' });
  return { nodes, relationships };
}

/** The render graph of `dataset` on an empty canvas, drawn at its seeded positions. */
function seededRenderGraph(dataset: ReturnType<typeof datasetFromGraph>) {
  const graph = createRenderGraph();
  showRenderGraph(graph, renderGraphFor(graph, dataset).serialized);
  return graph;
}

function positionsOf(graph: ReturnType<typeof createRenderGraph>) {
  return graph.mapNodes((key, a) => [key, a.x, a.y]);
}

describe('the layout a view opens with', () => {
  it("is ForceAtlas2's own result on the render graph, in the layout's order", () => {
    const dataset = datasetFromGraph(sampleGraph());
    const seeded = seededRenderGraph(dataset);
    const input = layoutInputOfSerialized(renderGraphFor(createRenderGraph(), dataset).serialized);
    // The layout's order: nodes by seed key (here the domain id), each edge by its ends' places.
    const keys = seeded.mapNodes((key) => key);
    const order = Array.from(input.order, (at) => keys[at]!);
    expect(order.map((key) => seeded.getNodeAttribute(key, 'seedKey'))).toEqual(
      seeded.mapNodes((_key, a) => a.seedKey).sort(),
    );
    const expected = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
    order.forEach((key) => expected.addNode(key, { ...seeded.getNodeAttributes(key) }));
    for (let e = 0; e < input.sources.length; e++) {
      expected.addEdge(order[input.sources[e]!]!, order[input.targets[e]!]!, { weight: input.weights[e] });
    }
    const iterations = Math.round(Math.min(150, Math.max(40, 30_000 / expected.order)));
    forceAtlas2.assign(expected, { iterations, settings: layoutSettings(expected), getEdgeWeight: 'weight' });

    expect(settleLayout(seeded)).toBe(true);
    for (const key of keys) {
      expect([seeded.getNodeAttribute(key, 'x'), seeded.getNodeAttribute(key, 'y')]).toEqual([
        expected.getNodeAttribute(key, 'x'),
        expected.getNodeAttribute(key, 'y'),
      ]);
    }
  });

  it('is the same from the serialized graph (the worker path) as on the live graph', () => {
    const dataset = datasetFromGraph(sampleGraph());
    const live = seededRenderGraph(dataset);
    settleLayout(live);

    const { serialized, added } = renderGraphFor(createRenderGraph(), dataset);
    expect(added).toBe(40);
    placeSerialized(serialized, settlePositions(layoutInputOfSerialized(serialized)));
    const viaWorkerPath = createRenderGraph();
    viaWorkerPath.import(serialized);
    expect(positionsOf(viaWorkerPath)).toEqual(positionsOf(live));
  });

  it('moves the nodes away from their seeded positions, and twice gives the same picture', () => {
    const dataset = datasetFromGraph(sampleGraph());
    const { serialized } = renderGraphFor(createRenderGraph(), dataset);
    const input = layoutInputOfSerialized(serialized);
    const first = settlePositions(input);
    expect(Array.from(first)).toEqual(Array.from(settlePositions(input)));
    expect(first[0]).not.toBe(input.x[0]);
    expect(first.every(Number.isFinite)).toBe(true);
  });
});
