// Hostile queries against the real explorer server, sent exactly as the browser sends them (HTTP POST
// /api/query), over the seed article in the real test Neo4j. Each is refused or stopped with a one-line
// reason, and afterwards the database is as it was: counts per label and type, a checksum over every
// property, the element ids, the schema and the users. Then each layer is checked on its own, and a
// cancelled request is shown to stop its transaction inside Neo4j.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueryResponse } from '../../frontend/shared/api';
import { toDriverParams } from '../../frontend/server/api/query';
import { createNeo4jService, type Neo4jService } from '../../frontend/server/neo4j/service';
import {
  planGuard,
  ReadVerdictCache,
  rememberingPlanGuard,
  statementGuard,
} from '../../frontend/server/safety';
import {
  ARTICLE_READER,
  ARTICLES,
  EDGE_DETAILS,
  EXPAND,
  NODE_DETAILS,
  NODE_EVIDENCE,
  OVERVIEW,
} from '../../frontend/src/core/api/queries';
import { SCHEMA_CYPHER } from '../../frontend/src/core/queries';
import { ingestFiles } from '../../ingest';
import { startApiServer, type ApiServer } from '../support/explorerApi';
import { testConfig } from '../support/neo4j';
import { clearDatabase, query, snapshot, testDriver, type GraphSnapshot } from './graph-snapshot';

const SEED = 'data/articles/seed-article.txt';
/** 137^5 rows to count on the seed graph: hours of work, unless something stops it. */
const FOREVER = 'MATCH (a), (b), (c), (d), (e) WHERE a.id < b.id AND c.id <> e.id RETURN count(*) AS n';

interface Hostile {
  name: string;
  cypher: string;
  params?: Record<string, string>;
  /** What the message must say. */
  says: RegExp;
  outcome?: 'refused' | 'error' | 'timed-out' | 'truncated';
}

