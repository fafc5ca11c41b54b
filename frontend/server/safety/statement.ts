// The first safety layer: reads the statement's tokens as Neo4j reads them (../../shared/cypherLexer.ts:
// \u escapes replaced first, Cypher's own whitespace, ASCII keywords), so comments, strings, `quoted`
// names, escapes and odd spacing can neither hide nor fake a keyword, and refuses what the explorer never
// runs, naming it. It needs no database, and it errs on the side of refusing; the plan check (plan.ts)
// is the layer that does not depend on reading Cypher right.
import { lexCypher, type Token } from '../../shared/cypherLexer';
import { BUILTIN_FUNCTION_NAMESPACES, procedureRefusal, refusals, REFUSED, type Refusal } from './rules';

const WRITE_CLAUSES = new Set(['CREATE', 'MERGE', 'SET', 'DELETE', 'DETACH', 'REMOVE', 'FOREACH', 'INSERT']);
const SCHEMA_NOUNS = new Set([
  'INDEX',
  'CONSTRAINT',
  'RANGE',
  'TEXT',
  'POINT',
  'LOOKUP',
  'FULLTEXT',
  'VECTOR',
  'BTREE',
]);
const ADMIN_NOUNS = new Set(['USER', 'ROLE', 'DATABASE', 'COMPOSITE', 'ALIAS', 'SERVER', 'OR', 'PRIVILEGE']);
const ADMIN_VERBS = new Set([
  'GRANT',
  'DENY',
  'REVOKE',
  'ALTER',
  'RENAME',
  'START',
  'STOP',
  'ENABLE',
  'DEALLOCATE',
  'REALLOCATE',
  'DRYRUN',
]);
const PREFIXES = new Set(['EXPLAIN', 'PROFILE', 'CYPHER']);
const SHOW_ENDS = new Set(['YIELD', 'WHERE', 'RETURN']);
/** Tokens after which a new statement (or subquery) begins. */
const STATEMENT_OPENERS = new Set(['{', ';', 'UNION', 'ALL', 'DISTINCT']);
/** A word right after these is a property, label or type, not a clause. (Not AS: `as` may be a variable,
 * as in `MATCH (as) WITH as CREATE …`, so an alias is only a name by the operand rule below.) */
const NAME_CONTEXT = new Set(['.', ':', '|', '&', '!', '%']);
/** No clause starts right after these: a word there is a name (`[set IN …]`, `x = set`, `f(set)`). */
const BEFORE_OPERAND = new Set([
  ',',
  '(',
  '[',
  '=',
  '<>',
  '!=',
  '<',
  '>',
  '<=',
  '>=',
  '=~',
  '+',
  '+=',
  '/',
  '%',
  '^',
  '||',
]);
/** No clause keyword is ever followed by these: a word before them is a name (`RETURN set`, `set.x`). */
const AFTER_OPERAND = new Set([
  ',',
  '.',
  '..',
  ')',
  ']',
  '}',
  ';',
  '=',
  '<>',
  '!=',
  '<',
  '>',
  '<=',
  '>=',
  '=~',
  '*',
  '/',
  '%',
  '^',
  '||',
  '|',
  '::',
]);

/** Keywords after which an operand comes: an `as` right after one of them is a variable, not AS. */
const OPERAND_KEYWORDS = new Set(
  [
    'AS WITH RETURN DISTINCT WHERE AND OR XOR NOT IN IS UNWIND BY ORDER SKIP LIMIT OFFSET CASE WHEN THEN',
    'ELSE SET DELETE DETACH NODETACH REMOVE YIELD CONTAINS STARTS ENDS FROM MATCH OPTIONAL MERGE CREATE',
    'INSERT ON FOREACH CALL UNION ALL USE LOAD CSV HEADERS FIELDTERMINATOR EXISTS COUNT COLLECT',
  ]
    .join(' ')
    .split(' '),
);

/** Keywords are ASCII letters in any case; `ſet` or `lımıt` are names to Neo4j, so they are here. */
const upper = (t: Token | undefined): string => {
  if (!t || t.kind === 'string' || t.kind === 'number') return '';
  if (t.kind === 'word') return /^[A-Za-z]+$/.test(t.value) ? t.value.toUpperCase() : '';
  return t.kind === 'punct' ? t.value : t.value.toUpperCase();
};
const isWord = (t: Token | undefined): t is Token => t?.kind === 'word';
const isName = (t: Token | undefined): t is Token => t?.kind === 'word' || t?.kind === 'quoted';
const isPunct = (t: Token | undefined, value: string): boolean => t?.kind === 'punct' && t.value === value;

