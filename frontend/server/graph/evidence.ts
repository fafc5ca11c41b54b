// The quotes behind each row of an answer, counted on the server by one more read query per answer. The
// element ids it sends come from the driver's own records of that answer (never from the browser), are
// deduplicated per row and capped (MAX_ROW_ELEMENTS per row, MAX_EVIDENCE_IDS per answer), and the
// query runs in a READ transaction with a short timeout of its own, so counting can neither write nor
// outlast the answer. Which quotes count is defined once, in frontend/shared/evidence.ts.
import type { RowEvidence } from '../../shared/api';
import { MAX_ROW_ELEMENTS, quotesOfElements, type RowElements } from '../../shared/evidence';
import type { Neo4jService } from '../neo4j/service';

/** Element ids one answer may send to Neo4j for counting; the rows after that are not counted. */
export const MAX_EVIDENCE_IDS = 20_000;
/** The counting query's own timeout: short, so that the answer and its count stay within the query
 * worker's deadline (frontend/server/neo4j/queryWorker.ts). */
export const EVIDENCE_TIMEOUT_MS = 2_000;

/** A kept row's elements, or 'over' when it holds more than MAX_ROW_ELEMENTS. */
export type CountedRow = RowElements | 'over';

/** Gathers one row's distinct element ids while its values are walked. */
export class RowElementsBuilder {
  private readonly nodes = new Set<string>();
  private readonly relationships = new Set<string>();
  private over = false;

  node(id: string): void {
    this.add(this.nodes, id);
  }

  relationship(id: string): void {
    this.add(this.relationships, id);
  }

  done(): CountedRow {
    if (this.over) return 'over';
    return { nodes: [...this.nodes].sort(), relationships: [...this.relationships].sort() };
  }

  private add(into: Set<string>, id: string): void {
    if (this.over || into.has(id)) return;
    if (this.nodes.size + this.relationships.size >= MAX_ROW_ELEMENTS) this.over = true;
    else into.add(id);
  }
}

/** The distinct element sets to count, and for each row the index of its set (null: nothing to count). */
export interface CountPlan {
  sets: RowElements[];
  setOfRow: (number | null)[];
  /** Rows holding elements that are left uncounted (over a cap). */
  skipped: number;
}

export function planCount(rows: readonly CountedRow[], maxIds = MAX_EVIDENCE_IDS): CountPlan {
  const sets: RowElements[] = [];
  const indexOf = new Map<string, number>();
  const setOfRow: (number | null)[] = [];
  let ids = 0;
  let skipped = 0;
  for (const row of rows) {
    if (row !== 'over' && row.nodes.length + row.relationships.length === 0) {
      setOfRow.push(null);
      continue;
    }
    const size = row === 'over' ? 0 : row.nodes.length + row.relationships.length;
    const key = row === 'over' ? '' : `${row.nodes.join(' ')}|${row.relationships.join(' ')}`;
    let index = indexOf.get(key);
    if (index === undefined && row !== 'over' && ids + size <= maxIds) {
      index = sets.push(row) - 1;
      indexOf.set(key, index);
      ids += size;
    }
    if (index === undefined) skipped += 1;
    setOfRow.push(index ?? null);
  }
  return { sets, setOfRow, skipped };
}

const COUNT_CYPHER = `
UNWIND range(0, size($sets) - 1) AS i
WITH i, $sets[i] AS set
RETURN i, COUNT {${quotesOfElements('set.nodes', 'set.relationships')}
} AS quotes`;

/** The quotes behind each row; undefined when no row holds a node or a relationship. */
export async function countRowEvidence(
  service: Neo4jService,
  rows: readonly CountedRow[],
  signal?: AbortSignal,
): Promise<RowEvidence | undefined> {
  const plan = planCount(rows);
  if (plan.sets.length === 0 && plan.skipped === 0) return undefined;
  const counts: (number | null)[] = rows.map(() => null);
  const note = (reason: string): RowEvidence => ({ counts, note: reason });
  if (plan.sets.length === 0) return note(tooMany(plan.skipped));
  const outcome = await service.read(
    COUNT_CYPHER,
    { sets: plan.sets },
    // Each record is two integers: all of them in one batch, one round trip.
    { timeoutMs: EVIDENCE_TIMEOUT_MS, rowCap: plan.sets.length, signal, fetchSize: plan.sets.length + 1 },
  );
  if (!outcome.ok) return note(`The quotes behind the rows could not be counted: ${outcome.error.message}`);
  const bySet = new Map<number, number>();
  for (const record of outcome.records) bySet.set(Number(record.get('i')), Number(record.get('quotes')));
  plan.setOfRow.forEach((set, row) => {
    if (set !== null) counts[row] = bySet.get(set) ?? null;
  });
  return plan.skipped > 0 ? note(tooMany(plan.skipped)) : { counts };
}

function tooMany(rows: number): string {
  const what = rows === 1 ? '1 row holds' : `${rows} rows hold`;
  return `${what} too many nodes and relationships for their quotes to be counted.`;
}
