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

/**
 * A statement's parameters as one map, `$p`. Neo4j keeps a plan per statement and per the types of its
 * parameters, and an empty list's type is not a full one's: a statement with several lists that are
 * sometimes empty was planned again for each mix of them, up to a second or more each on a Neo4j just
 * started. A map's type is always the same.
 */
export function inOneMap<T extends Record<string, unknown>>(params: T): { p: T } {
  return { p: params };
}
