// The Neo4j half of the load and the ingest's only Neo4j I/O: opening a checked driver, applying
// cypher/schema.cypher, writing one article in one write transaction, and counting what the database holds.
// Queries take values only as parameters; labels and types come from the schema module's constants.
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j, {
  type Driver,
  type QueryResult,
  type Record as Neo4jRecord,
  type Result,
  type Transaction,
} from 'neo4j-driver';
import type { Neo4jConfig } from '../../db/config';
import { localBoltPort } from '../../db/local';
import {
  ActorKindLabels,
  ActorKinds,
  ExtractionSchema,
  NodeLabels,
  RelationshipTypes,
  type ActorKind,
  type NodeLabel,
  type RelationshipType,
} from '../../schema';
import {
  LINK,
  REMOVE_KEYS,
  REMOVE_ORPHANS,
  STORE_ACTORS,
  UNLINK,
  UPSERT_KEYS,
  UPSERT_NODES,
  backfillActorKeys,
  identityParams,
  prepareIdentity,
  storedActors,
  type IdentityWork,
} from './identity';
import {
  COUNT_STANCES,
  PRUNE_GROUPS,
  REMOVE_GROUPS,
  STORE_EVENTS,
  backfillStanceCounts,
  prepareEvents,
  stanceCountParams,
  withEventGroups,
  withGroupsKept,
  type EventWork,
} from './events';
import {
  addedByArticle,
  readBefore,
  readStances,
  writeContradictions,
  type ArticleChanges,
} from './article-changes';
import { inOneMap, keepPlan } from './cypher';
import {
  DomainRelationshipTypes,
  QuoteCarryingTypes,
  buildLoadPlan,
  keepSets,
  retargetPlan,
  type LoadPlan,
  type NodeBatch,
  type NodeRow,
  type RelationshipBatch,
} from './rows';

/** A database problem the user can act on; its message is the one line they see. */
export class DatabaseError extends Error {
  override name = 'DatabaseError';
}

/** An extraction document that the schema refuses (a bug upstream, never written). */
export class InvalidExtractionError extends Error {
  override name = 'InvalidExtractionError';
}

/** Server-side limit on each transaction of the ingest. */
export const DEFAULT_TX_TIMEOUT_MS = 60_000;

/**
 * Waits before each new attempt of an article's transaction after a transient error (a deadlock with a
 * concurrent ingest, a node deleted by one, a lost connection, a server going away): six attempts within
 * about eight seconds,
 * then the load gives up. Each wait is drawn between half and all of its value, so concurrent ingests
 * that deadlocked on each other do not retry in lock step.
 */
export const RETRY_DELAYS_MS = [250, 500, 1_000, 2_000, 4_000] as const;

/**
 * Creates a driver for `config` and checks that the database answers, turning the driver's errors into a
 * one-line DatabaseError (closing the driver on failure). The caller closes the returned driver.
 */
export async function openDriver(config: Neo4jConfig): Promise<Driver> {
  let driver: Driver;
  try {
    driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
      connectionTimeout: 10_000,
      // countGraph's read, which the driver retries itself, gives up about when an article's load would.
      maxTransactionRetryTime: 8_000,
      userAgent: 'news-graph-explorer-ingest',
    });
  } catch (err) {
    throw new DatabaseError(`invalid NEO4J_URI ${config.uri}: ${firstLine(err)}`, { cause: err });
  }
  try {
    await driver.verifyConnectivity({ database: config.database });
    // verifyConnectivity does not notice a missing database; a trivial query on it does.
    await driver.executeQuery('RETURN 1', {}, { database: config.database });
    return driver;
  } catch (err) {
    await driver.close().catch(() => undefined);
    throw connectivityError(config, err);
  }
}

