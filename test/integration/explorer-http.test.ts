// The explorer's server against hostile HTTP, over the seed article in the real test Neo4j, with the
// server in a process of its own (so a crash would show, and its memory is read from outside): every
// malformed request gets a 4xx and one line of reason and the server answers afterwards; a Host name it
// does not know (DNS rebinding) gets 421 on every route; answers too large for memory come back
// truncated while the server's resident memory stays under 400 MB; beyond the concurrency limit a query
// gets 503 Explorer.Busy; and the database is unchanged throughout.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueryResponse, StatusResponse } from '../../frontend/shared/api';
import { ingestFiles } from '../../ingest';
import {
  postQuery,
  rawRequest,
  startApiServer,
  startChildServer,
  type ApiServer,
  type ChildServer,
  type RawResponse,
} from '../support/explorerApi';
import { testConfig } from '../support/neo4j';
import { clearDatabase, query, snapshot, testDriver, type GraphSnapshot } from './graph-snapshot';

const SEED = 'data/articles/seed-article.txt';
const CONFIGURED_HOST = 'explorer.test';
/** Counts 137^5 rows on the seed graph: runs until its timeout unless cancelled. */
const FOREVER = 'MATCH (a), (b), (c), (d), (e) WHERE a.id < b.id AND c.id <> e.id RETURN count(*) AS n';

let driver: Driver;
let child: ChildServer;
let before: GraphSnapshot;

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  await ingestFiles({ files: [SEED], config: testConfig() });
  before = await snapshot(driver);
  child = await startChildServer({ allowedHosts: [CONFIGURED_HOST] });
});

afterAll(async () => {
  await child?.close();
  await driver?.close();
});

/** A raw request to the child server: `head` is the request line and headers, without the blank line. */
function send(head: string, body = ''): Promise<RawResponse> {
  const withHost = /\r\nHost:/i.test(head) ? head : `${head}\r\nHost: 127.0.0.1:${child.port}`;
  const length = body === '' ? '' : `\r\nContent-Length: ${Buffer.byteLength(body)}`;
  return rawRequest(child.port, `${withHost}${length}\r\nConnection: close\r\n\r\n${body}`);
}

function jsonPost(path: string, body: string, type = 'application/json'): Promise<RawResponse> {
  return send(`POST ${path} HTTP/1.1\r\nContent-Type: ${type}`, body);
}

/** The one-line reason of a refusal: JSON {error: {code, message}} on /api, plain text elsewhere. */
function reason(response: RawResponse, api: boolean): { code?: string; message: string } {
  if (!api) {
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    return { message: response.body.trim() };
  }
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  const { error } = JSON.parse(response.body) as { error: { code: string; message: string } };
  return error;
}

interface Malformed {
  name: string;
  send: () => Promise<RawResponse>;
  status: number;
  api: boolean;
  says: RegExp;
}

