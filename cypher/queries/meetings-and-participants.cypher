// name: Meetings and who attended
// description: Every meeting, held or not, with the actors who attended it (or were named for it), its place, date and status; dated meetings first, by date, a page at a time
// param: skip integer 0 (rows to skip)
// param: limit integer 100 (rows per page)
MATCH (m:Meeting)
WITH m ORDER BY m.date IS NULL, m.date, m.label, m.id
SKIP $skip LIMIT $limit
OPTIONAL MATCH attended = (a:Actor)-[:ATTENDED]->(m)
WITH m, collect(attended) AS attendance, collect(a.name) AS names
RETURN m.label AS meeting, m.status AS status, m.place AS place, m.date AS date, names AS participants,
       m, attendance
ORDER BY m.date IS NULL, date, meeting, m.id