function connectivityError(config: Neo4jConfig, err: unknown): DatabaseError {
  const code = neo4jCode(err);
  if (code.startsWith('Neo.ClientError.Security.')) {
    return new DatabaseError(
      `Neo4j at ${config.uri} refused the credentials of user ${config.user} (${
        localBoltPort(config.uri) !== undefined
          ? 'run npm run db:start: it gives the local database the password kept in its data folder'
          : 'set NEO4J_USER and NEO4J_PASSWORD'
      })`,
      { cause: err },
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new DatabaseError(
      `Neo4j at ${config.uri} has no database "${config.database}" (set NEO4J_DATABASE)`,
      {
        cause: err,
      },
    );
  }
  const hint =
    localBoltPort(config.uri) !== undefined ? ' — start it with npm run db:start' : ` (${firstLine(err)})`;
  return new DatabaseError(`cannot reach Neo4j at ${config.uri}${hint}`, { cause: err });
}

function neo4jCode(err: unknown): string {
  return typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string'
    ? err.code
    : '';
}

/** The first line of an error's message, cut short: the driver's can carry a whole routing table. */
function firstLine(err: unknown): string {
  const line = (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
  return line.length > 160 ? `${line.slice(0, 160)}…` : line;
}

/** The statements of a schema file: `//` comment lines dropped, split on the terminating semicolons. */
export function schemaStatements(source: string): string[] {
  return source
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const SCHEMA_FILE = new URL('../../cypher/schema.cypher', import.meta.url);

/**
 * Applies cypher/schema.cypher, each statement in its own auto-commit call (schema and data writes cannot
 * share a transaction), then waits until the indexes are online, and gives every proposal loaded before
 * proposals kept their `stanceCount` its count (ingest/load/events.ts). Idempotent.
 */
export async function applySchema(driver: Driver, database: string): Promise<void> {
  const statements = schemaStatements(await readFile(SCHEMA_FILE, 'utf8'));
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    for (const statement of statements) {
      await session.run(statement, {}, { timeout: DEFAULT_TX_TIMEOUT_MS });
    }
    await session.run('CALL db.awaitIndexes($seconds)', { seconds: neo4j.int(60) });
  } finally {
    await session.close();
  }
  await backfillStanceCounts(driver, database);
  await backfillActorKeys(driver, database);
}

/**
 * Waits until the eventually consistent full-text indexes (actor_names, quote_text: cypher/schema.cypher)
 * hold every commit so far, so that a search after the ingest finds all it loaded.
 */
export async function awaitSearchIndexes(driver: Driver, database: string): Promise<void> {
  await driver.executeQuery(
    'CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()',
    {},
    { database },
  );
}

export interface LoadOptions {
  database: string;
  /**
   * Called with each batch's step name (`node:Actor:Person`, `rel:ATTENDED:Actor->Meeting`, `prune:quotes`)
   * inside the transaction, once every earlier batch has been written: a test that throws from it makes
   * the load fail mid-way.
   */
  onStep?: (step: string) => void | Promise<void>;
  timeoutMs?: number;
  /** Waits between attempts after a transient error; default RETRY_DELAYS_MS. */
  retryDelaysMs?: readonly number[];
}

/** What one article's transaction changed, from the server's counters. */
export interface WriteCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  labelsAdded: number;
  labelsRemoved: number;
}

const emptyCounters = (): WriteCounters => ({
  nodesCreated: 0,
  nodesDeleted: 0,
  relationshipsCreated: 0,
  relationshipsDeleted: 0,
  propertiesSet: 0,
  labelsAdded: 0,
  labelsRemoved: 0,
});

/** What one article's transaction wrote: the server's counters, and what it added or changed. */
export interface ArticleLoad {
  written: WriteCounters;
  changes: ArticleChanges;
}

/** loadArticle's counters alone. */
export async function loadExtraction(
  driver: Driver,
  doc: unknown,
  options: LoadOptions,
): Promise<WriteCounters> {
  return (await loadArticle(driver, doc, options)).written;
}

/**
 * Validates `doc` with ExtractionSchema and writes it in ONE write transaction: MERGE on the deterministic
 * ids, SET of properties, then a prune of what an earlier load of the same article holds and this one no
 * longer does. Either all of it commits or nothing does. A transient error rolls the transaction back and
 * runs it again from the start (RETRY_DELAYS_MS); when the attempts run out, a DatabaseError says so. The
 * load is idempotent, so a commit whose answer was lost is safe to run again.
 */
export async function loadArticle(driver: Driver, doc: unknown, options: LoadOptions): Promise<ArticleLoad> {
  const parsed = ExtractionSchema.safeParse(doc);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'document';
    throw new InvalidExtractionError(
      `invalid extraction document at ${where}: ${issue?.message ?? 'unknown'}`,
    );
  }
  const plan = buildLoadPlan(parsed.data);
  const delays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  const began = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      return await writeOnce(driver, plan, options);
    } catch (err) {
      const delay = delays[attempt];
      if (!isTransient(err)) throw err;
      if (delay === undefined) {
        const seconds = ((Date.now() - began) / 1000).toFixed(1);
        throw new DatabaseError(
          `${transientReason(err)}; gave up after ${attempt + 1} attempts in ${seconds} s`,
          { cause: err },
        );
      }
      await sleep(delay * (0.5 + Math.random() / 2));
    }
  }
}

