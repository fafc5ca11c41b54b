// The pure half of the load: an extraction document becomes batches of rows, one batch per node label
// (actors split by kind) and per relationship type and end labels, ready for `UNWIND $rows AS row`.
// No driver here, so the shape of what reaches Neo4j is unit-tested on its own. Actors are keyed by their
// canonical key (ingest/identity/names.ts), so spellings of one name in one article are one row; which
// node each lands on across articles is the loader's corpus step (ingest/load/identity.ts).
import { createHash } from 'node:crypto';
import type { ActorKind, Extraction, NodeLabel, RelationshipType, Span } from '../../schema';
import { actorNodeId, canonicalKey } from '../identity/names';
import type { ActorRef } from '../identity/resolve';

/** Properties of one node; `null` removes the property in Neo4j. */
export type NodeProps = Record<string, string | number | string[] | null>;

export interface NodeRow {
  id: string;
  props: NodeProps;
  /** Actors only: names merged into the node's `aliases` (a union across articles). */
  aliases?: string[];
}

export interface NodeBatch {
  label: NodeLabel;
  /** Actors only: the kind whose label (`ActorKindLabels`) the batch's nodes carry. */
  kind?: ActorKind;
  rows: NodeRow[];
}

export interface RelationshipRow {
  from: string;
  to: string;
  /** Ids of the quotes that support a domain relationship; absent on EVIDENCED_BY and IN. */
  quoteIds?: string[];
}

export interface RelationshipBatch {
  type: RelationshipType;
  from: NodeLabel;
  to: NodeLabel;
  rows: RelationshipRow[];
}

/** Everything one article writes; batches are non-empty and in write order (nodes before relationships). */
export interface LoadPlan {
  articleId: string;
  /** The article's actors, one per canonical key: what the corpus step resolves. */
  actors: ActorRef[];
  nodes: NodeBatch[];
  relationships: RelationshipBatch[];
}

/** Relationship types between domain nodes: each carries `quoteIds`. */
export const DomainRelationshipTypes = [
  'ATTENDED',
  'PROPOSED',
  'HOLDS',
  'TOWARD',
  'DISCUSSED',
  'HAS_TERM',
  'FOR',
  'COUNTERS',
] as const satisfies readonly RelationshipType[];

/**
 * Relationship types whose rows carry `quoteIds`: the domain ones, and SAID (Actor → Quote), whose
 * `quoteIds` is the quote it points at, so the explorer shows the words behind the edge like any other.
 */
export const QuoteCarryingTypes = [
  ...DomainRelationshipTypes,
  'SAID',
] as const satisfies readonly RelationshipType[];

/** Deterministic quote id: one per span of one article, so a span cited twice is one Quote node. */
export function quoteId(articleId: string, span: Pick<Span, 'start' | 'end'>): string {
  return `${articleId}:${span.start}-${span.end}`;
}

/** Key of one relationship instance, as the prune step compares them: `TYPE|fromId|toId`. */
export function relationshipKey(type: RelationshipType, from: string, to: string): string {
  return `${type}|${from}|${to}`;
}

