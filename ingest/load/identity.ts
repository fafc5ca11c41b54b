// The Neo4j half of actor identity, run inside each article's write transaction: a corpus-wide lock, the
// stored actors that this article's actors can be joined with (found by lookup tokens on ActorKey nodes),
// and the statements that write the nodes the corpus step (ingest/identity/changes.ts) chose, move other
// articles' actors to them and keep the ActorKey nodes up to date. Also the report's read.
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type Record as Neo4jRecord,
  type Result,
  type Transaction,
} from 'neo4j-driver';
import {
  ActorKindLabels,
  StoredActorLinksSchema,
  StoredActorRefSchema,
  type RelationshipType,
  type StoredActorRef,
} from '../../schema';
import { identityChanges, nodesOfArticle, type IdentityChanges } from '../identity/changes';
import { byCodePoint } from '../identity/names';
import { resolve, type ActorRef, type Resolution } from '../identity/resolve';
import { actorTokens, type TokenSource } from '../identity/tokens';
import { keepPlan } from './cypher';
import {
  actorRelationships,
  relationshipKey,
  retargetRelationships,
  type LoadPlan,
  type RelationshipBatch,
} from './rows';

/** The full-text index (cypher/schema.cypher) over each ActorKey's `tokens` (ingest/identity/tokens.ts). */
const TOKEN_INDEX = 'actor_key_tokens';
/** Tokens per full-text query: Lucene refuses queries of more than 1,024 clauses. */
const TOKENS_PER_QUERY = 500;

/**
 * Taken first by every article's transaction, so that each resolves the corpus as the previous commit
 * left it: a uniqueness-constrained id created and deleted again at once. No one ever sees the node, but
 * its index entry stays locked until the transaction ends, and a concurrent one waits on it. The same
 * round trip reads what this article's earlier load stored (nothing when it is new).
 */
const CORPUS_LOCK_ID = '\u0000corpus-lock';
const LOCK_AND_PREVIOUS = keepPlan(`MERGE (lock:Actor {id: $lockId}) DELETE lock
WITH 1 AS one
OPTIONAL MATCH (a:Article {id: $articleId})
RETURN a IS NOT NULL AS existed, a.actorRefs AS refs, a.eventRefs AS events`);

/**
 * The ActorKey nodes that hold one of the tokens, and (`second`) those that hold a token of one of these
 * not asked yet: two steps of the lookup in one round trip. One such node per kind and key keeps every
 * stored article's actor of that kind and key, grouped by how the article writes it: `refs` holds each
 * distinct way once (the JSON an Article keeps in `actorRefs`), and `articles` beside it the articles that
 * write it so (a JSON list each). A lookup's cost follows the keys of the name family, not the articles
 * naming them. Queries are cut at TOKENS_PER_QUERY tokens, on both steps.
 */
const KEYS_BY_TOKEN = keepPlan(`UNWIND $queries AS q
CALL db.index.fulltext.queryNodes('${TOKEN_INDEX}', q) YIELD node
WITH collect(DISTINCT node) AS first
CALL (first) {
  UNWIND first AS k
  UNWIND k.tokens AS t
  WITH DISTINCT t WHERE NOT t IN $asked
  WITH collect(t) AS tokens
  // range(0, -1, n) is [0] in Cypher: the filter keeps an empty list empty.
  UNWIND [i IN range(0, size(tokens) - 1, ${TOKENS_PER_QUERY}) WHERE i < size(tokens)] AS i
  WITH reduce(q = '', t IN tokens[i..i + ${TOKENS_PER_QUERY}] | q + ' ' + t) AS q
  CALL db.index.fulltext.queryNodes('${TOKEN_INDEX}', q) YIELD node
  RETURN collect(DISTINCT node) AS second
}
UNWIND first + [k IN second WHERE NOT k IN first] AS k
RETURN k.id AS id, k.refs AS refs, k.articles AS articles, k IN first AS first`);

/** What the corpus step needs from the database, read under the lock. */
export interface StoredCorpus {
  /** Actors of other articles: every one that can meet this article's (or its earlier load's) actors. */
  others: ActorRef[];
  /** Actors of this article's earlier load, if any. */
  previous: ActorRef[];
  /** Every ActorKey read, this article's entries included: ref JSON → its articles, by key id. */
  keys: Map<string, StoredKey>;
  /** Whether the article was loaded before, and the events its earlier load stored (ingest/load/events.ts). */
  earlier: EarlierLoad;
}

