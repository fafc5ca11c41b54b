import type { ConnectionState, OverviewQuery, ViewQuery, ViewState } from './types';
import { OVERVIEW_ROW_CAP } from '../../../shared/overview';

/** The overview opens on as many nodes as one answer of the server holds. */
export const DEFAULT_QUERY: OverviewQuery = { kind: 'overview', limit: OVERVIEW_ROW_CAP };

export function sameQuery(a: ViewQuery, b: ViewQuery): boolean {
  if (a.kind === 'overview' && b.kind === 'overview') return a.limit === b.limit;
  if (a.kind === 'cypher' && b.kind === 'cypher') {
    return a.cypher === b.cypher && JSON.stringify(a.params) === JSON.stringify(b.params);
  }
  return false;
}

/** How many of the database's nodes the overview holds, when it holds only part of them. */
export function overviewShare(
  view: ViewState,
  held: number,
  connection: ConnectionState,
): { held: number; total: number } | null {
  if (view.query.kind !== 'overview' || view.status.type !== 'ready' || !view.status.truncated) return null;
  const total = view.status.totalNodes ?? (connection.type === 'ready' ? connection.nodes : null);
  return total !== null && total > held ? { held, total } : null;
}
