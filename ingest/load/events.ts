// The Neo4j half of meeting and proposal identity, run inside each article's write transaction after the
// actor step: the article's meetings and proposals, the stored ones they may be (found through their
// actors' ATTENDED and PROPOSED relationships, never by reading every article), grouped again
// (ingest/identity/events.ts), and every group around them written whole on its node, so the graph does
// not depend on the order articles arrive in. Each Article keeps its events (`eventRefs`) for this.
import type { Driver, Transaction } from 'neo4j-driver';
import {
  StoredEventRefSchema,
  type MeetingStatus,
  type NodeLabel,
  type RelationshipType,
  type StoredEventRef,
} from '../../schema';
import {
  groupEvents,
  mayBeSame,
  probeMinimum,
  groupProps,
  sameEventWindows,
  verdictMemory,
  type EventGrouping,
  type EventRef,
  type Verdict,
} from '../identity/events';
import { conflictingTerms } from './contradictions';
import { inOneMap, keepPlan } from './cypher';
import { relationshipKey, type LoadPlan, type NodeRow, type RelationshipBatch } from './rows';

type Link = StoredEventRef['actors'][number];

/** The article's meetings and proposals as its Article node keeps them, from a plan on its actor nodes. */
export function eventRefsOf(plan: LoadPlan): StoredEventRef[] {
  const article = plan.nodes.find((b) => b.label === 'Article')?.rows[0];
  const articleDate = typeof article?.props.date === 'string' ? article.props.date : null;
  const refs = new Map<string, StoredEventRef>();
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  for (const batch of plan.nodes) {
    if (batch.label !== 'Meeting' && batch.label !== 'Proposal') continue;
    for (const { id, props } of batch.rows) {
      refs.set(id, {
        id,
        kind: batch.label === 'Meeting' ? 'meeting' : 'proposal',
        node: id,
        articleDate,
        label: str(props.label) ?? id,
        date: str(props.date),
        place: str(props.place),
        status: str(props.status) as MeetingStatus | null,
        terms: Array.isArray(props.terms) ? props.terms : [],
        actors: [],
        evidence: [],
        discussed: [],
        toward: [],
      });
    }
  }
  for (const batch of plan.relationships) {
    for (const row of batch.rows) {
      const link = { quoteIds: row.quoteIds ?? [] };
      if (batch.type === 'ATTENDED' || batch.type === 'PROPOSED') {
        refs.get(row.to)?.actors.push({ id: row.from, ...link });
      } else if (batch.type === 'EVIDENCED_BY') refs.get(row.from)?.evidence.push(row.to);
      else if (batch.type === 'DISCUSSED') refs.get(row.from)?.discussed.push({ id: row.to, ...link });
      else if (batch.type === 'TOWARD') refs.get(row.to)?.toward.push({ id: row.from, ...link });
      else if (batch.type === 'HAS_TERM') pushLink(refs.get(row.from), 'hasTerm', { id: row.to, ...link });
      else if (batch.type === 'COUNTERS') pushLink(refs.get(row.from), 'counters', { id: row.to, ...link });
    }
  }
  return [...refs.values()];
}

function pushLink(ref: StoredEventRef | undefined, key: 'hasTerm' | 'counters', link: Link): void {
  if (ref) ref[key] = [...(ref[key] ?? []), link];
}

/** A stored event as the grouping reads it. */
export function toEventRef(articleId: string, ref: StoredEventRef): EventRef {
  const { id, kind, label, date, place, status, terms, articleDate } = ref;
  const actors = [...new Set(ref.actors.map((a) => a.id))];
  return { articleId, articleDate, id, kind, label, date, place, status, terms, actors };
}

export function parseEventRefs(articleId: string, value: unknown): StoredEventRef[] {
  if (value === null || value === undefined) return [];
  try {
    if (!Array.isArray(value)) throw new Error('not a list');
    return value.map((s) => StoredEventRefSchema.parse(JSON.parse(String(s))));
  } catch {
    throw new Error(`article ${articleId} holds unreadable event data; ingest it again to replace it`);
  }
}