/**
 * Errors after which the same transaction, run again, can succeed: what the driver calls retryable, and a
 * node that a concurrent ingest deleted (an article re-load pruning an actor) between this transaction's
 * MERGE finding it and locking it; run again, the MERGE creates it anew.
 */
function isTransient(err: unknown): boolean {
  if (overTransactionMemoryCap(err)) return false;
  return neo4j.isRetryableError(err) || neo4jCode(err) === 'Neo.ClientError.Statement.EntityNotFound';
}

/** The article's own transaction went over the database's memory cap per transaction: Neo4j calls it
 * transient, but the same transaction would only reach the cap again. */
function overTransactionMemoryCap(err: unknown): boolean {
  return (
    neo4jCode(err).endsWith('MemoryPoolOutOfMemoryError') &&
    firstLine(err).includes('db.memory.transaction.max ')
  );
}

/** What a transient error means to the person running the ingest. */
function transientReason(err: unknown): string {
  const code = neo4jCode(err);
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') return 'Neo4j stopped answering';
  if (code.endsWith('DeadlockDetected')) return 'a concurrent write kept deadlocking with this one';
  if (code.endsWith('EntityNotFound')) return 'a concurrent ingest kept deleting a node this one writes';
  return `Neo4j failed transiently (${firstLine(err)})`;
}

/** One attempt: an explicit transaction (the driver's own retries stay out of it), committed or rolled back. */
async function writeOnce(driver: Driver, plan: LoadPlan, options: LoadOptions): Promise<ArticleLoad> {
  const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    const tx = session.beginTransaction({ timeout: options.timeoutMs ?? DEFAULT_TX_TIMEOUT_MS });
    try {
      // Takes the corpus lock first; its own create and delete are not counted: no one ever sees them.
      const work = await prepareIdentity(tx, plan);
      const load = await writePlan(tx, plan, work, options.onStep);
      await tx.commit();
      return load;
    } catch (err) {
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      throw err;
    }
  } finally {
    await session.close().catch(() => undefined);
  }
}

/** One batch of the article's transaction: its step name, and its statement unless it has nothing to do. */
interface Batch {
  step: string;
  result?: Result;
  /** Relationship rows the statement must write, and the column of its one record that counts them. */
  written?: { column: string; expected: number };
  /** The ingest's own bookkeeping (ActorKey nodes), left out of the counters as the corpus lock is. */
  bookkeeping?: boolean;
}

