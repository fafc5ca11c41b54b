// Reads the text of a plan's arguments for what the operator tree does not show. Neo4j 5.26 plans a
// subquery expression (COLLECT { }, EXISTS { }, COUNT { }, and pattern comprehensions, which it rewrites
// to COLLECT) as child operators only where it can; inside a list comprehension, reduce(), CASE or a map
// projection it keeps the whole subquery as text in the Details of the operator that evaluates it, e.g.
//   [x IN $autolist_0 | COLLECT { LOAD CSV FROM "file:///etc/passwd" AS l RETURN l AS l }] AS x
// and prints a procedure call there as `ResolvedCall(dbms.listConfig(…) :: …, …)`. This check reads that
// text without trusting quotes, backticks or comments (a string cannot hide anything here: what matches
// anywhere is refused), so it errs on the side of refusing.
import { procedureRefusal, refusals, type Refusal } from './rules';

const NAME = String.raw`(?:\x60(?:[^\x60]|\x60\x60)*\x60|[\p{L}_][\p{L}\p{N}_$]*)`;
const QUALIFIED = String.raw`${NAME}(?:\s*\.\s*${NAME})*`;

const LOAD_CSV = /\bLOAD\s+CSV\b|\bLoadCSV\b/i;
const IN_TRANSACTIONS = /\}\s*IN\b[^{}[\];]*?\bTRANSACTIONS\b|\bTransaction(?:Foreach|Apply)\b/i;
const SHOW_COMMAND =
  /\bSHOW\s+(?:[A-Z]+\s+){0,3}?(?:TRANSACTIONS?|USERS?|SETTINGS?|PROCEDURES?|FUNCTIONS?|INDEX(?:ES)?|CONSTRAINTS?|DATABASES?|ROLES?|PRIVILEGES?|SERVERS?|ALIAS(?:ES)?)\b/i;
const TERMINATE = /\bTERMINATE\s+TRANSACTIONS?\b/i;
/** A call printed as Cypher (`CALL db.labels(`) or as the planner's `ResolvedCall(db.labels() :: …`. */
const CALLS = [
  new RegExp(String.raw`\bCALL\s+(${QUALIFIED})\s*\(`, 'giu'),
  new RegExp(String.raw`\b(?:Resolved|Unresolved)Call\s*\(\s*(${QUALIFIED})\s*\(`, 'gu'),
];
const USE = new RegExp(String.raw`\bUSE\s+(${QUALIFIED})`, 'giu');
/** Words that may follow a variable named `use` in an expression: `use AS x`, `use IN list`. */
const AFTER_VARIABLE = new Set(
  'AS AND OR XOR IN IS CONTAINS STARTS ENDS WHEN THEN ELSE END ASC DESC ASCENDING DESCENDING'.split(' '),
);

/** `db`.`labels` and db . labels both name db.labels. */
function plainName(qualified: string): string {
  return qualified
    .split(/\s*\.\s*/)
    .map((part) => (part.startsWith('`') ? part.slice(1, -1).replace(/``/g, '`') : part))
    .join('.');
}

/** The refusal for what `text` (an argument of a plan operator) names, or null. */
export function planTextRefusal(text: string, database: string): Refusal | null {
  if (LOAD_CSV.test(text)) return refusals.loadCsv();
  if (IN_TRANSACTIONS.test(text)) return refusals.inTransactions();
  const show = SHOW_COMMAND.exec(text);
  if (show) return refusals.show(show[0].replace(/\s+/g, ' ').toUpperCase());
  if (TERMINATE.test(text)) return refusals.terminate();
  for (const pattern of CALLS) {
    for (const match of text.matchAll(pattern)) {
      const refusal = procedureRefusal(plainName(match[1]!));
      if (refusal) return refusal;
    }
  }
  for (const match of text.matchAll(USE)) {
    const target = match[1]!;
    if (!target.startsWith('`') && AFTER_VARIABLE.has(target.toUpperCase())) continue;
    const name = plainName(target);
    if (name.toLowerCase() !== database.toLowerCase()) return refusals.use(name, database);
  }
  return null;
}