/**
 * Articles of the group nodes whose members these actors may share (meetings need two of them, proposals
 * one), told within the probe's dates (`sameEventWindows`, ingest/identity/events.ts; undated articles
 * always), and the articles of the group nodes asked for by id, whatever their dates. Probes with the same
 * actors find the same group nodes: each node's articles are read once, then kept if any probe that found
 * it takes them (a busy actor's groups have many quotes each, all in a few articles).
 */
const READ_CANDIDATES = keepPlan(`CALL () {
  UNWIND $p.probes AS probe
  MATCH (x:Actor) WHERE x.id IN probe.actors
  MATCH (x)-[:ATTENDED|PROPOSED]->(e)
  WHERE (probe.kind = 'meeting' AND e:Meeting) OR (probe.kind = 'proposal' AND e:Proposal)
  WITH probe, e, count(DISTINCT x) AS shared
  WHERE shared >= probe.min
  WITH e, collect(probe) AS probes
  CALL (e) {
    MATCH (e)-[:EVIDENCED_BY]->(:Quote)-[:IN]->(a:Article)
    RETURN DISTINCT a
  }
  WITH e, a, probes
  WHERE a.date IS NULL OR any(probe IN probes WHERE probe.article IS NULL
    OR (a.date >= probe.article.from AND a.date <= probe.article.to)
    OR (probe.node IS NOT NULL AND e.date >= probe.node.from AND e.date <= probe.node.to))
  RETURN a
  UNION
  UNWIND $p.nodes AS id
  MATCH (e:Meeting {id: id})-[:EVIDENCED_BY]->(:Quote)-[:IN]->(a:Article)
  RETURN a
  UNION
  UNWIND $p.nodes AS id
  MATCH (e:Proposal {id: id})-[:EVIDENCED_BY]->(:Quote)-[:IN]->(a:Article)
  RETURN a
}
WITH a WHERE NOT a.id IN $p.skip
RETURN a.id AS id, a.eventRefs AS refs
ORDER BY id`);

/** The stored events of the corpus that the grouping around this article needs, and their articles. */
interface Neighbourhood {
  /** Every event read, by article (whole articles, so a DISCUSSED end is always at hand). */
  articles: Map<string, StoredEventRef[]>;
  /** Articles whose stored events changed before grouping (actors moved by the actor step). */
  touched: Set<string>;
  /** The events to group again: this article's and every stored one the same as one of them, closed. */
  component: Map<string, Entry>;
  /** The verdicts the closure reached, which the grouping asks again. */
  compare: (a: EventRef, b: EventRef) => Verdict;
}

/** One stored event, with the grouping's view of it made once (the rules cache what they derive from it). */
interface Entry {
  articleId: string;
  ref: StoredEventRef;
  event: EventRef;
}

const entry = (articleId: string, ref: StoredEventRef): Entry => ({
  articleId,
  ref,
  event: toEventRef(articleId, ref),
});

/**
 * Collects the events to group again: this article's new ones, the groups its earlier version was in,
 * the events of articles whose actors moved, and, repeatedly, every stored event that is the same as one
 * of them or shares a node with one. Grouping that closed set alone gives what grouping the corpus would.
 */
async function neighbourhood(
  tx: Transaction,
  articleId: string,
  own: StoredEventRef[],
  previous: StoredEventRef[],
  moved: Map<string, StoredEventRef[]>,
): Promise<Neighbourhood> {
  const articles = new Map<string, StoredEventRef[]>([[articleId, own], ...moved]);
  const compare = verdictMemory();
  const closure = new Closure(
    previous.map((r) => r.node),
    (a, b) => mayBeSame(a.event, b.event) && compare(a.event, b.event).same,
  );
  let frontier = [...articles].flatMap(([id, refs]) => refs.map((ref) => closure.seed(entry(id, ref))));
  const askedNodes = new Set<string>();
  while (frontier.length > 0) {
    const ask = [...closure.nodes].filter((n) => !askedNodes.has(n)).sort();
    ask.forEach((n) => askedNodes.add(n));
    // Events with the same actors and dates ask the same: each such probe goes once.
    const probes = new Map(
      frontier.map(({ ref, event }) => {
        const probe = {
          kind: ref.kind,
          actors: [...new Set(ref.actors.map((a) => a.id))].sort(),
          min: probeMinimum(event),
          ...sameEventWindows(event),
        };
        return [JSON.stringify(probe), probe];
      }),
    );
    const { records } = await tx.run(
      READ_CANDIDATES,
      inOneMap({ probes: [...probes.values()], nodes: ask, skip: [...articles.keys()] }),
    );
    const read: Entry[] = [];
    for (const record of records) {
      const id = String(record.get('id'));
      const refs = parseEventRefs(id, record.get('refs'));
      articles.set(id, refs);
      for (const ref of refs) read.push(entry(id, ref));
    }
    frontier = closure.add(read);
  }
  return { articles, touched: new Set(moved.keys()), component: closure.component, compare };
}