const HOSTILE: Hostile[] = [
  {
    name: 'CREATE',
    cypher: "CREATE (n:Hostile {note: 'was here'}) RETURN n",
    says: /CREATE would change the database/,
  },
  {
    name: 'MERGE',
    cypher: "MERGE (a:Actor {id: 'person-volodymyr-zelenskiy'}) SET a.name = 'X'",
    says: /MERGE would change/,
  },
  { name: 'SET', cypher: "MATCH (a:Actor) SET a.name = 'pwned'", says: /SET would change/ },
  { name: 'DELETE', cypher: 'MATCH (q:Quote) DELETE q', says: /DELETE would change/ },
  { name: 'DETACH DELETE', cypher: 'MATCH (n) DETACH DELETE n', says: /DETACH DELETE would change/ },
  { name: 'REMOVE', cypher: 'MATCH (a:Actor) REMOVE a.aliases, a:Person', says: /REMOVE would change/ },
  { name: 'FOREACH', cypher: 'FOREACH (i IN range(1, 3) | CREATE (:Hostile))', says: /FOREACH would change/ },
  {
    name: 'CREATE INDEX',
    cypher: 'CREATE INDEX hostile FOR (n:Actor) ON (n.kind)',
    says: /CREATE INDEX would change the database schema/,
  },
  {
    name: 'DROP CONSTRAINT',
    cypher: 'DROP CONSTRAINT actor_id',
    says: /DROP CONSTRAINT would change the database schema/,
  },
  {
    name: 'LOAD CSV from a file',
    cypher: "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
    says: /LOAD CSV reads files and URLs/,
  },
  {
    name: 'LOAD CSV from a URL',
    cypher: 'LOAD CSV WITH HEADERS FROM $url AS row MERGE (:Hostile {row: row})',
    params: { url: 'http://127.0.0.1:9/data.csv' },
    says: /LOAD CSV reads files and URLs/,
  },
  {
    name: 'CALL { } IN TRANSACTIONS (reading)',
    cypher: 'CALL () { MATCH (n) RETURN n } IN TRANSACTIONS RETURN count(*)',
    says: /IN TRANSACTIONS/,
  },
  {
    name: 'CALL { } IN TRANSACTIONS (writing)',
    cypher: 'MATCH (n) CALL (n) { SET n.hostile = true } IN TRANSACTIONS OF 10 ROWS',
    says: /SET would change|IN TRANSACTIONS/,
  },
  { name: 'SHOW USERS', cypher: 'SHOW USERS', says: /SHOW USERS describes the server/ },
  {
    name: 'SHOW TRANSACTIONS',
    cypher: 'SHOW TRANSACTIONS YIELD transactionId, currentQuery',
    says: /SHOW TRANSACTIONS/,
  },
  {
    name: 'TERMINATE TRANSACTIONS',
    cypher: "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    says: /TERMINATE stops other transactions/,
  },
  {
    name: 'dbms.components',
    cypher: 'CALL dbms.components() YIELD name, versions RETURN name, versions',
    says: /dbms\.components is a dbms procedure/,
  },
  {
    name: 'dbms.listConfig',
    cypher: 'CALL dbms.listConfig() YIELD name, value RETURN name, value',
    says: /dbms\.listConfig is a dbms procedure/,
  },
  {
    name: 'a write procedure',
    cypher: "CALL db.createLabel('Hostile')",
    says: /db\.createLabel is not one the explorer allows/,
  },
  {
    name: 'clearing the query caches',
    cypher: 'CALL db.clearQueryCaches()',
    says: /db\.clearQueryCaches is not one/,
  },
  {
    name: 'USE system',
    cypher: 'USE system CALL dbms.showCurrentUser()',
    says: /USE system selects another database/,
  },
  {
    name: 'USE system in a subquery',
    cypher: 'CALL () { USE system MATCH (n) RETURN n } RETURN n',
    says: /USE system/,
  },
  {
    name: 'ALTER USER',
    cypher: "ALTER USER neo4j SET PASSWORD 'hostile-password'",
    says: /ALTER USER is an administration command/,
  },
  {
    name: 'CREATE USER',
    cypher: "CREATE USER hostile SET PASSWORD 'hostile-password'",
    says: /CREATE USER is an administration command/,
  },
  {
    name: 'a write hidden in a subquery',
    cypher: 'MATCH (a:Actor) CALL (a) { SET a.flag = true } RETURN a',
    says: /SET would change/,
  },
  {
    name: 'a write behind WITH',
    cypher: 'MATCH (a:Actor) WITH a LIMIT 1 CREATE (a)-[:HOSTILE]->(:Hostile) RETURN a',
    says: /CREATE would change/,
  },
  {
    name: 'a write hidden by comments and case',
    cypher:
      "/* only reading */ MATCH (n) WITH n LIMIT 1 // nothing to see\n cReAtE (:Hostile {text: 'MATCH'})",
    says: /CREATE would change/,
  },
  {
    name: 'a quoted dbms procedure',
    cypher: 'CALL `dbms`.`components`()',
    says: /dbms\.components is a dbms procedure/,
  },
  {
    name: 'a plugin procedure',
    cypher: "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})",
    says: /apoc\.periodic\.iterate is not one/,
  },
  { name: 'EXPLAIN in front', cypher: 'EXPLAIN CREATE (:Hostile)', says: /does not take EXPLAIN/ },
  {
    name: 'two statements',
    cypher: 'MATCH (n) RETURN count(n); CREATE (:Hostile)',
    says: /CREATE would change/,
  },
  // Lexical tricks: Neo4j replaces \uXXXX escapes before it reads anything, and its whitespace is not
  // JavaScript's. Each of these is read by Neo4j exactly as the comment says (EXPLAIN on Neo4j 5.26).
  {
    name: 'LOAD spelled \\u004cOAD, in COLLECT { } inside a list comprehension',
    cypher: String.raw`RETURN [x IN [1] | COLLECT { \u004cOAD CSV FROM 'file:///etc/passwd' AS l RETURN l[0] }] AS x`,
    says: /LOAD CSV reads files and URLs/,
  },
  {
    name: 'CREATE spelled \\u0043REATE',
    cypher: String.raw`MATCH (a:Actor) WITH a LIMIT 1 \u0043REATE (a)-[:HOSTILE]->(:Hostile)`,
    says: /CREATE would change/,
  },
  {
    name: 'CREATE spelled with a signed escape, \\u+043REATE (Java reads the sign)',
    cypher: String.raw`MATCH (a:Actor) WITH a LIMIT 1 \u+043REATE (:Hostile)`,
    says: /CREATE would change/,
  },
  {
    name: 'CREATE spelled with fullwidth digits in the escape',
    cypher: 'MATCH (a:Actor) WITH a LIMIT 1 \\u\uff10\uff10\uff14\uff13REATE (:Hostile)',
    says: /CREATE would change/,
  },
  {
    name: 'USE spelled U\\u0053E',
    cypher: String.raw`U\u0053E system CALL db.labels() YIELD label RETURN label`,
    says: /USE system selects another database/,
  },
  {
    name: 'SHOW spelled S\\u0048OW',
    cypher: String.raw`S\u0048OW TRANSACTIONS YIELD transactionId, currentQuery RETURN transactionId, currentQuery`,
    says: /SHOW TRANSACTIONS describes the server/,
  },
  {
    name: 'a dbms procedure spelled \\u0064bms',
    cypher: String.raw`CALL \u0064bms.listConfig() YIELD name, value RETURN name, value`,
    says: /dbms\.listConfig is a dbms procedure/,
  },
  {
    name: 'a dbms procedure with spaces around the dot',
    cypher: 'CALL dbms . listConfig ( ) YIELD name, value RETURN name, value',
    says: /dbms\.listConfig is a dbms procedure/,
  },
  {
    name: 'a dbms procedure in backticks, spelled with an escape',
    cypher: 'CALL `d\\u0062ms` . `listConfig`() YIELD name, value RETURN name, value',
    says: /dbms\.listConfig is a dbms procedure/,
  },
  {
    name: 'LOAD and CSV joined by U+001F (Cypher whitespace, not JavaScript’s)',
    cypher: "LOAD\u001fCSV FROM 'file:///etc/passwd' AS line RETURN line",
    says: /LOAD CSV reads files and URLs/,
  },
  {
    name: 'DETACH and DELETE joined by U+00A0',
    cypher: 'MATCH (q:Quote) WITH q LIMIT 1 DETACH\u00a0DELETE q',
    says: /DETACH DELETE would change/,
  },
  {
    name: 'SET after U+2028',
    cypher: "MATCH (a:Actor) WITH a LIMIT 1\u2028SET a.name = 'pwned'",
    says: /SET would change/,
  },
  {
    name: 'MERGE after U+3000',
    cypher: 'MATCH (a:Actor) WITH a LIMIT 1\u3000MERGE (a)-[:HOSTILE]->(:Hostile)',
    says: /MERGE would change/,
  },
  {
    name: 'SHOW and SETTINGS joined by U+2029',
    cypher: 'SHOW\u2029SETTINGS YIELD name, value RETURN name, value',
    says: /SHOW SETTINGS describes the server/,
  },
  {
    name: 'TERMINATE and TRANSACTIONS joined by U+001C',
    cypher: "TERMINATE\u001cTRANSACTIONS 'neo4j-transaction-1'",
    says: /TERMINATE stops other transactions/,
  },
  {
    name: 'CREATE glued to a number',
    cypher: 'MATCH (a:Actor) WITH a LIMIT 1CREATE (:Hostile)',
    says: /CREATE would change/,
  },
  {
    name: 'a dbms procedure in COUNT { }',
    cypher: 'RETURN COUNT { CALL dbms.listConfig() YIELD name RETURN name } AS n',
    says: /dbms\.listConfig is a dbms procedure/,
  },
  {
    name: 'LOAD CSV in COLLECT { } inside CASE',
    cypher:
      "RETURN CASE WHEN true THEN COLLECT { LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l } END AS x",
    says: /LOAD CSV reads files and URLs/,
  },
  {
    name: 'LOAD CSV in EXISTS { } inside a pattern comprehension',
    cypher:
      "MATCH (a:Actor) RETURN [(a)-->(m) WHERE EXISTS { LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l } | m.name] AS x",
    says: /LOAD CSV reads files and URLs/,
  },
  {
    name: 'a read procedure off the allowlist in COUNT { } inside reduce()',
    cypher: 'RETURN reduce(s = 0, x IN [1] | s + COUNT { CALL db.info() YIELD id RETURN id }) AS n',
    says: /the procedure db\.info is not one the explorer allows/,
  },
  {
    name: 'IN TRANSACTIONS in COLLECT { } inside a list comprehension',
    cypher: 'RETURN [x IN [1] | COLLECT { CALL () { MATCH (n) RETURN n } IN TRANSACTIONS RETURN n }] AS x',
    says: /IN TRANSACTIONS/,
  },
  {
    name: 'LOAD CSV in a map projection',
    cypher:
      "MATCH (a:Actor) RETURN a {.name, x: [x IN [1] | COLLECT { LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l }]} AS a",
    says: /LOAD CSV reads files and URLs/,
  },
  {
    name: 'USE system in COLLECT { } inside a list comprehension',
    cypher: 'RETURN [x IN [1] | COLLECT { USE system MATCH (n) RETURN n.name AS y }] AS x',
    says: /USE system selects another database/,
  },
  {
    name: 'a write in a CALL subquery inside COLLECT { }',
    cypher:
      'MATCH (a:Actor) RETURN [x IN [1] | COLLECT { CALL (a) { SET a.flag = true } RETURN 1 AS y }] AS x',
    says: /SET would change/,
  },
  {
    name: 'CREATE after a // comment that \\u000a ends',
    cypher: String.raw`MATCH (a:Actor) WITH a LIMIT 1 // \u000a CREATE (:Hostile)`,
    says: /CREATE would change/,
  },
  {
    name: 'CREATE after a string that \\u0027 closes',
    cypher: String.raw`MATCH (a:Actor) WITH a, '\u0027 AS s LIMIT 1 CREATE (:Hostile) //' AS s RETURN s`,
    says: /CREATE would change/,
  },
  {
    name: 'CREATE after a `name` that \\u0060 closes',
    cypher: 'MATCH (a:Actor) WITH a AS `x\\u0060 LIMIT 1 CREATE (:Hostile) //` RETURN 1 AS one',
    says: /CREATE would change/,
  },
  {
    name: 'CREATE after a /* comment that \\u002a/ closes',
    cypher: String.raw`MATCH (a:Actor) WITH a LIMIT 1 /* \u002a/ CREATE (:Hostile) /* */`,
    says: /CREATE would change/,
  },
  {
    name: 'CREATE between strings that look like a comment',
    cypher: "MATCH (a:Actor) WHERE a.name = '/*' CREATE (:Hostile) RETURN '*/' AS x",
    says: /CREATE would change/,
  },
  {
    name: 'SET on a variable named as',
    cypher: "MATCH (as:Actor) WITH as LIMIT 1 SET as.name = 'pwned'",
    says: /SET would change/,
  },
  {
    name: 'a cartesian product that runs forever',
    cypher: FOREVER,
    says: /did not finish within 10 s/,
    outcome: 'timed-out',
  },
  {
    name: 'a million rows',
    cypher: 'UNWIND range(1, 1000000) AS i RETURN i',
    says: /.*/,
    outcome: 'truncated',
  },
];

