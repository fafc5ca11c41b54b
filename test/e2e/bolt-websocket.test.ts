// What a hostile web page can do with the local database: Neo4j's Bolt port takes WebSocket connections from
// any origin, so a page served from elsewhere can load neo4j-driver's browser build and try to log in. Only the
// password stops it: the old published default and an empty password are refused, and the same page with the
// real password gets in (so the refusals are the password's doing, not a closed channel).
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { testConfig } from '../support/neo4j';

const DRIVER_BUILD = fileURLToPath(
  new URL('../../node_modules/neo4j-driver/lib/browser/neo4j-web.min.js', import.meta.url),
);
const PAGE = '<!doctype html><title>elsewhere</title><script src="/neo4j-web.min.js"></script>';

const config = testConfig();
let server: Server;
let pageOrigin: string;
let browser: Browser;
let page: Page;
/** Every WebSocket the page opened. */
const websockets: string[] = [];

/** A site on another origin than the database: a blank page and the driver's browser build. */
async function startPageServer(): Promise<Server> {
  const driverBuild = await readFile(DRIVER_BUILD);
  const pages = createServer((request, response) => {
    if (request.url === '/neo4j-web.min.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(driverBuild);
    } else if (request.url === '/') {
      response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
  return pages;
}

interface Attempt {
  outcome: 'accepted' | 'refused';
  /** The query's answer, or the error's code. */
  detail: string;
}

/** Inside the page: log in over Bolt (a WebSocket in the browser) and run one query. */
function tryLogin(target: { uri: string; user: string; password: string | null }): Promise<Attempt> {
  return page.evaluate(async ({ uri, user, password }) => {
    type Neo4j = typeof import('neo4j-driver').default;
    const driverModule = (window as unknown as { neo4j: Neo4j }).neo4j;
    const auth =
      password === null
        ? ({ scheme: 'none' } as ReturnType<Neo4j['auth']['basic']>)
        : driverModule.auth.basic(user, password);
    const driver = driverModule.driver(uri, auth, { connectionTimeout: 10_000 });
    try {
      const { records } = await driver.executeQuery('RETURN 1 AS one');
      return { outcome: 'accepted' as const, detail: String(records[0]?.get('one')) };
    } catch (error) {
      return { outcome: 'refused' as const, detail: String((error as { code?: string }).code) };
    } finally {
      await driver.close();
    }
  }, target);
}

beforeAll(async () => {
  server = await startPageServer();
  pageOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('websocket', (socket) => websockets.push(socket.url()));
  await page.goto(`${pageOrigin}/`);
  await page.waitForFunction(() => 'neo4j' in window);
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('a page on another origin reaching Bolt over WebSocket', () => {
  it('is refused with the old default password, an empty password and no credentials', async () => {
    const target = { uri: `bolt://127.0.0.1:${config.port}`, user: config.user };
    const unauthorized = { outcome: 'refused', detail: 'Neo.ClientError.Security.Unauthorized' };
    expect(await tryLogin({ ...target, password: 'explorer-local' })).toEqual(unauthorized);
    expect(await tryLogin({ ...target, password: '' })).toEqual(unauthorized);
    expect(await tryLogin({ ...target, password: null })).toEqual(unauthorized);
  });

  it('gets in with the real password: the channel is open and the secret alone guards it', async () => {
    expect(
      await tryLogin({
        uri: `bolt://127.0.0.1:${config.port}`,
        user: config.user,
        password: config.password,
      }),
    ).toEqual({ outcome: 'accepted', detail: '1' });
    expect(websockets).toContain(`ws://127.0.0.1:${config.port}/`);
  });
});
