// name: One article's whole graph
// description: An article, its quotes, everything they evidence and the relationships its quotes support
// param: article string "US, Ukraine Ramp Up Talks on Minerals Deal During Envoy Trip" (title, part of it, or id)
MATCH (article:Article)
WHERE article.id = $article OR toLower(article.title) CONTAINS toLower($article)
WITH article ORDER BY article.date DESC LIMIT 1
MATCH (q:Quote)-[inArticle:IN]->(article)
OPTIONAL MATCH (x)-[evidence:EVIDENCED_BY]->(q)
WITH article, collect(DISTINCT q) AS quotes, collect(DISTINCT inArticle) AS quoteLinks,
     collect(DISTINCT x) AS elements, collect(DISTINCT evidence) AS evidence
CALL (elements, quotes) {
  WITH elements, [q IN quotes | q.id] AS quoteIds
  UNWIND elements AS x
  MATCH (x)-[r]->(y)
  WHERE (y IN elements OR y IN quotes) AND any(id IN coalesce(r.quoteIds, []) WHERE id IN quoteIds)
  RETURN collect(r) AS links
}
RETURN article.title AS title, size(quotes) AS quoteCount, size(elements) AS elementCount,
       article, quotes, quoteLinks, elements, evidence, links
