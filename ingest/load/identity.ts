// The Neo4j half of actor identity, run inside each article's write transaction: a corpus-wide lock, the
// actors every stored article holds, and the statements that write the nodes the corpus step
// (ingest/identity/changes.ts) chose and move other articles' actors to them. Also the report's read.
import neo4j, { type Driver, type ManagedTransaction, type Transaction } from 'neo4j-driver';
import {
  ActorKindLabels,
  StoredActorLinksSchema,
  StoredActorRefSchema,
  type RelationshipType,
} from '../../schema';
import { identityChanges, nodesOfArticle, type IdentityChanges } from '../identity/changes';
import { resolve, type ActorRef, type Resolution } from '../identity/resolve';
import {
  actorRelationships,
  relationshipKey,
  retargetRelationships,
  type LoadPlan,
  type RelationshipBatch,
} from './rows';

/**
 * Taken first by every article's transaction, so that each resolves the corpus as the previous commit
 * left it: a uniqueness-constrained id created and deleted again at once. No one ever sees the node, but
 * its index entry stays locked until the transaction ends, and a concurrent one waits on it.
 */
export async function lockCorpus(tx: Transaction): Promise<void> {
  await tx.run('MERGE (lock:Actor {id: $id}) DELETE lock', { id: '\u0000corpus-lock' });
}

/** What the corpus step needs from the database, read under the lock. */
export interface StoredCorpus {
  /** Actors of every other article. */
  others: ActorRef[];
  /** Actors of this article's earlier load, if any. */
  previous: ActorRef[];
}

type Reader = Pick<Transaction | ManagedTransaction, 'run'>;

/** Every article's stored actors (articles loaded before actors were stored have none). */
export async function readCorpus(tx: Reader, articleId: string): Promise<StoredCorpus> {
  const { records } = await tx.run(
    'MATCH (a:Article) WHERE a.actorRefs IS NOT NULL RETURN a.id AS id, a.actorRefs AS refs',
  );
  const corpus: StoredCorpus = { others: [], previous: [] };
  for (const record of records) {
    const id = String(record.get('id'));
    const refs = parseStored(id, record.get('refs'), (json) => ({
      articleId: id,
      ...StoredActorRefSchema.parse(json),
    }));
    (id === articleId ? corpus.previous : corpus.others).push(...refs);
  }
  return corpus;
}

function parseStored<T>(articleId: string, value: unknown, parse: (json: unknown) => T): T[] {
  try {
    if (!Array.isArray(value)) throw new Error('not a list');
    return value.map((s) => parse(JSON.parse(String(s))));
  } catch {
    throw new Error(`article ${articleId} holds unreadable actor data; ingest it again to replace it`);
  }
}

/** The corpus step's result and what the other articles it moves stored about their actors. */
export interface IdentityWork {
  changes: IdentityChanges;
  /** Per relinked article: its actor relationships on their new nodes. */
  relinks: { articleId: string; batches: RelationshipBatch[] }[];
}

/** Resolves the corpus with this plan's actors and reads the relationships of the articles it moves. */
export async function prepareIdentity(tx: Transaction, plan: LoadPlan): Promise<IdentityWork> {
  const corpus = await readCorpus(tx, plan.articleId);
  const changes = identityChanges(plan.articleId, plan.actors, corpus.others, corpus.previous);
  const ids = [...changes.relinked.keys()].sort();
  if (ids.length === 0) return { changes, relinks: [] };
  const { records } = await tx.run(
    'UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.actorLinks AS links ORDER BY id',
    { ids },
  );
  const relinks = records.map((record) => {
    const articleId = String(record.get('id'));
    const stored = parseStored(articleId, record.get('links'), (j) => StoredActorLinksSchema.parse(j));
    const refs = corpus.others.filter((r) => r.articleId === articleId);
    const nodeOf = nodesOfArticle(refs, changes.after);
    return { articleId, batches: retargetRelationships(stored, (id) => nodeOf.get(id)) };
  });
  return { changes, relinks };
}

/** The article's own actors and actor relationships, as its Article node keeps them. */
export function storedActors(plan: LoadPlan): { refs: string[]; links: string[] } {
  return {
    refs: plan.actors.map(({ kind, key, names, aliases }) => JSON.stringify({ kind, key, names, aliases })),
    links: actorRelationships(plan).map((b) => JSON.stringify(b)),
  };
}

