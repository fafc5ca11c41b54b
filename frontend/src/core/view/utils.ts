import type { OverviewQuery, ViewQuery } from './types';
import { OVERVIEW_LIMIT } from '../api/queries';

export const DEFAULT_QUERY: OverviewQuery = { kind: 'overview', limit: OVERVIEW_LIMIT };

export function sameQuery(a: ViewQuery, b: ViewQuery): boolean {
  if (a.kind === 'overview' && b.kind === 'overview') return a.limit === b.limit;
  if (a.kind === 'cypher' && b.kind === 'cypher') {
    return a.cypher === b.cypher && JSON.stringify(a.params) === JSON.stringify(b.params);
  }
  return false;
}
