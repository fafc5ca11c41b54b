// The first two read-only layers on their own, without a database: the tokenizer reads Cypher as Neo4j
// 5.26 does (\u escapes first, Cypher's whitespace, its numbers and comments: each case below was checked
// with EXPLAIN on the real Neo4j), the statement check reads its tokens (so comments, strings, quoted names
// and escapes neither hide nor fake a keyword), and the plan check reads what Neo4j planned (fixtures
// shaped like the driver's Plan, with arguments as Neo4j 5.26 prints them).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlan, type PlanNode } from '../../frontend/server/safety/plan';
import { checkStatement } from '../../frontend/server/safety/statement';
import { lexCypher, parameterNames, tokenize, unescapeCypher } from '../../frontend/shared/cypherLexer';
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

const words = (cypher: string) => tokenize(cypher).map((t) => `${t.kind}:${t.value}`);

/** Cypher's whitespace (the Cypher 5 grammar's SPACE), which Neo4j 5.26 accepted between DETACH and DELETE. */
const CYPHER_SPACES = [
  '\t',
  '\n',
  '\u000b',
  '\f',
  '\r',
  '\u001c',
  '\u001d',
  '\u001e',
  '\u001f',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2005',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
];

describe('the tokenizer reads Cypher as Neo4j 5.26 does', () => {
  it.each([
    [String.raw`\u004cOAD`, 'LOAD'],
    [String.raw`\u004COAD`, 'LOAD'],
    // Java's Integer.parseInt reads the four characters: a sign, Unicode digits, fullwidth A-F.
    [String.raw`\u+043REATE`, 'CREATE'],
    ['\\u\u0660\u0660\u0664\u0663REATE', 'CREATE'],
    ['\\u\uff10\uff10\uff14\uff13REATE', 'CREATE'],
    ['\\u004\uff23', 'L'],
    [String.raw`'\u-0BF'`, "'\uff41'"],
    [String.raw`x \u41`, 'x A'],
    // An escaped backslash starts no escape; the backslash an escape yields starts none either.
    [String.raw`'\\u0041'`, String.raw`'\\u0041'`],
    [String.raw`'\\\u0041'`, String.raw`'\\A'`],
    [String.raw`'\u005cu0041'`, String.raw`'\u0041'`],
    [String.raw`'\u005c\u0041'`, String.raw`'\A'`],
    [String.raw`\U0041`, String.raw`\U0041`],
  ])('replaces the escapes of %j before lexing', (source, text) => {
    const unescaped = unescapeCypher(source);
    expect(unescaped.text).toBe(text);
    expect(unescaped.badEscapeAt).toBeNull();
  });

  it('reports an escape Neo4j cannot read, and keeps token offsets in the source as sent', () => {
    expect(lexCypher(String.raw`RETURN 1 AS \uZZZZ`).badEscapeAt).toBe(12);
    expect(lexCypher(String.raw`RETURN '\u12' AS x`).badEscapeAt).toBe(8);
    expect(lexCypher(String.raw`\uuuu0041`).badEscapeAt).toBe(0);
    expect(lexCypher(String.raw`RETURN '\\uZZZZ' AS x`).badEscapeAt).toBeNull();
    const tokens = tokenize(String.raw`\u004cOAD CSV FROM 'x'`);
    expect(tokens.map((t) => [t.value, t.start])).toEqual([
      ['LOAD', 0],
      ['CSV', 10],
      ['FROM', 14],
      ['x', 19],
    ]);
  });

  it('an escape can end a comment, a string or a quoted name, as it does in Neo4j', () => {
    expect(words(String.raw`RETURN 1 // \u000a CREATE`)).toContain('word:CREATE');
    expect(words(String.raw`RETURN 1 // \u000d CREATE`)).toContain('word:CREATE');
    expect(words(String.raw`RETURN 1 /* \u002a/ CREATE`)).toContain('word:CREATE');
    expect(words(String.raw`RETURN '\u0027 CREATE //'`)).toContain('word:CREATE');
    expect(words(String.raw`RETURN "\u0022 CREATE //"`)).toContain('word:CREATE');
    expect(words('RETURN `a\\u0060 CREATE //`')).toContain('word:CREATE');
    // The backslash from \u005c escapes the quote, so the string runs on.
    expect(words(String.raw`RETURN '\u005c' CREATE (n) //' AS x`)).not.toContain('word:CREATE');
  });

  it('uses Cypher’s whitespace, which is not JavaScript’s \\s', () => {
    for (const space of CYPHER_SPACES) {
      expect(words(`DETACH${space}DELETE`), JSON.stringify(space)).toEqual(['word:DETACH', 'word:DELETE']);
    }
    // Neo4j reads these as parts of one name (it refused `DETACH<c>DELETE` as an unknown word).
    for (const glue of ['\ufeff', '\u200b', '\u00ad', '\u0085', '\u180e', '\u0000', '\u001b', '\u007f']) {
      expect(words(`DETACH${glue}DELETE`), JSON.stringify(glue)).toHaveLength(1);
    }
  });

  it('ends // comments at LF or CR only, and does not nest /* */', () => {
    expect(words('RETURN 1 // a\u2028CREATE\u0085CREATE\fCREATE')).toEqual(['word:RETURN', 'number:1']);
    expect(words('RETURN 1 // a\rCREATE')).toContain('word:CREATE');
    expect(words('RETURN 1 /* /* */ CREATE */')).toContain('word:CREATE');
    expect(words('RETURN 1 /* CREATE')).toEqual(['word:RETURN', 'number:1']);
  });

  it('keeps numbers whole and splits a keyword glued to one', () => {
    expect(words('0x1F 0o17 1_000 1.5e-3 .5 1e3 1E+2')).toEqual([
      'number:0x1F',
      'number:0o17',
      'number:1_000',
      'number:1.5e-3',
      'number:.5',
      'number:1e3',
      'number:1E+2',
    ]);
    expect(words('[1..2]')).toEqual(['punct:[', 'number:1', 'punct:..', 'number:2', 'punct:]']);
    expect(words('LIMIT 1CREATE 0x1MERGE 1.5CALL 1e3LOAD')).toEqual([
      'word:LIMIT',
      'number:1',
      'word:CREATE',
      'number:0x1',
      'word:MERGE',
      'number:1.5',
      'word:CALL',
      'number:1e3',
      'word:LOAD',
    ]);
  });

  it('reads names and parameters as Neo4j does', () => {
    expect(words('a$b straße ᚠ _x `a``b`')).toEqual([
      'word:a$b',
      'word:straße',
      'word:ᚠ',
      'word:_x',
      'quoted:a`b',
    ]);
    expect(
      parameterNames(String.raw`RETURN $ x, $/* c */y, $${'`'}a b${'`'}, $0, $a$b, $\u0063, '$no'`),
    ).toEqual(['x', 'y', 'a b', 'a$b', 'c']);
  });
});

