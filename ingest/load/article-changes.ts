// What one article changed, and the contradictions around it, both inside the article's write
// transaction: before the write, which of the article's own nodes exist already (so what is new is exact,
// and a re-load reports nothing); after it, the CONTRADICTS relationships of every holder and target pair
// the article touches (its own stances, those of articles whose actors moved, those toward the meeting
// and proposal groups around it), pruned and written again from the stances alone.
import neo4j, { type QueryResult, type Transaction } from 'neo4j-driver';
import { actorNodeId } from '../identity/names';
import type { IdentityWork } from './identity';
import type { EventWork } from './events';
import { inOneMap, keepPlan } from './cypher';
import { contradictionPairs, pairKey, type ContradictionPair, type StanceFact } from './contradictions';
import type { LoadPlan } from './rows';

/** One side of a reversal: a stance, its polarity, when and in which article. */
export interface StanceSide {
  stance: string;
  polarity: string;
  date: string | null;
  article: string;
}

/** What one article added or changed in the graph. */
export interface ArticleChanges {
  actors: { id: string; name: string }[];
  meetings: { id: string; label: string }[];
  proposals: { id: string; label: string }[];
  stances: { id: string; holder: string; target: string; polarity: string }[];
  /** An actor of this article, by its spelling, joined to an actor node that existed before it. */
  merged: { spelling: string; actor: string; id: string }[];
  /** New stances of this article opposite to one of another article (same holder, same target). */
  reversals: { holder: string; target: string; earlier: StanceSide; later: StanceSide }[];
}

/** The article's own nodes that exist before its write, with an actor's name and aliases. */
const EXISTING = keepPlan(`CALL () {
  UNWIND $p.actors AS id MATCH (n:Actor {id: id}) RETURN 'Actor' AS label, n.id AS id, [n.name] + coalesce(n.aliases, []) AS names
  UNION
  UNWIND $p.meetings AS id MATCH (n:Meeting {id: id}) RETURN 'Meeting' AS label, n.id AS id, [] AS names
  UNION
  UNWIND $p.proposals AS id MATCH (n:Proposal {id: id}) RETURN 'Proposal' AS label, n.id AS id, [] AS names
  UNION
  UNWIND $p.stances AS id MATCH (n:Stance {id: id}) RETURN 'Stance' AS label, n.id AS id, [] AS names
  UNION
  MATCH (a:Article {id: $p.articleId}) UNWIND coalesce(a.actorRefs, []) AS ref
  RETURN 'Ref' AS label, ref AS id, [] AS names
}
RETURN label, id, names`);

/** Node ids of a plan batch. */
function idsOf(plan: LoadPlan, label: string): string[] {
  return plan.nodes.filter((b) => b.label === label).flatMap((b) => b.rows.map((r) => r.id));
}

/**
 * What existed before the write: sent ahead of the article's batches (readBefore is not awaited before
 * they go out), so the server reads it before any of them writes.
 */
export interface Before {
  existing: Set<string>;
  /** The kind and key of each actor of the article's earlier load (none when it is new). */
  previousKeys: Set<string>;
}

export async function readBefore(tx: Transaction, resolved: LoadPlan, events: EventWork): Promise<Before> {
  const own = ownClusters(resolved.articleId, events);
  const { records } = await tx.run(
    EXISTING,
    inOneMap({
      articleId: resolved.articleId,
      actors: idsOf(resolved, 'Actor'),
      meetings: own.filter((c) => c.kind === 'meeting').map((c) => c.id),
      proposals: own.filter((c) => c.kind === 'proposal').map((c) => c.id),
      stances: idsOf(resolved, 'Stance'),
    }),
  );
  const existing = new Set<string>();
  const previousKeys = new Set<string>();
  for (const r of records) {
    const id = String(r.get('id'));
    if (r.get('label') !== 'Ref') existing.add(id);
    else previousKeys.add(refKey(JSON.parse(id) as { kind: string; key: string }));
  }
  return { existing, previousKeys };
}

