// The second safety layer: what Neo4j itself planned for the query (EXPLAIN, which runs nothing). The
// planned query type must be read-only ('r'), and the plan must not contain what a READ transaction still
// lets through: LOAD CSV, SHOW and TERMINATE commands, CALL { … } IN TRANSACTIONS, procedures off the
// allowlist, or an operator on another database (a USE clause). Both the operators and the text of every
// argument count: a subquery inside an expression is planned as text, not as operators (planText.ts).
import { planTextRefusal } from './planText';
import { procedureRefusal, refusals, type Refusal } from './rules';

/** The parts of the driver's `Plan` this check reads (structural, so tests can hand it fixtures). */
export interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

interface Operator {
  /** e.g. "ProcedureCall", without the "@database" suffix. */
  name: string;
  database: string | null;
  details: string;
  /** Every string among the operator's arguments, however deeply nested (Details among them). */
  texts: string[];
}

/** The strings inside an argument value: plain strings, and those in arrays and objects. */
function strings(value: unknown, out: string[] = [], depth = 0): string[] {
  if (typeof value === 'string') out.push(value);
  else if (depth < 16 && Array.isArray(value)) for (const item of value) strings(item, out, depth + 1);
  else if (depth < 16 && value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) strings(item, out, depth + 1);
  }
  return out;
}

const WRITE_OPERATOR = /^(Create|Merge|LockingMerge|Set|Remove|Delete|DetachDelete|Foreach|SubqueryForeach)/;

function operators(plan: PlanNode): Operator[] {
  const out: Operator[] = [];
  const walk = (node: PlanNode) => {
    const at = node.operatorType.lastIndexOf('@');
    const details = node.arguments.Details;
    out.push({
      name: at === -1 ? node.operatorType : node.operatorType.slice(0, at),
      database: at === -1 ? null : node.operatorType.slice(at + 1),
      details: typeof details === 'string' ? details : '',
      texts: strings(node.arguments),
    });
    for (const child of node.children) walk(child);
  };
  walk(plan);
  return out;
}

/** The refusal for a query Neo4j planned as `queryType` with `plan`, or null when it only reads. */
export function checkPlan(queryType: string, plan: PlanNode | null, database: string): Refusal | null {
  const ops = plan ? operators(plan) : [];
  const elsewhere = ops.find(
    (op) => op.database !== null && op.database.toLowerCase() !== database.toLowerCase(),
  );
  if (elsewhere) return refusals.use(elsewhere.database ?? '', database);
  const admin = ops.find((op) => op.name === 'AdministrationCommand');
  if (admin) return refusals.admin(admin.details || 'this query');
  if (ops.some((op) => op.name === 'LoadCSV')) return refusals.loadCsv();
  const show = ops.find((op) => op.name.startsWith('Show'));
  if (show) return refusals.show(`SHOW ${show.name.slice(4).toUpperCase()}`);
  if (ops.some((op) => op.name.startsWith('Terminate'))) return refusals.terminate();
  if (ops.some((op) => op.name === 'TransactionForeach' || op.name === 'TransactionApply')) {
    return refusals.inTransactions();
  }
  for (const op of ops) {
    if (op.name !== 'ProcedureCall') continue;
    // Details read like "db.labels() :: (label :: STRING)".
    const name = /^\s*([^\s(]+)\s*\(/.exec(op.details)?.[1] ?? op.details;
    const refusal = procedureRefusal(name);
    if (refusal) return refusal;
  }
  for (const op of ops) {
    for (const text of op.texts) {
      const refusal = planTextRefusal(text, database);
      if (refusal) return refusal;
    }
  }
  return queryTypeRefusal(queryType, ops);
}

/** Refuses what Neo4j itself does not plan as a read ('r'). */
function queryTypeRefusal(queryType: string, ops: Operator[]): Refusal | null {
  if (queryType === 'r') return null;
  if (queryType === 's') {
    const what = ops.find((op) => op.name !== 'ProduceResults' && op.name !== 'EmptyResult');
    return refusals.plannedSchema(what ? what.name : 'a schema command');
  }
  const writes = [...new Set(ops.map((op) => op.name).filter((name) => WRITE_OPERATOR.test(name)))];
  if (queryType === 'w' || queryType === 'rw') {
    return refusals.plannedWrite(writes);
  }
  return refusals.notReadOnly(queryType);
}