/**
 * The component around the article: a read event joins when it is the same as a member (compareEvents)
 * or is on a member's node (or a node of the article's earlier load). Each pair is compared once: a
 * newly read event with every member, and a new member with every event left outside, so the cost
 * follows the pairs, not the rounds of reading.
 */
class Closure {
  readonly component = new Map<string, Entry>();
  readonly nodes: Set<string>;
  private readonly members: Entry[] = [];
  private readonly outside = new Map<string, Entry>();

  constructor(
    nodes: string[],
    private readonly isSame: (a: Entry, b: Entry) => boolean,
  ) {
    this.nodes = new Set(nodes);
  }

  /** A member from the start (the article's own events and those of moved articles). */
  seed(e: Entry): Entry {
    this.component.set(e.ref.id, e);
    this.members.push(e);
    this.nodes.add(e.ref.node);
    return e;
  }

  /** Takes newly read events; returns those that joined, directly or through one that joined. */
  add(read: Entry[]): Entry[] {
    const added: Entry[] = [];
    const admit = (e: Entry) => {
      this.outside.delete(e.ref.id);
      added.push(this.seed(e));
    };
    for (const e of read) {
      if (this.component.has(e.ref.id)) continue;
      if (this.nodes.has(e.ref.node) || this.members.some((m) => this.isSame(m, e))) {
        admit(e);
      } else this.outside.set(e.ref.id, e);
    }
    for (let i = 0; i < added.length; i++) {
      const member = added[i] as Entry;
      for (const e of [...this.outside.values()]) {
        if (this.nodes.has(e.ref.node) || this.isSame(member, e)) admit(e);
      }
    }
    return added;
  }
}

/** What the article's transaction writes for meetings and proposals. */
export interface EventWork {
  /** Rows of every group around the article, on its node. */
  nodes: { label: 'Meeting' | 'Proposal'; rows: NodeRow[] }[];
  relationships: RelationshipBatch[];
  /** Each article whose stored events change, and its new list (this one's always). */
  store: { articleId: string; refs: string[] }[];
  /** The group nodes with the keys of every relationship they keep, and the nodes no group is on now. */
  cleanup: { nodes: { id: string; keys: string[] }[]; removed: string[] };
  /** Element ids whose relationships the groups now write (the actor step must not write them again). */
  members: Set<string>;
  grouping: EventGrouping;
}

/**
 * Reads and groups the events around this article. `plan` has its actors on their nodes; `earlier` is the
 * stored events of its earlier load, and `moved` gives, for each article the actor step moves, its actor
 * relationships on their new nodes and its stored events (both read under the corpus lock,
 * ingest/load/identity.ts).
 */
export async function prepareEvents(
  tx: Transaction,
  plan: LoadPlan,
  earlier: unknown,
  moved: { articleId: string; batches: RelationshipBatch[]; events: unknown }[],
): Promise<EventWork> {
  const own = eventRefsOf(plan);
  const previous = parseEventRefs(plan.articleId, earlier);
  const movedRefs = new Map<string, StoredEventRef[]>();
  for (const { articleId, batches, events } of moved) {
    const refs = parseEventRefs(articleId, events);
    if (refs.length > 0) movedRefs.set(articleId, withActors(refs, batches));
  }
  const hood = await neighbourhood(tx, plan.articleId, own, previous, movedRefs);
  return eventWork(plan.articleId, hood, previous);
}

