// Paged queries (README.md, "Saved queries and the Cypher editor"): a query run with whole-number
// parameters `skip` and `limit` answers one page of its rows. Shared by the explorer, which reads page
// after page, and the exports, which ask for every row at once.
import type { JsonValue } from './api';

/** The page a run's parameters ask for, or null when the query is not paged. */
export function pageOf(params: Record<string, JsonValue>): { skip: number; limit: number } | null {
  const { skip, limit } = params;
  if (typeof skip !== 'number' || !Number.isSafeInteger(skip) || skip < 0) return null;
  if (typeof limit !== 'number' || !Number.isSafeInteger(limit) || limit < 1) return null;
  return { skip, limit };
}

/** The parameters of a paged query set to read from its first row up to `maxRows`; others as they are. */
export function everyRow(params: Record<string, JsonValue>, maxRows: number): Record<string, JsonValue> {
  return pageOf(params) ? { ...params, skip: 0, limit: maxRows } : params;
}
