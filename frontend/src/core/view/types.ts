// The open query (what the canvas shows) and whether the database can be reached at all.
import type { JsonValue, QueryError } from '../../../shared/api';

export type ViewQuery =
  { kind: 'overview'; limit: number } | { kind: 'cypher'; cypher: string; params: Record<string, JsonValue> };

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
  | { type: 'unreachable'; message: string; hint: string | null; uri: string | null }
  | { type: 'empty'; uri: string }
  | { type: 'ready'; uri: string; articles: number; nodes: number };