let driver: Driver;
let api: ApiServer;
let before: State;

interface State {
  graph: GraphSnapshot;
  schema: string[];
  users: string[];
}

async function state(): Promise<State> {
  const schema = [
    ...(await query<{ name: string }>(driver, 'SHOW INDEXES YIELD name RETURN name')).map(
      (r) => `index ${r.name}`,
    ),
    ...(await query<{ name: string }>(driver, 'SHOW CONSTRAINTS YIELD name RETURN name')).map(
      (r) => `constraint ${r.name}`,
    ),
  ].sort();
  const { records } = await driver.executeQuery(
    'SHOW USERS YIELD user RETURN user',
    {},
    { database: 'system' },
  );
  return { graph: await snapshot(driver), schema, users: records.map((r) => String(r.get('user'))).sort() };
}

/** Transactions of the explorer's user running `marker` (the SHOW itself excluded). */
async function runningWith(marker: string): Promise<number> {
  const found = await query<{ id: string }>(
    driver,
    `SHOW TRANSACTIONS YIELD transactionId AS id, currentQuery
     WHERE currentQuery CONTAINS $marker AND NOT currentQuery STARTS WITH 'SHOW'
     RETURN id`,
    { marker },
  );
  return found.length;
}

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  await ingestFiles({ files: [SEED], config: testConfig() });
  api = await startApiServer();
  before = await state();
  expect(before.graph.nodes.Actor).toBeGreaterThan(0);
});

