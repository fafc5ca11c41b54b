// The Cypher the timeline sends through the read-only query API: every dated event (articles, meetings,
// stances) with its node's elementId, kind, day and a one-line label, in date order. A meeting or stance
// without a date of its own takes the date of the earliest article that reports it (as the saved query
// cypher/queries/timeline.cypher does).

/** At most this many events are read; the server's own row cap is the same. */
export const TIMELINE_MAX = 5_000;

export const TIMELINE_EVENTS = `
CALL () {
  MATCH (a:Article)
  RETURN elementId(a) AS id, 'article' AS kind, a.date AS day, a.title AS label
  UNION ALL
  MATCH (m:Meeting)
  OPTIONAL MATCH (m)-[:EVIDENCED_BY]->(:Quote)-[:IN]->(r:Article)
  WITH m, min(r.date) AS reported
  RETURN elementId(m) AS id, 'meeting' AS kind, coalesce(m.date, reported) AS day, m.label AS label
  UNION ALL
  MATCH (s:Stance)
  OPTIONAL MATCH (s)-[:EVIDENCED_BY]->(:Quote)-[:IN]->(r:Article)
  WITH s, min(r.date) AS reported
  OPTIONAL MATCH (h:Actor)-[:HOLDS]->(s)
  OPTIONAL MATCH (s)-[:TOWARD]->(t)
  WITH s, reported, head(collect(DISTINCT h.name)) AS holder, head(collect(DISTINCT coalesce(t.name, t.label))) AS target
  RETURN elementId(s) AS id, 'stance' AS kind, coalesce(s.date, reported) AS day,
         coalesce(holder, '?') + ' ' + s.polarity + ' · ' + coalesce(target, '?') AS label
}
WITH id, kind, day, label WHERE day IS NOT NULL
RETURN id, kind, day, label
ORDER BY day, kind, id
LIMIT $max`;
