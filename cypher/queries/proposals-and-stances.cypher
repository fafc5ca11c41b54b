// name: Proposals and the stances toward each
// description: Each proposal with who supports it, who opposes it and who is mixed or neutral, the most discussed first, a page at a time
// param: skip integer 0 (rows to skip)
// param: limit integer 100 (rows per page)
// A proposal's `stanceCount` is the number of its stances with a holder, kept by the ingest
// (ingest/load/events.ts): the page is read from the top of its index, not counted for every proposal.
// A proposal without one (a database loaded before proposals kept it, until the next ingest gives it
// one) is counted here, so that it still takes its place.
CALL () {
  MATCH (p:Proposal) WHERE p.stanceCount IS NOT NULL
  WITH p ORDER BY p.stanceCount DESC, p.label, p.id LIMIT $skip + $limit
  RETURN p, p.stanceCount AS stanceCount
  UNION ALL
  MATCH (p:Proposal) WHERE p.stanceCount IS NULL
  RETURN p, COUNT { (:Actor)-[:HOLDS]->(:Stance)-[:TOWARD]->(p) } AS stanceCount
}
WITH p, stanceCount
ORDER BY stanceCount DESC, p.label, p.id
SKIP $skip LIMIT $limit
OPTIONAL MATCH stance = (a:Actor)-[:HOLDS]->(s:Stance)-[:TOWARD]->(p)
WITH p, stanceCount, collect(stance) AS stances, collect({actor: a.name, polarity: s.polarity}) AS held
RETURN p.label AS proposal,
       [x IN held WHERE x.polarity = 'support' | x.actor] AS support,
       [x IN held WHERE x.polarity = 'oppose' | x.actor] AS oppose,
       [x IN held WHERE x.polarity IN ['mixed', 'neutral'] | x.actor] AS other,
       p, stances
ORDER BY stanceCount DESC, proposal, p.id