afterAll(async () => {
  await api?.close();
  await driver?.close();
});

describe(`${HOSTILE.length} hostile queries through POST /api/query`, () => {
  const outcomes: { name: string; status: string; message: string; elapsedMs: number }[] = [];

  for (const hostile of HOSTILE) {
    it(`${hostile.name}: ${hostile.outcome ?? 'refused'}`, { timeout: 30_000 }, async () => {
      const response: QueryResponse = await api.query(hostile.cypher, hostile.params ?? {});
      const outcome = hostile.outcome ?? 'refused';
      outcomes.push({
        name: hostile.name,
        status: response.status,
        message: response.error?.message ?? `${response.rows.length} rows`,
        elapsedMs: response.elapsedMs,
      });
      if (outcome === 'truncated') {
        expect(response.status).toBe('truncated');
        expect(response.rowCap).toBe(5_000);
        expect(response.rows).toHaveLength(5_000);
      } else {
        expect(response.status).toBe(outcome === 'timed-out' ? 'timed-out' : 'error');
        expect(response.rows).toEqual([]);
        expect(response.graph).toEqual({ nodes: [], relationships: [] });
        const message = response.error?.message ?? '';
        expect(message).toMatch(hostile.says);
        expect(message).not.toContain('\n');
        if (outcome === 'refused') expect(response.error?.code).toBe('Explorer.Refused');
      }
      expect(await state()).toEqual(before);
    });
  }

  it('leaves nothing running in Neo4j, and the database as it was', async () => {
    expect(await runningWith('count(*) AS n')).toBe(0);
    expect(await state()).toEqual(before);
    console.log(
      outcomes
        .map((o) => `${o.status.padEnd(9)} ${String(o.elapsedMs).padStart(6)} ms  ${o.name}: ${o.message}`)
        .join('\n'),
    );
  });
});

