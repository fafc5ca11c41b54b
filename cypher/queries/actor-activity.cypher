// name: Everything one actor said or did
// description: The meetings an actor attended, what it proposed, the stances it holds (with their targets) and the quotes behind those stances
// param: actor string "Volodymyr Zelenskiy" (name or alias)
MATCH (a:Actor)
WHERE toLower(a.name) = toLower($actor) OR any(alias IN a.aliases WHERE toLower(alias) = toLower($actor))
CALL (a) {
  MATCH path = (a)-[:ATTENDED|PROPOSED]->()
  RETURN path
  UNION
  MATCH path = (a)-[:HOLDS]->(:Stance)-[:TOWARD]->()
  RETURN path
  UNION
  MATCH path = (a)-[:HOLDS]->(:Stance)-[:EVIDENCED_BY]->(:Quote)
  RETURN path
}
WITH a, path, nodes(path)[-1] AS what
RETURN a.name AS actor,
       [r IN relationships(path) | type(r)] AS how,
       coalesce(what.label, what.name, what.text) AS what,
       path
ORDER BY how, what
