import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dataset } from '../../mock-api/dataset/model';
import type { FaultOptions } from '../../mock-api/server/faults';
import { startServer } from '../../mock-api/server/start';
import { makeApiDataset } from './api-dataset';

/** A real server on an ephemeral port with its own temporary DATA_DIR, and small HTTP helpers. */
export interface TestServer {
  url: string;
  dataDir: string;
  dataset: Dataset;
  close(): Promise<void>;
  /** A bearer token for a demo account. */
  tokenFor(accountId: string): Promise<string>;
  get(path: string, options?: { token?: string; headers?: Record<string, string> }): Promise<Response>;
  send(method: string, path: string, body: unknown, options?: { token?: string; headers?: Record<string, string> }): Promise<Response>;
}

export async function startTestServer(options: { dataset?: Dataset; faults?: FaultOptions; now?: () => Date; dataDir?: string } = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'dangjian-api-test-'));
  const dataset = options.dataset ?? makeApiDataset();
  const server = await startServer({
    port: 0,
    dataDir,
    dataset,
    tokenSecret: 'test-secret-of-at-least-32-bytes-long!!',
    ...(options.faults && { faults: options.faults }),
    ...(options.now && { now: options.now }),
  });
  const tokens = new Map<string, string>();
  const headersOf = (token?: string, extra?: Record<string, string>) => ({ ...(token && { authorization: `Bearer ${token}` }), ...extra });
  const api: TestServer = {
    url: server.url,
    dataDir,
    dataset,
    close: async () => {
      await server.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
    tokenFor: async (accountId) => {
      const cached = tokens.get(accountId);
      if (cached) return cached;
      const response = await api.send('POST', '/api/v1/session', { account: accountId });
      if (response.status !== 201) throw new Error(`sign-in as ${accountId} failed: ${response.status} ${await response.text()}`);
      const { token } = (await response.json()) as { token: string };
      tokens.set(accountId, token);
      return token;
    },
    get: (path, o = {}) => fetch(`${server.url}${path}`, { headers: headersOf(o.token, o.headers) }),
    send: (method, path, body, o = {}) =>
      fetch(`${server.url}${path}`, {
        method,
        headers: { 'content-type': 'application/json', ...headersOf(o.token, o.headers) },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
  };
  return api;
}
