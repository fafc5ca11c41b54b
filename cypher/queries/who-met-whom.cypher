// name: Who met whom
// description: Pairs of actors who attended the same held meeting, with the meetings they shared, the most frequent first, a page at a time
// param: skip integer 0 (rows to skip)
// param: limit integer 100 (rows per page)
MATCH (a:Actor)-[:ATTENDED]->(m:Meeting {status: 'held'})<-[:ATTENDED]-(b:Actor)
WHERE a.name < b.name
WITH a, b, count(m) AS times
ORDER BY times DESC, a.name, b.name, a.id, b.id
SKIP $skip LIMIT $limit
MATCH (a)-[ra:ATTENDED]->(m:Meeting {status: 'held'})<-[rb:ATTENDED]-(b)
WITH a, b, times, collect(m.label) AS meetings, collect([a, ra, m, rb, b]) AS graph
RETURN a.name AS actor, b.name AS met, meetings, times, graph
ORDER BY times DESC, actor, met, a.id, b.id