/** Stored events with their participants and proposers as the actor step now links them. */
function withActors(refs: StoredEventRef[], batches: RelationshipBatch[]): StoredEventRef[] {
  const actors = new Map<string, Link[]>();
  for (const batch of batches) {
    if (batch.type !== 'ATTENDED' && batch.type !== 'PROPOSED') continue;
    for (const row of batch.rows) {
      actors.set(row.to, [...(actors.get(row.to) ?? []), { id: row.from, quoteIds: row.quoteIds ?? [] }]);
    }
  }
  return refs.map((ref) => ({ ...ref, actors: actors.get(ref.id) ?? ref.actors }));
}

/**
 * Relationship rows of the groups, one per type and ends; quotes gathered per article and the articles
 * put in id order, so a relationship's quotes do not depend on which article wrote it last.
 */
class GroupRelationships {
  private readonly rows = new Map<
    string,
    {
      type: RelationshipType;
      from: NodeLabel;
      to: NodeLabel;
      ends: [string, string];
      quotes: Map<string, string[]>;
    }
  >();

  add(
    type: RelationshipType,
    [from, to]: [NodeLabel, NodeLabel],
    ends: [string, string],
    articleId: string,
    quoteIds?: string[],
  ): void {
    const key = relationshipKey(type, ends[0], ends[1]);
    const row = this.rows.get(key) ?? { type, from, to, ends, quotes: new Map<string, string[]>() };
    this.rows.set(key, row);
    const list = row.quotes.get(articleId) ?? [];
    for (const q of quoteIds ?? []) if (!list.includes(q)) list.push(q);
    row.quotes.set(articleId, list);
  }

  batches(): RelationshipBatch[] {
    const batches = new Map<string, RelationshipBatch>();
    for (const { type, from, to, ends, quotes } of this.rows.values()) {
      const key = `${type}|${from}|${to}`;
      const batch = batches.get(key) ?? { type, from, to, rows: [] };
      batches.set(key, batch);
      const articles = [...quotes.keys()].sort();
      const quoteIds = articles.flatMap((a) => quotes.get(a) ?? []);
      batch.rows.push(
        type === 'EVIDENCED_BY' ? { from: ends[0], to: ends[1] } : { from: ends[0], to: ends[1], quoteIds },
      );
    }
    return [...batches.values()];
  }

  /** Keys of the relationships each of these nodes has. */
  keysOf(ids: string[]): Map<string, string[]> {
    const keys = new Map(ids.map((id) => [id, [] as string[]]));
    for (const [key, { ends }] of this.rows) for (const end of ends) keys.get(end)?.push(key);
    return keys;
  }
}

const LABEL = { meeting: 'Meeting', proposal: 'Proposal' } as const;

/** Groups the neighbourhood and turns the groups into rows, stored events and the cleanup's parameters. */
function eventWork(articleId: string, hood: Neighbourhood, previous: StoredEventRef[]): EventWork {
  const entries = [...hood.component.values()];
  const grouping = groupEvents(
    entries.map((e) => e.event),
    false,
    hood.compare,
  );
  const nodeOf = (art: string, id: string) =>
    grouping.clusterOf.get(id) ?? hood.articles.get(art)?.find((r) => r.id === id)?.node ?? id;
  const rels = new GroupRelationships();
  const rows = { Meeting: [] as NodeRow[], Proposal: [] as NodeRow[] };
  for (const cluster of grouping.clusters) {
    const label = LABEL[cluster.kind];
    const props: NodeRow['props'] = groupProps(cluster);
    if (cluster.kind === 'proposal') {
      // Different figures for one term across the group's articles (ingest/load/contradictions.ts).
      const conflicting = conflictingTerms(cluster.members);
      props.conflictingTerms = conflicting.length > 0 ? conflicting : null;
    }
    rows[label].push({ id: cluster.id, props });
    for (const member of cluster.members) {
      const ref = hood.component.get(member.id)?.ref;
      if (ref) addMemberLinks(rels, cluster.id, member.articleId, ref, hood.articles, nodeOf);
    }
  }
  const clusterIds = grouping.clusters.map((c) => c.id);
  const keys = rels.keysOf(clusterIds);
  const now = new Set(clusterIds);
  const before = new Set([...previous, ...entries.map((e) => e.ref)].map((r) => r.node));
  return {
    nodes: (['Meeting', 'Proposal'] as const).map((label) => ({ label, rows: rows[label] })),
    relationships: rels.batches(),
    store: storedChanges(articleId, hood, grouping),
    cleanup: {
      nodes: clusterIds.map((id) => ({ id, keys: keys.get(id) ?? [] })),
      removed: [...before].filter((id) => !now.has(id)).sort(),
    },
    members: new Set([...hood.component.keys(), ...clusterIds]),
    grouping,
  };
}

