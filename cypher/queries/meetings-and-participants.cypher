// name: Meetings and who attended
// description: Every meeting, held or not, with the actors who attended it (or were named for it), its place, date and status
MATCH (m:Meeting)
OPTIONAL MATCH attended = (a:Actor)-[:ATTENDED]->(m)
WITH m, collect(attended) AS attendance, collect(a.name) AS names
RETURN m.label AS meeting, m.status AS status, m.place AS place, m.date AS date, names AS participants,
       m, attendance
ORDER BY m.date IS NULL, m.date, meeting
