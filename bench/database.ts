// Emptying the bench's own database (bench/run.ts), shared by every suite. Deleting in batches keeps each
// transaction under the database's memory caps (db/neo4j.conf): a suite may start on what a 1,000-article
// corpus or a 100,000-node graph left behind. Each deleted node costs its transaction far more memory than
// its size (its index entries go too): batches of 1,000 nodes went over 128 MB here, 400 did not.
import type { Driver } from 'neo4j-driver';

/** Deletes every node (or, with `idPrefix`, those whose id starts with it) and its relationships. */
export async function clearDatabase(driver: Driver, database: string, idPrefix?: string): Promise<void> {
  const where = idPrefix === undefined ? '' : 'WHERE n.id STARTS WITH $idPrefix';
  const session = driver.session({ database });
  try {
    await session.run(`MATCH (n) ${where} CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 200 ROWS`, {
      idPrefix: idPrefix ?? null,
    });
  } finally {
    await session.close();
  }
}