export const STORE_ACTORS = `MATCH (a:Article {id: $articleId})
SET a.actorRefs = $refs, a.actorLinks = $links`;

const KIND_LABELS = Object.entries(ActorKindLabels);

/** Nodes of other articles' actors that are new or renamed: one statement for every kind. */
export const UPSERT_NODES = `UNWIND $rows AS row
MERGE (n:Actor {id: row.id})
SET n.name = row.name, n.kind = row.kind, n.aliases = row.aliases
${KIND_LABELS.map(
  ([kind, label]) =>
    `FOREACH (_ IN CASE WHEN row.kind = '${kind}' THEN [1] ELSE [] END | SET n:${label} REMOVE n:${KIND_LABELS.filter(
      ([, other]) => other !== label,
    )
      .map(([, other]) => other)
      .join(':')})`,
).join('\n')}`;

/** The relinked articles' actor relationships that their new nodes no longer have. */
export const UNLINK = `UNWIND $articles AS art
CALL (art) {
  MATCH (:Article {id: art.articleId})<-[:IN]-(:Quote)<-[r:EVIDENCED_BY]-(:Actor)
  RETURN r
  UNION
  MATCH (:Article {id: art.articleId})<-[:IN]-(:Quote)<-[:EVIDENCED_BY]-(x)
  WHERE x:Meeting OR x:Proposal OR x:Stance
  WITH DISTINCT x
  MATCH (x)-[r:ATTENDED|PROPOSED|HOLDS|TOWARD]-(:Actor)
  RETURN r
}
WITH art, r WHERE NOT (type(r) + '|' + startNode(r).id + '|' + endNode(r).id) IN art.keys
DELETE r`;

/** The actor relationships an article's load can write, with their end labels. */
const LINK_SHAPES: [RelationshipType, string, string][] = [
  ['EVIDENCED_BY', 'Actor', 'Quote'],
  ['ATTENDED', 'Actor', 'Meeting'],
  ['PROPOSED', 'Actor', 'Proposal'],
  ['HOLDS', 'Actor', 'Stance'],
  ['TOWARD', 'Stance', 'Actor'],
];

/** The relinked articles' actor relationships on their new nodes; `written` counts the rows written. */
export const LINK = `UNWIND $rows AS row
${LINK_SHAPES.map(
  ([type, from, to], i) => `CALL (row) {
  WITH row WHERE row.type = '${type}' AND row.fromLabel = '${from}' AND row.toLabel = '${to}'
  MATCH (a:${from} {id: row.from})
  MATCH (b:${to} {id: row.to})
  MERGE (a)-[r:${type}]->(b)
  ${type === 'EVIDENCED_BY' ? '' : 'SET r.quoteIds = row.quoteIds'}
  RETURN count(r) AS n${i}
}`,
).join('\n')}
RETURN sum(${LINK_SHAPES.map((_, i) => `n${i}`).join(' + ')}) AS written`;

/** Actor nodes the new resolution no longer has, once nothing evidences them. */
export const REMOVE_ORPHANS = `UNWIND $ids AS id
MATCH (n:Actor {id: id})
WHERE NOT EXISTS { (n)-[:EVIDENCED_BY]->() }
DETACH DELETE n`;

/** Parameters of UPSERT_NODES, UNLINK, LINK and REMOVE_ORPHANS for this article's identity work. */
export function identityParams(work: IdentityWork) {
  const { changes, relinks } = work;
  const rows = changes.changedNodes.map(({ id, kind, name, aliases }) => ({ id, kind, name, aliases }));
  const articles = relinks.map(({ articleId, batches }) => ({
    articleId,
    keys: batches.flatMap((b) => b.rows.map((r) => relationshipKey(b.type, r.from, r.to))),
  }));
  const links = relinks.flatMap(({ batches }) =>
    batches.flatMap((b) =>
      b.rows.map((r) => ({
        type: b.type,
        fromLabel: b.from,
        toLabel: b.to,
        from: r.from,
        to: r.to,
        quoteIds: r.quoteIds ?? null,
      })),
    ),
  );
  return {
    upsert: { rows },
    unlink: { articles },
    link: { rows: links },
    orphans: { ids: changes.removedNodes },
  };
}

/** The corpus as the database holds it, resolved (for the report). */
export async function readResolution(driver: Driver, database: string): Promise<Resolution> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const corpus = await session.executeRead((tx) => readCorpus(tx, ''));
    return resolve(corpus.others);
  } finally {
    await session.close();
  }
}
