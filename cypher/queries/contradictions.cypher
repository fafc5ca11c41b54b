// name: Contradictions
// description: Stances one holder took both ways (support and oppose) toward one target in different articles or on different days, later to earlier, with their quotes; and proposals whose articles give different figures for one term
// param: actor string "" (holder's name or alias; empty for every actor)
CALL () {
  MATCH contradiction = (h:Actor)-[:HOLDS]->(later:Stance)-[c:CONTRADICTS]->(earlier:Stance)
  WHERE $actor = ''
     OR toLower(h.name) CONTAINS toLower($actor)
     OR any(alias IN h.aliases WHERE toLower(alias) = toLower($actor))
  MATCH (later)-[:TOWARD]->(target)
  MATCH (later)-[:EVIDENCED_BY]->(:Quote)-[:IN]->(la:Article)
  MATCH (earlier)-[:EVIDENCED_BY]->(:Quote)-[:IN]->(ea:Article)
  WITH contradiction, h, target, later, earlier, c, min(la.title) AS laterArticle,
       min(la.date) AS laterReported, min(ea.title) AS earlierArticle, min(ea.date) AS earlierReported
  RETURN 'stance' AS kind, h.name AS holder, coalesce(target.name, target.label) AS target,
         earlier.polarity AS earlierPolarity, coalesce(earlier.date, earlierReported) AS earlierDate,
         earlierArticle, later.polarity AS laterPolarity, coalesce(later.date, laterReported) AS laterDate,
         laterArticle, COLLECT { MATCH (q:Quote) WHERE q.id IN c.quoteIds RETURN q.text ORDER BY q.id } AS quotes,
         null AS figures, contradiction AS element
  UNION ALL
  MATCH (p:Proposal)
  WHERE p.conflictingTerms IS NOT NULL AND $actor = ''
  RETURN 'figures' AS kind, null AS holder, p.label AS target, null AS earlierPolarity, null AS earlierDate,
         null AS earlierArticle, null AS laterPolarity, null AS laterDate, null AS laterArticle,
         [] AS quotes, p.conflictingTerms AS figures, p AS element
}
RETURN kind, holder, target, earlierPolarity, earlierDate, earlierArticle, laterPolarity, laterDate,
       laterArticle, quotes, figures, element
ORDER BY kind DESC, holder, target, laterDate, earlierDate
