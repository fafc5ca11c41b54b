// Paged queries (README.md, "Saved queries and the Cypher editor"): a query run with whole-number
// parameters `skip` and `limit` answers one page of its rows; "Load more rows" runs it again with `skip`
// moved past the rows already read, and the page's rows and graph join the ones held. Pure; which runs
// are paged is frontend/shared/paging.ts's pageOf.
import type { GraphJson, QueryResponse } from '../../../shared/api';
import { pageOf } from '../../../shared/paging';
import type { PageRequest } from './types';

/**
 * The request for the page after `answer`, the page `request` asked for; null when the query is not paged,
 * failed, or read its last rows. A page cut short by a cap (rows or bytes) goes on where it stopped; one cut
 * by a single value too large to send stops there, since that row would come first again.
 */
export function nextPage(request: PageRequest, answer: QueryResponse): PageRequest | null {
  const page = pageOf(request.params);
  if (!page || answer.error) return null;
  const read = answer.rows.length;
  const more =
    answer.status === 'truncated' ? answer.truncation?.reason !== 'value' && read > 0 : read >= page.limit;
  if (!more) return null;
  return { cypher: request.cypher, params: { ...request.params, skip: page.skip + read } };
}

/** The rows held and the next page's, in order, with their graphs joined (each element once). */
export function joinAnswers(held: QueryResponse, page: QueryResponse): QueryResponse {
  const counts = (answer: QueryResponse) =>
    answer.evidence?.counts ?? answer.rows.map((): number | null => null);
  const note = page.evidence?.note ?? held.evidence?.note;
  const evidence =
    held.evidence || page.evidence
      ? { counts: [...counts(held), ...counts(page)], ...(note ? { note } : {}) }
      : undefined;
  return {
    ...page,
    columns: held.columns,
    rows: [...held.rows, ...page.rows],
    graph: joinGraphs(held.graph, page.graph),
    elapsedMs: held.elapsedMs + page.elapsedMs,
    ...(evidence ? { evidence } : {}),
  };
}

function joinGraphs(a: GraphJson, b: GraphJson): GraphJson {
  const nodes = new Map(a.nodes.map((n) => [n.elementId, n]));
  for (const node of b.nodes) if (!nodes.has(node.elementId)) nodes.set(node.elementId, node);
  const relationships = new Map(a.relationships.map((r) => [r.elementId, r]));
  for (const rel of b.relationships)
    if (!relationships.has(rel.elementId)) relationships.set(rel.elementId, rel);
  return { nodes: [...nodes.values()], relationships: [...relationships.values()] };
}
