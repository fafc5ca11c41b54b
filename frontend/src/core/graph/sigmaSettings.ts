// Sigma's settings for the explorer: programs, typography and interaction defaults. A function, so
// nothing is built at import time.
import type { Settings } from 'sigma/settings';
import {
  EdgeArrowProgram,
  EdgeRectangleProgram,
  NodeCircleProgram,
  createNodeCompoundProgram,
  type NodeProgramType,
} from 'sigma/rendering';
import type { RenderEdgeAttributes, RenderNodeAttributes } from './types';

export const LABEL_FONT = 'Inter, "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif';

/** The pictogram program (a disc with an icon): its module is loaded after the first frame, as it
 * creates WebGL contexts as it loads. */
async function pictogramProgram(): Promise<NodeProgramType<RenderNodeAttributes, RenderEdgeAttributes>> {
  const { createNodeImageProgram } = await import('@sigma/node-image');
  const pictogram = createNodeImageProgram({
    padding: 0.28,
    size: { mode: 'force', value: 96 },
    drawingMode: 'color',
    colorAttribute: 'pictoColor',
    keepWithinCircle: true,
  });
  // The compound program is built over sigma's generic attributes; ours are a subtype.
  return createNodeCompoundProgram([NodeCircleProgram, pictogram]) as unknown as NodeProgramType<
    RenderNodeAttributes,
    RenderEdgeAttributes
  >;
}

/**
 * The programs registered after the first frame: pictograms for nodes, arrowheads for edges. Compiling
 * their shaders (several per program, without a GPU) would otherwise delay that frame. Without the
 * pictogram module, nodes stay plain discs, which still carry colour and label.
 */
export async function laterPrograms(): Promise<
  Pick<Settings<RenderNodeAttributes, RenderEdgeAttributes>, 'nodeProgramClasses' | 'edgeProgramClasses'>
> {
  const base = sigmaSettings();
  const pictogram = await pictogramProgram().catch(() => null);
  return {
    nodeProgramClasses: { ...base.nodeProgramClasses, ...(pictogram ? { pictogram } : {}) },
    edgeProgramClasses: { ...base.edgeProgramClasses, arrow: EdgeArrowProgram },
  };
}

export function sigmaSettings(): Partial<Settings<RenderNodeAttributes, RenderEdgeAttributes>> {
  return {
    defaultNodeType: 'circle',
    defaultEdgeType: 'line',
    nodeProgramClasses: { circle: NodeCircleProgram },
    edgeProgramClasses: { line: EdgeRectangleProgram },
    renderEdgeLabels: true,
    // Sigma sets up edge picking at creation only when this is on (the performance binding may turn it
    // off).
    enableEdgeEvents: true,
    zIndex: true,
    labelFont: LABEL_FONT,
    labelSize: 12,
    labelWeight: '500',
    labelColor: { color: '#1f2328' },
    labelDensity: 0.9,
    labelGridCellSize: 110,
    labelRenderedSizeThreshold: 8,
    edgeLabelFont: LABEL_FONT,
    edgeLabelSize: 10,
    edgeLabelWeight: '500',
    edgeLabelColor: { color: '#5f6670' },
    stagePadding: 48,
    minCameraRatio: 0.02,
    maxCameraRatio: 6,
    zoomDuration: 200,
  };
}
