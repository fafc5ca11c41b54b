// name: Shortest paths between two actors
// description: Every shortest chain of meetings, proposals and stances linking two actors (evidence and articles left out)
// param: from string "Volodymyr Zelenskiy" (name or alias)
// param: to string "Vladimir Putin" (name or alias)
MATCH (a:Actor) WHERE toLower(a.name) = toLower($from) OR any(x IN a.aliases WHERE toLower(x) = toLower($from))
MATCH (b:Actor) WHERE b <> a
  AND (toLower(b.name) = toLower($to) OR any(x IN b.aliases WHERE toLower(x) = toLower($to)))
MATCH path = allShortestPaths((a)-[:ATTENDED|PROPOSED|HOLDS|TOWARD|DISCUSSED*..12]-(b))
RETURN a.name AS from, b.name AS to, length(path) AS hops,
       [n IN nodes(path) | coalesce(n.name, n.label, n.polarity)] AS via, path