describe('the statement check reads odd spellings as Neo4j does', () => {
  it('lets reads through whose names look like keywords, or whose comments and strings hold them', () => {
    for (const cypher of [
      'WITH 1 AS set RETURN set',
      'RETURN 1 AS set',
      'WITH 1 AS call RETURN call',
      'WITH 1 AS return RETURN return',
      'WITH [1] AS foreach RETURN [foreach IN foreach | foreach] AS x',
      'MATCH (n) WHERE n.x = set OR n.y = delete RETURN n.create',
      'WITH 1 AS ſet RETURN ſet',
      'RETURN 1 AS x // a\u2028CREATE (n)',
      String.raw`RETURN '\u005c' CREATE (n) //' AS x`,
      String.raw`RETURN '\\u0027 CREATE (n)' AS x`,
      'MATCH (`a``CREATE (n) //`) RETURN 1 AS x',
      'RETURN 0x1F AS a, 0o17 AS b, 1_000 AS c, 1.5e-3 AS d, .5 AS e, 1e3 AS f',
      'RETURN $ x AS y, $`a b` AS z',
      'CALL db/**/./**/labels()',
      String.raw`CALL \u0064b.labels() YIELD label RETURN label`,
      'RETURN [x IN [1] | EXISTS { CALL db.labels() YIELD label RETURN label }] AS x',
    ]) {
      expect(refusal(cypher), cypher).toBeNull();
    }
  });

  it.each([
    [
      String.raw`RETURN [x IN [1] | COLLECT { \u004cOAD CSV FROM 'file:///etc/passwd' AS l RETURN l[0] }] AS x`,
      'LOAD CSV',
    ],
    [String.raw`MATCH (n) WITH n LIMIT 1 \u+043REATE (m)`, 'CREATE would change'],
    [String.raw`U\u0053E system MATCH (n) RETURN n`, 'USE system selects'],
    [String.raw`S\u0048OW TRANSACTIONS`, 'SHOW TRANSACTIONS'],
    [String.raw`CALL \u0064bms.listConfig()`, 'dbms.listConfig is a dbms procedure'],
    ['CALL dbms . listConfig ( )', 'dbms.listConfig is a dbms procedure'],
    ['CALL `d\\u0062ms` . `listConfig`()', 'dbms.listConfig is a dbms procedure'],
    ['CALL dbms/* */.listConfig', 'dbms.listConfig is a dbms procedure'],
    ["LOAD\u001fCSV FROM 'file:///etc/passwd' AS l RETURN l", 'LOAD CSV'],
    ['MATCH (n) WITH n LIMIT 1 DETACH\u00a0DELETE n', 'DETACH DELETE'],
    ['SHOW\u2029SETTINGS', 'SHOW SETTINGS'],
    ['MATCH (n) WITH n LIMIT 1CREATE (m)', 'CREATE would change'],
    ['UNWIND [1] AS x RETURN x LIMIT 0x1MERGE (m)', 'MERGE would change'],
    [String.raw`MATCH (n) WITH n LIMIT 1 // \u000a CREATE (m)`, 'CREATE would change'],
    [String.raw`MATCH (n) WITH n, '\u0027 AS s LIMIT 1 CREATE (m) //' AS s RETURN s`, 'CREATE would change'],
    ["MATCH (n) WHERE n.name = '/*' CREATE (m) RETURN '*/' AS x", 'CREATE would change'],
    ['MATCH (as) WITH as CREATE (m)', 'CREATE would change'],
    ["MATCH (as:Actor) WITH as LIMIT 1 SET as.name = 'pwned'", 'SET would change'],
    [
      'RETURN [x IN [1] | COLLECT { CALL () { MATCH (n) RETURN n } IN TRANSACTIONS RETURN n }] AS x',
      'IN TRANSACTIONS',
    ],
    ['CALL { CALL { MATCH (n) RETURN n } IN TRANSACTIONS }', 'IN TRANSACTIONS'],
    ['RETURN reduce(s = 0, x IN [1] | s + COUNT { CALL db.info() YIELD id RETURN id }) AS n', 'db.info'],
    [String.raw`RETURN 1 AS \uZZZZ`, '"\\uZZZZ" is not a \\u escape'],
    ['CALL `db\nx`.y()', 'the procedure db x.y is not one'],
  ])('refuses %j', (cypher, expected) => {
    const message = refusal(cypher);
    expect(message).toContain(expected);
    expect(message).not.toMatch(/[\n\r\u2028\u2029]/);
  });

  // Any character of a statement may be written as a \u escape (in any of the forms Neo4j reads), and any
  // space as other Cypher whitespace or a comment: the refusal must not change.
  const HOSTILE_STATEMENTS = [
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    'MATCH (n) WITH n LIMIT 1 DETACH DELETE n',
    'MATCH (n) WITH n LIMIT 1 CREATE (m)',
    'CALL dbms.listConfig() YIELD name RETURN name',
    'USE system MATCH (n) RETURN n',
    'SHOW TRANSACTIONS',
    'RETURN [x IN [1] | COLLECT { LOAD CSV FROM $u AS l RETURN l }] AS x',
  ];
  const escapeForms = (code: number): string[] => {
    const hex = code.toString(16).padStart(4, '0');
    const fullwidth = [...hex].map((d) =>
      String.fromCharCode(/[0-9]/.test(d) ? 0xff10 + Number(d) : 0xff41 + d.charCodeAt(0) - 0x61),
    );
    const forms = [`\\u${hex}`, `\\u${hex.toUpperCase()}`, `\\u${fullwidth.join('')}`];
    if (code < 0x1000) forms.push(`\\u+${hex.slice(1)}`);
    return forms;
  };

  it('refuses the same way whatever characters are escaped and whatever whitespace is used', () => {
    const spelling = fc.record({
      statement: fc.constantFrom(...HOSTILE_STATEMENTS),
      picks: fc.array(fc.nat(), { minLength: 200, maxLength: 200 }),
    });
    fc.assert(
      fc.property(spelling, ({ statement, picks }) => {
        let odd = '';
        [...statement].forEach((c, i) => {
          const pick = picks[i % picks.length]!;
          if (c === ' ') {
            const spaces = [...CYPHER_SPACES, '/* */'];
            odd += spaces[pick % spaces.length];
          } else if (pick % 3 === 0) {
            const forms = escapeForms(c.charCodeAt(0));
            odd += forms[pick % forms.length];
          } else odd += c;
        });
        expect(refusal(odd), JSON.stringify(odd)).toBe(refusal(statement));
        expect(refusal(statement)).not.toBeNull();
      }),
      { numRuns: 400, seed: 20_251 },
    );
  });
});