async function writePlan(
  tx: Transaction,
  plan: LoadPlan,
  work: IdentityWork,
  onStep: LoadOptions['onStep'],
): Promise<ArticleLoad> {
  // Created here, not outside: a retry runs the whole function again.
  const counters = emptyCounters();
  const count = ({ summary }: Pick<QueryResult, 'summary'>) => {
    const updates = summary.counters.updates();
    for (const key of Object.keys(counters) as (keyof WriteCounters)[]) counters[key] += updates[key] ?? 0;
  };
  const { changes } = work;
  const onActors = retargetPlan(
    plan,
    (id) => changes.targetOf.get(id),
    (id) => changes.after.nodes.get(id),
  );
  // Meetings and proposals on the nodes of their groups across articles (ingest/load/events.ts).
  const events = await prepareEvents(tx, onActors, work.earlier.events, work.relinks);
  const resolved = withEventGroups(onActors, events);
  // Every statement from here on is sent at once and the results are read afterwards: Bolt pipelines them
  // over the one connection and the server runs them in order, so the read of what exists comes first
  // and the read of the stances after every write.
  const before = readBefore(tx, resolved, events);
  const batches = sendBatches(tx, plan, resolved, work, events);
  const stances = readStances(tx, plan.articleId, work, events);
  // Read later (or never, when a batch fails first): their errors are the transaction's, handled there.
  before.catch(() => undefined);
  stances.catch(() => undefined);
  // The record of the statement each batch belongs to: a batch without a statement of its own shares
  // the one of the batch before it.
  let record: Neo4jRecord | undefined;
  for (const { step, result, written, bookkeeping } of batches) {
    // Every batch before this one has been written in the transaction by now.
    await onStep?.(step);
    if (result) {
      const { records, summary } = await result;
      if (!bookkeeping) count({ summary });
      record = records[0];
    }
    if (!written) continue;
    const got = toNumber(record?.get(written.column));
    if (got !== written.expected) {
      // Every endpoint was validated and written before, so a row that matched nothing is a bug: roll back.
      throw new Error(`${step}: wrote ${got} of ${written.expected} relationships`);
    }
  }
  const added = addedByArticle(plan, resolved, work, events, await before);
  await onStep?.('contradictions');
  const newStances = new Set(added.stances.map((s) => s.id));
  const reversals = await writeContradictions(tx, plan.articleId, await stances, newStances, count);
  return { written: counters, changes: { ...added, reversals } };
}

/**
 * Sends every batch of the article's write, in order; a batch with no rows keeps its step but sends
 * nothing, and so do the prunes of an article loaded for the first time (there is no earlier load).
 */
function sendBatches(
  tx: Transaction,
  plan: LoadPlan,
  resolved: LoadPlan,
  work: IdentityWork,
  events: EventWork,
): Batch[] {
  const batches: Batch[] = [];
  const send = (
    step: string,
    query: string,
    params: Record<string, unknown>,
    rows: number,
    expected?: number,
  ) => {
    const written = expected === undefined ? undefined : { column: 'written', expected };
    batches.push(rows > 0 ? { step, result: tx.run(query, params), written } : { step });
  };
  const identity = withGroupsKept(identityParams(work), events);
  batches.push(...nodeStatement(tx, resolved.nodes));
  // Not awaited on their own: they go out with the rest (no statement below reads ActorKey nodes).
  for (const [step, query, params, rows] of [
    ['identity:keys', UPSERT_KEYS, { rows: work.keys.upsert }, work.keys.upsert.length],
    ['identity:keys-removed', REMOVE_KEYS, { ids: work.keys.remove }, work.keys.remove.length],
  ] as const) {
    batches.push(rows > 0 ? { step, result: tx.run(query, params), bookkeeping: true } : { step });
  }
  send('identity:refs', STORE_ACTORS, { articleId: plan.articleId, ...storedActors(plan) }, 1);
  send('identity:nodes', UPSERT_NODES, identity.upsert, identity.upsert.rows.length);
  send('events:refs', STORE_EVENTS, { articles: events.store }, events.store.length);
  batches.push(...relationshipStatement(tx, resolved.relationships));
  send('identity:unlink', UNLINK, identity.unlink, identity.unlink.articles.length);
  const links = identity.link.rows.length;
  send('identity:link', LINK, identity.link, links, links);
  const keep = keepSets(resolved);
  const earlier = work.earlier.existed ? 1 : 0;
  for (const [name, query] of PRUNE_QUERIES) send(`prune:${name}`, keepPlan(query), { ...keep }, earlier);
  send('identity:orphans', REMOVE_ORPHANS, identity.orphans, identity.orphans.ids.length);
  send('events:prune', PRUNE_GROUPS, { nodes: events.cleanup.nodes }, events.cleanup.nodes.length);
  send('events:remove', REMOVE_GROUPS, { ids: events.cleanup.removed }, events.cleanup.removed.length);
  // After every write above: the stances toward the proposals around the article are final.
  const relinked = work.relinks.map((r) => r.articleId);
  send('events:counts', COUNT_STANCES, inOneMap(stanceCountParams(plan.articleId, events, relinked)), 1);
  return batches;
}