const refKey = (ref: { kind: string; key: string }) => `${ref.kind}\u0000${ref.key}`;

function ownClusters(articleId: string, events: EventWork) {
  return events.grouping.clusters.filter((c) => c.members.some((m) => m.articleId === articleId));
}

/** The new nodes and merged spellings, from the plan on its nodes and what existed before. */
export function addedByArticle(
  plan: LoadPlan,
  resolved: LoadPlan,
  work: IdentityWork,
  events: EventWork,
  before: Before,
): Omit<ArticleChanges, 'reversals'> {
  const rows = new Map(resolved.nodes.flatMap((b) => b.rows.map((r) => [r.id, r])));
  const nameOf = (id: string) => String(rows.get(id)?.props.name ?? rows.get(id)?.props.label ?? id);
  const isNew = (id: string) => !before.existing.has(id);
  const actors = idsOf(resolved, 'Actor')
    .filter(isNew)
    .map((id) => ({ id, name: nameOf(id) }));
  const clusters = ownClusters(plan.articleId, events).filter(
    (c) => isNew(c.id) && c.members.every((m) => m.articleId === plan.articleId),
  );
  const event = (kind: string) =>
    clusters.filter((c) => c.kind === kind).map((c) => ({ id: c.id, label: nameOf(c.id) }));
  const ends = new Map<string, { holder?: string; target?: string }>();
  for (const batch of resolved.relationships) {
    for (const r of batch.rows) {
      if (batch.type === 'HOLDS') ends.set(r.to, { ...ends.get(r.to), holder: nameOf(r.from) });
      if (batch.type === 'TOWARD') ends.set(r.from, { ...ends.get(r.from), target: nameOf(r.to) });
    }
  }
  const stances = (resolved.nodes.find((b) => b.label === 'Stance')?.rows ?? [])
    .filter((r) => isNew(r.id))
    .map((r) => ({
      id: r.id,
      holder: ends.get(r.id)?.holder ?? '',
      target: ends.get(r.id)?.target ?? '',
      polarity: String(r.props.polarity),
    }));
  // An actor whose own key lands on another node that existed already, unless the earlier load had it.
  const merged = plan.actors.flatMap((ref) => {
    const own = actorNodeId(ref.kind, ref.key);
    const node = work.changes.targetOf.get(own);
    if (node === undefined || node === own || isNew(node) || before.previousKeys.has(refKey(ref))) return [];
    return ref.names.map((spelling) => ({ spelling, actor: nameOf(node), id: node }));
  });
  return { actors, meetings: event('meeting'), proposals: event('proposal'), stances, merged };
}

/**
 * Every stance that shares a holder and a target with a stance the article touches: its own, those of
 * the articles whose actors moved (`articles`), and those toward the meeting and proposal groups around it.
 */
const READ_STANCES = keepPlan(`CALL () {
  UNWIND $p.articles AS aid
  MATCH (:Article {id: aid})<-[:IN]-(:Quote)<-[:EVIDENCED_BY]-(s:Stance)
  RETURN s
  UNION
  UNWIND $p.events AS eid
  MATCH (:Meeting {id: eid})<-[:TOWARD]-(s:Stance)
  RETURN s
  UNION
  UNWIND $p.events AS eid
  MATCH (:Proposal {id: eid})<-[:TOWARD]-(s:Stance)
  RETURN s
}
MATCH (h:Actor)-[:HOLDS]->(s)-[:TOWARD]->(t)
WITH DISTINCT h, t
MATCH (h)-[:HOLDS]->(o:Stance)-[:TOWARD]->(t)
CALL (o) {
  MATCH (o)-[:EVIDENCED_BY]->(q:Quote)-[:IN]->(a:Article)
  RETURN min(a.id) AS article, min(a.date) AS articleDate, collect(DISTINCT q.id) AS quoteIds
}
RETURN o.id AS id, h.id AS holder, t.id AS target, o.polarity AS polarity,
  coalesce(o.date, articleDate) AS date, article, quoteIds,
  h.name AS holderName, coalesce(t.name, t.label) AS targetName`);

