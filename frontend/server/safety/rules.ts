// What the explorer lets a query do beyond reading the graph, and the one-line refusals both safety layers
// (the statement check and the plan check) give, so a refusal reads the same whichever layer caught it.
import type { QueryError } from '../../shared/api';

/** Read-only procedures the explorer itself needs: schema for the editor's completion, full-text search. */
export const ALLOWED_PROCEDURES: readonly string[] = [
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
];

/** Namespaces of Cypher's own functions (point.distance, date.truncate, vector.similarity.cosine…).
 * Any other namespaced function is a plugin's, and plugins are not the explorer's to call. */
export const BUILTIN_FUNCTION_NAMESPACES: readonly string[] = [
  'point',
  'date',
  'datetime',
  'localdatetime',
  'localtime',
  'time',
  'duration',
  'vector',
];

export const REFUSED = 'Explorer.Refused';

export type Refusal = QueryError & { code: typeof REFUSED };

/** Names from the query may hold line breaks or controls; a refusal stays one printable line. */
// eslint-disable-next-line no-control-regex -- the controls are what it removes
const oneLine = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');

function refuse(message: string, hint?: string): Refusal {
  return hint
    ? { code: REFUSED, message: oneLine(message), hint: oneLine(hint) }
    : { code: REFUSED, message: oneLine(message) };
}

const READ_ONLY_HINT = 'The explorer only reads the graph; use a MATCH … RETURN query.';

export const refusals = {
  write: (what: string) => refuse(`Refused: ${what} would change the database; the explorer only reads.`),
  schema: (what: string) =>
    refuse(`Refused: ${what} would change the database schema; the explorer only reads.`, READ_ONLY_HINT),
  admin: (what: string) =>
    refuse(`Refused: ${what} is an administration command, which the explorer does not run.`, READ_ONLY_HINT),
  loadCsv: () =>
    refuse('Refused: LOAD CSV reads files and URLs; the explorer only reads the graph.', READ_ONLY_HINT),
  show: (what: string) =>
    refuse(`Refused: ${what} describes the server, not the graph; the explorer does not run SHOW commands.`),
  terminate: () => refuse('Refused: TERMINATE stops other transactions; the explorer does not run it.'),
  use: (target: string, database: string) =>
    refuse(
      `Refused: USE ${target} selects another database; the explorer queries only "${database}".`,
      'Remove the USE clause.',
    ),
  inTransactions: () =>
    refuse(
      'Refused: CALL { … } IN TRANSACTIONS commits in batches of its own; the explorer runs each query in one read transaction.',
      'Remove IN TRANSACTIONS.',
    ),
  dbmsProcedure: (name: string) =>
    refuse(
      `Refused: ${name} is a dbms procedure that administers the server; the explorer does not call it.`,
    ),
  procedure: (name: string) =>
    refuse(
      `Refused: the procedure ${name} is not one the explorer allows (${ALLOWED_PROCEDURES.join(', ')}).`,
    ),
  fn: (name: string) =>
    refuse(`Refused: ${name} is not one of Cypher's built-in functions; the explorer allows only those.`),
  prefix: (word: string) =>
    refuse(
      `Refused: the explorer plans and runs every query itself, so it does not take ${word} in front of one.`,
      `Remove ${word} and send the query alone.`,
    ),
  badEscape: (escape: string) =>
    refuse(
      `Refused: "${escape}" is not a \\u escape Neo4j can read (it needs four hexadecimal digits).`,
      'Write the character itself, or \\\\u to mean a backslash and a u.',
    ),
  plannedWrite: (operators: string[]) =>
    refuse(
      `Refused: this query would change the database${operators.length ? ` (Neo4j plans ${operators.join(', ')})` : ''}; the explorer only reads.`,
      READ_ONLY_HINT,
    ),
  plannedSchema: (operator: string) =>
    refuse(
      `Refused: this query would change the database schema (Neo4j plans ${operator}); the explorer only reads.`,
      READ_ONLY_HINT,
    ),
  notReadOnly: (queryType: string) =>
    refuse(`Refused: Neo4j plans this query as "${queryType}", not read-only; the explorer only reads.`),
};

export function isAllowedProcedure(name: string): boolean {
  return ALLOWED_PROCEDURES.includes(name);
}

/** The refusal for calling `name`, or null when it is allowed. Case matters to Neo4j, so it does here. */
export function procedureRefusal(name: string): Refusal | null {
  if (isAllowedProcedure(name)) return null;
  if (/^dbms\./i.test(name)) return refusals.dbmsProcedure(name);
  return refusals.procedure(name);
}