/** What the lock's round trip finds of the article's earlier load. */
export interface EarlierLoad {
  existed: boolean;
  /** Its `eventRefs`, unparsed (null when it has none). */
  events: unknown;
}

type Reader = Pick<Transaction | ManagedTransaction, 'run'>;

/** One ActorKey node: each way of writing the key, by its JSON, and the articles that write it so. */
type StoredKey = Map<string, { ref: StoredActorRef; articles: Set<string> }>;

/** An ActorKey's id: its kind and key. */
const keyId = (ref: { kind: string; key: string }) => `${ref.kind}|${ref.key}`;

/** The JSON an article keeps of one actor (`actorRefs`), and an ActorKey of each way of writing it. */
const refJson = ({ kind, key, names, aliases }: Omit<ActorRef, 'articleId'>) =>
  JSON.stringify({ kind, key, names, aliases });

function parseRefs(articleId: string, value: unknown): ActorRef[] {
  return parseStored(articleId, value, (json) => ({ articleId, ...StoredActorRefSchema.parse(json) }));
}

/**
 * Takes the corpus lock and reads the part of the corpus this article's actors can touch: starting from
 * the tokens of its actors (new and earlier), the actors of other articles that share a token, then those
 * that share a token with these, until no new token turns up. Keys the corpus step can join always share a
 * token (ingest/identity/tokens.ts), so what is read is closed under its rules, and resolving it gives
 * these keys the nodes that resolving the whole corpus would give them; the cost follows the size of the
 * actors' name families, not the size of the corpus. The first lookup goes out behind the lock in the
 * same round trip: the server runs a transaction's statements in the order they are sent.
 */
export async function readCorpus(
  tx: Transaction,
  plan: LoadPlan,
  /** Stored actors whose families are read too (those of articles the step moves). */
  seeds: ActorRef[] = [],
): Promise<StoredCorpus> {
  const { articleId } = plan;
  const head = tx.run(LOCK_AND_PREVIOUS, { lockId: CORPUS_LOCK_ID, articleId });
  const lookup = new TokenLookup(tx, articleId);
  plan.actors.forEach(lookup.want);
  seeds.forEach(lookup.want);
  let pending = lookup.ask();
  const record = (await head).records[0];
  const stored: unknown = record?.get('refs');
  const previous = stored === null || stored === undefined ? [] : parseRefs(articleId, stored);
  previous.forEach(lookup.want);
  while (pending) {
    lookup.take((await pending).records);
    pending = lookup.ask();
  }
  const earlier = { existed: record?.get('existed') === true, events: record?.get('events') ?? null };
  return { others: lookup.found(), previous, keys: lookup.keys, earlier };
}

/** The token lookups of readCorpus: which tokens are wanted, which were asked, which keys were found. */
class TokenLookup {
  private readonly wanted = new Set<string>();
  private readonly asked = new Set<string>();
  readonly keys = new Map<string, StoredKey>();

  constructor(
    private readonly tx: Transaction,
    private readonly articleId: string,
  ) {}

  readonly want = (ref: TokenSource): void => {
    for (const token of actorTokens(ref)) this.wanted.add(token);
  };

  /** Sends the lookup of the tokens not asked yet; undefined when there are none. */
  ask(): Result | undefined {
    const tokens = [...this.wanted].filter((t) => !this.asked.has(t));
    if (tokens.length === 0) return undefined;
    for (const t of tokens) this.asked.add(t);
    const queries: string[] = [];
    for (let i = 0; i < tokens.length; i += TOKENS_PER_QUERY) {
      queries.push(tokens.slice(i, i + TOKENS_PER_QUERY).join(' '));
    }
    return this.tx.run(KEYS_BY_TOKEN, { queries, asked: [...this.asked] });
  }

