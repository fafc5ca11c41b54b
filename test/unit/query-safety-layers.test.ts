// The first two read-only layers on their own, without a database: the statement check reads tokens (so
// comments, strings and quoted names neither hide nor fake a keyword), and the plan check reads what Neo4j
// planned (fixtures shaped like the driver's Plan, as Neo4j 5.26 returns them).
import { describe, expect, it } from 'vitest';
import { checkPlan, type PlanNode } from '../../frontend/server/safety/plan';
import { checkStatement } from '../../frontend/server/safety/statement';
import {
  OVERVIEW,
  EXPAND,
  NODE_DETAILS,
  NODE_EVIDENCE,
  EDGE_DETAILS,
  ARTICLE_READER,
  ARTICLES,
} from '../../frontend/src/core/api/queries';

const refusal = (cypher: string) => checkStatement(cypher, 'neo4j')?.message ?? null;

describe('the statement check', () => {
  it('lets reads through, including the explorer’s own queries and allowed procedures', () => {
    for (const cypher of [
      OVERVIEW,
      EXPAND,
      NODE_DETAILS,
      NODE_EVIDENCE,
      EDGE_DETAILS,
      ARTICLE_READER,
      ARTICLES,
    ]) {
      expect(refusal(cypher), cypher).toBeNull();
    }
    for (const cypher of [
      'MATCH (n:Actor) RETURN n.name AS create, n.set, n.delete',
      "MATCH (n) WHERE n.text CONTAINS 'CREATE (x) // LOAD CSV' RETURN n",
      'MATCH (n:`CREATE`)-[r:SET]->(m:Delete) RETURN {set: 1, remove: 2, use: 3}',
      '// CREATE (n)\nMATCH (n) /* DETACH DELETE n */ RETURN n',
      'CALL db.labels() YIELD label RETURN label',
      'CALL `db`.`relationshipTypes`() YIELD relationshipType RETURN relationshipType',
      "CALL db.index.fulltext.queryNodes('actor_names', $q) YIELD node RETURN node",
      'CALL () { MATCH (n) RETURN count(n) AS c } RETURN c',
      'MATCH (a) RETURN point.distance(a.p, a.q), date.truncate("day", a.d), duration.between(a.x, a.y)',
      'WITH 1 AS use RETURN use',
      'MATCH (n) WHERE n.x IN [1, 2] RETURN n UNION ALL MATCH (n) RETURN n',
      'UNWIND range(1..3) AS i RETURN i',
    ]) {
      expect(refusal(cypher), cypher).toBeNull();
    }
  });

  it.each([
    ['CREATE (n:X)', 'CREATE would change the database'],
    ['merge (n:X {id: 1})', 'MERGE would change'],
    ['MATCH (n) SET n.x = 1', 'SET would change'],
    ['MATCH (n)\n  DETACH\n  DELETE n', 'DETACH DELETE would change'],
    ['MATCH (n) REMOVE n:X', 'REMOVE would change'],
    ['FOREACH (i IN [1] | CREATE (:Z))', 'FOREACH would change'],
    ['MATCH (n) WITH n /* harmless */ CaLl (n) { SeT n.x = 1 }', 'SET would change'],
    ['CREATE INDEX x FOR (n:X) ON (n.x)', 'CREATE INDEX would change the database schema'],
    ['CREATE TEXT INDEX x FOR (n:X) ON (n.x)', 'CREATE TEXT would change the database schema'],
    ['DROP CONSTRAINT actor_id', 'DROP CONSTRAINT would change the database schema'],
    ['CREATE USER bob SET PASSWORD "secret-pass"', 'CREATE USER is an administration command'],
    ['ALTER USER neo4j SET PASSWORD "x"', 'ALTER USER is an administration command'],
    ['GRANT ROLE admin TO bob', 'GRANT ROLE is an administration command'],
    ["LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", 'LOAD CSV reads files and URLs'],
    ['load  csv with headers from $url as r return r', 'LOAD CSV'],
    ['SHOW USERS', 'SHOW USERS describes the server'],
    ['show transactions yield *', 'SHOW TRANSACTIONS'],
    ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", 'TERMINATE stops other transactions'],
    ['USE system SHOW USERS', 'USE system selects another database'],
    ['USE `system` MATCH (n) RETURN n', 'USE system selects'],
    ['CALL { USE system MATCH (n) RETURN n } RETURN n', 'USE system'],
    ['MATCH (n) RETURN n UNION USE other MATCH (n) RETURN n', 'USE other'],
    ['CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN count(*)', 'IN TRANSACTIONS'],
    ['CALL (n) { MATCH (m) RETURN m } IN 4 CONCURRENT TRANSACTIONS OF 10 ROWS RETURN 1', 'IN TRANSACTIONS'],
    ['CALL dbms.components()', 'dbms.components is a dbms procedure'],
    ['CALL `dbms`.`listConfig`()', 'dbms.listConfig is a dbms procedure'],
    ['CALL db.createLabel("X")', 'the procedure db.createLabel is not one the explorer allows'],
    ['MATCH (n) CALL apoc.path.expand(n, "", "", 1, 2) YIELD path RETURN path', 'apoc.path.expand'],
    ['RETURN apoc.version()', 'apoc.version is not one of Cypher'],
    ['RETURN `apoc`.text.join(["a"], "")', 'apoc.text.join is not one'],
    ['EXPLAIN MATCH (n) RETURN n', 'does not take EXPLAIN'],
    ['PROFILE MATCH (n) RETURN n', 'PROFILE'],
    ['CYPHER runtime=slotted MATCH (n) RETURN n', 'CYPHER'],
  ])('refuses %j', (cypher, expected) => {
    const message = refusal(cypher);
    expect(message).toContain(expected);
    expect(message).toMatch(/^Refused: /);
    expect(message).not.toContain('\n');
  });
});

