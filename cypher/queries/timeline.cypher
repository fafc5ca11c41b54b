// name: Timeline of articles, meetings and stances
// description: Articles, meetings and stances in date order, a page at a time; a meeting or stance without a date of its own takes the date of the earliest article that reports it
// param: skip integer 0 (rows to skip)
// param: limit integer 100 (rows per page)
// Each part reads only its first $skip + $limit rows in date order (the date indexes of cypher/schema.cypher,
// or the articles in date order), so a page costs what the rows before it cost, not the whole graph.
CALL () {
  MATCH (article:Article) WHERE article.date IS NOT NULL
  WITH article ORDER BY article.date, article.title, article.id LIMIT $skip + $limit
  RETURN article.date AS day, 'dated' AS dating, 'article' AS kind, article.title AS what, article AS element
  UNION ALL
  MATCH (m:Meeting) WHERE m.date IS NOT NULL
  WITH m ORDER BY m.date, m.label, m.id LIMIT $skip + $limit
  RETURN m.date AS day, 'dated' AS dating, 'meeting' AS kind, m.label AS what, m AS element
  UNION ALL
  MATCH (a:Actor)-[:HOLDS]->(s:Stance)-[:TOWARD]->(target) WHERE s.date IS NOT NULL
  WITH s, a.name + ' ' + CASE s.polarity WHEN 'support' THEN 'supports' WHEN 'oppose' THEN 'opposes'
         ELSE 'is ' + s.polarity + ' on' END + ' ' + coalesce(target.name, target.label) AS what
  ORDER BY s.date, what, s.id LIMIT $skip + $limit
  RETURN s.date AS day, 'dated' AS dating, 'stance' AS kind, what, s AS element
  UNION ALL
  // Meetings and stances without a date of their own, each where the articles, in date order, first report it.
  MATCH (article:Article) WHERE article.date IS NOT NULL
  WITH article ORDER BY article.date
  MATCH (article)<-[:IN]-(:Quote)<-[:EVIDENCED_BY]-(e)
  WHERE (e:Meeting OR e:Stance) AND e.date IS NULL
    AND NOT EXISTS { (e)-[:EVIDENCED_BY]->(:Quote)-[:IN]->(earlier:Article) WHERE earlier.date < article.date }
  WITH DISTINCT e, article.date AS day
  CALL (e) {
    WITH e WHERE e:Meeting
    RETURN 'meeting' AS kind, e.label AS what
    UNION ALL
    MATCH (a:Actor)-[:HOLDS]->(e:Stance)-[:TOWARD]->(target)
    RETURN 'stance' AS kind,
           a.name + ' ' + CASE e.polarity WHEN 'support' THEN 'supports' WHEN 'oppose' THEN 'opposes'
             ELSE 'is ' + e.polarity + ' on' END + ' ' + coalesce(target.name, target.label) AS what
  }
  WITH day, kind, what, e ORDER BY day, kind, what, e.id LIMIT $skip + $limit
  RETURN day, 'reported' AS dating, kind, what, e AS element
  UNION ALL
  // Rows without any date come last: read only when the articles and meetings with a date (a part of the
  // rows with one) are fewer than the end of the page.
  WITH 1 AS one
  WHERE COUNT { (a:Article) WHERE a.date IS NOT NULL } + COUNT { (m:Meeting) WHERE m.date IS NOT NULL }
        < $skip + $limit
  CALL () {
    MATCH (article:Article) WHERE article.date IS NULL
    RETURN 'dated' AS dating, 'article' AS kind, article.title AS what, article AS element
    UNION ALL
    MATCH (m:Meeting)
    WHERE m.date IS NULL AND NOT EXISTS { (m)-[:EVIDENCED_BY]->(:Quote)-[:IN]->(r:Article) WHERE r.date IS NOT NULL }
    RETURN 'reported' AS dating, 'meeting' AS kind, m.label AS what, m AS element
    UNION ALL
    MATCH (a:Actor)-[:HOLDS]->(s:Stance)-[:TOWARD]->(target)
    WHERE s.date IS NULL AND NOT EXISTS { (s)-[:EVIDENCED_BY]->(:Quote)-[:IN]->(r:Article) WHERE r.date IS NOT NULL }
    RETURN 'reported' AS dating, 'stance' AS kind,
           a.name + ' ' + CASE s.polarity WHEN 'support' THEN 'supports' WHEN 'oppose' THEN 'opposes'
             ELSE 'is ' + s.polarity + ' on' END + ' ' + coalesce(target.name, target.label) AS what,
           s AS element
  }
  WITH dating, kind, what, element ORDER BY kind, what, element.id LIMIT $skip + $limit
  RETURN null AS day, dating, kind, what, element
}
WITH day, dating, kind, what, element
ORDER BY day IS NULL, day, kind, what, element.id
SKIP $skip LIMIT $limit
RETURN day, dating, kind, what,
       CASE kind WHEN 'article' THEN element.source WHEN 'meeting' THEN element.status ELSE element.summary END
         AS detail,
       CASE kind
         WHEN 'meeting' THEN COLLECT { MATCH (who:Actor)-[:ATTENDED]->(element) RETURN who.name }
         WHEN 'stance' THEN COLLECT { MATCH (who:Actor)-[:HOLDS]->(element) RETURN who.name }
         ELSE [] END AS who,
       element
ORDER BY day IS NULL, day, kind, what, element.id