  /**
   * Keeps the keys of a lookup's answer and wants their tokens in turn; the tokens of the keys its first
   * step found were asked by its second step already.
   */
  take(records: Neo4jRecord[]): void {
    const firstStep: StoredKey[] = [];
    for (const record of records) {
      const id = String(record.get('id'));
      const key = this.keys.get(id) ?? parseKey(id, record.get('refs'), record.get('articles'));
      this.keys.set(id, key);
      if (record.get('first') === true) firstStep.push(key);
      for (const { ref } of key.values()) this.want(ref);
    }
    for (const key of firstStep) {
      for (const { ref } of key.values()) for (const t of actorTokens(ref)) this.asked.add(t);
    }
  }

  /** The actors of other articles, one per article and key, as the articles keep them. */
  found(): ActorRef[] {
    const out: ActorRef[] = [];
    for (const key of this.keys.values()) {
      for (const { ref, articles } of key.values()) {
        for (const articleId of articles) if (articleId !== this.articleId) out.push({ articleId, ...ref });
      }
    }
    return out;
  }
}

function parseKey(id: string, refs: unknown, articles: unknown): StoredKey {
  try {
    if (!Array.isArray(refs) || !Array.isArray(articles) || refs.length !== articles.length) {
      throw new Error('not two lists of one length');
    }
    return new Map(
      refs.map((json, i) => {
        const ids: unknown = JSON.parse(String(articles[i]));
        if (!Array.isArray(ids)) throw new Error('not a list');
        const ref = StoredActorRefSchema.parse(JSON.parse(String(json)));
        return [String(json), { ref, articles: new Set(ids.map(String)) }];
      }),
    );
  } catch {
    throw new Error(
      `actor key ${id} holds unreadable data; delete every ActorKey node and the next ingest writes them again`,
    );
  }
}

/** Adds one article's actor to its key. */
function addTo(key: StoredKey, { articleId, kind, key: k, names, aliases }: ActorRef): void {
  const ref = { kind, key: k, names, aliases };
  const json = refJson(ref);
  const articles = key.get(json)?.articles ?? new Set<string>();
  key.set(json, { ref, articles: articles.add(articleId) });
}

/** An ActorKey node as written: ref JSONs in code-point order, articles beside each, and its tokens. */
function keyRow(id: string, key: StoredKey) {
  const refs = [...key.keys()].sort(byCodePoint);
  const tokens = new Set([...key.values()].flatMap(({ ref }) => actorTokens(ref)));
  return {
    id,
    refs,
    articles: refs.map((json) => JSON.stringify([...(key.get(json)?.articles ?? [])].sort(byCodePoint))),
    tokens: [...tokens].sort(),
  };
}

/**
 * The ActorKey nodes this article's load changes: each key of its earlier load and of this one, without
 * the article's earlier actor and with its new one. A node is a function of the set of stored articles.
 */
export function actorKeyWrites(articleId: string, actors: ActorRef[], corpus: StoredCorpus) {
  const ids = new Set([...corpus.previous, ...actors].map(keyId));
  const upsert: ReturnType<typeof keyRow>[] = [];
  const remove: string[] = [];
  for (const id of [...ids].sort(byCodePoint)) {
    const key: StoredKey = new Map();
    for (const [json, { ref, articles }] of corpus.keys.get(id) ?? []) {
      const rest = new Set([...articles].filter((a) => a !== articleId));
      if (rest.size > 0) key.set(json, { ref, articles: rest });
    }
    for (const actor of actors.filter((a) => keyId(a) === id)) addTo(key, actor);
    if (key.size > 0) upsert.push(keyRow(id, key));
    else remove.push(id);
  }
  return { upsert, remove };
}

/** Every ActorKey of a corpus's actors (the backfill of a database loaded before they existed). */
export function actorKeysOf(refs: ActorRef[]) {
  const keys = new Map<string, StoredKey>();
  for (const ref of refs) {
    const key: StoredKey = keys.get(keyId(ref)) ?? new Map();
    keys.set(keyId(ref), key);
    addTo(key, ref);
  }
  return [...keys].sort(([a], [b]) => byCodePoint(a, b)).map(([id, key]) => keyRow(id, key));
}

export const UPSERT_KEYS = keepPlan(`UNWIND $rows AS row
MERGE (k:ActorKey {id: row.id})
SET k.refs = row.refs, k.articles = row.articles, k.tokens = row.tokens`);

export const REMOVE_KEYS = keepPlan(`UNWIND $ids AS id
MATCH (k:ActorKey {id: id})
DELETE k`);

