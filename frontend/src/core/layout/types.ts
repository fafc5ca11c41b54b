// The layout is either idle or running in its worker.
export type LayoutState = { type: 'idle' } | { type: 'running'; startedAt: number };

/** What the settling layout reads from a graph: positions, edges by node index, in the layout's order. Typed
 * arrays, so that it crosses to the layout worker without copying object by object. */
export interface LayoutInput {
  /** The caller's index of each node, in the layout's own order: nodes sorted by their seed keys, so that
   * the picture depends on the graph, not on the order its nodes and edges arrived in. */
  order: Uint32Array;
  x: Float64Array;
  y: Float64Array;
  sources: Uint32Array;
  targets: Uint32Array;
  weights: Float64Array;
}
