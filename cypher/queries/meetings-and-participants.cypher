// name: Meetings and who attended
// description: Every meeting, held or not, with the actors who attended it (or were named for it), its place, date and status; dated meetings first, by date, a page at a time
// param: skip integer 0 (rows to skip)
// param: limit integer 100 (rows per page)
// The page is cut before anything else is read: dated meetings come from the meeting_date index in date
// order (cypher/schema.cypher), at most $skip + $limit of them; the undated ones, which no index holds, are
// read only when there are fewer dated ones than that, so the first pages never scan every meeting.
CALL () {
  MATCH (m:Meeting) WHERE m.date IS NOT NULL
  WITH m ORDER BY m.date, m.label, m.id
  LIMIT $skip + $limit
  RETURN m
  UNION ALL
  WITH COUNT { MATCH (d:Meeting) WHERE d.date IS NOT NULL RETURN d LIMIT $skip + $limit } AS dated
  UNWIND CASE WHEN dated < $skip + $limit THEN [true] ELSE [] END AS pageReachesUndated
  MATCH (m:Meeting) WHERE m.date IS NULL
  WITH m ORDER BY m.label, m.id
  LIMIT $skip + $limit
  RETURN m
}
WITH m ORDER BY m.date IS NULL, m.date, m.label, m.id
SKIP $skip LIMIT $limit
OPTIONAL MATCH attended = (a:Actor)-[:ATTENDED]->(m)
WITH m, collect(attended) AS attendance, collect(a.name) AS names
RETURN m.label AS meeting, m.status AS status, m.place AS place, m.date AS date, names AS participants,
       m, attendance
ORDER BY m.date IS NULL, date, meeting, m.id
