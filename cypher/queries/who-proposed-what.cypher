// name: Who proposed what
// description: Each proposal with the actors who put it forward and its terms, a page at a time
// param: skip integer 0 (rows to skip)
// param: limit integer 100 (rows per page)
MATCH (p:Proposal)
WHERE EXISTS { (:Actor)-[:PROPOSED]->(p) }
WITH p ORDER BY p.label, p.id
SKIP $skip LIMIT $limit
MATCH proposed = (a:Actor)-[:PROPOSED]->(p)
WITH p, collect(proposed) AS proposals, collect(a.name) AS proposers
RETURN p.label AS proposal, proposers, p.terms AS terms, proposals
ORDER BY proposal, p.id
