// The overview in pages: the server answers at most OVERVIEW_ROW_CAP nodes (and OVERVIEW_MAX_BYTES of
// JSON) at a time, so a view of more nodes, or one whose first answer stopped at the byte cap, is read
// page after page and put together here. A later page brings each node's relationships in both
// directions; those whose both ends are held are kept.
import type { GraphJson, GraphRelationship, QueryResponse } from '../../../shared/api';
import { OVERVIEW_ROW_CAP, type OverviewRequest } from '../../../shared/overview';
import { fetchView } from './start';
import type { OverviewQuery } from './types';

/** Pages after the first, until the view holds `query.limit` nodes or the database has no more. */
export async function completeOverview(
  first: QueryResponse,
  query: OverviewQuery,
  signal: AbortSignal,
): Promise<QueryResponse> {
  const pages: GraphJson[] = [first.graph];
  let held = first.graph.nodes.length;
  let last = first;
  while (held < query.limit && morePages(last, held)) {
    const page: OverviewRequest = { skip: held, limit: Math.min(query.limit - held, OVERVIEW_ROW_CAP) };
    const next = await fetchView({ path: '/api/overview', body: JSON.stringify(page) }, signal);
    if (next.error || next.graph.nodes.length === 0) break;
    pages.push(next.graph);
    held += next.graph.nodes.length;
    last = next;
  }
  if (pages.length === 1) return first;
  return { ...last, graph: joinPages(pages), elapsedMs: first.elapsedMs + last.elapsedMs };
}

/** Whether the database may hold more of the overview after an answer: it stopped at a cap (rows or
 * bytes) rather than running out of nodes. A row too large to send stops the overview there. */
function morePages(answer: QueryResponse, held: number): boolean {
  if (answer.error || held === 0) return false;
  if (answer.status === 'truncated') return answer.truncation?.reason !== 'value';
  return answer.graph.nodes.length >= OVERVIEW_ROW_CAP;
}

/** The pages' nodes, and their relationships whose both ends are among them, each once. */
export function joinPages(pages: readonly GraphJson[]): GraphJson {
  const nodes = pages.flatMap((page) => page.nodes);
  const held = new Set(nodes.map((node) => node.elementId));
  const relationships = new Map<string, GraphRelationship>();
  for (const page of pages) {
    for (const rel of page.relationships) {
      if (held.has(rel.startNodeElementId) && held.has(rel.endNodeElementId)) {
        relationships.set(rel.elementId, rel);
      }
    }
  }
  return { nodes, relationships: [...relationships.values()] };
}
