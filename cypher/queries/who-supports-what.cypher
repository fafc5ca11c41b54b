// name: Who supports what
// description: Every stance of polarity support, with its holder and target, a page at a time
// param: actor string "" (holder's name or alias; empty for every actor)
// param: skip integer 0 (rows to skip)
// param: limit integer 100 (rows per page)
MATCH stance = (a:Actor)-[:HOLDS]->(s:Stance {polarity: 'support'})-[:TOWARD]->(target)
WHERE $actor = ''
   OR toLower(a.name) CONTAINS toLower($actor)
   OR any(alias IN a.aliases WHERE toLower(alias) = toLower($actor))
RETURN a.name AS holder, coalesce(target.name, target.label) AS target, s.summary AS how, stance
ORDER BY holder, target, s.id
SKIP $skip LIMIT $limit
