// The brief: Markdown with a short section per actor, meeting and proposal (with what each side gives and
// gets) of a graph, each statement followed by footnotes that quote the article verbatim and say how the
// quote is sourced:
//   [^n]: “<quote>” — <article title>, <source>, <date> · <Direct quote: speaker | Anonymous source: “…” | …>
// Text from the articles is Markdown-escaped (a backslash before each mark that could start inline
// markup mid-line: \ ` * _ [ ] < > & ~ # |),
// so rendered it is the article's own words and nothing in it becomes a link, markup or a footnote;
// line breaks inside a quote are written as spaces. Pure: the quotes come in `evidence`.
import type { GraphJson, GraphNode, GraphRelationship } from '../frontend/shared/api';
import { ATTRIBUTION_LABELS } from '../frontend/shared/attribution';
import { TermRoles, type Attribution, type TermRole } from '../schema/vocabulary';

export interface QuoteSource {
  text: string;
  title: string;
  source: string | null;
  date: string | null;
  attribution: Attribution | null;
  /** The article's words for an anonymous source. */
  sourceDescription: string | null;
  /** Named speakers (SAID). */
  speakers: string[];
}

/** "Direct quote: Ana Ruiz", "Anonymous source: “a person close to the talks”", "Narration"; "" when unknown. */
function sourcing(q: QuoteSource): string {
  if (!q.attribution) return '';
  const who =
    q.attribution === 'anonymous'
      ? q.sourceDescription && `“${mdText(q.sourceDescription)}”`
      : q.speakers.map(mdText).join(', ');
  return ` · ${ATTRIBUTION_LABELS[q.attribution]}${who ? `: ${who}` : ''}`;
}

export interface BriefEvidence {
  /** Each node's own quote ids (EVIDENCED_BY), by elementId. */
  quotesOf: Map<string, string[]>;
  quotes: Map<string, QuoteSource>;
}

/** Footnotes one statement carries at most, to keep the brief short. */
export const QUOTES_PER_STATEMENT = 3;

