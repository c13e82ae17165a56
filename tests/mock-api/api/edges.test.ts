import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../factories/api-server';
import { startTestServer } from '../../factories/api-server';
import { makeApiDataset } from '../../factories/api-dataset';

// The API's edges under hostile input: what fails before a route runs, numbers spelt oddly, unknown
// fields. Every answer is problem+json naming what was wrong, never a framework default or a stack trace.

let api: TestServer;
let token: string;

beforeAll(async () => {
  api = await startTestServer({ dataset: makeApiDataset() });
  token = await api.tokenFor('bureau-manager');
});
afterAll(() => api.close());

interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: { name: string; reason: string }[];
}

interface RawResponse {
  status: number;
  headers: Map<string, string>;
  body: string;
}

/** Sends bytes as written (no client-side checks on size or syntax) and reads the answer until the server closes. */
function rawRequest(text: string): Promise<RawResponse> {
  const { hostname, port } = new URL(api.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = raw.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = new Map(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
    socket.end(text);
  });
}

function expectRawProblem(response: RawResponse, status: number, mentions: RegExp): ProblemBody {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body = JSON.parse(response.body) as ProblemBody;
  expect(body).toMatchObject({ status, type: expect.stringMatching(/^\/api\/v1\/problems\//) as string, title: expect.any(String) as string });
  expect(body.detail).toMatch(mentions);
  expect(response.body).not.toMatch(/\bat .*\.(ts|js):\d+|node_modules|Error:|FST_/);
  return body;
}

async function expectProblem(response: Response, status: number, mentions: string): Promise<ProblemBody> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body = (await response.json()) as ProblemBody;
  expect(body.detail).toContain(mentions);
  return body;
}

describe('before any route runs', () => {
  it('414 problem+json for a path id longer than the router takes', async () => {
    const response = await rawRequest(`GET /api/v1/members/${'a'.repeat(500)} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\nConnection: close\r\n\r\n`);
    const body = expectRawProblem(response, 414, /path parameter is longer than 100/);
    expect(body.title).toBe('URI Too Long');
  });

  it('400 problem+json for a path that is not validly percent-encoded', async () => {
    const response = await rawRequest(`GET /api/v1/members/%zz HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\nConnection: close\r\n\r\n`);
    expectRawProblem(response, 400, /percent-encoded/);
  });

  it('431 problem+json for an over-large header and for an over-large request line', async () => {
    const header = await rawRequest(`GET /api/v1/meta HTTP/1.1\r\nHost: x\r\nX-Padding: ${'x'.repeat(20_000)}\r\nConnection: close\r\n\r\n`);
    expect(expectRawProblem(header, 431, /headers are larger than/).title).toBe('Request Header Fields Too Large');
    const line = await rawRequest(`GET /api/v1/meta?pad=${'y'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    expectRawProblem(line, 431, /request line and headers/);
  });

  it('400 problem+json for bytes that are not HTTP', async () => {
    expectRawProblem(await rawRequest('NOT HTTP AT ALL\r\n\r\n'), 400, /not valid HTTP/);
  });
});

describe('integer query parameters take plain decimal digits only', () => {
  it.each([
    ['limit', '0x10'],
    ['limit', '1e1'],
    ['offset', '0b11'],
    ['offset', '1.0'],
    ['limit', ' 7'],
    ['limit', '1'.repeat(11)],
  ])('%s=%s is a 400 naming the parameter', async (name, value) => {
    const body = await expectProblem(await api.get(`/api/v1/violations?${name}=${encodeURIComponent(value)}`, { token }), 400, `'${name}'`);
    expect(body.errors?.map((e) => e.name)).toEqual([name]);
  });

  it('takes limit=16&offset=3 and pages by them', async () => {
    const response = await api.get('/api/v1/violations?limit=16&offset=3', { token });
    expect(response.status).toBe(200);
    const page = (await response.json()) as { items: unknown[]; offset: number; limit: number };
    expect(page).toMatchObject({ offset: 3, limit: 16 });
    expect(page.items).toHaveLength(16);
  });
});

describe('unknown fields are refused everywhere', () => {
  interface Detail { id: string; status: string; version: number; branchId: string; history: unknown[] }

  it('a transition body with an extra field is a 422 naming it, and the issue is unchanged', async () => {
    const page = (await (await api.get('/api/v1/issues?status=assigned&limit=1', { token })).json()) as { items: { id: string; branchId: string }[] };
    const issue = page.items[0];
    if (!issue) throw new Error('the factory dataset has no assigned issue');
    const secretary = await api.tokenFor(`secretary-${issue.branchId}`);
    const before = await api.get(`/api/v1/issues/${issue.id}`, { token: secretary });
    const etag = before.headers.get('etag') ?? '';
    const detail = (await before.json()) as Detail;

    const send = (body: unknown) => api.send('POST', `/api/v1/issues/${issue.id}/transitions`, body, { token: secretary, headers: { 'if-match': etag } });
    const refused = await expectProblem(await send({ action: 'start', comment: '开始整改', priority: 'high' }), 422, 'priority');
    expect(refused.errors).toEqual([{ name: 'priority', reason: 'unknown field' }]);

    const after = await api.get(`/api/v1/issues/${issue.id}`, { token: secretary });
    expect(after.headers.get('etag')).toBe(etag);
    expect((await after.json()) as Detail).toEqual(detail);
    // The same body without the extra field is applied: the refusal was about that field alone.
    const applied = await send({ action: 'start', comment: '开始整改' });
    expect(applied.status).toBe(200);
    expect(((await applied.json()) as Detail).status).toBe('rectifying');
  });

  it('a sign-in body with an extra field is a 422 naming it; a misspelt field is named before the missing one', async () => {
    await expectProblem(await api.send('POST', '/api/v1/session', { account: 'bureau-manager', role: 'bureau_manager' }), 422, 'role');
    const misspelt = await expectProblem(await api.send('POST', '/api/v1/session', { acount: 'bureau-manager' }), 422, 'Unknown body field: acount');
    expect(misspelt.errors?.map((e) => e.name).sort()).toEqual(['account', 'acount']);
  });

  it('an unknown query parameter is a 400 on every route, writes included', async () => {
    const doc = (await (await api.get('/api/v1/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    const validBodies: Record<string, unknown> = {
      '/api/v1/session': { account: 'bureau-manager' },
      '/api/v1/issues/{id}/transitions': { action: 'start', comment: '开始整改' },
      '/api/v1/walls/{wallId}/acknowledgement': { seenUpTo: '2026-09-30T10:00:00+08:00' },
    };
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => [method, path] as const));
    expect(routes.length).toBeGreaterThan(25);
    for (const [method, path] of routes) {
      const url = `${path.replace(/\{[^}]+\}/g, 'X1')}?colour=red`;
      const response = method === 'get' ? await api.get(url, { token }) : await api.send(method.toUpperCase(), url, validBodies[path], { token });
      expect(response.status, `${method} ${path}`).toBe(400);
      expect(((await response.json()) as ProblemBody).detail, `${method} ${path}`).toContain('colour');
    }
  });

  it('the OpenAPI document states the rule and marks request bodies closed', async () => {
    const doc = (await (await api.get('/api/v1/openapi.json')).json()) as {
      info: { description: string };
      paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { additionalProperties?: unknown } }> } }>>;
    };
    expect(doc.info.description).toMatch(/unknown field in a JSON body a 422/);
    for (const path of ['/api/v1/issues/{id}/transitions', '/api/v1/session']) {
      expect(doc.paths[path]?.post?.requestBody?.content['application/json']?.schema.additionalProperties, path).toBe(false);
    }
    expect(doc.paths['/api/v1/walls/{wallId}/acknowledgement']?.put?.requestBody?.content['application/json']?.schema.additionalProperties).toBe(false);
  });
});
