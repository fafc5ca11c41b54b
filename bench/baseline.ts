// The load's baseline for the corpus bench (bench/scale.ts): the rows of every article's load plan
// (ingest/load/rows.ts), gathered per node label (actors per kind) and per relationship type, each group
// written by one server-side `UNWIND $rows AS r MERGE ...` and all of it in one transaction. No identity
// step, no prune, no per-article transaction: the least a load of the same rows can cost.
import neo4j, { type Driver } from 'neo4j-driver';
import { ActorKindLabels, NodeLabels, RelationshipTypes } from '../schema';
import {
  DomainRelationshipTypes,
  type LoadPlan,
  type NodeBatch,
  type RelationshipBatch,
} from '../ingest/load/rows';

function checked(name: string, known: readonly string[]): string {
  if (!known.includes(name)) throw new Error(`unknown label or type ${name}`);
  return name;
}

const LABELS: readonly string[] = [...NodeLabels, ...Object.values(ActorKindLabels)];

function nodeStatement(batch: NodeBatch): string {
  const label = checked(batch.label, LABELS);
  const kind = batch.kind ? `, n:${checked(ActorKindLabels[batch.kind], LABELS)}, n.aliases = r.aliases` : '';
  return `UNWIND $rows AS r MERGE (n:${label} {id: r.id}) SET n += r.props${kind}`;
}

function relationshipStatement(batch: RelationshipBatch): string {
  const type = checked(batch.type, RelationshipTypes);
  const quotes = (DomainRelationshipTypes as readonly string[]).includes(type)
    ? ' SET x.quoteIds = r.quoteIds'
    : '';
  return `UNWIND $rows AS r
MATCH (a:${checked(batch.from, LABELS)} {id: r.from}) MATCH (b:${checked(batch.to, LABELS)} {id: r.to})
MERGE (a)-[x:${type}]->(b)${quotes}`;
}

/** Integer properties go as integers, as the real load sends them. */
function params(batch: NodeBatch): Record<string, unknown>[] {
  return batch.rows.map((row) => {
    const props: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(row.props)) {
      props[key] = typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value;
    }
    return { ...row, props };
  });
}

/** Groups batches of many plans by their statement, keeping the plans' order (nodes before relationships). */
function grouped(plans: LoadPlan[]): Map<string, Record<string, unknown>[]> {
  const groups = new Map<string, Record<string, unknown>[]>();
  const add = (statement: string, rows: Record<string, unknown>[]) => {
    const list = groups.get(statement) ?? [];
    groups.set(statement, list);
    for (const row of rows) list.push(row);
  };
  for (const plan of plans) for (const batch of plan.nodes) add(nodeStatement(batch), params(batch));
  for (const plan of plans) {
    for (const batch of plan.relationships)
      add(
        relationshipStatement(batch),
        batch.rows.map((row) => ({ ...row })),
      );
  }
  return groups;
}

/** Writes every plan's rows in one transaction, one statement per label and type. */
export async function writeBaseline(driver: Driver, database: string, plans: LoadPlan[]): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    // An explicit transaction: a failure is reported at once, not retried by the driver.
    const tx = session.beginTransaction({ timeout: 60_000 });
    try {
      for (const [statement, rows] of grouped(plans)) await tx.run(statement, { rows });
      await tx.commit();
    } finally {
      if (tx.isOpen()) await tx.rollback();
    }
  } finally {
    await session.close();
  }
}
