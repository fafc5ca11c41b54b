// The overview: the first view a page draws, every node of the database up to a cap of its own, in pages
// of the best-connected first. Its Cypher lives here because the server alone runs it (POST
// /api/overview takes only a page's place and size), so the overview's larger row cap never applies to a
// query the browser writes. Values travel as parameters.
import { ACTOR_KEY_LABEL } from '../../schema/vocabulary';

/** Nodes in one overview answer; "load more" asks for the next page. Ten times the query API's rows. */
export const OVERVIEW_ROW_CAP = 50_000;

/** Bytes of JSON one overview answer may take (the query API's answers stop at 16 MB). Only one overview
 * runs at a time, so the server holds at most one answer this large. */
export const OVERVIEW_MAX_BYTES = 32 * 1024 * 1024;

/** Where a page of the overview may start: past this, no database the explorer serves has nodes. */
export const OVERVIEW_MAX_SKIP = 100_000_000;

/** A page of the overview: `limit` nodes after the `skip` best-connected. */
export interface OverviewRequest {
  skip: number;
  limit: number;
}

/** The first page: one row per node with its outgoing relationships (the server drops those reaching
 * outside the page). Rows rather than one collected list: Neo4j and the driver stream many small records
 * far faster than one huge one. */
export const OVERVIEW = `
MATCH (n) WHERE NOT n:${ACTOR_KEY_LABEL}
WITH n, COUNT { (n)--() } AS degree
ORDER BY degree DESC, n.id, elementId(n)
LIMIT $limit
OPTIONAL MATCH (n)-[r]->()
WITH n, degree, collect(r) AS relationships
ORDER BY degree DESC, n.id, elementId(n)
RETURN n, relationships`;

/** A later page: the same order, and each node's relationships in both directions, so that those to the
 * nodes of earlier pages come too (the browser keeps the ones whose both ends it holds). */
export const OVERVIEW_NEXT = `
MATCH (n) WHERE NOT n:${ACTOR_KEY_LABEL}
WITH n, COUNT { (n)--() } AS degree
ORDER BY degree DESC, n.id, elementId(n)
SKIP $skip
LIMIT $limit
OPTIONAL MATCH (n)-[r]-()
WITH n, degree, collect(r) AS relationships
ORDER BY degree DESC, n.id, elementId(n)
RETURN n, relationships`;

/** The Cypher and parameters of one page. */
export function overviewCypher(page: OverviewRequest): { cypher: string; params: Record<string, number> } {
  return page.skip === 0
    ? { cypher: OVERVIEW, params: { limit: page.limit } }
    : { cypher: OVERVIEW_NEXT, params: { skip: page.skip, limit: page.limit } };
}
