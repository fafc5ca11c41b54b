// What "the quotes behind a row" means, shared by the server (which counts them for every row of an
// answer, frontend/server/graph/evidence.ts) and the browser (which lists them when a row's count is
// clicked, frontend/src/core/api/queries.ts), so the count and the list can never disagree. A node's
// quotes are the Quote nodes it reaches over EVIDENCED_BY (a Quote node is its own quote); a
// relationship's are the Quote nodes named in its `quoteIds` (the README's graph section).

/** Elements of a row beyond this many are not counted: the row shows no count. */
export const MAX_ROW_ELEMENTS = 200;

/** The element ids a row holds (nodes and relationships, paths unrolled, inside lists and maps too). */
export interface RowElements {
  nodes: string[];
  relationships: string[];
}

/**
 * A subquery body (for `COUNT { }` or `CALL () { }`) returning each distinct quote `q` behind the
 * elements whose ids are the lists `nodes` and `relationships` (Cypher expressions: parameters or
 * fields). Ids are only ever compared with elementId(), never spliced into the text.
 */
export function quotesOfElements(nodes: string, relationships: string): string {
  return `
  UNWIND ${nodes} AS nodeId
  MATCH (n)-[:EVIDENCED_BY]->(q:Quote) WHERE elementId(n) = nodeId
  RETURN q
  UNION
  UNWIND ${nodes} AS nodeId
  MATCH (q:Quote) WHERE elementId(q) = nodeId
  RETURN q
  UNION
  UNWIND ${relationships} AS relId
  MATCH ()-[r]->() WHERE elementId(r) = relId
  UNWIND coalesce(r.quoteIds, []) AS quoteId
  MATCH (q:Quote {id: quoteId})
  RETURN q`;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * The elements a row of an answer refers to, as the browser reads them from the row's references
 * (frontend/shared/api.ts EntityRef), sorted; null when there are more than MAX_ROW_ELEMENTS (the server
 * counts no quotes for such a row either).
 */
export function rowElementsOf(row: readonly Json[]): RowElements | null {
  const nodes = new Set<string>();
  const relationships = new Set<string>();
  const strings = (list: Json | undefined): string[] =>
    Array.isArray(list) ? list.filter((id): id is string => typeof id === 'string') : [];
  const visit = (value: Json): void => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach(visit);
    const ref = value.$ref;
    const id = value.elementId;
    if (ref === 'node' && typeof id === 'string') nodes.add(id);
    else if (ref === 'relationship' && typeof id === 'string') relationships.add(id);
    else if (ref === 'path') {
      strings(value.nodes).forEach((n) => nodes.add(n));
      strings(value.relationships).forEach((r) => relationships.add(r));
    } else Object.values(value).forEach(visit);
  };
  row.forEach(visit);
  if (nodes.size + relationships.size > MAX_ROW_ELEMENTS) return null;
  return { nodes: [...nodes].sort(), relationships: [...relationships].sort() };
}
