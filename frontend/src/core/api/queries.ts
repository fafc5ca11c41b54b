// The Cypher the explorer itself sends. Values always travel as parameters.
import { quotesOfElements } from '../../../shared/evidence';

/** The first view's first page; the server alone runs it (../../../shared/overview.ts). */
export { OVERVIEW } from '../../../shared/overview';

/** A node's neighbours, for double-click expansion. */
export const EXPAND = `
MATCH (n)-[r]-(m) WHERE elementId(n) = $id
RETURN n, r, m
LIMIT $max`;

export const EXPAND_MAX = 300;

/** A node with all its relationships and neighbours, for the details panel. */
export const NODE_DETAILS = `
MATCH (n) WHERE elementId(n) = $id
OPTIONAL MATCH (n)-[r]-(m)
RETURN n, r, m
LIMIT 1000`;

/** The quotes that evidence a node (a Quote node is its own evidence), with their articles and speakers. */
export const NODE_EVIDENCE = `
MATCH (n) WHERE elementId(n) = $id
OPTIONAL MATCH (n)-[:EVIDENCED_BY]->(q1:Quote)
WITH n, collect(q1) AS quotes
WITH CASE WHEN n:Quote THEN [n] ELSE quotes END AS quotes
UNWIND quotes AS q
OPTIONAL MATCH (q)-[i:IN]->(a:Article)
OPTIONAL MATCH (sp:Actor)-[said:SAID]->(q)
RETURN q, i, a, sp, said
ORDER BY a.date DESC, a.id, q.start`;

/** A relationship, its ends, and the quotes listed in its quoteIds, with their articles and speakers. */
export const EDGE_DETAILS = `
MATCH (s)-[r]->(t) WHERE elementId(r) = $id
OPTIONAL MATCH (q:Quote)-[i:IN]->(a:Article) WHERE q.id IN coalesce(r.quoteIds, [])
OPTIONAL MATCH (sp:Actor)-[said:SAID]->(q)
RETURN s, r, t, q, i, a, sp, said
ORDER BY a.date DESC, a.id, q.start`;

/** The quotes behind one row of a result (its node and relationship ids as $nodes and $relationships,
 * at most MAX_ROW_ELEMENTS of frontend/shared/evidence.ts), with their articles: the quotes the server
 * counted for that row. */
export const ROW_EVIDENCE = `
CALL () {${quotesOfElements('$nodes', '$relationships')}
}
WITH DISTINCT q
ORDER BY q.id
LIMIT $max
OPTIONAL MATCH (q)-[i:IN]->(a:Article)
OPTIONAL MATCH (sp:Actor)-[said:SAID]->(q)
RETURN q, i, a, sp, said`;

/** Quote cards one row's evidence shows at most. */
export const ROW_EVIDENCE_MAX = 500;

/** An article with every quote in it and what each quote evidences. */
export const ARTICLE_READER = `
MATCH (a:Article) WHERE a.id = $id
OPTIONAL MATCH (q:Quote)-[i:IN]->(a)
OPTIONAL MATCH (x)-[e:EVIDENCED_BY]->(q)
RETURN a, q, i, x, e`;

/** Articles, newest first, for the reader's list. */
export const ARTICLES = `
MATCH (a:Article)
RETURN a.id AS id, a.title AS title, a.date AS date, a.source AS source
ORDER BY a.date DESC, a.title
LIMIT 200`;