/** Markdown text that renders as `text`, on one line. */
export function mdText(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\\`*_[\]<>&~#|]/g, (c) => `\\${c}`);
}

const str = (node: GraphNode, key: string): string | null => {
  const value = node.properties[key];
  return typeof value === 'string' && value ? value : null;
};

const quoteIdsOf = (rel: GraphRelationship): string[] => {
  const ids = rel.properties.quoteIds;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
};

function title(node: GraphNode): string {
  return str(node, 'name') ?? str(node, 'label') ?? str(node, 'summary') ?? node.labels.join(':');
}

/** Numbers each quote once, in order of first use. */
class Footnotes {
  private readonly numbers = new Map<string, number>();
  constructor(private readonly quotes: Map<string, QuoteSource>) {}

  /** The statement with its footnote marks; null when none of its quotes is known. */
  mark(statement: string, quoteIds: readonly string[]): string | null {
    const known = [...new Set(quoteIds)].filter((id) => this.quotes.has(id)).slice(0, QUOTES_PER_STATEMENT);
    if (known.length === 0) return null;
    const marks = known.map((id) => {
      if (!this.numbers.has(id)) this.numbers.set(id, this.numbers.size + 1);
      return `[^${this.numbers.get(id)}]`;
    });
    return `- ${statement}${marks.join('')}`;
  }

  lines(): string[] {
    return [...this.numbers].map(([id, n]) => {
      const q = this.quotes.get(id)!;
      const where = [q.title, q.source, q.date].filter((part): part is string => !!part).map(mdText);
      return `[^${n}]: “${mdText(q.text)}” — ${where.join(', ')}${sourcing(q)}`;
    });
  }
}

const STANCE_VERB: Record<string, string> = { oppose: 'Opposes', support: 'Supports' };

interface Index {
  nodes: Map<string, GraphNode>;
  out: Map<string, GraphRelationship[]>;
  in: Map<string, GraphRelationship[]>;
}

function index(graph: GraphJson): Index {
  const idx: Index = {
    nodes: new Map(graph.nodes.map((n) => [n.elementId, n])),
    out: new Map(),
    in: new Map(),
  };
  for (const rel of graph.relationships) {
    for (const [map, key] of [
      [idx.out, rel.startNodeElementId],
      [idx.in, rel.endNodeElementId],
    ] as const) {
      const list = map.get(key);
      if (list) list.push(rel);
      else map.set(key, [rel]);
    }
  }
  return idx;
}

/** What the graph says of one actor: meetings, proposals and stances, each with its quotes. */
function actorStatements(actor: GraphNode, idx: Index): [string, string[]][] {
  const said: [string, string[]][] = [];
  for (const rel of idx.out.get(actor.elementId) ?? []) {
    const other = idx.nodes.get(rel.endNodeElementId);
    if (!other) continue;
    if (rel.type === 'ATTENDED') said.push([`Attended: ${mdText(title(other))}.`, quoteIdsOf(rel)]);
    if (rel.type === 'PROPOSED') said.push([`Proposed: ${mdText(title(other))}.`, quoteIdsOf(rel)]);
    if (rel.type === 'HOLDS') {
      const polarity = str(other, 'polarity') ?? '';
      for (const toward of (idx.out.get(other.elementId) ?? []).filter((r) => r.type === 'TOWARD')) {
        const target = idx.nodes.get(toward.endNodeElementId);
        if (!target) continue;
        const verb = STANCE_VERB[polarity] ?? `Holds a ${mdText(polarity || 'stance')} stance toward`;
        const how = str(other, 'summary');
        const line = `${verb} ${mdText(title(target))}${how ? ` (${mdText(how)})` : ''}.`;
        said.push([line, [...quoteIdsOf(rel), ...quoteIdsOf(toward)]]);
      }
    }
  }
  return said;
}

function meetingStatements(meeting: GraphNode, idx: Index, own: string[]): [string, string[]][] {
  const facts = ['status', 'date', 'place'].flatMap((key) => {
    const value = str(meeting, key);
    return value ? [`${key} ${mdText(value)}`] : [];
  });
  const said: [string, string[]][] = [[`${facts.join(', ') || 'A meeting'}.`, own]];
  for (const rel of idx.in.get(meeting.elementId) ?? []) {
    const who = idx.nodes.get(rel.startNodeElementId);
    if (rel.type === 'ATTENDED' && who) said.push([`Attended by ${mdText(title(who))}.`, quoteIdsOf(rel)]);
  }
  for (const rel of idx.out.get(meeting.elementId) ?? []) {
    const what = idx.nodes.get(rel.endNodeElementId);
    if (rel.type === 'DISCUSSED' && what) said.push([`Discussed ${mdText(title(what))}.`, quoteIdsOf(rel)]);
  }
  return said;
}

/** "Ukraine gives: …", "Condition on X: …": one line per Term of the proposal (HAS_TERM, FOR). */
function tradeStatements(proposal: GraphNode, idx: Index): [string, string[]][] {
  const said: [number, string, string[]][] = [];
  for (const has of (idx.out.get(proposal.elementId) ?? []).filter((r) => r.type === 'HAS_TERM')) {
    const term = idx.nodes.get(has.endNodeElementId);
    const text = term && str(term, 'text');
    if (!term || !text) continue;
    const sides = (idx.out.get(term.elementId) ?? [])
      .filter((r) => r.type === 'FOR')
      .flatMap((r) => {
        const actor = idx.nodes.get(r.endNodeElementId);
        return actor ? [mdText(title(actor))] : [];
      })
      .join(', ');
    const role = str(term, 'role');
    const head =
      role === 'condition'
        ? `Condition${sides ? ` on ${sides}` : ''}`
        : `${sides || 'One side'} ${role === 'gives' ? 'gives' : 'gets'}`;
    said.push([TermRoles.indexOf(role as TermRole), `${head}: ${mdText(text)}.`, quoteIdsOf(has)]);
  }
  // What is given, then what is got, then the conditions, as the explorer's panel lists them.
  return said
    .sort(([ra, a], [rb, b]) => ra - rb || a.localeCompare(b, 'en'))
    .map(([, statement, quotes]) => [statement, quotes]);
}

function proposalStatements(proposal: GraphNode, idx: Index, own: string[]): [string, string[]][] {
  const terms = proposal.properties.terms;
  const list = Array.isArray(terms) ? terms.filter((t): t is string => typeof t === 'string') : [];
  const said: [string, string[]][] = [
    [list.length ? `Terms: ${list.map(mdText).join('; ')}.` : 'Put forward.', own],
    ...tradeStatements(proposal, idx),
  ];
  for (const rel of idx.in.get(proposal.elementId) ?? []) {
    const from = idx.nodes.get(rel.startNodeElementId);
    if (!from) continue;
    if (rel.type === 'PROPOSED') said.push([`Proposed by ${mdText(title(from))}.`, quoteIdsOf(rel)]);
    if (rel.type !== 'TOWARD') continue;
    const polarity = str(from, 'polarity') ?? 'stance';
    for (const holds of (idx.in.get(from.elementId) ?? []).filter((r) => r.type === 'HOLDS')) {
      const holder = idx.nodes.get(holds.startNodeElementId);
      if (holder)
        said.push([
          `${mdText(title(holder))}: ${mdText(polarity)}.`,
          [...quoteIdsOf(holds), ...quoteIdsOf(rel)],
        ]);
    }
  }
  return said;
}

const SECTIONS: [string, string, (n: GraphNode, idx: Index, own: string[]) => [string, string[]][]][] = [
  ['Actors', 'Actor', (n, idx) => actorStatements(n, idx)],
  ['Meetings', 'Meeting', meetingStatements],
  ['Proposals', 'Proposal', proposalStatements],
];

/** The brief of `graph` as Markdown, headed by `heading`. */
export function toBrief(graph: GraphJson, evidence: BriefEvidence, heading: string): string {
  const idx = index(graph);
  const notes = new Footnotes(evidence.quotes);
  const out = [`# ${mdText(heading)}`, ''];
  for (const [name, label, statements] of SECTIONS) {
    const members = graph.nodes.filter((n) => n.labels.includes(label));
    if (members.length === 0) continue;
    out.push(`## ${name}`, '');
    for (const node of members.sort((a, b) => title(a).localeCompare(title(b), 'en'))) {
      const own = evidence.quotesOf.get(node.elementId) ?? [];
      let lines = statements(node, idx, own).flatMap(([s, q]) => notes.mark(s, q) ?? []);
      // Named and nothing more: the words it was named in.
      if (lines.length === 0) lines = [notes.mark('Named in the article.', own)].filter((l) => l !== null);
      if (lines.length === 0) continue;
      out.push(`### ${mdText(title(node))}`, '', ...lines, '');
    }
  }
  const footnotes = notes.lines();
  if (footnotes.length === 0) out.push('Nothing in this graph is backed by a quote.', '');
  return `${[...out, ...footnotes].join('\n')}\n`;
}