/** Turns a (validated) extraction document into the batches the loader writes. */
export function buildLoadPlan(doc: Extraction): LoadPlan {
  const articleId = doc.article.id;
  const quotes = new QuoteCollector(articleId);
  const rels = new RelationshipCollector();
  const { title, date, source, url, text } = doc.article;
  const articleRows: NodeRow[] = [{ id: articleId, props: { title, date, source, url, text } }];
  const keyed = new Map(doc.actors.map((a) => [a.id, actorNodeId(a.kind, canonicalKey(a.kind, a.name))]));
  const actor = (id: string) => keyed.get(id) ?? id;
  const actorsByKind = actorRows(doc, actor, quotes, rels);
  const meetingRows = eventRows('Meeting', doc.meetings, quotes, rels, (m, evidence) => {
    for (const a of m.participants) rels.add('ATTENDED', 'Actor', 'Meeting', actor(a), m.id, evidence);
    for (const p of m.discussed ?? []) rels.add('DISCUSSED', 'Meeting', 'Proposal', m.id, p, evidence);
    return { label: m.label, place: m.place, date: m.date, status: m.status };
  });
  const proposalRows = eventRows('Proposal', doc.proposals, quotes, rels, (p, evidence) => {
    for (const a of p.proposers) rels.add('PROPOSED', 'Actor', 'Proposal', actor(a), p.id, evidence);
    for (const c of p.counters ?? []) {
      rels.add('COUNTERS', 'Proposal', 'Proposal', p.id, c.proposal, quotes.idsOf(c.evidence));
    }
    return { label: p.label, terms: p.terms };
  });
  const termNodes = termRows(doc, actor, quotes, rels);
  const labelOf = new Map<string, NodeLabel>();
  for (const m of doc.meetings) labelOf.set(m.id, 'Meeting');
  for (const p of doc.proposals) labelOf.set(p.id, 'Proposal');
  for (const a of doc.actors) labelOf.set(a.id, 'Actor');
  const stanceRows = eventRows('Stance', doc.stances, quotes, rels, (s, evidence) => {
    rels.add('HOLDS', 'Actor', 'Stance', actor(s.holder), s.id, evidence);
    const targetLabel = labelOf.get(s.target);
    const target = targetLabel === 'Actor' ? actor(s.target) : s.target;
    // A dangling target is refused by ExtractionSchema before any plan is built.
    if (targetLabel) rels.add('TOWARD', 'Stance', targetLabel, s.id, target, evidence);
    return { polarity: s.polarity, summary: s.summary ?? null, date: s.date ?? null };
  });

  for (const q of quotes.ids()) rels.add('IN', 'Quote', 'Article', q, articleId);
  sourceQuotes(doc, quotes, rels, actor);

  const nodes: NodeBatch[] = [
    { label: 'Article', rows: articleRows },
    { label: 'Quote', rows: quotes.rows() },
    ...[...actorsByKind].map(([kind, rows]) => ({ label: 'Actor' as const, kind, rows: [...rows.values()] })),
    { label: 'Meeting', rows: meetingRows },
    { label: 'Proposal', rows: proposalRows },
    { label: 'Term', rows: termNodes },
    { label: 'Stance', rows: stanceRows },
  ];
  return {
    articleId,
    actors: actorRefs(doc),
    nodes: nodes.filter((b) => b.rows.length > 0),
    relationships: rels.batches(),
  };
}

/**
 * Every Quote node's `attribution` and `sourceDescription` (a quote without an entry in the document is
 * the outlet's narration), and SAID from a named speaker's actor to the quote.
 */
function sourceQuotes(
  doc: Extraction,
  quotes: QuoteCollector,
  rels: RelationshipCollector,
  actor: (id: string) => string,
): void {
  const entries = new Map((doc.quotes ?? []).map((q) => [quoteId(doc.article.id, q), q]));
  for (const row of quotes.rows()) {
    const entry = entries.get(row.id);
    row.props.attribution = entry?.attribution ?? 'narration';
    row.props.sourceDescription = entry?.sourceDescription?.text ?? null;
    if (entry?.speaker) rels.add('SAID', 'Actor', 'Quote', actor(entry.speaker), row.id, [row.id]);
  }
}

/**
 * A Term id: the article, the proposal, the role and the words with where they stand, so one article
 * always gives the same ids and two articles never share one.
 */
export function termId(
  articleId: string,
  proposalId: string,
  role: string,
  text: string,
  start: number,
): string {
  const hash = createHash('sha256').update([articleId, proposalId, role, text, String(start)].join('\u0000'));
  return `term-${hash.digest('hex').slice(0, 16)}`;
}

/** Term nodes of the proposals' terms with roles: evidenced, under their proposal, for their actors. */
function termRows(
  doc: Extraction,
  actor: (id: string) => string,
  quotes: QuoteCollector,
  rels: RelationshipCollector,
): NodeRow[] {
  const rows = new Map<string, NodeRow>();
  for (const p of doc.proposals) {
    for (const t of p.termRoles ?? []) {
      const id = termId(doc.article.id, p.id, t.role, t.text, t.evidence[0]?.start ?? 0);
      const evidence = quotes.idsOf(t.evidence);
      if (!rows.has(id)) rows.set(id, { id, props: { text: t.text, role: t.role } });
      for (const q of evidence) rels.add('EVIDENCED_BY', 'Term', 'Quote', id, q);
      rels.add('HAS_TERM', 'Proposal', 'Term', p.id, id, evidence);
      for (const a of t.for) rels.add('FOR', 'Term', 'Actor', id, actor(a), evidence);
    }
  }
  return [...rows.values()];
}

/** One Quote node per distinct span of the article, however many elements cite it. */
class QuoteCollector {
  private readonly byId = new Map<string, NodeRow>();
  constructor(private readonly articleId: string) {}

