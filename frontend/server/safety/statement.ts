// The first safety layer: reads the statement's tokens (comments, strings and `quoted` names cannot hide
// or fake a keyword) and refuses what the explorer never runs, naming it. It needs no database, and it
// errs on the side of refusing; the plan check (plan.ts) is the layer that does not depend on reading
// Cypher right.
import { tokenize, type Token } from '../../shared/cypherLexer';
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
/** A word right after these is a property, label, type or alias, not a clause. */
const NAME_CONTEXT = new Set(['.', ':', '|', '&', '!', '%', 'AS']);

const upper = (t: Token | undefined): string => (t && t.kind !== 'string' ? t.value.toUpperCase() : '');
const isWord = (t: Token | undefined): t is Token => t?.kind === 'word';
const isName = (t: Token | undefined): t is Token => t?.kind === 'word' || t?.kind === 'quoted';
const isPunct = (t: Token | undefined, value: string): boolean => t?.kind === 'punct' && t.value === value;

/** Refuses `cypher` when it does what the explorer never runs; null when this layer sees nothing wrong. */
export function checkStatement(cypher: string, database: string): Refusal | null {
  const tokens = tokenize(cypher);
  const first = tokens[0];
  if (isWord(first) && PREFIXES.has(upper(first))) return refusals.prefix(upper(first));

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const previous = tokens[i - 1];
    const next = tokens[i + 1];
    // A property, label, relationship type, alias or map key, not a keyword.
    if (
      previous &&
      (previous.kind === 'word' || previous.kind === 'punct') &&
      NAME_CONTEXT.has(upper(previous))
    )
      continue;
    if (isName(token) && isPunct(next, '.') && upper(previous) !== 'CALL') {
      const { name, end } = qualifiedName(tokens, i);
      if (isPunct(tokens[end], '(')) {
        const root = name.slice(0, name.indexOf('.')).toLowerCase();
        if (!BUILTIN_FUNCTION_NAMESPACES.includes(root)) return refusals.fn(name);
      }
    }
    if (!isWord(token) || isPunct(next, ':')) continue;
    const word = upper(token);
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
    if (word === 'TRANSACTIONS' && inTransactions(tokens, i)) return refusals.inTransactions();
    if (word === 'CALL' && isName(next)) {
      const refusal = procedureRefusal(qualifiedName(tokens, i + 1).name);
      if (refusal) return refusal;
    }
  }
  return null;
}

/** `IN [n] [CONCURRENT] TRANSACTIONS`: looks back from TRANSACTIONS for the IN. */
function inTransactions(tokens: Token[], at: number): boolean {
  for (let j = at - 1; j >= 0 && j >= at - 4; j--) {
    const t = tokens[j]!;
    if (upper(t) === 'IN' && t.kind === 'word') return true;
    if (!(upper(t) === 'CONCURRENT' || t.kind === 'number' || t.kind === 'param')) return false;
  }
  return false;
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
