// The GEXF 1.3 export, for Gephi: one <node> per node (its caption as label, labels and properties as
// attributes), one directed <edge> per relationship (its type as label). Every text is escaped for XML,
// and characters XML 1.0 cannot hold at all are replaced by U+FFFD: article text is hostile input. Pure.
import type { GraphJson, JsonProperties, JsonValue } from '../frontend/shared/api';

type AttrType = 'string' | 'long' | 'double' | 'boolean';

interface Attribute {
  id: string;
  key: string;
  type: AttrType;
}

/** Characters outside XML 1.0's Char production (controls, lone surrogates, U+FFFE/U+FFFF). */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text safe inside a double-quoted XML attribute (line breaks and tabs kept as character references). */
export function xmlAttr(text: string): string {
  return text.replace(NOT_XML, '\ufffd').replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c] ?? c);
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

function typeOf(values: JsonValue[]): AttrType {
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.every((v) => typeof v === 'number' && Number.isSafeInteger(v))) return 'long';
  if (values.every((v) => typeof v === 'number')) return 'double';
  return 'string';
}

/** One attribute per property key (and `labels` or `type` first), typed by the values it takes. */
function attributes(first: string, items: JsonProperties[]): Attribute[] {
  const values = new Map<string, JsonValue[]>([[first, []]]);
  for (const props of items) {
    for (const [key, value] of Object.entries(props)) {
      if (value === null) continue;
      const list = values.get(key);
      if (list) list.push(value);
      else values.set(key, [value]);
    }
  }
  return [...values].map(([key, vs], i) => ({
    id: String(i),
    key,
    type: key === first ? 'string' : typeOf(vs),
  }));
}

const text = (value: JsonValue): string =>
  typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : JSON.stringify(value);

function attvalues(attrs: Attribute[], props: JsonProperties, indent: string): string[] {
  const lines: string[] = [];
  for (const attr of attrs) {
    const value = props[attr.key];
    if (value === undefined || value === null) continue;
    lines.push(`${indent}  <attvalue for="${attr.id}" value="${xmlAttr(text(value))}"/>`);
  }
  return lines.length ? [`${indent}<attvalues>`, ...lines, `${indent}</attvalues>`] : [];
}

function declare(kind: 'node' | 'edge', attrs: Attribute[]): string[] {
  return [
    `    <attributes class="${kind}">`,
    ...attrs.map((a) => `      <attribute id="${a.id}" title="${xmlAttr(a.key)}" type="${a.type}"/>`),
    '    </attributes>',
  ];
}

/** A node's caption: its name, label or title, else its first label. */
function caption(props: JsonProperties, labels: string[]): string {
  for (const key of ['name', 'label', 'title', 'summary', 'text']) {
    const value = props[key];
    if (typeof value === 'string' && value) return value.length > 120 ? `${value.slice(0, 119)}…` : value;
  }
  return labels.join(':') || 'node';
}

export function toGexf(graph: GraphJson, description: string): string {
  const nodeProps = graph.nodes.map((n) => ({ labels: n.labels.join(':'), ...n.properties }));
  const edgeProps = graph.relationships.map((r) => ({ type: r.type, ...r.properties }));
  const nodeAttrs = attributes('labels', nodeProps);
  const edgeAttrs = attributes('type', edgeProps);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta><creator>news-graph-explorer</creator><description>${xmlAttr(description)}</description></meta>`,
    '  <graph mode="static" defaultedgetype="directed">',
    ...declare('node', nodeAttrs),
    ...declare('edge', edgeAttrs),
    '    <nodes>',
  ];
  graph.nodes.forEach((n, i) => {
    const label = xmlAttr(caption(n.properties, n.labels));
    lines.push(`      <node id="${xmlAttr(n.elementId)}" label="${label}">`);
    lines.push(...attvalues(nodeAttrs, nodeProps[i] ?? {}, '        '), '      </node>');
  });
  lines.push('    </nodes>', '    <edges>');
  graph.relationships.forEach((r, i) => {
    const ends = `source="${xmlAttr(r.startNodeElementId)}" target="${xmlAttr(r.endNodeElementId)}"`;
    lines.push(`      <edge id="${xmlAttr(r.elementId)}" ${ends} label="${xmlAttr(r.type)}">`);
    lines.push(...attvalues(edgeAttrs, edgeProps[i] ?? {}, '        '), '      </edge>');
  });
  lines.push('    </edges>', '  </graph>', '</gexf>');
  return `${lines.join('\n')}\n`;
}