/** Refuses `cypher` when it does what the explorer never runs; null when this layer sees nothing wrong. */
export function checkStatement(cypher: string, database: string): Refusal | null {
  const { tokens, badEscapeAt } = lexCypher(cypher);
  if (badEscapeAt !== null) return refusals.badEscape(cypher.slice(badEscapeAt, badEscapeAt + 6));
  const first = tokens[0];
  if (isWord(first) && PREFIXES.has(upper(first))) return refusals.prefix(upper(first));
  const firstSubqueryIn = subqueryIn(tokens);

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const previous = tokens[i - 1];
    const next = tokens[i + 1];
    // A property, label, relationship type, alias or map key, not a keyword.
    if (previous?.kind === 'punct' && NAME_CONTEXT.has(previous.value)) continue;
    if (isAlias(tokens, i)) continue;
    if (isName(token) && isPunct(next, '.') && upper(previous) !== 'CALL') {
      const { name, end } = qualifiedName(tokens, i);
      if (isPunct(tokens[end], '(')) {
        const root = name.slice(0, name.indexOf('.')).toLowerCase();
        if (!BUILTIN_FUNCTION_NAMESPACES.includes(root)) return refusals.fn(name);
      }
    }
    if (!isWord(token) || isPunct(next, ':')) continue;
    const word = upper(token);
    // IN TRANSACTIONS may end a query or a subquery, so it has its own test rather than the name rule.
    if (word === 'TRANSACTIONS' && firstSubqueryIn < i) return refusals.inTransactions();
    if (!word || isNamePosition(previous, next)) continue;
    const atStart = i === 0 || (previous !== undefined && STATEMENT_OPENERS.has(upper(previous)));

    if (word === 'USE' && atStart) {
      return refusals.use(next ? next.value : '', database);
    }
    if (word === 'SHOW' && atStart) {
      const words = ['SHOW'];
      for (let j = i + 1; j < i + 4 && isWord(tokens[j]) && !SHOW_ENDS.has(upper(tokens[j])); j++) {
        words.push(upper(tokens[j]));
      }
      return refusals.show(words.join(' '));
    }
    if (word === 'TERMINATE' && atStart) return refusals.terminate();
    if (ADMIN_VERBS.has(word) && atStart) return refusals.admin(`${word} ${upper(next)}`.trim());
    if (word === 'CREATE' || word === 'DROP') {
      const noun = upper(next);
      if (SCHEMA_NOUNS.has(noun)) return refusals.schema(`${word} ${noun}`);
      if (ADMIN_NOUNS.has(noun) || word === 'DROP') return refusals.admin(`${word} ${noun}`.trim());
    }
    if (WRITE_CLAUSES.has(word)) {
      return refusals.write(word === 'DETACH' ? 'DETACH DELETE' : word);
    }
    if (word === 'LOAD' && upper(next) === 'CSV') return refusals.loadCsv();
    if (word === 'CALL' && isName(next)) {
      const refusal = procedureRefusal(qualifiedName(tokens, i + 1).name);
      if (refusal) return refusal;
    }
  }
  return null;
}

/** The name after the keyword AS (`WITH 1 AS set`). In `MATCH (as) WITH as CREATE …` that `as` is a
 * variable, because what precedes it does not end an expression, so CREATE is still read as a clause. */
function isAlias(tokens: Token[], at: number): boolean {
  if (upper(tokens[at - 1]) !== 'AS' || tokens[at - 1]?.kind !== 'word') return false;
  const before = tokens[at - 2];
  if (!before) return false;
  if (before.kind === 'punct') return [')', ']', '}'].includes(before.value);
  if (before.kind === 'word') return !OPERAND_KEYWORDS.has(upper(before));
  return true;
}

/** A word that cannot be a clause keyword where it stands: after an operator or before one. */
function isNamePosition(previous: Token | undefined, next: Token | undefined): boolean {
  if (previous?.kind === 'punct' && BEFORE_OPERAND.has(previous.value)) return true;
  return next === undefined || (next.kind === 'punct' && AFTER_OPERAND.has(next.value));
}

/** Where the first `} IN` is (as in `CALL { … } IN [n] [CONCURRENT] TRANSACTIONS`), or Infinity. */
function subqueryIn(tokens: Token[]): number {
  for (let j = 1; j < tokens.length; j++) {
    if (upper(tokens[j]) === 'IN' && isPunct(tokens[j - 1], '}')) return j;
  }
  return Infinity;
}

/** `a.b.c` (parts may be `quoted`) starting at `from`; `end` is the index after the name. */
function qualifiedName(tokens: Token[], from: number): { name: string; end: number } {
  const parts: string[] = [];
  let j = from;
  while (isName(tokens[j])) {
    parts.push(tokens[j]!.value);
    j++;
    if (isPunct(tokens[j], '.') && isName(tokens[j + 1])) j++;
    else break;
  }
  return { name: parts.join('.'), end: j };
}

export { REFUSED };
