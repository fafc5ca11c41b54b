// The PNG export's pure parts: the picture of a graph (export/picture.ts) keeps every node the explorer
// first shows, and the SVG (export/svg.ts) draws each as a disc, with hostile labels as escaped text that
// reads back exactly and never as markup.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseExportArgs } from '../../export/args';
import type { GraphJson } from '../../frontend/shared/api';
import { pictureOf, type Picture } from '../../export/picture';
import { toSvg } from '../../export/svg';

/** The elements the SVG is made of; any other `<` would be markup smuggled in by a label. */
const TAGS = /^<\/?(svg|defs|marker|path|rect|g|line|circle|text)[\s>/]/;

/** What an XML parser reads back from escaped text. */
const unescapeXml = (text: string) =>
  text
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Nodes on a diagonal far apart, so that no label can overlap another. */
function spread(labels: string[]): Picture {
  return {
    nodes: labels.map((label, i) => ({ x: i * 100, y: i * 100, size: 5, color: '#3f6fb5', label })),
    edges: labels
      .slice(1)
      .map((_l, i) => ({ source: i, target: i + 1, size: 1, color: '#98a0aa', arrow: true })),
  };
}

describe('the SVG of a graph', () => {
  it('draws every node, and hostile labels as text that reads back exactly', () => {
    const hostile = fc.string({ unit: 'grapheme', maxLength: 30 }).filter((s) => s.trim().length > 0);
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 6 }), (labels) => {
        const picked = [...labels, '<script>alert(1)</script>', ']]> & "x" \'y\''];
        const svg = toSvg(spread(picked), { width: 20_000, height: 20_000, background: '#fff' });
        expect(svg.match(/<circle /g)).toHaveLength(picked.length);
        for (const at of svg.matchAll(/</g)) expect(svg.slice(at.index, at.index + 10)).toMatch(TAGS);
        const texts = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => unescapeXml(m[1]!));
        expect(texts.sort()).toEqual([...picked].sort());
      }),
      { numRuns: 200 },
    );
  });

  it('replaces characters XML cannot hold', () => {
    const svg = toSvg(spread(['a\u0000b\u0008c\ud800']));
    expect(svg).toContain('>a\ufffdb\ufffdc\ufffd</text>');
  });

  it('keeps the drawing inside the canvas, whatever the layout spans', () => {
    const picture = spread(['left', 'middle', 'right']);
    picture.nodes[2]!.x = 1e9;
    const svg = toSvg(picture, { width: 800, height: 600, background: '#fff' });
    for (const m of svg.matchAll(/<circle cx="([^"]+)" cy="([^"]+)"/g)) {
      expect(Number(m[1])).toBeGreaterThanOrEqual(0);
      expect(Number(m[1])).toBeLessThanOrEqual(800);
      expect(Number(m[2])).toBeGreaterThanOrEqual(0);
      expect(Number(m[2])).toBeLessThanOrEqual(600);
    }
  });
});

describe('the picture of a graph', () => {
  const graph: GraphJson = {
    nodes: [
      { elementId: 'p', labels: ['Actor', 'Person'], properties: { id: 'p', name: 'Ada <img src=x>' } },
      { elementId: 'm', labels: ['Meeting'], properties: { id: 'm', label: 'Talks & "terms"' } },
      { elementId: 'q', labels: ['Quote'], properties: { id: 'q', text: 'said so' } },
      { elementId: 'a', labels: ['Article'], properties: { id: 'a', title: 'A paper' } },
    ],
    relationships: [
      { elementId: 'r1', type: 'ATTENDED', startNodeElementId: 'p', endNodeElementId: 'm', properties: {} },
      {
        elementId: 'r2',
        type: 'EVIDENCED_BY',
        startNodeElementId: 'm',
        endNodeElementId: 'q',
        properties: {},
      },
    ],
  };

  it('holds every node the explorer first shows, in its colour, and the edges between them', () => {
    const picture = pictureOf(graph);
    expect(picture.nodes.map((n) => n.label).sort()).toEqual(['Ada <img src=x>', 'Talks & "terms"']);
    expect(new Set(picture.nodes.map((n) => n.color)).size).toBe(2);
    expect(picture.edges).toHaveLength(1);
    expect(picture.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
    // The same graph in another order gives the same picture.
    const reversed = pictureOf({ nodes: [...graph.nodes].reverse(), relationships: graph.relationships });
    const key = (p: Picture) => p.nodes.map((n) => `${n.label}@${n.x},${n.y}`).sort();
    expect(key(reversed)).toEqual(key(picture));
  });

  it('draws the hidden categories when asked', () => {
    expect(pictureOf(graph, []).nodes).toHaveLength(4);
  });
});

describe('--format png', () => {
  it('needs --out: a PNG never goes to a terminal', () => {
    expect(() => parseExportArgs(['--format', 'png'])).toThrow('--format png needs --out FILE');
    expect(parseExportArgs(['--format', 'png', '--out', 'g.png']).format).toBe('png');
  });
});
