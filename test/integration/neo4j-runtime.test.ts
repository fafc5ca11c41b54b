// The local Neo4j runtime (db/local.ts) against the instance the global setup started: what it is, that auth is
// enforced, that starting again is a no-op, and the defensive server settings (LOAD CSV, timeout, memory).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instanceFiles, startLocalNeo4j } from '../../db/local';
import { testConfig, testDriver } from '../support/neo4j';

const config = testConfig();
let driver: Driver;

beforeAll(() => {
  driver = testDriver();
});

afterAll(async () => {
  await driver?.close();
});

async function rows(
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<Record<string, unknown>[]> {
  const { records } = await driver.executeQuery(cypher, params, { database: config.database });
  return records.map((record) => record.toObject());
}

describe('the local Neo4j', () => {
  it('is Neo4j 5.26 Community', async () => {
    expect(
      await rows('CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition'),
    ).toEqual([
      { name: 'Neo4j Kernel', versions: [expect.stringMatching(/^5\.26\.\d+$/)], edition: 'community' },
    ]);
  });

  it('refuses a wrong password and accepts the right one', async () => {
    const wrong = neo4j.driver(config.uri, neo4j.auth.basic(config.user, 'not-the-password'));
    try {
      await expect(wrong.verifyConnectivity()).rejects.toMatchObject({
        code: 'Neo.ClientError.Security.Unauthorized',
      });
    } finally {
      await wrong.close();
    }
    expect(await rows('RETURN 1 AS one')).toEqual([{ one: neo4j.int(1) }]);
  });

  it('does not ask for a password change', async () => {
    expect(await rows('SHOW CURRENT USER YIELD user, passwordChangeRequired')).toEqual([
      { user: config.user, passwordChangeRequired: false },
    ]);
  });

  it('is left alone by a second start: returns quickly with the same pid', async () => {
    const pid = Number((await readFile(instanceFiles(config.dataDir).pidFile, 'utf8')).trim());
    const began = Date.now();
    const again = await startLocalNeo4j({
      port: config.port,
      password: config.password,
      dataDir: config.dataDir,
    });
    expect(again).toMatchObject({ alreadyRunning: true, pid, uri: config.uri });
    expect(Date.now() - began).toBeLessThan(5_000);
  });

  it('listens on 127.0.0.1 only, with auth on and no HTTP', async () => {
    const settings = await rows(
      'SHOW SETTINGS YIELD name, value WHERE name IN $names RETURN name, value ORDER BY name',
      { names: ['server.bolt.listen_address', 'dbms.security.auth_enabled', 'server.http.enabled'] },
    );
    expect(settings).toEqual([
      { name: 'dbms.security.auth_enabled', value: 'true' },
      { name: 'server.bolt.listen_address', value: `127.0.0.1:${config.port}` },
      { name: 'server.http.enabled', value: 'false' },
    ]);
  });

  it('bounds every transaction in time and memory', async () => {
    const settings = await rows(
      'SHOW SETTINGS YIELD name, value WHERE name IN $names RETURN name, value ORDER BY name',
      { names: ['db.memory.transaction.max', 'db.memory.transaction.total.max', 'db.transaction.timeout'] },
    );
    expect(settings.map((s) => s.name)).toEqual([
      'db.memory.transaction.max',
      'db.memory.transaction.total.max',
      'db.transaction.timeout',
    ]);
    for (const { value } of settings) expect(value).not.toMatch(/^0\D*$/);

    // A session, not executeQuery: the driver would retry this transient error for 30 s.
    const session = driver.session({ database: config.database });
    try {
      await expect(
        session.run('UNWIND range(1, 100000000) AS x WITH collect(x) AS xs RETURN size(xs) AS n'),
      ).rejects.toMatchObject({ code: 'Neo.TransientError.General.MemoryPoolOutOfMemoryError' });
    } finally {
      await session.close();
    }
  });

  it('refuses LOAD CSV from a local file', async () => {
    const url = pathToFileURL(resolve('package.json')).href;
    await expect(rows('LOAD CSV FROM $url AS line RETURN line LIMIT 1', { url })).rejects.toThrow(
      /allow_csv_import_from_file_urls/,
    );
  });

  it('refuses LOAD CSV from a network URL', async () => {
    await expect(
      rows('LOAD CSV FROM $url AS line RETURN line LIMIT 1', { url: `http://127.0.0.1:${config.port}/` }),
    ).rejects.toThrow(/is blocked/);
  });
});
