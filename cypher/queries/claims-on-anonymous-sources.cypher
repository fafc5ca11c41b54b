// name: Claims on anonymous sources
// description: Meetings, proposals and stances whose every quote comes from an unnamed source, with those quotes and the words that describe each source, a page at a time
// param: skip integer 0 (rows to skip)
// param: limit integer 100 (rows per page)
// From the anonymous quotes (an index, cypher/schema.cypher): an element qualifies when none of its quotes is
// attributed otherwise.
MATCH (e)-[:EVIDENCED_BY]->(:Quote {attribution: 'anonymous'})
WHERE (e:Meeting OR e:Proposal OR e:Stance)
WITH DISTINCT e
WHERE NOT EXISTS {
  (e)-[:EVIDENCED_BY]->(q:Quote) WHERE q.attribution IS NULL OR q.attribution <> 'anonymous'
}
MATCH (e)-[:EVIDENCED_BY]->(q:Quote)
WITH e, q ORDER BY q.start
WITH e, collect(q) AS cited
MATCH evidence = (e)-[:EVIDENCED_BY]->(:Quote)
WITH e, cited, collect(evidence) AS evidence
OPTIONAL MATCH (holder:Actor)-[:HOLDS]->(e)
OPTIONAL MATCH (e)-[:TOWARD]->(target)
WITH e, cited, evidence, head(collect(holder.name)) AS holder, head(collect(coalesce(target.name, target.label))) AS target
RETURN [l IN labels(e) WHERE l IN ['Meeting', 'Proposal', 'Stance']][0] AS kind,
       CASE WHEN e:Stance THEN holder + ' ' + e.polarity + ' ' + target ELSE e.label END AS element,
       [q IN cited | q.text] AS quotes,
       [q IN cited | q.sourceDescription] AS sources,
       e, evidence
ORDER BY kind, element, e.id
SKIP $skip LIMIT $limit
