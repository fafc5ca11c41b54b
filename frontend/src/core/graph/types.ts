// The graph sigma draws: derived from the dataset, keyed by the same elementIds, carrying only what
// drawing needs.
import type Graph from 'graphology';
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
  /** Sigma program: 'pictogram' (disc with an icon) or 'circle'. */
  type: string;
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
  /** Sigma program: 'arrow' or 'line'. */
  type: string;
}

export type RenderGraph = Graph<RenderNodeAttributes, RenderEdgeAttributes>;