  /** The quote ids of these spans, in order and without repeats. */
  idsOf(spans: Span[]): string[] {
    const ids: string[] = [];
    for (const span of spans) {
      const id = quoteId(this.articleId, span);
      if (!this.byId.has(id)) {
        this.byId.set(id, { id, props: { text: span.text, start: span.start, end: span.end } });
      }
      if (!ids.includes(id)) ids.push(id);
    }
    return ids;
  }

  ids(): string[] {
    return [...this.byId.keys()];
  }

  rows(): NodeRow[] {
    return [...this.byId.values()];
  }
}

/**
 * Actor rows grouped by kind (each kind is its own label), one per canonical key, aliases gathered
 * across repeats (another spelling of the name among them).
 */
function actorRows(
  doc: Extraction,
  keyed: (id: string) => string,
  quotes: QuoteCollector,
  rels: RelationshipCollector,
): Map<ActorKind, Map<string, NodeRow>> {
  const actorsByKind = new Map<ActorKind, Map<string, NodeRow>>();
  for (const actor of doc.actors) {
    const id = keyed(actor.id);
    const byId = actorsByKind.get(actor.kind) ?? new Map<string, NodeRow>();
    actorsByKind.set(actor.kind, byId);
    const row = byId.get(id) ?? { id, props: { name: actor.name, kind: actor.kind }, aliases: [] };
    const names = row.props.name === actor.name ? actor.aliases : [actor.name, ...actor.aliases];
    for (const alias of names) if (!row.aliases?.includes(alias)) row.aliases?.push(alias);
    byId.set(id, row);
    for (const q of quotes.idsOf(actor.mentions)) rels.add('EVIDENCED_BY', 'Actor', 'Quote', id, q);
  }
  return actorsByKind;
}

/** The article's actors by kind and canonical key, with every name and alias the article gives them. */
function actorRefs(doc: Extraction): ActorRef[] {
  const refs = new Map<string, ActorRef>();
  for (const a of doc.actors) {
    const key = canonicalKey(a.kind, a.name);
    const id = actorNodeId(a.kind, key);
    const ref = refs.get(id) ?? { articleId: doc.article.id, kind: a.kind, key, names: [], aliases: [] };
    refs.set(id, ref);
    if (!ref.names.includes(a.name)) ref.names.push(a.name);
    for (const alias of a.aliases) if (!ref.aliases.includes(alias)) ref.aliases.push(alias);
  }
  return [...refs.values()];
}

/**
 * Rows of meetings, proposals or stances: one node per id, its quotes as EVIDENCED_BY, and the
 * relationships `link` adds (it returns the node's properties).
 */
function eventRows<T extends { id: string; evidence: Span[] }>(
  label: 'Meeting' | 'Proposal' | 'Stance',
  items: T[],
  quotes: QuoteCollector,
  rels: RelationshipCollector,
  link: (item: T, evidence: string[]) => NodeRow['props'],
): NodeRow[] {
  const rows = new Map<string, NodeRow>();
  for (const item of items) {
    const evidence = quotes.idsOf(item.evidence);
    for (const q of evidence) rels.add('EVIDENCED_BY', label, 'Quote', item.id, q);
    const props = link(item, evidence);
    if (!rows.has(item.id)) rows.set(item.id, { id: item.id, props });
  }
  return [...rows.values()];
}

/** Groups relationship rows by (type, from label, to label), merging repeats of one pair. */
class RelationshipCollector {
  private readonly groups = new Map<
    string,
    { batch: RelationshipBatch; byPair: Map<string, RelationshipRow> }
  >();

  add(
    type: RelationshipType,
    from: NodeLabel,
    to: NodeLabel,
    fromId: string,
    toId: string,
    quoteIds?: string[],
  ): void {
    const key = `${type}|${from}|${to}`;
    let group = this.groups.get(key);
    if (!group) {
      group = { batch: { type, from, to, rows: [] }, byPair: new Map() };
      this.groups.set(key, group);
    }
    const pair = `${fromId}|${toId}`;
    const existing = group.byPair.get(pair);
    if (existing) {
      for (const q of quoteIds ?? []) if (!existing.quoteIds?.includes(q)) existing.quoteIds?.push(q);
      return;
    }
    const row: RelationshipRow = quoteIds
      ? { from: fromId, to: toId, quoteIds: [...quoteIds] }
      : { from: fromId, to: toId };
    group.byPair.set(pair, row);
    group.batch.rows.push(row);
  }

  batches(): RelationshipBatch[] {
    const order: readonly RelationshipType[] = ['IN', 'EVIDENCED_BY', ...QuoteCarryingTypes];
    return [...this.groups.values()]
      .map((g) => g.batch)
      .sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type));
  }
}