describe('each layer on its own', () => {
  let service: Neo4jService;
  beforeAll(() => {
    service = createNeo4jService(testConfig());
  });
  afterAll(async () => {
    await service?.close();
  });

  const refusedCases = HOSTILE.filter((h) => !h.outcome);

  it('the statement check refuses every hostile query by itself', () => {
    for (const hostile of refusedCases) {
      const refusal = statementGuard({ cypher: hostile.cypher }, service) as { code: string } | null;
      expect(refusal?.code, hostile.name).toBe('Explorer.Refused');
    }
  });

  it('the plan check (EXPLAIN) refuses every hostile query by itself, or Neo4j cannot even plan it', async () => {
    const unplannable: string[] = [];
    for (const hostile of refusedCases) {
      const refusal = await planGuard({ cypher: hostile.cypher, params: hostile.params }, service);
      expect(refusal, hostile.name).not.toBeNull();
      if (refusal?.code !== 'Explorer.Refused') unplannable.push(hostile.name);
    }
    // What Neo4j cannot even plan it reports as an error (so it never runs); the plan refuses all the rest.
    // A number glued to a keyword is an invalid number to Neo4j; COLLECT { } may hold neither a write nor
    // another database.
    expect(unplannable.sort()).toEqual([
      'CREATE glued to a number',
      'USE system in COLLECT { } inside a list comprehension',
      'USE system in a subquery',
      'a plugin procedure',
      'a write in a CALL subquery inside COLLECT { }',
      'two statements',
    ]);
    expect(await state()).toEqual(before);
  });

  it('both layers let the explorer’s own queries through on the real Neo4j', async () => {
    const own = [OVERVIEW, EXPAND, NODE_DETAILS, NODE_EVIDENCE, EDGE_DETAILS, ARTICLE_READER, ARTICLES];
    const params = { limit: 2_000, max: 300, id: 'article-id' };
    for (const cypher of [...own, SCHEMA_CYPHER]) {
      const request = { cypher, params };
      expect(await statementGuard(request, service), cypher).toBeNull();
      expect(await planGuard(request, service), cypher).toBeNull();
    }
  });

  it('the READ transaction alone refuses every write', async () => {
    const writes = refusedCases.filter((h) => /would change/.test(h.says.source));
    expect(writes.length).toBeGreaterThanOrEqual(8);
    for (const hostile of writes) {
      const outcome = await service.read(hostile.cypher, toDriverParams(hostile.params ?? {}));
      expect(outcome.ok, hostile.name).toBe(false);
    }
    expect(await state()).toEqual(before);
  });
});

