// A query's answer, built record by record as the driver hands them over: each record becomes JSON at
// once (its row, and the nodes and relationships it brings into the graph), so the driver's records are
// never all held, and the answer stops at its caps: a row count, bytes of JSON for the whole answer, and
// bytes for one value. What is kept is JSON text, which the response is assembled from.
import type { Node, Relationship } from 'neo4j-driver';
import type { QueryError, QueryStatus, RowEvidence, Truncation } from '../../shared/api';
import { RowElementsBuilder, type CountedRow } from './evidence';
import {
  forEachEntity,
  graphNode,
  graphRelationship,
  MAX_VALUE_DEPTH,
  toJsonValue,
  ValueTooLarge,
  type Budget,
} from './fromRecords';

export interface AnswerCaps {
  /** Records beyond this many are not read. */
  rowCap: number;
  /** Bytes of JSON the rows and the graph may take together. */
  maxBytes: number;
  /** Bytes of JSON one value may take: a cell of a row, or one node's or relationship's properties. */
  maxValueBytes: number;
  /** Keep relationships whose other end is not in the answer (a later page of the overview, whose
   * browser holds the earlier pages); by default they are dropped. */
  openEnds?: boolean;
  /** Records read from Neo4j at a time, for a query whose records are known to be small (the
   * overview's); by default the service's FETCH_SIZE, which bounds what a batch of large records holds. */
  fetchSize?: number;
}

/** 16 MB for a whole answer; 4 MB for one value (an article's text is at most 128 KB). */
export const DEFAULT_ANSWER_CAPS: Omit<AnswerCaps, 'rowCap'> = {
  maxBytes: 16 * 1024 * 1024,
  maxValueBytes: 4 * 1024 * 1024,
};

interface RelationshipJson {
  json: string;
  start: string;
  end: string;
}

export class AnswerBuilder {
  private readonly rows: string[] = [];
  private readonly nodes = new Map<string, string>();
  private readonly relationships = new Map<string, RelationshipJson>();
  /** Per kept row, the elements it holds (for counting the quotes behind it). */
  private readonly elements: CountedRow[] = [];
  private records = 0;
  private bytes = 0;
  private stoppedBy: Truncation | null = null;

  /** `withRows` false keeps only the graph (QueryRequest.rows). */
  constructor(
    private readonly caps: AnswerCaps,
    private readonly withRows: boolean,
  ) {}

  get truncation(): Truncation | null {
    return this.stoppedBy;
  }

  /** The elements of each kept row, in row order; empty when the answer keeps no rows. */
  get rowElements(): readonly CountedRow[] {
    return this.elements;
  }

  /** Adds one record's values; false once a cap stops the reading (`truncation` says which). A record
   * that does not fit is left out whole, so the graph never holds half a row. */
  add(values: readonly unknown[]): boolean {
    if (this.stoppedBy) return false;
    if (this.records >= this.caps.rowCap) return this.stop(rowsTruncation(this.caps.rowCap));
    let row: string | null = null;
    const nodes = new Map<string, string>();
    const relationships = new Map<string, RelationshipJson>();
    const elements = new RowElementsBuilder();
    try {
      if (this.withRows) {
        row = JSON.stringify(values.map((value) => toJsonValue(value, this.valueBudget())));
      }
      for (const value of values) {
        forEachEntity(
          value,
          {
            node: (node) => {
              elements.node(node.elementId);
              this.stageNode(node, nodes);
            },
            relationship: (rel) => {
              elements.relationship(rel.elementId);
              this.stageRelationship(rel, relationships);
            },
          },
          this.valueBudget(),
        );
      }
    } catch (err) {
      if (err instanceof ValueTooLarge) return this.stop(valueTruncation(this.caps.maxValueBytes, err));
      throw err;
    }
    let size = row === null ? 0 : Buffer.byteLength(row) + 1;
    for (const json of nodes.values()) size += Buffer.byteLength(json) + 1;
    for (const rel of relationships.values()) size += Buffer.byteLength(rel.json) + 1;
    if (this.bytes + size > this.caps.maxBytes) return this.stop(bytesTruncation(this.caps.maxBytes));
    this.bytes += size;
    this.records += 1;
    if (row !== null) {
      this.rows.push(row);
      this.elements.push(elements.done());
    }
    for (const [id, json] of nodes) this.nodes.set(id, json);
    for (const [id, rel] of relationships) this.relationships.set(id, rel);
    return true;
  }

  /** The QueryResponse as JSON text, put together from the parts already converted. */
  toJson(meta: {
    status: QueryStatus;
    columns: string[];
    elapsedMs: number;
    error?: QueryError;
    evidence?: RowEvidence;
  }): string {
    const status = meta.status === 'complete' && this.stoppedBy ? 'truncated' : meta.status;
    const relationships: string[] = [];
    for (const rel of this.relationships.values()) {
      // A relationship on screen always has both ends on screen.
      if (this.caps.openEnds || (this.nodes.has(rel.start) && this.nodes.has(rel.end))) {
        relationships.push(rel.json);
      }
    }
    const parts = [
      `"status":${JSON.stringify(status)}`,
      `"columns":${JSON.stringify(meta.columns)}`,
      `"rows":[${this.rows.join(',')}]`,
      `"graph":{"nodes":[${[...this.nodes.values()].join(',')}],"relationships":[${relationships.join(',')}]}`,
      `"rowCap":${this.caps.rowCap}`,
      `"elapsedMs":${meta.elapsedMs}`,
    ];
    if (meta.evidence) parts.push(`"evidence":${JSON.stringify(meta.evidence)}`);
    if (meta.error) parts.push(`"error":${JSON.stringify(meta.error)}`);
    if (status === 'truncated' && this.stoppedBy)
      parts.push(`"truncation":${JSON.stringify(this.stoppedBy)}`);
    return `{${parts.join(',')}}`;
  }

  private valueBudget(): Budget {
    return { left: this.caps.maxValueBytes };
  }

  private stageNode(node: Node, staged: Map<string, string>): void {
    const id = node.elementId;
    if (this.nodes.has(id) || staged.has(id)) return;
    staged.set(id, JSON.stringify(graphNode(node, this.valueBudget())));
  }

  private stageRelationship(rel: Relationship, staged: Map<string, RelationshipJson>): void {
    const id = rel.elementId;
    if (this.relationships.has(id) || staged.has(id)) return;
    staged.set(id, {
      json: JSON.stringify(graphRelationship(rel, this.valueBudget())),
      start: rel.startNodeElementId,
      end: rel.endNodeElementId,
    });
  }

  private stop(truncation: Truncation): false {
    this.stoppedBy = truncation;
    return false;
  }
}

const thousands = (n: number): string => n.toLocaleString('en-US');
const megabytes = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;

function rowsTruncation(limit: number): Truncation {
  return {
    reason: 'rows',
    limit,
    message: `Only the first ${thousands(limit)} rows were read (the row cap).`,
  };
}

function bytesTruncation(limit: number): Truncation {
  return {
    reason: 'bytes',
    limit,
    message: `The answer reached the explorer's ${megabytes(limit)} cap; the rows after that were not read.`,
  };
}

function valueTruncation(limit: number, err: ValueTooLarge): Truncation {
  const what =
    err.what === 'depth'
      ? `a value nested more than ${MAX_VALUE_DEPTH} levels deep`
      : `a value over the ${megabytes(limit)} cap for one value`;
  return {
    reason: 'value',
    limit,
    message: `The next row holds ${what}; it and the rows after it were not read.`,
  };
}
