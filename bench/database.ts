// Emptying the bench's own database (bench/run.ts), shared by every suite. Deleting in batches keeps each
// transaction under the database's memory cap per transaction (db/neo4j.conf): a suite may start on what a
// 1,000-article corpus run left behind.
import type { Driver } from 'neo4j-driver';

/** Deletes every node (or, with `idPrefix`, those whose id starts with it) and its relationships. */
export async function clearDatabase(driver: Driver, database: string, idPrefix?: string): Promise<void> {
  const where = idPrefix === undefined ? '' : 'WHERE n.id STARTS WITH $idPrefix';
  const session = driver.session({ database });
  try {
    await session.run(`MATCH (n) ${where} CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS`, {
      idPrefix: idPrefix ?? null,
    });
  } finally {
    await session.close();
  }
}