describe('the plan check’s remembered verdicts', () => {
  let service: Neo4jService;
  let explains: number;
  /** The service, counting its EXPLAINs. */
  let counted: Neo4jService;
  beforeAll(() => {
    service = createNeo4jService(testConfig());
    counted = {
      ...service,
      explain: (cypher, params) => {
        explains += 1;
        return service.explain(cypher, params);
      },
    };
  });
  afterAll(async () => {
    await service?.close();
  });

  it('plans a read text once, whatever its parameters next time', async () => {
    const guard = rememberingPlanGuard(new ReadVerdictCache());
    const cypher = 'MATCH (a:Actor) WHERE a.name = $name RETURN a.name AS name';
    explains = 0;
    expect(await guard({ cypher, params: { name: 'Mira Talvik' } }, counted)).toBeNull();
    expect(await guard({ cypher, params: { name: "x'}) CREATE (:Hostile) //" } }, counted)).toBeNull();
    expect(await guard({ cypher }, counted)).toBeNull();
    expect(explains).toBe(1);
    // One character more is another text: planned again.
    expect(await guard({ cypher: `${cypher} ` }, counted)).toBeNull();
    expect(explains).toBe(2);
  });

  it('never remembers a refusal: every hostile query is planned and refused each time it comes', async () => {
    const cache = new ReadVerdictCache();
    const guard = rememberingPlanGuard(cache);
    // A read text is remembered first; the hostile ones around it are not.
    expect(await guard({ cypher: 'MATCH (a:Actor) RETURN a' }, counted)).toBeNull();
    for (const hostile of HOSTILE.filter((h) => !h.outcome)) {
      for (let time = 0; time < 2; time++) {
        explains = 0;
        const refusal = await guard({ cypher: hostile.cypher, params: hostile.params }, counted);
        expect(refusal, hostile.name).not.toBeNull();
        expect(explains, hostile.name).toBe(1);
      }
    }
    for (const cypher of [
      'MATCH (a:Actor) CREATE (:Hostile) RETURN a',
      'MATCH (a:Actor) SET a.x = 1 RETURN a',
    ]) {
      expect(await guard({ cypher }, counted), cypher).not.toBeNull();
    }
    expect(cache.size.entries).toBe(1);
    expect(await state()).toEqual(before);
  });

  it('never remembers a text whose USE clause could take the database from a parameter', async () => {
    const cache = new ReadVerdictCache();
    const guard = rememberingPlanGuard(cache);
    const cypher = 'USE graph.byName($db) MATCH (n) RETURN count(n) AS n';
    explains = 0;
    await guard({ cypher, params: { db: 'neo4j' } }, counted);
    const refusal = await guard({ cypher, params: { db: 'system' } }, counted);
    expect(refusal).not.toBeNull();
    expect(explains).toBe(2);
    expect(cache.size.entries).toBe(0);
  });
});

describe('a query sent again through POST /api/query', () => {
  it('reads only, whatever its parameters hold', async () => {
    const cypher = 'MATCH (a:Actor) WHERE a.name = $name RETURN a.name AS name';
    const first = await api.query(cypher, { name: 'Volodymyr Zelenskiy' });
    expect(first.error).toBeUndefined();
    for (const name of ["x'}) CREATE (:Hostile) //", '1 }) DETACH DELETE a //']) {
      const again = await api.query(cypher, { name });
      expect(again.status).toBe('complete');
      expect(again.rows).toEqual([]);
    }
    expect(await state()).toEqual(before);
  });
});

describe('a slow query', () => {
  it('is stopped inside Neo4j when the browser cancels its request', async () => {
    const marker = `cancel-${Date.now()}`;
    const controller = new AbortController();
    const pending = api
      .query(`${FOREVER} // ${marker}`, {}, { signal: controller.signal })
      .catch((err: unknown) => err);
    await expect.poll(() => runningWith(marker), { timeout: 5_000, interval: 100 }).toBe(1);
    const cancelledAt = performance.now();
    controller.abort();
    expect(((await pending) as Error).name).toBe('AbortError');
    await expect.poll(() => runningWith(marker), { timeout: 3_000, interval: 50 }).toBe(0);
    expect(performance.now() - cancelledAt).toBeLessThan(3_000);
    expect(await state()).toEqual(before);
  });
});
