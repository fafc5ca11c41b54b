// Connection settings read from the environment (README.md, "Configuration"), with the local database's defaults. The local
// database's password is its own random one, kept in its data folder (db/password.ts); NEO4J_PASSWORD overrides
// it, and any other database needs it.
import { localBoltPort, localDataDir } from './local';
import { localPassword } from './password';

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export const DEFAULT_URI = 'bolt://127.0.0.1:7687';

/** Settings from NEO4J_*; throws a one-line Error when a database other than the local one has no password. */
export function neo4jConfig(env: NodeJS.ProcessEnv = process.env): Neo4jConfig {
  const uri = env.NEO4J_URI ?? DEFAULT_URI;
  return {
    uri,
    user: env.NEO4J_USER ?? 'neo4j',
    password: env.NEO4J_PASSWORD || localDatabasePassword(uri, env),
    database: env.NEO4J_DATABASE ?? 'neo4j',
  };
}

// Read from (or, on first use, made in) the data folder of the local instance the URI names.
function localDatabasePassword(uri: string, env: NodeJS.ProcessEnv): string {
  const port = localBoltPort(uri);
  if (port === undefined) {
    throw new Error(
      `NEO4J_PASSWORD is not set; ${uri} is not the local database, so set it to that database's password`,
    );
  }
  return localPassword(localDataDir(port, env));
}