const deepParams = `{"cypher":"RETURN $p AS p","params":{"p":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
const manyParams = JSON.stringify({
  cypher: 'RETURN 1',
  params: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`p${i}`, i])),
});

const MALFORMED: Malformed[] = [
  { name: 'GET /%', send: () => send('GET /% HTTP/1.1'), status: 400, api: false, says: /percent-encoding/ },
  { name: 'GET //[', send: () => send('GET //[ HTTP/1.1'), status: 400, api: false, says: /empty segment/ },
  {
    name: 'a truncated UTF-8 escape',
    send: () => send('GET /%E0%A4%A HTTP/1.1'),
    status: 400,
    api: false,
    says: /percent-encoding/,
  },
  {
    name: 'an escaping path',
    send: () => send('GET /..%2f..%2fetc/passwd HTTP/1.1'),
    status: 400,
    api: false,
    says: /\.\. segment/,
  },
  {
    name: 'an encoded NUL byte',
    send: () => send('GET /index.html%00.js HTTP/1.1'),
    status: 400,
    api: false,
    says: /control character/,
  },
  {
    name: 'a raw NUL byte in the request line',
    send: () => send('GET /a\u0000b HTTP/1.1'),
    status: 400,
    api: false,
    says: /not valid HTTP/,
  },
  {
    name: 'a malformed API path',
    send: () => send('GET /api/%zz HTTP/1.1'),
    status: 400,
    api: true,
    says: /percent-encoding/,
  },
  {
    name: 'a request line that is not HTTP',
    send: () => rawRequest(child.port, 'HELLO\r\n\r\n'),
    status: 400,
    api: false,
    says: /not valid HTTP/,
  },
  {
    name: 'no Host header',
    send: () => rawRequest(child.port, 'GET /api/status HTTP/1.1\r\nConnection: close\r\n\r\n'),
    status: 400,
    api: false,
    says: /Missing host header/,
  },
  {
    name: 'headers of 64 KB',
    send: () => send(`GET /api/status HTTP/1.1\r\nX-Padding: ${'a'.repeat(64 * 1024)}`),
    status: 431,
    api: false,
    says: /headers are too large/,
  },
  {
    name: 'bad JSON',
    send: () => jsonPost('/api/query', '{"cypher": "RETURN 1",'),
    status: 400,
    api: true,
    says: /not JSON/,
  },
  {
    name: 'JSON of the wrong shape',
    send: () => jsonPost('/api/query', '{"cypher": 42}'),
    status: 400,
    api: true,
    says: /Expected \{"cypher": string/,
  },
  {
    name: 'a form post',
    send: () => jsonPost('/api/query', 'cypher=RETURN+1', 'application/x-www-form-urlencoded'),
    status: 415,
    api: true,
    says: /application\/json/,
  },
  {
    name: 'GET /api/query',
    send: () => send('GET /api/query HTTP/1.1'),
    status: 405,
    api: true,
    says: /Use POST/,
  },
  {
    name: 'DELETE /api/status',
    send: () => send('DELETE /api/status HTTP/1.1'),
    status: 405,
    api: true,
    says: /Use GET/,
  },
  {
    name: 'PUT on the app',
    send: () => send('PUT /index.html HTTP/1.1', 'x'),
    status: 405,
    api: false,
    says: /Only GET and HEAD/,
  },
  {
    name: 'an unknown API route',
    send: () => send('GET /api/graph HTTP/1.1'),
    status: 404,
    api: true,
    says: /No such API route/,
  },
  {
    name: 'a body of 1 MB',
    send: () =>
      jsonPost('/api/query', JSON.stringify({ cypher: 'RETURN 1', params: { p: 'x'.repeat(1 << 20) } })),
    status: 413,
    api: true,
    says: /over 256 KB/,
  },
  {
    name: 'a chunked body of 1 MB',
    send: () =>
      rawRequest(
        child.port,
        `POST /api/query HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
          `Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n` +
          `100000\r\n${'x'.repeat(0x100000)}\r\n0\r\n\r\n`,
      ),
    status: 413,
    api: true,
    says: /over 256 KB/,
  },
  {
    name: '100,000 nested arrays as a parameter',
    send: () => jsonPost('/api/query', deepParams),
    status: 400,
    api: true,
    says: /nests deeper than 32 levels/,
  },
  {
    name: '101 parameters',
    send: () => jsonPost('/api/query', manyParams),
    status: 400,
    api: true,
    says: /at most 100 parameters/,
  },
];