const NEEDS_KEYS = `RETURN NOT EXISTS { MATCH (:ActorKey) }
  AND EXISTS { MATCH (a:Article) WHERE size(coalesce(a.actorRefs, [])) > 0 } AS needed`;

/** ActorKey nodes written per statement by the backfill. */
const KEYS_PER_STATEMENT = 1000;

/**
 * Writes the ActorKey nodes of a database whose articles were loaded before there were any (once: a
 * database with one ActorKey node has them all), under the corpus lock like an article's load.
 */
export async function backfillActorKeys(driver: Driver, database: string): Promise<void> {
  const needed = async (tx: Reader) => (await tx.run(NEEDS_KEYS)).records[0]?.get('needed') === true;
  if (!(await driver.executeQuery(NEEDS_KEYS, {}, { database })).records[0]?.get('needed')) return;
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.executeWrite(async (tx) => {
      await tx.run('MERGE (lock:Actor {id: $lockId}) DELETE lock', { lockId: CORPUS_LOCK_ID });
      if (!(await needed(tx))) return;
      const rows = actorKeysOf(await readAllActors(tx));
      for (let i = 0; i < rows.length; i += KEYS_PER_STATEMENT) {
        await tx.run(UPSERT_KEYS, { rows: rows.slice(i, i + KEYS_PER_STATEMENT) });
      }
    });
  } finally {
    await session.close();
  }
}

/** Every article's stored actors (articles loaded before actors were stored have none): for the report and the backfill. */
async function readAllActors(tx: Reader): Promise<ActorRef[]> {
  const { records } = await tx.run(
    'MATCH (a:Article) WHERE a.actorRefs IS NOT NULL RETURN a.id AS id, a.actorRefs AS refs',
  );
  return records.flatMap((record) => parseRefs(String(record.get('id')), record.get('refs')));
}

function parseStored<T>(articleId: string, value: unknown, parse: (json: unknown) => T): T[] {
  try {
    if (!Array.isArray(value)) throw new Error('not a list');
    return value.map((s) => parse(JSON.parse(String(s))));
  } catch {
    throw new Error(`article ${articleId} holds unreadable actor data; ingest it again to replace it`);
  }
}

/** What the articles the step moves stored about their actors and events. */
const MOVED_ARTICLES = keepPlan(`UNWIND $ids AS id MATCH (a:Article {id: id})
RETURN a.id AS id, a.actorLinks AS links, a.actorRefs AS refs, a.eventRefs AS events ORDER BY id`);

/** The corpus step's result and what the other articles it moves stored about their actors. */
export interface IdentityWork {
  changes: IdentityChanges;
  /** The ActorKey nodes to write and to remove (UPSERT_KEYS, REMOVE_KEYS). */
  keys: ReturnType<typeof actorKeyWrites>;
  /** Per relinked article: its actor relationships on their new nodes, and its stored events (unparsed). */
  relinks: { articleId: string; batches: RelationshipBatch[]; events: unknown }[];
  earlier: EarlierLoad;
}

/**
 * Takes the corpus lock, resolves the part of the corpus this plan's actors touch, and reads the
 * relationships (and every actor) of the other articles it moves.
 */
export async function prepareIdentity(tx: Transaction, plan: LoadPlan): Promise<IdentityWork> {
  let seeds: ActorRef[] = [];
  for (;;) {
    const corpus = await readCorpus(tx, plan, seeds);
    const changes = identityChanges(plan.articleId, plan.actors, corpus.others, corpus.previous);
    const ids = [...changes.relinked.keys()].sort();
    const keys = actorKeyWrites(plan.articleId, plan.actors, corpus);
    if (ids.length === 0) return { changes, keys, relinks: [], earlier: corpus.earlier };
    const { records } = await tx.run(MOVED_ARTICLES, { ids });
    const moved = records.map((record) => {
      const articleId = String(record.get('id'));
      return {
        articleId,
        links: parseStored(articleId, record.get('links'), (j) => StoredActorLinksSchema.parse(j)),
        refs: parseRefs(articleId, record.get('refs')),
        events: record.get('events') as unknown,
      };
    });
    // Every actor of a moved article needs its node, so each must lie in the part resolved; if one does
    // not, its family is read as well and the step runs again.
    const read = new Set(corpus.others.map(refId));
    const missing = moved.flatMap((m) => m.refs).filter((r) => !read.has(refId(r)));
    if (missing.length > 0) {
      seeds = [...seeds, ...missing];
      continue;
    }
    const relinks = moved.map(({ articleId, links, refs, events }) => {
      const nodeOf = nodesOfArticle(refs, changes.after);
      return { articleId, batches: retargetRelationships(links, (id) => nodeOf.get(id)), events };
    });
    return { changes, keys, relinks, earlier: corpus.earlier };
  }
}

