// Connection settings read from the environment (DESIGN.md §2), with the local database's defaults.
export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export function neo4jConfig(env: NodeJS.ProcessEnv = process.env): Neo4jConfig {
  return {
    uri: env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
    user: env.NEO4J_USER ?? 'neo4j',
    password: env.NEO4J_PASSWORD ?? 'explorer-local',
    database: env.NEO4J_DATABASE ?? 'neo4j',
  };
}
