// name: Most connected actors
// description: Actors ranked by how many meetings, proposals and stances they take part in, from either side, a page at a time
// param: skip integer 0 (rows to skip)
// param: limit integer 10 (how many)
MATCH (a:Actor)
WITH a,
     COUNT { (a)-[:ATTENDED]->() } AS meetings,
     COUNT { (a)-[:PROPOSED]->() } AS proposals,
     COUNT { (a)-[:HOLDS]->() } AS stancesHeld,
     COUNT { (a)<-[:TOWARD]-() } AS stancesToward
RETURN a AS actor, a.name AS name, meetings + proposals + stancesHeld + stancesToward AS connections,
       meetings, proposals, stancesHeld, stancesToward
ORDER BY connections DESC, name, a.id
SKIP $skip LIMIT $limit