/** One member's evidence, actors, stances and discussed proposals (or meetings), on its group's node. */
function addMemberLinks(
  rels: GroupRelationships,
  node: string,
  articleId: string,
  ref: StoredEventRef,
  articles: Map<string, StoredEventRef[]>,
  nodeOf: (articleId: string, id: string) => string,
): void {
  const label = LABEL[ref.kind];
  for (const q of ref.evidence) rels.add('EVIDENCED_BY', [label, 'Quote'], [node, q], articleId);
  const actorType = ref.kind === 'meeting' ? 'ATTENDED' : 'PROPOSED';
  for (const a of ref.actors) rels.add(actorType, ['Actor', label], [a.id, node], articleId, a.quoteIds);
  for (const t of ref.toward) rels.add('TOWARD', ['Stance', label], [t.id, node], articleId, t.quoteIds);
  const discussed = ['Meeting', 'Proposal'] as [NodeLabel, NodeLabel];
  for (const d of ref.discussed) {
    rels.add('DISCUSSED', discussed, [node, nodeOf(articleId, d.id)], articleId, d.quoteIds);
  }
  if (ref.kind !== 'proposal') return;
  for (const meeting of articles.get(articleId) ?? []) {
    for (const d of meeting.discussed) {
      if (d.id !== ref.id) continue;
      rels.add('DISCUSSED', discussed, [nodeOf(articleId, meeting.id), node], articleId, d.quoteIds);
    }
  }
  addProposalLinks(rels, node, articleId, ref, articles, nodeOf);
}

/** A proposal's terms, the proposals it answers and those that answer it, on its group's node. */
function addProposalLinks(
  rels: GroupRelationships,
  node: string,
  articleId: string,
  ref: StoredEventRef,
  articles: Map<string, StoredEventRef[]>,
  nodeOf: (articleId: string, id: string) => string,
): void {
  for (const t of ref.hasTerm ?? []) {
    rels.add('HAS_TERM', ['Proposal', 'Term'], [node, t.id], articleId, t.quoteIds);
  }
  const counters = ['Proposal', 'Proposal'] as [NodeLabel, NodeLabel];
  // A group never answers itself, whichever articles its members come from.
  for (const c of ref.counters ?? []) {
    const target = nodeOf(articleId, c.id);
    if (target !== node) rels.add('COUNTERS', counters, [node, target], articleId, c.quoteIds);
  }
  for (const other of articles.get(articleId) ?? []) {
    for (const c of other.counters ?? []) {
      const from = nodeOf(articleId, other.id);
      if (c.id === ref.id && from !== node)
        rels.add('COUNTERS', counters, [from, node], articleId, c.quoteIds);
    }
  }
}

const serialize = (ref: StoredEventRef) => JSON.stringify(StoredEventRefSchema.parse(ref));

/** This article's events and every other article's whose events moved node or changed, to store again. */
function storedChanges(
  articleId: string,
  hood: Neighbourhood,
  grouping: EventGrouping,
): { articleId: string; refs: string[] }[] {
  const out: { articleId: string; refs: string[] }[] = [];
  for (const [id, refs] of [...hood.articles].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const moved = refs.map((r) => ({ ...r, node: grouping.clusterOf.get(r.id) ?? r.node }));
    const changed = moved.some((r, i) => r.node !== refs[i]?.node);
    if (id === articleId || changed || hood.touched.has(id))
      out.push({ articleId: id, refs: moved.map(serialize) });
  }
  return out;
}

