// The graph sigma draws: derived from the dataset, keyed by the same elementIds, carrying only what
// drawing needs.
import type Graph from 'graphology';
import type Sigma from 'sigma';
import type { NodeCategory } from '../appearance/types';

export interface RenderNodeAttributes {
  x: number;
  y: number;
  size: number;
  label: string;
  color: string;
  category: NodeCategory;
  /** Seeds the node's deterministic starting position. */
  seedKey: string;
  /** Sigma program: always 'circle' here; drawn as 'pictogram' (a disc with `image`) once sigma has that
   * program, which is registered after the first frame (see views/graph/bindings/programs.ts). */
  type: string;
  /** The pictogram, when the node has one. */
  image?: string;
  pictoColor?: string;
  /** Held in place by the layout (while dragged). */
  fixed?: boolean;
}

export interface RenderEdgeAttributes {
  size: number;
  color: string;
  relType: string;
  weight: number;
  /** Sigma program: always 'line' here; drawn as 'arrow' when `arrow` is set, once sigma has that
   * program, which is registered after the first frame. */
  type: string;
  /** Drawn with an arrowhead (once sigma can). */
  arrow: boolean;
}

export type RenderGraph = Graph<RenderNodeAttributes, RenderEdgeAttributes>;

/** The one sigma instance that draws the render graph. */
export type ExplorerSigma = Sigma<RenderNodeAttributes, RenderEdgeAttributes>;
