// name: Meetings planned but not held
// description: Meetings that are planned, proposed or cancelled, with the actors named for them
MATCH (m:Meeting)
WHERE m.status IN ['planned', 'proposed', 'cancelled']
OPTIONAL MATCH attended = (a:Actor)-[:ATTENDED]->(m)
WITH m, collect(attended) AS attendance, collect(a.name) AS names
RETURN m.label AS meeting, m.status AS status, m.date AS date, names AS actors, m, attendance
ORDER BY m.status, meeting