/** Contradictions incident to these stances that are no longer one. */
const PRUNE_CONTRADICTIONS = keepPlan(`UNWIND $p.stances AS sid
MATCH (:Stance {id: sid})-[c:CONTRADICTS]-()
WITH DISTINCT c
WHERE NOT (startNode(c).id + '|' + endNode(c).id) IN $p.keep
DELETE c`);

const WRITE_CONTRADICTIONS = keepPlan(`UNWIND $pairs AS p
MATCH (a:Stance {id: p.from})
MATCH (b:Stance {id: p.to})
MERGE (a)-[c:CONTRADICTS]->(b)
SET c.quoteIds = p.quoteIds
RETURN count(c) AS written`);

export interface ReadStance extends StanceFact {
  holderName: string;
  targetName: string;
}

/**
 * Every stance of the holder and target pairs the article touches. Sent behind the article's other
 * batches without waiting for them: the server runs them first, so it reads what they wrote.
 */
export async function readStances(
  tx: Transaction,
  articleId: string,
  work: IdentityWork,
  events: EventWork,
): Promise<ReadStance[]> {
  const articles = [articleId, ...work.relinks.map((r) => r.articleId)];
  const groups = events.cleanup.nodes.map((n) => n.id);
  const { records } = await tx.run(READ_STANCES, inOneMap({ articles, events: groups }));
  return records.map((r) => ({
    id: String(r.get('id')),
    holder: String(r.get('holder')),
    target: String(r.get('target')),
    polarity: String(r.get('polarity')),
    date: (r.get('date') as string | null) ?? null,
    article: String(r.get('article')),
    quoteIds: (r.get('quoteIds') as unknown[]).map(String).sort(),
    holderName: String(r.get('holderName')),
    targetName: String(r.get('targetName')),
  }));
}

/**
 * Writes the CONTRADICTS of the pairs `stances` hold (readStances), pruning those no longer one, and
 * returns the reversals the article's new stances make. Runs last, after every other batch.
 */
export async function writeContradictions(
  tx: Transaction,
  articleId: string,
  stances: ReadStance[],
  newStances: Set<string>,
  counted: (result: QueryResult) => void,
): Promise<ArticleChanges['reversals']> {
  const pairs = contradictionPairs(stances);
  // Both in one round trip: the prune runs first.
  const pruned = tx.run(
    PRUNE_CONTRADICTIONS,
    inOneMap({ stances: stances.map((s) => s.id), keep: pairs.map(pairKey) }),
  );
  const written = tx.run(WRITE_CONTRADICTIONS, { pairs });
  counted(await pruned);
  const result = await written;
  counted(result);
  const value: unknown = result.records[0]?.get('written');
  const count = neo4j.isInt(value) ? value.toNumber() : Number(value ?? 0);
  if (count !== pairs.length) throw new Error(`contradictions: wrote ${count} of ${pairs.length}`);
  return reversals(pairs, stances, articleId, newStances);
}

function reversals(
  pairs: ContradictionPair[],
  stances: ReadStance[],
  articleId: string,
  newStances: Set<string>,
): ArticleChanges['reversals'] {
  const byId = new Map(stances.map((s) => [s.id, s]));
  const side = (s: ReadStance): StanceSide => ({
    stance: s.id,
    polarity: s.polarity,
    date: s.date,
    article: s.article,
  });
  return pairs.flatMap((p) => {
    const [later, earlier] = [byId.get(p.from), byId.get(p.to)];
    if (!later || !earlier || later.article === earlier.article) return [];
    const ours = (s: ReadStance) => s.article === articleId && newStances.has(s.id);
    if (!ours(later) && !ours(earlier)) return [];
    return [
      { holder: later.holderName, target: later.targetName, earlier: side(earlier), later: side(later) },
    ];
  });
}
