// The JSON shapes the explorer's server sends and the browser reads, and the empty answer of a query that
// never ran. Both sides import them; nothing here runs at import.
import type { SavedQuery } from '../../schema';

/** Plain JSON. Neo4j integers arrive as numbers (rounded beyond ±2^53), temporal values as ISO strings,
 * points as `{srid, x, y, z?}`. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonProperties = Record<string, JsonValue>;

export interface GraphNode {
  elementId: string;
  labels: string[];
  properties: JsonProperties;
}

export interface GraphRelationship {
  elementId: string;
  type: string;
  startNodeElementId: string;
  endNodeElementId: string;
  properties: JsonProperties;
}

/** Nodes and relationships found anywhere in a result, each once; every relationship's ends are present. */
export interface GraphJson {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

/** In table rows a node, relationship or path is a reference into `graph`, not a copy. */
export type EntityRef =
  | { $ref: 'node'; elementId: string }
  | { $ref: 'relationship'; elementId: string }
  | { $ref: 'path'; nodes: string[]; relationships: string[] };

/** complete: every row; truncated: a cap was reached (see `truncation`); timed-out / error: see `error`. */
export type QueryStatus = 'complete' | 'truncated' | 'timed-out' | 'error';

/**
 * Why an answer stops short. rows: the row cap; bytes: the answer reached the server's size cap (rows
 * and graph, as JSON); value: the next row held one value (a string, list, map or an entity's
 * properties) over the cap for a single value, so it and everything after it were left out.
 */
export interface Truncation {
  reason: 'rows' | 'bytes' | 'value';
  /** The cap that applied: a row count for `rows`, bytes of JSON otherwise. */
  limit: number;
  /** One line for a person, e.g. "Only the first 5,000 rows were read (the row cap)." */
  message: string;
}

export interface QueryRequest {
  cypher: string;
  params?: Record<string, JsonValue>;
  /** Lower the server's row cap for this query (never raises it). */
  rowCap?: number;
  /** false: answer with the graph only (`rows` empty), for callers that draw and never tabulate; the
   * rows would repeat every node and relationship as a reference. Default true. */
  rows?: boolean;
}

export interface QueryError {
  /** Neo4j's status code when there is one (e.g. Neo.ClientError.Statement.SyntaxError), else ours. */
  code: string;
  message: string;
  /** What a person can do about it, when we know. */
  hint?: string;
}

export interface QueryResponse {
  status: QueryStatus;
  columns: string[];
  rows: JsonValue[][];
  graph: GraphJson;
  /** The row cap that applied. */
  rowCap: number;
  elapsedMs: number;
  error?: QueryError;
  /** Present when status is `truncated`: which cap stopped the reading. */
  truncation?: Truncation;
  /** How many quotes stand behind each row's nodes and relationships; absent when no row holds one. */
  evidence?: RowEvidence;
}

/** The quotes behind each row of an answer (frontend/shared/evidence.ts says which quotes). */
export interface RowEvidence {
  /** Per row, in row order: its distinct quotes; null for a row without nodes or relationships, or one
   * that was not counted (see `note`). */
  counts: (number | null)[];
  /** One line when some rows holding elements were not counted, and why. */
  note?: string;
}

/** Any refusal the server makes outside a query's own answer (bad request, wrong host, busy, ...), as
 * JSON on /api; elsewhere the same reason is one line of plain text. */
export interface ApiErrorBody {
  error: QueryError;
}

/** GET /api/status: can the server reach Neo4j, and does the database hold any article? */
export type StatusResponse =
  | {
      connected: true;
      uri: string;
      database: string;
      articles: number;
      nodes: number;
      relationships: number;
    }
  | {
      connected: false;
      uri: string;
      database: string;
      error: QueryError;
    };

/** One saved query of cypher/queries/: its header fields and Cypher, `id` being the file name's stem. */
export interface SavedQueryEntry extends SavedQuery {
  id: string;
  file: string;
}

/** GET /api/queries: the saved queries by name, and the files that could not be read (with why). */
export interface SavedQueriesResponse {
  queries: SavedQueryEntry[];
  errors: { file: string; message: string }[];
}

/** The QueryResponse of a query that never ran (refused, or stopped before any row). */
export function errorResponse(error: QueryError): QueryResponse {
  return {
    status: 'error',
    columns: [],
    rows: [],
    graph: { nodes: [], relationships: [] },
    rowCap: 0,
    elapsedMs: 0,
    error,
  };
}
