// name: Stances toward one actor
// description: Who supports, opposes or is mixed on one actor, and how
// param: actor string "Donald Trump" (name or alias)
MATCH (target:Actor)
WHERE toLower(target.name) = toLower($actor) OR any(alias IN target.aliases WHERE toLower(alias) = toLower($actor))
MATCH stance = (a:Actor)-[:HOLDS]->(s:Stance)-[:TOWARD]->(target)
RETURN a.name AS holder, s.polarity AS polarity, s.summary AS how, stance
ORDER BY polarity, holder
