// name: Proposals and the stances toward each
// description: Each proposal with who supports it, who opposes it and who is mixed or neutral
MATCH (p:Proposal)
OPTIONAL MATCH stance = (a:Actor)-[:HOLDS]->(s:Stance)-[:TOWARD]->(p)
WITH p, collect(stance) AS stances, collect({actor: a.name, polarity: s.polarity}) AS held
RETURN p.label AS proposal,
       [x IN held WHERE x.polarity = 'support' | x.actor] AS support,
       [x IN held WHERE x.polarity = 'oppose' | x.actor] AS oppose,
       [x IN held WHERE x.polarity IN ['mixed', 'neutral'] | x.actor] AS other,
       p, stances
ORDER BY size(stances) DESC, proposal