describe('malformed requests', () => {
  for (const malformed of MALFORMED) {
    it(`${malformed.name}: ${malformed.status} with a one-line reason`, async () => {
      const response = await malformed.send();
      expect(response.status).toBe(malformed.status);
      const { message } = reason(response, malformed.api);
      expect(message).toMatch(malformed.says);
      expect(message).not.toContain('\n');
      expect(response.body).not.toMatch(/\n\s+at /);
    });
  }

  it('leave the server running and answering', async () => {
    expect(child.alive()).toBe(true);
    const response = await fetch(`${child.url}/api/status`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as StatusResponse;
    expect(body.connected).toBe(true);
  });
});

describe('the Host allowlist', () => {
  const withHost = (host: string, path: string, extra = '') =>
    send(`GET ${path} HTTP/1.1\r\nHost: ${host}${extra}`);

  it('answers a rebinding name with 421 and no data, on the API and on the app', async () => {
    const evil = `rebind.evil.example:${child.port}`;
    const origin = `\r\nOrigin: http://${evil}`;
    for (const path of ['/api/status', '/api/queries', '/', '/index.html']) {
      const response = await withHost(evil, path, origin);
      expect(response.status, path).toBe(421);
      expect(reason(response, path.startsWith('/api')).message).toMatch(/answers only its own host names/);
      expect(response.body).not.toMatch(/nodes|relationships|Zelenskiy/);
    }
    const post = await send(
      `POST /api/query HTTP/1.1\r\nHost: ${evil}${origin}\r\nContent-Type: application/json`,
      JSON.stringify({ cypher: 'MATCH (n) RETURN n' }),
    );
    expect(post.status).toBe(421);
    expect(post.body).not.toContain('elementId');
  });

  it('answers loopback names and a name from ALLOWED_HOSTS', async () => {
    for (const host of [
      `localhost:${child.port}`,
      `127.0.0.1:${child.port}`,
      `[::1]:${child.port}`,
      `app.localhost:${child.port}`,
      `${CONFIGURED_HOST}:${child.port}`,
    ]) {
      const response = await withHost(host, '/api/status');
      expect(response.status, host).toBe(200);
      expect((JSON.parse(response.body) as StatusResponse).connected).toBe(true);
    }
  });

  it("refuses another site's page on the API (Origin)", async () => {
    const response = await send(
      `POST /api/query HTTP/1.1\r\nOrigin: http://evil.example\r\nContent-Type: application/json`,
      JSON.stringify({ cypher: 'RETURN 1' }),
    );
    expect(response.status).toBe(403);
    expect(reason(response, true).code).toBe('Explorer.Forbidden');
  });
});

describe('answers too large for memory', () => {
  const LARGE = [
    'UNWIND range(1, 5000) AS i RETURN range(1, 20000) AS l',
    'UNWIND range(1, 5000) AS i RETURN range(1, 100000) AS l',
  ];

  it('come back truncated at 16 MB while the server stays under 400 MB', { timeout: 120_000 }, async () => {
    const idle = await child.rssMb();
    let peak = idle;
    const sampler = setInterval(() => {
      child.rssMb().then(
        (mb) => (peak = Math.max(peak, mb)),
        () => undefined,
      );
    }, 50);
    const answers: QueryResponse[] = [];
    try {
      for (const cypher of LARGE) answers.push(await postQuery(child.url, cypher));
    } finally {
      clearInterval(sampler);
    }
    peak = Math.max(peak, await child.rssMb());
    for (const answer of answers) {
      expect(answer.status, answer.error?.message).toBe('truncated');
      expect(answer.truncation?.reason).toBe('bytes');
      expect(answer.truncation?.message).toMatch(/16 MB cap/);
      expect(answer.rows.length).toBeGreaterThan(0);
      expect(answer.rows.length).toBeLessThan(5000);
      expect(Buffer.byteLength(JSON.stringify(answer.rows))).toBeLessThanOrEqual(16 * 1024 * 1024);
    }
    console.log(
      `child server RSS: ${idle.toFixed(0)} MB idle, ${peak.toFixed(0)} MB at most; rows: ` +
        answers.map((a) => a.rows.length).join(', '),
    );
    expect(peak).toBeLessThan(400);
    expect(child.alive()).toBe(true);
  });

  it('leaves out a row whose one value is over the cap for a value, saying so', async () => {
    const answer = await postQuery(child.url, 'RETURN 1 AS i, range(1, 1000000) AS l');
    expect(answer.status).toBe('truncated');
    expect(answer.rows).toEqual([]);
    expect(answer.truncation?.reason).toBe('value');
    expect(answer.truncation?.message).toMatch(/over the 4 MB cap for one value/);
  });

  it(
    'stops a single giant value at its timeout, answering others meanwhile',
    { timeout: 120_000 },
    async () => {
      // The driver decodes this 30-million-item list for minutes; it does so in the query worker, which
      // is terminated at the query's timeout while the server's own thread goes on answering.
      let peak = await child.rssMb();
      const sampler = setInterval(() => {
        child.rssMb().then(
          (mb) => (peak = Math.max(peak, mb)),
          () => undefined,
        );
      }, 50);
      const order: string[] = [];
      try {
        const giant = postQuery(child.url, 'RETURN range(1, 30000000) AS l').then((answer) => {
          order.push('giant');
          return answer;
        });
        const statusWhileRunning = await fetch(`${child.url}/api/status`);
        order.push('status');
        expect(statusWhileRunning.status).toBe(200);
        const answer = await giant;
        expect(['timed-out', 'error']).toContain(answer.status);
        expect(answer.error?.message).toMatch(
          /did not finish within 10 s|more memory than the explorer allows/,
        );
        expect(order).toEqual(['status', 'giant']);
      } finally {
        clearInterval(sampler);
      }
      console.log(`child server RSS during a 30-million-item value: ${peak.toFixed(0)} MB at most`);
      expect(child.alive()).toBe(true);
    },
  );

  it('still answers a query of ordinary size afterwards', async () => {
    const answer = await postQuery(child.url, 'MATCH (a:Actor) RETURN a.name AS name ORDER BY name LIMIT 3');
    expect(answer.status).toBe('complete');
    expect(answer.rows).toHaveLength(3);
  });
});

describe('the concurrency limit', () => {
  let small: ApiServer;
  beforeAll(async () => {
    small = await startApiServer({ gate: { running: 1, queued: 1 } });
  });
  afterAll(async () => {
    await small?.close();
  });

  async function runningWith(marker: string): Promise<number> {
    const found = await query(
      driver,
      `SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker
       AND NOT currentQuery STARTS WITH 'SHOW' RETURN currentQuery`,
      { marker },
    );
    return found.length;
  }

  it(
    'answers 503 Explorer.Busy beyond its queue, and answers again afterwards',
    { timeout: 60_000 },
    async () => {
      const marker = `busy-${Date.now()}`;
      const controller = new AbortController();
      const slow = (i: number) =>
        postQuery(small.server.url, `${FOREVER} // ${marker}-${i}`, {}, { signal: controller.signal }).catch(
          (err: unknown) => err,
        );
      const first = slow(0);
      await expect.poll(() => runningWith(marker), { timeout: 10_000, interval: 100 }).toBe(1);
      const busy: QueryResponse[] = [];
      const others = [1, 2, 3].map((i) =>
        fetch(`${small.server.url}/api/query`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ cypher: `${FOREVER} // ${marker}-${i}` }),
          signal: controller.signal,
        }).then(
          async (response) => {
            if (response.status === 503) busy.push((await response.json()) as QueryResponse);
            return response.status;
          },
          (err: unknown) => err,
        ),
      );
      // One waits in the queue; the two beyond it are turned away at once.
      await expect.poll(() => busy.length, { timeout: 10_000, interval: 50 }).toBe(2);
      for (const body of busy) {
        expect(body.error?.code).toBe('Explorer.Busy');
        expect(body.error?.message).not.toContain('\n');
      }
      controller.abort();
      await Promise.all([first, ...others]);
      expect(busy).toHaveLength(2);
      await expect.poll(() => runningWith(marker), { timeout: 10_000, interval: 100 }).toBe(0);
      const after = await small.query('RETURN 1 AS one');
      expect(after.status).toBe('complete');
      expect((await fetch(`${small.server.url}/api/status`)).status).toBe(200);
    },
  );
});

describe('afterwards', () => {
  it('the database is exactly as it was', async () => {
    expect(await snapshot(driver)).toEqual(before);
    expect(child.alive()).toBe(true);
    expect((await fetch(`${child.url}/api/status`)).status).toBe(200);
  });
});
