// name: Meetings planned but not held
// description: Meetings that are planned, proposed or cancelled, with the actors named for them, a page at a time
// param: skip integer 0 (rows to skip)
// param: limit integer 100 (rows per page)
MATCH (m:Meeting)
WHERE m.status IN ['planned', 'proposed', 'cancelled']
WITH m ORDER BY m.status, m.label, m.id
SKIP $skip LIMIT $limit
OPTIONAL MATCH attended = (a:Actor)-[:ATTENDED]->(m)
WITH m, collect(attended) AS attendance, collect(a.name) AS names
RETURN m.label AS meeting, m.status AS status, m.date AS date, names AS actors, m, attendance
ORDER BY status, meeting, m.id