/**
 * The node batches an article can have, in the order its one node statement writes them: every label, the
 * actors once per kind. One fixed statement for every article (a batch with no rows is an empty list), so
 * Neo4j plans it once, and every article's transaction takes the locks of shared nodes in one order.
 */
type NodeSlot = { label: NodeLabel; kind?: ActorKind };
const NODE_SLOTS: NodeSlot[] = NodeLabels.flatMap((label): NodeSlot[] =>
  label === 'Actor' ? [...ActorKinds].sort().map((kind) => ({ label, kind })) : [{ label }],
);
const NODE_STATEMENT = keepPlan(
  NODE_SLOTS.map((slot, i) => `CALL () {\n${nodeQuery(slot, `$p.n${i}`)}\n}`).join('\n'),
);

/**
 * The article's node batches as one statement. Each batch keeps its step (the first carries the statement,
 * the others none, as their rows are written by then): rows in id order, so that shared nodes are always
 * written in one order.
 */
function nodeStatement(tx: Transaction, nodes: NodeBatch[]): Batch[] {
  const slots: Record<string, unknown> = {};
  const steps: string[] = [];
  NODE_SLOTS.forEach((slot, i) => {
    const batch = nodes.find((b) => b.label === slot.label && b.kind === slot.kind);
    const rows = [...(batch?.rows ?? [])].sort((a, b) => compare(a.id, b.id));
    slots[`n${i}`] = rows.map(toParamRow);
    if (rows.length > 0)
      steps.push(slot.kind ? `node:Actor:${ActorKindLabels[slot.kind]}` : `node:${slot.label}`);
  });
  const unknown = nodes.filter((b) => !NODE_SLOTS.some((s) => s.label === b.label && s.kind === b.kind));
  if (unknown.length > 0) throw new Error(`no node statement for ${unknown.map((b) => b.label).join(', ')}`);
  const result = steps.length > 0 ? tx.run(NODE_STATEMENT, inOneMap(slots)) : undefined;
  return steps.map((step, i) => (i === 0 ? { step, result } : { step }));
}

/**
 * The relationships an article can write, by type and end labels (ingest/load/rows.ts and the event
 * groups of ingest/load/events.ts), in the order its one relationship statement writes them. A batch of
 * another kind still goes out, as a statement of its own.
 */
const RELATIONSHIP_SLOTS: Pick<RelationshipBatch, 'type' | 'from' | 'to'>[] = [
  { type: 'SAID', from: 'Actor', to: 'Quote' },
  { type: 'IN', from: 'Quote', to: 'Article' },
  ...(['Actor', 'Meeting', 'Proposal', 'Stance', 'Term'] as const).map((from) => ({
    type: 'EVIDENCED_BY' as const,
    from,
    to: 'Quote' as const,
  })),
  { type: 'ATTENDED', from: 'Actor', to: 'Meeting' },
  { type: 'PROPOSED', from: 'Actor', to: 'Proposal' },
  { type: 'HOLDS', from: 'Actor', to: 'Stance' },
  ...(['Actor', 'Meeting', 'Proposal'] as const).map((to) => ({
    type: 'TOWARD' as const,
    from: 'Stance' as const,
    to,
  })),
  { type: 'DISCUSSED', from: 'Meeting', to: 'Proposal' },
  { type: 'HAS_TERM', from: 'Proposal', to: 'Term' },
  { type: 'FOR', from: 'Term', to: 'Actor' },
  { type: 'COUNTERS', from: 'Proposal', to: 'Proposal' },
];
const RELATIONSHIP_STATEMENT = keepPlan(
  `${RELATIONSHIP_SLOTS.map((slot, i) => `CALL () {\n${relationshipQuery(slot, `$p.r${i}`, `w${i}`)}\n}`).join('\n')}
RETURN ${RELATIONSHIP_SLOTS.map((_, i) => `w${i}`).join(', ')}`,
);

