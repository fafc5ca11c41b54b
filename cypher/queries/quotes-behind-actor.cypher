// name: The quotes behind one actor
// description: Every verbatim quote that evidences an actor, with the article it comes from
// param: actor string "Volodymyr Zelenskiy" (name or alias)
MATCH (a:Actor)
WHERE toLower(a.name) = toLower($actor) OR any(alias IN a.aliases WHERE toLower(alias) = toLower($actor))
MATCH evidence = (a)-[:EVIDENCED_BY]->(q:Quote)-[:IN]->(article:Article)
RETURN q.text AS quote, article.title AS article, article.date AS date, evidence
ORDER BY article.date, article.title, q.start
