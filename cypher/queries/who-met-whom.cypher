// name: Who met whom
// description: Pairs of actors who attended the same held meeting, with the meetings they shared
MATCH (a:Actor)-[ra:ATTENDED]->(m:Meeting {status: 'held'})<-[rb:ATTENDED]-(b:Actor)
WHERE a.name < b.name
RETURN a.name AS actor, b.name AS met, collect(m.label) AS meetings, count(m) AS times,
       collect([a, ra, m, rb, b]) AS graph
ORDER BY times DESC, actor, met
