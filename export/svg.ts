// The picture of a graph (export/picture.ts) as one SVG document: edges as lines (with an arrowhead
// where the explorer draws one), nodes as discs in their colours, and labels beside their nodes, the
// largest nodes' first, a label that would overlap one already placed left out as the explorer's
// canvas does. Every label is XML-escaped text (export/gexf.ts xmlAttr): a label is data, never markup.
// Pure: export/png.ts rasterises the document.
import { xmlAttr } from './gexf';
import type { Picture, PictureNode } from './picture';

export interface SvgOptions {
  width: number;
  height: number;
  background: string;
}

export const DEFAULT_SVG_OPTIONS: SvgOptions = { width: 1600, height: 1000, background: '#ffffff' };

const FONT = 'Inter, "Segoe UI", system-ui, Arial, sans-serif';
const FONT_SIZE = 13;
/** A label's width in pixels, guessed from its length: enough to keep labels apart. */
const CHAR_WIDTH = FONT_SIZE * 0.56;
const MARGIN = 40;
/** Room on the right for the labels of the rightmost nodes. */
const LABEL_ROOM = 200;

interface Placed {
  x: number;
  y: number;
  r: number;
  node: PictureNode;
}

/** Layout units to pixels: the graph fits the canvas inside the margin, its aspect kept, y downwards. */
function place(picture: Picture, width: number, height: number): Placed[] {
  if (picture.nodes.length === 0) return [];
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const { x, y } of picture.nodes) {
    [minX, maxX, minY, maxY] = [Math.min(minX, x), Math.max(maxX, x), Math.min(minY, y), Math.max(maxY, y)];
  }
  const spanX = maxX - minX || 1;
  const spanY = maxY - minY || 1;
  const room = Math.max(1, width - 2 * MARGIN - LABEL_ROOM);
  const scale = Math.min(room / spanX, Math.max(1, height - 2 * MARGIN) / spanY);
  const offsetX = MARGIN + (room - spanX * scale) / 2;
  const offsetY = (height - spanY * scale) / 2;
  return picture.nodes.map((node) => ({
    x: offsetX + (node.x - minX) * scale,
    y: height - (offsetY + (node.y - minY) * scale),
    r: Math.max(1, node.size),
    node,
  }));
}

const n2 = (value: number): string => String(Math.round(value * 100) / 100);

function edgeLines(picture: Picture, at: Placed[]): string[] {
  return picture.edges.flatMap((edge) => {
    const s = at[edge.source];
    const t = at[edge.target];
    if (!s || !t) return [];
    const head = edge.arrow ? ' marker-end="url(#arrow)"' : '';
    // An arrow stops at the rim of its target's disc, so its head is seen.
    const dx = t.x - s.x;
    const dy = t.y - s.y;
    const length = Math.hypot(dx, dy) || 1;
    const cut = edge.arrow ? Math.min(t.r, length / 2) : 0;
    const [x2, y2] = [t.x - (dx / length) * cut, t.y - (dy / length) * cut];
    return [
      `<line x1="${n2(s.x)}" y1="${n2(s.y)}" x2="${n2(x2)}" y2="${n2(y2)}" stroke="${xmlAttr(edge.color)}" stroke-width="${n2(edge.size)}"${head}/>`,
    ];
  });
}

/** Labels of the largest nodes first; one whose box meets a placed box is left out. */
function labels(at: Placed[]): string[] {
  const boxes: [number, number, number, number][] = [];
  const out: string[] = [];
  for (const p of [...at].sort((a, b) => b.r - a.r)) {
    if (!p.node.label) continue;
    const box: [number, number, number, number] = [
      p.x + p.r + 3,
      p.y - FONT_SIZE / 2 - 1,
      p.x + p.r + 3 + p.node.label.length * CHAR_WIDTH,
      p.y + FONT_SIZE / 2 + 1,
    ];
    if (boxes.some((b) => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3])) continue;
    boxes.push(box);
    out.push(`<text x="${n2(box[0])}" y="${n2(p.y)}">${xmlAttr(p.node.label)}</text>`);
  }
  return out;
}

export function toSvg(picture: Picture, options: SvgOptions = DEFAULT_SVG_OPTIONS): string {
  const { width, height } = options;
  const at = place(picture, width, height);
  const discs = at.map(
    (p) => `<circle cx="${n2(p.x)}" cy="${n2(p.y)}" r="${n2(p.r)}" fill="${xmlAttr(p.node.color)}"/>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#98a0aa"/></marker></defs>',
    `<rect width="100%" height="100%" fill="${xmlAttr(options.background)}"/>`,
    '<g stroke-linecap="round">',
    ...edgeLines(picture, at),
    '</g>',
    '<g>',
    ...discs,
    '</g>',
    `<g font-family="${xmlAttr(FONT)}" font-size="${FONT_SIZE}" fill="#1f2328" dominant-baseline="central">`,
    ...labels(at),
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}