function refId(ref: ActorRef): string {
  return `${ref.articleId}\u0000${ref.kind}\u0000${ref.key}`;
}

/** The article's own actors and actor relationships, as its Article node keeps them. */
export function storedActors(plan: LoadPlan): { refs: string[]; links: string[] } {
  return {
    refs: plan.actors.map(refJson),
    links: actorRelationships(plan).map((b) => JSON.stringify(b)),
  };
}

/** Also drops the lookup tokens an earlier version kept on the Article (its ActorKey nodes hold them now). */
export const STORE_ACTORS = keepPlan(`MATCH (a:Article {id: $articleId})
SET a.actorRefs = $refs, a.actorLinks = $links
REMOVE a.actorTokens`);

const KIND_LABELS = Object.entries(ActorKindLabels);

/** Nodes of other articles' actors that are new or renamed: one statement for every kind. */
export const UPSERT_NODES = keepPlan(`UNWIND $rows AS row
MERGE (n:Actor {id: row.id})
SET n.name = row.name, n.kind = row.kind, n.aliases = row.aliases
${KIND_LABELS.map(
  ([kind, label]) =>
    `FOREACH (_ IN CASE WHEN row.kind = '${kind}' THEN [1] ELSE [] END | SET n:${label} REMOVE n:${KIND_LABELS.filter(
      ([, other]) => other !== label,
    )
      .map(([, other]) => other)
      .join(':')})`,
).join('\n')}`);

/** The relinked articles' actor relationships that their new nodes no longer have. */
export const UNLINK = keepPlan(`UNWIND $articles AS art
CALL (art) {
  MATCH (:Article {id: art.articleId})<-[:IN]-(:Quote)<-[r:EVIDENCED_BY]-(:Actor)
  RETURN r
  UNION
  MATCH (:Article {id: art.articleId})<-[:IN]-(:Quote)<-[:EVIDENCED_BY]-(x)
  WHERE x:Meeting OR x:Proposal OR x:Stance OR x:Term
  WITH DISTINCT x
  MATCH (x)-[r:ATTENDED|PROPOSED|HOLDS|TOWARD|FOR]-(:Actor)
  RETURN r
  UNION
  MATCH (:Article {id: art.articleId})<-[:IN]-(:Quote)<-[r:SAID]-(:Actor)
  RETURN r
}
WITH art, r WHERE NOT (type(r) + '|' + startNode(r).id + '|' + endNode(r).id) IN art.keys
DELETE r`);

/** The actor relationships an article's load can write, with their end labels. */
const LINK_SHAPES: [RelationshipType, string, string][] = [
  ['EVIDENCED_BY', 'Actor', 'Quote'],
  ['ATTENDED', 'Actor', 'Meeting'],
  ['PROPOSED', 'Actor', 'Proposal'],
  ['HOLDS', 'Actor', 'Stance'],
  ['TOWARD', 'Stance', 'Actor'],
  ['SAID', 'Actor', 'Quote'],
  ['FOR', 'Term', 'Actor'],
];

/** The relinked articles' actor relationships on their new nodes; `written` counts the rows written. */
export const LINK = keepPlan(`UNWIND $rows AS row
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
RETURN sum(${LINK_SHAPES.map((_, i) => `n${i}`).join(' + ')}) AS written`);

/** Actor nodes the new resolution no longer has, once nothing evidences them. */
export const REMOVE_ORPHANS = keepPlan(`UNWIND $ids AS id
MATCH (n:Actor {id: id})
WHERE NOT EXISTS { (n)-[:EVIDENCED_BY]->() }
DETACH DELETE n`);

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
    return resolve(await session.executeRead(readAllActors));
  } finally {
    await session.close();
  }
}