const sameEnds = (a: Pick<RelationshipBatch, 'type' | 'from' | 'to'>, b: typeof a) =>
  a.type === b.type && a.from === b.from && a.to === b.to;

/**
 * The article's relationship batches as one statement (and a statement each for any batch of a kind the
 * slots lack), rows in id order. Each batch keeps its step and checks that every row was written.
 */
function relationshipStatement(tx: Transaction, relationships: RelationshipBatch[]): Batch[] {
  const sorted = (batch: RelationshipBatch | undefined) =>
    [...(batch?.rows ?? [])].sort((a, b) => compare(a.from, b.from) || compare(a.to, b.to));
  const stepOf = (b: Pick<RelationshipBatch, 'type' | 'from' | 'to'>) => `rel:${b.type}:${b.from}->${b.to}`;
  const slots: Record<string, unknown> = {};
  const present: { step: string; column: string; expected: number }[] = [];
  RELATIONSHIP_SLOTS.forEach((slot, i) => {
    const rows = sorted(relationships.find((b) => sameEnds(b, slot)));
    slots[`r${i}`] = rows;
    if (rows.length > 0) present.push({ step: stepOf(slot), column: `w${i}`, expected: rows.length });
  });
  const result = present.length > 0 ? tx.run(RELATIONSHIP_STATEMENT, inOneMap(slots)) : undefined;
  const batches: Batch[] = present.map(({ step, column, expected }, i) => ({
    step,
    ...(i === 0 ? { result } : {}),
    written: { column, expected },
  }));
  for (const batch of relationships.filter((b) => !RELATIONSHIP_SLOTS.some((s) => sameEnds(b, s)))) {
    const rows = sorted(batch);
    if (rows.length === 0) continue;
    batches.push({
      step: stepOf(batch),
      result: tx.run(relationshipQuery(batch, '$rows', 'written'), { rows }),
      written: { column: 'written', expected: rows.length },
    });
  }
  return batches;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function assertLabel(label: string): string {
  const known: readonly string[] = [...NodeLabels, ...Object.values(ActorKindLabels)];
  if (!known.includes(label)) throw new Error(`unknown label ${label}`);
  return label;
}

function assertType(type: RelationshipType): string {
  if (!RelationshipTypes.includes(type)) throw new Error(`unknown relationship type ${type}`);
  return type;
}

function nodeQuery(batch: Pick<NodeBatch, 'label' | 'kind'>, rows: string): string {
  const label = assertLabel(batch.label);
  if (!batch.kind) return `UNWIND ${rows} AS row MERGE (n:${label} {id: row.id}) SET n += row.props`;
  const kindLabel = assertLabel(ActorKindLabels[batch.kind]);
  const otherKinds = Object.values(ActorKindLabels)
    .filter((l) => l !== kindLabel)
    .map(assertLabel)
    .join(':');
  // The name and aliases are the corpus step's (ingest/identity/resolve.ts), across every article.
  return `UNWIND ${rows} AS row
MERGE (n:${label} {id: row.id})
SET n += row.props, n:${kindLabel}, n.aliases = row.aliases
REMOVE n:${otherKinds}`;
}

/** One relationship batch's writes, returning how many it wrote as `column`. */
function relationshipQuery(
  batch: Pick<RelationshipBatch, 'type' | 'from' | 'to'>,
  rows: string,
  column: string,
): string {
  const carriesQuotes = (QuoteCarryingTypes as readonly RelationshipType[]).includes(batch.type);
  return `UNWIND ${rows} AS row
MATCH (a:${assertLabel(batch.from)} {id: row.from})
MATCH (b:${assertLabel(batch.to)} {id: row.to})
MERGE (a)-[r:${assertType(batch.type)}]->(b)
${carriesQuotes ? 'SET r.quoteIds = row.quoteIds' : ''}
RETURN count(r) AS ${column}`;
}

/** Integers go to Neo4j as integers (the driver would send a JS number as a float). */
function toParamRow(row: NodeRow): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row.props)) {
    props[key] = typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value;
  }
  return { ...row, props };
}

