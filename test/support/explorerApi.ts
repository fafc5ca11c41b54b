// The explorer's JSON API as the browser calls it, for integration tests: a real server on a free port over
// the test database (no built app needed), and fetch helpers that send exactly what the browser sends.
// Also: the same server in a child process (to read its memory from outside), and raw HTTP/1.1 over a
// socket, for requests that fetch would refuse to send or would tidy up first.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { JsonValue, QueryResponse, SavedQueriesResponse } from '../../frontend/shared/api';
import {
  startExplorerServer,
  type ExplorerServer,
  type ExplorerServerOptions,
} from '../../frontend/server/server';
import { testConfig } from './neo4j';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ApiServer {
  server: ExplorerServer;
  query(
    cypher: string,
    params?: Record<string, JsonValue>,
    init?: { signal?: AbortSignal },
  ): Promise<QueryResponse>;
  savedQueries(): Promise<SavedQueriesResponse>;
  close(): Promise<void>;
}

/** Starts the explorer server on a free port; `close` stops it and removes its empty dist folder. */
export async function startApiServer(options: Partial<ExplorerServerOptions> = {}): Promise<ApiServer> {
  const distDir = await mkdtemp(join(tmpdir(), 'explorer-api-'));
  const server = await startExplorerServer({ neo4j: testConfig(), port: 0, distDir, ...options });
  return {
    server,
    query: (cypher, params = {}, init = {}) => postQuery(server.url, cypher, params, init),
    async savedQueries() {
      const response = await fetch(`${server.url}/api/queries`);
      return (await response.json()) as SavedQueriesResponse;
    },
    async close() {
      await server.close();
      await rm(distDir, { recursive: true, force: true });
    },
  };
}

/** POST /api/query as the browser sends it. */
export async function postQuery(
  baseUrl: string,
  cypher: string,
  params: Record<string, JsonValue> = {},
  init: { signal?: AbortSignal } = {},
): Promise<QueryResponse> {
  const response = await fetch(`${baseUrl}/api/query`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ cypher, params }),
    signal: init.signal,
  });
  return (await response.json()) as QueryResponse;
}

export interface ChildServer {
  url: string;
  port: number;
  /** The server's own process (node itself, not a wrapper). */
  pid: number;
  /** Resident memory of the server's process now, in MB (VmRSS of /proc/<pid>/status). */
  rssMb(): Promise<number>;
  /** Whether the process is still running. */
  alive(): boolean;
  close(): Promise<void>;
}

/** Starts the explorer server in a child process (test/support/explorer-child.ts) on a free port. */
export async function startChildServer(options: Partial<ExplorerServerOptions> = {}): Promise<ChildServer> {
  const distDir = await mkdtemp(join(tmpdir(), 'explorer-child-'));
  const serverOptions: ExplorerServerOptions = { neo4j: testConfig(), port: 0, distDir, ...options };
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'test', 'support', 'explorer-child.ts')],
    {
      cwd: ROOT,
      env: { ...process.env, EXPLORER_CHILD_OPTIONS: JSON.stringify(serverOptions) },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let exited = false;
  child.once('exit', () => (exited = true));
  const first = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the explorer's child process exited (${code})`)));
  });
  const { url, port } = JSON.parse(first) as { url: string; port: number };
  const pid = child.pid!;
  return {
    url,
    port,
    pid,
    async rssMb() {
      const status = await readFile(`/proc/${pid}/status`, 'utf8');
      const kb = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
      if (!kb) throw new Error(`no VmRSS for process ${pid}`);
      return Number(kb) / 1024;
    },
    alive: () => !exited,
    async close() {
      if (!exited) {
        const gone = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await gone;
      }
      await rm(distDir, { recursive: true, force: true });
    },
  };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends `request` as raw bytes to 127.0.0.1:`port` and reads the answer until the server closes. */
export function rawRequest(port: number, request: string | Buffer): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(30_000, () => socket.destroy(new Error('no answer within 30 s')));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      try {
        resolve(parseResponse(Buffer.concat(chunks)));
      } catch (err) {
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
    socket.write(request);
  });
}

function parseResponse(bytes: Buffer): RawResponse {
  const end = bytes.indexOf('\r\n\r\n');
  if (end < 0)
    throw new Error(`not an HTTP response: ${JSON.stringify(bytes.toString('latin1').slice(0, 80))}`);
  const [statusLine = '', ...lines] = bytes.subarray(0, end).toString('latin1').split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1]);
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  let body = bytes.subarray(end + 4);
  if (headers['transfer-encoding'] === 'chunked') body = unchunk(body);
  return { status, headers, body: body.toString('utf8') };
}

function unchunk(bytes: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = bytes.indexOf('\r\n', at);
    const size = parseInt(bytes.subarray(at, lineEnd).toString('latin1'), 16);
    if (!size) return Buffer.concat(parts);
    parts.push(bytes.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
}
