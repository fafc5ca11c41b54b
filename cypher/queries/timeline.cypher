// name: Timeline of articles, meetings and stances
// description: Articles, meetings and stances in date order; a meeting or stance without a date of its own takes the date of the earliest article that reports it
CALL () {
  MATCH (article:Article)
  RETURN article.date AS day, 'dated' AS dating, 'article' AS kind, article.title AS what,
         article.source AS detail, [] AS who, article AS element
  UNION ALL
  MATCH (m:Meeting)
  OPTIONAL MATCH (m)-[:EVIDENCED_BY]->(:Quote)-[:IN]->(article:Article)
  WITH m, min(article.date) AS reported
  OPTIONAL MATCH (a:Actor)-[:ATTENDED]->(m)
  WITH m, reported, collect(a.name) AS who
  RETURN coalesce(m.date, reported) AS day,
         CASE WHEN m.date IS NULL THEN 'reported' ELSE 'dated' END AS dating,
         'meeting' AS kind, m.label AS what, m.status AS detail, who, m AS element
  UNION ALL
  MATCH (a:Actor)-[:HOLDS]->(s:Stance)-[:TOWARD]->(target)
  OPTIONAL MATCH (s)-[:EVIDENCED_BY]->(:Quote)-[:IN]->(article:Article)
  WITH a, s, target, min(article.date) AS reported
  RETURN coalesce(s.date, reported) AS day,
         CASE WHEN s.date IS NULL THEN 'reported' ELSE 'dated' END AS dating, 'stance' AS kind,
         a.name + ' ' + CASE s.polarity WHEN 'support' THEN 'supports' WHEN 'oppose' THEN 'opposes'
           ELSE 'is ' + s.polarity + ' on' END + ' ' + coalesce(target.name, target.label) AS what,
         s.summary AS detail, [a.name] AS who, s AS element
}
RETURN day, dating, kind, what, detail, who, element
ORDER BY day IS NULL, day, kind, what
