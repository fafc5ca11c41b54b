// The read-only guards every query of the explorer's API passes before it runs. In order, each able to
// refuse on its own:
//   1. the statement check: refuses writes, LOAD CSV, SHOW/TERMINATE, admin commands, USE, IN TRANSACTIONS,
//      procedures off the allowlist and plugin functions, by reading the statement's tokens as Neo4j reads
//      them (\u escapes, Cypher's whitespace; ../../shared/cypherLexer.ts);
//   2. the plan check: EXPLAIN in a READ transaction; the planned query type must be 'r' and neither the
//      plan's operators nor the text of their arguments (where subqueries inside expressions are kept)
//      may name any of the above, nor another database. A text it found read-only is remembered
//      (verdictCache.ts, where the safety review is), so the same text sent again is not planned again.
// The service then adds the last layers: a READ transaction (Neo4j refuses writes in it), a timeout and a
// row cap.
import type { QueryGuard } from '../api/query';
import { toDriverParams } from '../api/query';
import { checkPlan } from './plan';
import { checkStatement } from './statement';
import { mayRememberVerdict, ReadVerdictCache } from './verdictCache';

export const statementGuard: QueryGuard = (request, service) =>
  checkStatement(request.cypher, service.database);

export const planGuard: QueryGuard = async (request, service) => {
  const outcome = await service.explain(request.cypher, toDriverParams(request.params ?? {}));
  // A query Neo4j cannot plan (a syntax error, an unknown procedure) is not run; its message is the answer.
  if (!outcome.ok) return outcome.error;
  return checkPlan(outcome.queryType, outcome.plan, service.database);
};

/** The plan check, skipped for a text it already found read-only on the same database. */
export function rememberingPlanGuard(cache: ReadVerdictCache): QueryGuard {
  return async (request, service) => {
    if (cache.isRead(service.database, request.cypher)) return null;
    const refusal = await planGuard(request, service);
    if (refusal === null && mayRememberVerdict(request.cypher)) {
      cache.rememberRead(service.database, request.cypher);
    }
    return refusal;
  };
}

/** The read-only guards of one API, with a verdict cache of their own. */
export function readOnlyGuards(cache = new ReadVerdictCache()): readonly QueryGuard[] {
  return [statementGuard, rememberingPlanGuard(cache)];
}

export { ALLOWED_PROCEDURES, REFUSED } from './rules';
export { ReadVerdictCache } from './verdictCache';