/** The plan with its meetings and proposals replaced by the groups around it, each written whole. */
export function withEventGroups(plan: LoadPlan, work: EventWork): LoadPlan {
  const isEvent = (label: NodeLabel) => label === 'Meeting' || label === 'Proposal';
  const groupNodes = work.nodes.filter((b) => b.rows.length > 0);
  const others = plan.nodes.filter((b) => !isEvent(b.label));
  const stance = others.findIndex((b) => b.label === 'Stance');
  const at = stance < 0 ? others.length : stance;
  const nodes = [...others.slice(0, at), ...groupNodes, ...others.slice(at)];
  const eventLink = (b: RelationshipBatch) =>
    b.type === 'ATTENDED' ||
    b.type === 'PROPOSED' ||
    b.type === 'DISCUSSED' ||
    b.type === 'HAS_TERM' ||
    b.type === 'COUNTERS' ||
    (b.type === 'EVIDENCED_BY' && isEvent(b.from)) ||
    (b.type === 'TOWARD' && isEvent(b.to));
  const relationships = plan.relationships.filter((b) => !eventLink(b));
  for (const batch of work.relationships) {
    const same = relationships.find(
      (b) => b.type === batch.type && b.from === batch.from && b.to === batch.to,
    );
    if (same) same.rows = [...same.rows, ...batch.rows];
    else relationships.push(batch);
  }
  const order: RelationshipType[] = [
    'IN',
    'EVIDENCED_BY',
    'ATTENDED',
    'PROPOSED',
    'HOLDS',
    'TOWARD',
    'DISCUSSED',
    'HAS_TERM',
    'FOR',
    'COUNTERS',
  ];
  relationships.sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type));
  return { ...plan, nodes, relationships: relationships.filter((b) => b.rows.length > 0) };
}

/** The stored events of every article, for the report (a whole-corpus read, never part of a load). */
export const READ_ALL_EVENTS = `MATCH (a:Article) WHERE a.eventRefs IS NOT NULL
RETURN a.id AS id, a.eventRefs AS refs ORDER BY id`;

export const STORE_EVENTS = keepPlan(`UNWIND $articles AS art
MATCH (a:Article {id: art.articleId})
SET a.eventRefs = art.refs`);

/** Relationships of the group nodes that no member supports any more. */
export const PRUNE_GROUPS = keepPlan(`UNWIND $nodes AS node
CALL (node) {
  MATCH (e:Meeting {id: node.id}) RETURN e
  UNION
  MATCH (e:Proposal {id: node.id}) RETURN e
}
MATCH (e)-[r:EVIDENCED_BY|ATTENDED|PROPOSED|DISCUSSED|TOWARD|HAS_TERM|COUNTERS]-()
WHERE NOT (type(r) + '|' + startNode(r).id + '|' + endNode(r).id) IN node.keys
DELETE r`);

/** Nodes that were a group's and are no longer (the group now has a smaller id, or is gone). */
export const REMOVE_GROUPS = keepPlan(`UNWIND $ids AS id
CALL (id) {
  MATCH (e:Meeting {id: id}) RETURN e
  UNION
  MATCH (e:Proposal {id: id}) RETURN e
}
DETACH DELETE e`);

/**
 * How many stances toward a proposal have a holder: the order of "Proposals and the stances toward each"
 * (cypher/queries/proposals-and-stances.cypher). Each Proposal keeps it as `stanceCount`, behind an index
 * (cypher/schema.cypher), so that query reads its first page from the index instead of counting for
 * every proposal.
 */
const STANCE_COUNT = 'COUNT { (:Actor)-[:HOLDS]->(:Stance)-[:TOWARD]->(p) }';

/**
 * `stanceCount` of every proposal whose stances the article's transaction can change, counted after its
 * last write: the proposal groups around the article (their TOWARD relationships are written and pruned
 * whole, and a stance of this article or of one whose actors moved targets one of them, or a group node
 * that is removed), and, to be safe, every proposal a stance of those articles is toward.
 */
