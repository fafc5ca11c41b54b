// How the statements of an article's transaction reach Neo4j's planner.

/**
 * A statement that keeps the plan it was first given. Neo4j plans a statement again whenever the counts
 * it planned with have drifted far enough, which a growing corpus does over and over: a pause of tens to
 * hundreds of milliseconds in the middle of an article, for every statement of the load in turn. Each of
 * the load's statements starts from nodes found by id through a uniqueness constraint
 * (cypher/schema.cypher), which the planner chooses on an empty database as on a full one, so a first
 * plan stays a good one.
 */
export function keepPlan(query: string): string {
  return `CYPHER replan=skip\n${query}`;
}
