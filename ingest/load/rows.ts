// The pure half of the load: an extraction document becomes batches of rows, one batch per node label
// (actors split by kind) and per relationship type and end labels, ready for `UNWIND $rows AS row`.
// No driver here, so the shape of what reaches Neo4j is unit-tested on its own.
import type { ActorKind, Extraction, NodeLabel, RelationshipType, Span } from '../../schema';

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
  const quotes = new Map<string, NodeRow>();
  const quoteIdsOf = (spans: Span[]): string[] => {
    const ids: string[] = [];
    for (const span of spans) {
      const id = quoteId(articleId, span);
      if (!quotes.has(id)) {
        quotes.set(id, { id, props: { text: span.text, start: span.start, end: span.end } });
      }
      if (!ids.includes(id)) ids.push(id);
    }
    return ids;
  };

  const rels = new RelationshipCollector();
  const { title, date, source, url, text } = doc.article;
  const articleRows: NodeRow[] = [{ id: articleId, props: { title, date, source, url, text } }];

  const actorsByKind = new Map<ActorKind, Map<string, NodeRow>>();
  for (const actor of doc.actors) {
    const byId = actorsByKind.get(actor.kind) ?? new Map<string, NodeRow>();
    actorsByKind.set(actor.kind, byId);
    const row = byId.get(actor.id) ?? {
      id: actor.id,
      props: { name: actor.name, kind: actor.kind },
      aliases: [],
    };
    for (const alias of actor.aliases) if (!row.aliases?.includes(alias)) row.aliases?.push(alias);
    byId.set(actor.id, row);
    for (const q of quoteIdsOf(actor.mentions)) rels.add('EVIDENCED_BY', 'Actor', 'Quote', actor.id, q);
  }

  const meetingRows = new Map<string, NodeRow>();
  for (const m of doc.meetings) {
    const evidence = quoteIdsOf(m.evidence);
    if (!meetingRows.has(m.id)) {
      meetingRows.set(m.id, {
        id: m.id,
        props: { label: m.label, place: m.place, date: m.date, status: m.status },
      });
    }
    for (const q of evidence) rels.add('EVIDENCED_BY', 'Meeting', 'Quote', m.id, q);
    for (const actor of m.participants) rels.add('ATTENDED', 'Actor', 'Meeting', actor, m.id, evidence);
    for (const p of m.discussed ?? []) rels.add('DISCUSSED', 'Meeting', 'Proposal', m.id, p, evidence);
  }

  const proposalRows = new Map<string, NodeRow>();
  for (const p of doc.proposals) {
    const evidence = quoteIdsOf(p.evidence);
    if (!proposalRows.has(p.id)) {
      proposalRows.set(p.id, { id: p.id, props: { label: p.label, terms: p.terms } });
    }
    for (const q of evidence) rels.add('EVIDENCED_BY', 'Proposal', 'Quote', p.id, q);
    for (const actor of p.proposers) rels.add('PROPOSED', 'Actor', 'Proposal', actor, p.id, evidence);
  }

  const labelOf = new Map<string, NodeLabel>();
  for (const m of doc.meetings) labelOf.set(m.id, 'Meeting');
  for (const p of doc.proposals) labelOf.set(p.id, 'Proposal');
  for (const a of doc.actors) labelOf.set(a.id, 'Actor');

  const stanceRows = new Map<string, NodeRow>();
  for (const s of doc.stances) {
    const evidence = quoteIdsOf(s.evidence);
    if (!stanceRows.has(s.id)) {
      stanceRows.set(s.id, { id: s.id, props: { polarity: s.polarity, summary: s.summary ?? null } });
    }
    for (const q of evidence) rels.add('EVIDENCED_BY', 'Stance', 'Quote', s.id, q);
    rels.add('HOLDS', 'Actor', 'Stance', s.holder, s.id, evidence);
    const targetLabel = labelOf.get(s.target);
    // A dangling target is refused by ExtractionSchema before any plan is built.
    if (targetLabel) rels.add('TOWARD', 'Stance', targetLabel, s.id, s.target, evidence);
  }

  for (const q of quotes.keys()) rels.add('IN', 'Quote', 'Article', q, articleId);

  const nodes: NodeBatch[] = [
    { label: 'Article', rows: articleRows },
    { label: 'Quote', rows: [...quotes.values()] },
    ...[...actorsByKind].map(([kind, rows]) => ({ label: 'Actor' as const, kind, rows: [...rows.values()] })),
    { label: 'Meeting', rows: [...meetingRows.values()] },
    { label: 'Proposal', rows: [...proposalRows.values()] },
    { label: 'Stance', rows: [...stanceRows.values()] },
  ];
  return {
    articleId,
    nodes: nodes.filter((b) => b.rows.length > 0),
    relationships: rels.batches(),
  };
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
    const order: readonly RelationshipType[] = ['IN', 'EVIDENCED_BY', ...DomainRelationshipTypes];
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
    ownedIds: [...ids('Meeting'), ...ids('Proposal'), ...ids('Stance')],
    evidenceKeys: keys((t) => t === 'EVIDENCED_BY'),
    domainKeys: keys((t) => domain.has(t)),
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
