// The layout is either idle or running in its worker.
export type LayoutState = { type: 'idle' } | { type: 'running'; startedAt: number };

/** What the settling layout reads from a graph: positions in node order, edges by node index. Typed
 * arrays, so that it crosses to the layout worker without copying object by object. */
export interface LayoutInput {
  x: Float64Array;
  y: Float64Array;
  sources: Uint32Array;
  targets: Uint32Array;
  weights: Float64Array;
}
