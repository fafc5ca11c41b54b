// Node labels that never overlap: sigma's label grid picks which labels to draw for the zoom, and this
// drawer skips any label whose box would cross one already drawn in the same frame (the grid's order puts
// the larger nodes of each cell first). A label forced on (the node in focus) is always drawn.
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import type { ExplorerSigma, RenderEdgeAttributes, RenderNodeAttributes } from '../../../core/graph/types';

/** A drawn label's box, in the canvas's CSS pixels. */
export interface LabelBox {
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Space kept around each label. */
const GAP = 2;

const drawn = new WeakMap<ExplorerSigma, LabelBox[]>();

/** The labels of the last frame. */
export function drawnLabels(sigma: ExplorerSigma): readonly LabelBox[] {
  return drawn.get(sigma) ?? [];
}

function overlaps(a: LabelBox, b: LabelBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function bindLabels(sigma: ExplorerSigma): () => void {
  let boxes: LabelBox[] = [];
  const onBeforeRender = () => {
    boxes = [];
    drawn.set(sigma, boxes);
  };
  const draw = (
    context: CanvasRenderingContext2D,
    data: PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'>,
    settings: Settings<RenderNodeAttributes, RenderEdgeAttributes>,
  ): void => {
    if (!data.label) return;
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const x = data.x + data.size + 3;
    const baseline = data.y + size / 3;
    const box: LabelBox = {
      label: data.label,
      x: x - GAP,
      y: baseline - size - GAP,
      width: context.measureText(data.label).width + 2 * GAP,
      height: size * 1.3 + 2 * GAP,
    };
    if (!data.forceLabel && boxes.some((other) => overlaps(box, other))) return;
    boxes.push(box);
    context.fillStyle = settings.labelColor.color ?? '#000';
    context.fillText(data.label, x, baseline);
  };
  sigma.setSetting('defaultDrawNodeLabel', draw);
  sigma.on('beforeRender', onBeforeRender);
  return () => sigma.off('beforeRender', onBeforeRender);
}
