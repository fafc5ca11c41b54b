// name: Who met whom
// description: Pairs of actors who attended the same held meeting, with the meetings they shared, the most frequent first, a page at a time
// param: skip integer 0 (rows to skip)
// param: limit integer 100 (rows per page)
// Each held meeting's attendees are read once (from the meeting_status index) and paired in memory, with
// the names and ids the order needs; the meetings of a pair are read only for the pairs of the page.
MATCH (m:Meeting {status: 'held'})<-[:ATTENDED]-(x:Actor)
WITH m, collect({actor: x, name: x.name, id: x.id}) AS attendees
UNWIND attendees AS first
UNWIND attendees AS second
WITH first, second WHERE first.name < second.name
WITH first.actor AS a, second.actor AS b, first.name AS aName, second.name AS bName, first.id AS aId,
     second.id AS bId, count(*) AS times
ORDER BY times DESC, aName, bName, aId, bId
SKIP $skip LIMIT $limit
MATCH (a)-[ra:ATTENDED]->(m:Meeting {status: 'held'})<-[rb:ATTENDED]-(b)
WITH a, b, times, collect(m.label) AS meetings, collect([a, ra, m, rb, b]) AS graph
RETURN a.name AS actor, b.name AS met, meetings, times, graph
ORDER BY times DESC, actor, met, a.id, b.id