export const COUNT_STANCES = keepPlan(`CALL () {
  UNWIND $p.proposals AS id
  MATCH (p:Proposal {id: id})
  RETURN p
  UNION
  UNWIND $p.articles AS aid
  MATCH (:Article {id: aid})<-[:IN]-(:Quote)<-[:EVIDENCED_BY]-(:Stance)-[:TOWARD]->(p:Proposal)
  RETURN p
}
SET p.stanceCount = ${STANCE_COUNT}`);

/** COUNT_STANCES's parameters: the proposal groups around the article, and the articles whose stances moved. */
export function stanceCountParams(
  articleId: string,
  work: EventWork,
  relinked: string[],
): { proposals: string[]; articles: string[] } {
  const proposals = work.nodes.filter((b) => b.label === 'Proposal').flatMap((b) => b.rows.map((r) => r.id));
  return { proposals: proposals.sort(), articles: [articleId, ...relinked] };
}

/**
 * How many proposals have no `stanceCount`: all proposals from the count store, less those the
 * proposal_stance_count index holds (it holds a node only when the property is set), so a database whose
 * proposals all have a count is checked without reading any proposal.
 */
const MISSING_STANCE_COUNTS = `RETURN COUNT { (p:Proposal) } -
  COUNT { MATCH (p:Proposal) USING INDEX p:Proposal(stanceCount) WHERE p.stanceCount IS NOT NULL } AS missing`;

/**
 * `stanceCount` of every proposal that has none: those of a database loaded before proposals kept it,
 * or written by other means (the bench's synthetic graphs). Each proposal is locked before it is counted,
 * so a concurrent article's load that changes its stances is waited for and seen.
 */
const BACKFILL_STANCE_COUNTS = `MATCH (p:Proposal) WHERE p.stanceCount IS NULL
CALL (p) {
  SET p._lock = true
  WITH p, ${STANCE_COUNT} AS stanceCount
  REMOVE p._lock
  SET p.stanceCount = stanceCount
} IN TRANSACTIONS OF 1000 ROWS`;

/**
 * Gives every proposal without a `stanceCount` its count (BACKFILL_STANCE_COUNTS, in an auto-commit call,
 * which CALL { } IN TRANSACTIONS needs), after MISSING_STANCE_COUNTS finds there is one: every ingest run
 * calls this, and once the counts are there it reads no proposal. Returns how many proposals were missing.
 */
export async function backfillStanceCounts(driver: Driver, database: string): Promise<number> {
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    const check = await session.run(MISSING_STANCE_COUNTS);
    const missing = Number(check.records[0]?.get('missing') ?? 0);
    if (missing > 0) await session.run(BACKFILL_STANCE_COUNTS);
    return missing;
  } finally {
    await session.close();
  }
}

/** The actor step's parameters, with the groups' actor relationships kept and written by the groups alone. */
export function withGroupsKept<
  T extends {
    unlink: { articles: { articleId: string; keys: string[] }[] };
    link: { rows: { toLabel: string; to: string }[] };
  },
>(params: T, work: EventWork): T {
  const keys = work.relationships.flatMap((b) => b.rows.map((r) => relationshipKey(b.type, r.from, r.to)));
  const articles = params.unlink.articles.map((a) => ({ ...a, keys: [...a.keys, ...keys] }));
  const rows = params.link.rows.filter(
    (r) => !((r.toLabel === 'Meeting' || r.toLabel === 'Proposal') && work.members.has(r.to)),
  );
  return { ...params, unlink: { articles }, link: { ...params.link, rows } };
}

/** The corpus's meeting and proposal groups as the database holds them (for the report). */
export async function readEventGrouping(driver: Driver, database: string): Promise<EventGrouping> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    const { records } = await session.executeRead((tx) => tx.run(READ_ALL_EVENTS));
    const refs = records.flatMap((r) => {
      const id = String(r.get('id'));
      return parseEventRefs(id, r.get('refs')).map((ref) => toEventRef(id, ref));
    });
    return groupEvents(refs, true);
  } finally {
    await session.close();
  }
}
