// The open query (what the canvas shows) and whether the database can be reached at all.
import type { JsonValue, QueryError } from '../../../shared/api';

export type ViewQuery =
  { kind: 'overview'; limit: number } | { kind: 'cypher'; cypher: string; params: Record<string, JsonValue> };

/** The overview: what a page opens on. */
export type OverviewQuery = Extract<ViewQuery, { kind: 'overview' }>;

/** A query a link brings (`?cypher=...&params=...`): it goes into the Cypher editor and runs only when the
 * person runs it there. */
export interface LinkedQuery {
  cypher: string;
  params: Record<string, JsonValue>;
}

export type ViewStatus =
  | { type: 'idle' }
  | { type: 'loading' }
  | { type: 'ready'; totalNodes: number | null; truncated: boolean; elapsedMs: number }
  | { type: 'error'; error: QueryError };

export interface ViewState {
  query: ViewQuery;
  /** Nodes whose neighbours were added by double-click, in order (their URL keys). */
  expanded: string[];
  status: ViewStatus;
}

export type ConnectionState =
  | { type: 'checking' }
  | {
      type: 'unreachable';
      message: string;
      hint: string | null;
      uri: string | null;
      /** The explorer's own server does not answer (else Neo4j does not, behind it). */
      server: boolean;
      /** The database answered earlier in this tab: the canvas keeps what it last gave. */
      lost: boolean;
    }
  | { type: 'empty'; uri: string }
  | { type: 'ready'; uri: string; articles: number; nodes: number };