const op = (operatorType: string, children: PlanNode[] = [], Details?: string): PlanNode => ({
  operatorType,
  arguments: Details === undefined ? {} : { Details },
  children,
});

describe('the plan check', () => {
  it('passes a read-only plan with allowed procedures', () => {
    const plan = op('ProduceResults@neo4j', [
      op('ProcedureCall@neo4j', [], 'db.labels() :: (label :: STRING)'),
    ]);
    expect(checkPlan('r', plan, 'neo4j')).toBeNull();
    expect(checkPlan('r', op('ProduceResults@neo4j', [op('AllNodesScan@neo4j')]), 'neo4j')).toBeNull();
  });

  it.each<[string, string, PlanNode, string]>([
    ['rw', 'a planned Create', op('ProduceResults@neo4j', [op('Create@neo4j')]), '(Neo4j plans Create)'],
    [
      'w',
      'a SetProperty',
      op('EmptyResult@neo4j', [op('SetProperty@neo4j', [op('AllNodesScan@neo4j')])]),
      'SetProperty',
    ],
    ['s', 'a schema command', op('CreateIndex@neo4j'), 'schema (Neo4j plans CreateIndex)'],
    ['s', 'an administration command', op('AdministrationCommand@system'), 'another database'],
    ['r', 'LOAD CSV', op('ProduceResults@neo4j', [op('LoadCSV@neo4j')]), 'LOAD CSV'],
    ['r', 'SHOW INDEXES', op('ProduceResults@neo4j', [op('ShowIndexes@neo4j')]), 'SHOW INDEXES'],
    ['r', 'TERMINATE', op('ProduceResults@neo4j', [op('TerminateTransactions@neo4j')]), 'TERMINATE'],
    ['r', 'IN TRANSACTIONS', op('ProduceResults@neo4j', [op('TransactionApply@neo4j')]), 'IN TRANSACTIONS'],
    [
      'r',
      'a resample',
      op('EmptyResult@neo4j', [op('ProcedureCall@neo4j', [], 'db.resampleIndex($a) :: ()')]),
      'db.resampleIndex',
    ],
    [
      's',
      'a dbms procedure',
      op('ProduceResults@neo4j', [op('ProcedureCall@neo4j', [], 'dbms.components() :: (name :: STRING)')]),
      'dbms.components is a dbms procedure',
    ],
    ['s', 'USE system', op('dbms.showCurrentUser@system'), 'USE system'],
    ['x', 'an unknown query type', op('ProduceResults@neo4j'), 'plans this query as "x"'],
  ])('refuses a %s plan with %s', (queryType, _what, plan, expected) => {
    const message = checkPlan(queryType, plan, 'neo4j')?.message ?? '';
    expect(message).toContain(expected);
    expect(message).toMatch(/^Refused: /);
  });
});
