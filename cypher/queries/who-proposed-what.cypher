// name: Who proposed what
// description: Each proposal with the actors who put it forward and its terms
MATCH proposed = (a:Actor)-[:PROPOSED]->(p:Proposal)
WITH p, collect(proposed) AS proposals, collect(a.name) AS proposers
RETURN p.label AS proposal, proposers, p.terms AS terms, proposals
ORDER BY proposal