/**
 * What the article's previous load may have left that this plan no longer holds, as parameters of the
 * prune step: the quotes, the article's own meetings/proposals/stances, and the relationship keys to keep.
 */
export interface KeepSets {
  articleId: string;
  quoteIds: string[];
  ownedIds: string[];
  evidenceKeys: string[];
  domainKeys: string[];
  /** SAID from actors to the article's quotes. */
  saidKeys: string[];
}

export function keepSets(plan: LoadPlan): KeepSets {
  const ids = (label: NodeLabel) =>
    plan.nodes.filter((b) => b.label === label).flatMap((b) => b.rows.map((r) => r.id));
  const keys = (pred: (t: RelationshipType) => boolean) =>
    plan.relationships
      .filter((b) => pred(b.type))
      .flatMap((b) => b.rows.map((r) => relationshipKey(b.type, r.from, r.to)));
  const domain = new Set<RelationshipType>(DomainRelationshipTypes);
  return {
    articleId: plan.articleId,
    quoteIds: ids('Quote'),
    ownedIds: [...ids('Meeting'), ...ids('Proposal'), ...ids('Stance'), ...ids('Term')],
    evidenceKeys: keys((t) => t === 'EVIDENCED_BY'),
    domainKeys: keys((t) => domain.has(t)),
    saidKeys: keys((t) => t === 'SAID'),
  };
}

/** Rows per node label and per relationship type in a plan (what one article writes). */
export function planCounts(plan: LoadPlan): {
  nodes: Partial<Record<NodeLabel, number>>;
  relationships: Partial<Record<RelationshipType, number>>;
} {
  const nodes: Partial<Record<NodeLabel, number>> = {};
  for (const b of plan.nodes) nodes[b.label] = (nodes[b.label] ?? 0) + b.rows.length;
  const relationships: Partial<Record<RelationshipType, number>> = {};
  for (const b of plan.relationships) relationships[b.type] = (relationships[b.type] ?? 0) + b.rows.length;
  return { nodes, relationships };
}

/** The relationship batches of a plan that touch an actor: what an article stores to relink them later. */
export function actorRelationships(plan: LoadPlan): RelationshipBatch[] {
  return plan.relationships.filter((b) => b.from === 'Actor' || b.to === 'Actor');
}

/**
 * Relationship batches with their actor ends moved to the nodes `nodeOf` gives (an id it does not know
 * stays), rows that now join the same pair merged with their quotes in order.
 */
export function retargetRelationships(
  batches: RelationshipBatch[],
  nodeOf: (id: string) => string | undefined,
): RelationshipBatch[] {
  return batches.map((batch) => {
    const byPair = new Map<string, RelationshipRow>();
    for (const row of batch.rows) {
      const from = batch.from === 'Actor' ? (nodeOf(row.from) ?? row.from) : row.from;
      const to = batch.to === 'Actor' ? (nodeOf(row.to) ?? row.to) : row.to;
      const pair = `${from}|${to}`;
      const existing = byPair.get(pair);
      if (!existing) {
        byPair.set(pair, row.quoteIds ? { from, to, quoteIds: [...row.quoteIds] } : { from, to });
        continue;
      }
      for (const q of row.quoteIds ?? []) if (!existing.quoteIds?.includes(q)) existing.quoteIds?.push(q);
    }
    return { ...batch, rows: [...byPair.values()] };
  });
}

/** An actor node as the corpus step names it (ingest/identity/resolve.ts ActorNode). */
export interface ResolvedActor {
  id: string;
  kind: ActorKind;
  name: string;
  aliases: string[];
}

/**
 * The plan with its actors on the nodes the corpus step chose: one row per node, with the node's name
 * and aliases across the corpus, and every relationship moved with them.
 */
export function retargetPlan(
  plan: LoadPlan,
  nodeOf: (id: string) => string | undefined,
  node: (id: string) => ResolvedActor | undefined,
): LoadPlan {
  const nodes = plan.nodes.map((batch) => {
    if (batch.label !== 'Actor') return batch;
    const rows = new Map<string, NodeRow>();
    for (const row of batch.rows) {
      const id = nodeOf(row.id) ?? row.id;
      const resolved = node(id);
      const name = resolved?.name ?? String(row.props.name);
      const kind = resolved?.kind ?? batch.kind ?? null;
      if (!rows.has(id)) rows.set(id, { id, props: { name, kind }, aliases: resolved?.aliases ?? [] });
    }
    return { ...batch, rows: [...rows.values()] };
  });
  return { ...plan, nodes, relationships: retargetRelationships(plan.relationships, nodeOf) };
}
