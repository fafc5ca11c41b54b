// name: Claims on anonymous sources
// description: Meetings, proposals and stances whose every quote comes from an unnamed source, with those quotes and the words that describe each source
MATCH (e)-[:EVIDENCED_BY]->(q:Quote)
WHERE e:Meeting OR e:Proposal OR e:Stance
WITH e, q ORDER BY q.start
WITH e, collect(q) AS cited
WHERE all(q IN cited WHERE q.attribution = 'anonymous')
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
ORDER BY kind, element