const DOMAIN_TYPES = DomainRelationshipTypes.map(assertType).join('|');
const OWNED = `MATCH (:Article {id: $articleId})<-[:IN]-(:Quote)<-[:EVIDENCED_BY]-(n)
WHERE n:Meeting OR n:Proposal OR n:Stance OR n:Term
WITH DISTINCT n`;

/**
 * Re-loading an article replaces what its previous load wrote (an improved extractor may drop or re-key
 * elements) without touching other articles: its own meetings, proposals and stances that are gone, the
 * evidence links and quotes that are gone (and actors left with no evidence at all), and relationships of
 * its own elements that are gone, and SAID to its quotes from a speaker that is gone. With an unchanged extraction every step deletes nothing. An actor is
 * shared with other articles: its lock is taken before it is found without evidence, so a concurrent
 * ingest that is adding evidence to it is waited for, and its evidence seen.
 */
const PRUNE_QUERIES: [string, string][] = [
  ['elements', `${OWNED} WHERE NOT n.id IN $ownedIds DETACH DELETE n`],
  [
    'evidence',
    `MATCH (n)-[r:EVIDENCED_BY]->(q:Quote)-[:IN]->(:Article {id: $articleId})
WHERE NOT ('EVIDENCED_BY|' + n.id + '|' + q.id) IN $evidenceKeys
DELETE r
WITH DISTINCT n
WHERE n:Actor
SET n._lock = true
WITH n, EXISTS { (n)-[:EVIDENCED_BY]->() } AS evidenced
REMOVE n._lock
WITH n WHERE NOT evidenced
DETACH DELETE n`,
  ],
  [
    'quotes',
    `MATCH (q:Quote)-[:IN]->(:Article {id: $articleId}) WHERE NOT q.id IN $quoteIds DETACH DELETE q`,
  ],
  [
    'said',
    `MATCH (a:Actor)-[r:SAID]->(q:Quote)-[:IN]->(:Article {id: $articleId})
WHERE NOT ('SAID|' + a.id + '|' + q.id) IN $saidKeys
DELETE r`,
  ],
  [
    'relationships',
    `${OWNED}
MATCH (n)-[r:${DOMAIN_TYPES}]-()
WITH DISTINCT r
WHERE NOT (type(r) + '|' + startNode(r).id + '|' + endNode(r).id) IN $domainKeys
DELETE r`,
  ],
];

export interface GraphCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

/** Nodes per label (the six primary labels, then the actor kinds) and relationships per type in the database. */
export async function countGraph(driver: Driver, database: string): Promise<GraphCounts> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(
      async (tx) => {
        const counts: GraphCounts = { nodes: {}, relationships: {} };
        const labels: string[] = [...NodeLabels, ...Object.values(ActorKindLabels)];
        for (const label of labels) {
          const r = await tx.run(`MATCH (n:${assertLabel(label)}) RETURN count(n) AS c`);
          counts.nodes[label] = toNumber(r.records[0]?.get('c'));
        }
        for (const type of RelationshipTypes) {
          const r = await tx.run(`MATCH ()-[r:${assertType(type)}]->() RETURN count(r) AS c`);
          counts.relationships[type] = toNumber(r.records[0]?.get('c'));
        }
        return counts;
      },
      { timeout: DEFAULT_TX_TIMEOUT_MS },
    );
  } finally {
    await session.close();
  }
}

function toNumber(value: unknown): number {
  if (neo4j.isInt(value)) return value.toNumber();
  return typeof value === 'number' ? value : Number(value ?? 0);
}