describe('the plan check reads what Neo4j 5.26 keeps as text in a plan', () => {
  const projection = (details: string) =>
    op('ProduceResults@neo4j', [op('Projection@neo4j', [], details)], 'x');

  it.each([
    [
      'LOAD CSV in COLLECT { } inside a list comprehension',
      '[x IN $autolist_1 | COLLECT { LOAD CSV FROM "file:///etc/passwd" AS l RETURN l[$`autoint_0`] AS `l[0]` }] AS x',
      'LOAD CSV',
    ],
    [
      'LOAD CSV in CASE',
      'CASE\n  WHEN true THEN COLLECT { LOAD CSV FROM "file:///x" AS l RETURN l AS l }\nEND AS x',
      'LOAD CSV',
    ],
    [
      'LOAD CSV behind a string with a quote in it',
      '[x IN $autolist_1 | COLLECT { WITH "x"" AS s LOAD CSV FROM "file:///etc/passwd" AS l RETURN l }] AS x',
      'LOAD CSV',
    ],
    [
      'a dbms procedure as the planner prints it',
      "[x IN $autolist_0 | COUNT { ResolvedCall(dbms.listConfig(searchString  =  '' :: STRING) :: name :: STRING,ArraySeq(),ArraySeq(ProcedureResultItem(None,Variable(name))),true,true,false,false) RETURN name AS name }] AS x",
      'dbms.listConfig is a dbms procedure',
    ],
    [
      'a read procedure off the allowlist',
      'reduce(s = $autoint_0, x IN $autolist_1 | s + COUNT { ResolvedCall(db.info() :: id :: STRING, name :: STRING, creationDate :: STRING,ArraySeq(),ArraySeq(ProcedureResultItem(None,Variable(id))),true,true,false,false) RETURN id AS id }) AS n',
      'db.info',
    ],
    [
      'a procedure printed as Cypher',
      '[x IN $autolist_0 | COLLECT { CALL `tx` . getMetaData() YIELD metadata RETURN metadata }] AS x',
      'tx.getMetaData',
    ],
    [
      'IN TRANSACTIONS',
      '[x IN $autolist_0 | COLLECT { CALL () {   MATCH (n)   RETURN n AS n } IN TRANSACTIONS RETURN n AS n }] AS x',
      'IN TRANSACTIONS',
    ],
    [
      'another database',
      '[x IN $autolist_0 | COLLECT { USE `system` MATCH (n) RETURN n.name AS y }] AS x',
      'USE system selects another database',
    ],
    ['a SHOW command', 'COLLECT { SHOW TRANSACTIONS YIELD transactionId }', 'SHOW TRANSACTIONS'],
    ['a TERMINATE command', 'COLLECT { TERMINATE TRANSACTIONS "x" }', 'TERMINATE'],
  ])('refuses a read-only plan with %s in its Details', (_what, details, expected) => {
    const message = checkPlan('r', projection(details), 'neo4j')?.message ?? '';
    expect(message).toContain(expected);
    expect(message).not.toContain('\n');
  });

  it('reads every string among the arguments, however nested, not only Details', () => {
    const plan: PlanNode = {
      operatorType: 'ProduceResults@neo4j',
      arguments: { Details: 'x', Other: { nested: [1, { text: 'LOAD CSV FROM "file:///x" AS l' }] } },
      children: [],
    };
    expect(checkPlan('r', plan, 'neo4j')?.message).toContain('LOAD CSV');
  });

  it('passes ordinary Details, including names that look like keywords and allowed procedures', () => {
    for (const details of [
      '[x IN $autolist_1 | use + x] AS y, use AS z',
      '$autoint_0 AS set',
      'n{name: n.name, x: n.x} AS x',
      '(n)-[anon_1]->(m)',
      'count( () ) AS c',
      '[x IN $autolist_0 | EXISTS { ResolvedCall(db.labels() :: label :: STRING,ArraySeq(),ArraySeq(ProcedureResultItem(None,Variable(label))),true,true,false,false) RETURN label AS label }] AS x',
      '[x IN $autolist_0 | COLLECT { USE `neo4j` MATCH (n) RETURN n.name AS y }] AS x',
      '[x IN $autolist_0 | COLLECT { MATCH (n) WITH n AS n   LIMIT 1 CALL (n) {   RETURN n.x AS q } RETURN q AS q }] AS x',
      'show AS x, call AS y, load AS csv_',
    ]) {
      expect(checkPlan('r', projection(details), 'neo4j'), details).toBeNull();
    }
  });
});
