import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../factories/api-server';
import { startTestServer } from '../../factories/api-server';
import { makeApiDataset } from '../../factories/api-dataset';

// Every error is RFC 9457 problem+json with a detail that names what was wrong, never a stack trace.

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
  instance?: string;
  errors?: { name: string; reason: string }[];
}

async function expectProblem(response: Response, status: number, mentions?: string): Promise<ProblemBody> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body = (await response.json()) as ProblemBody;
  expect(body).toMatchObject({ status, title: expect.any(String) as string, type: expect.any(String) as string, detail: expect.any(String) as string });
  expect(JSON.stringify(body)).not.toMatch(/\bat .*\.(ts|js):\d+|node_modules|Error:/);
  if (mentions) expect(body.detail).toContain(mentions);
  return body;
}

describe('400 for bad parameters, naming them', () => {
  it.each([
    ['/api/v1/violations?colour=red', 'colour'],
    ['/api/v1/violations?limit=5000', 'limit'],
    ['/api/v1/violations?limit=abc', 'limit'],
    ['/api/v1/violations?from=2026-13-45', 'from'],
    ['/api/v1/violations?category=behaviour,weird', 'category'],
    ['/api/v1/violations?bbox=1,2,3', 'bbox'],
    ['/api/v1/violations?from=2026-05-01&to=2026-01-01', 'from'],
    ['/api/v1/issues?overdue=maybe', 'overdue'],
    ['/api/v1/transformer-districts?geometry=cube', 'geometry'],
    ['/api/v1/indicators?level=galaxy&id=U-GZ', 'level'],
    ['/api/v1/members/bad%20id', 'id'],
    ['/api/v1/violations?limit=1&limit=2', 'limit'],
  ])('%s', async (path, name) => {
    const body = await expectProblem(await api.get(path, { token }), 400, name);
    expect(body.errors?.map((e) => e.name)).toContain(name);
  });
});

describe('other statuses', () => {
  it('404 for an unknown route and an unknown id', async () => {
    await expectProblem(await api.get('/api/v1/nothing-here', { token }), 404, '/api/v1/nothing-here');
    await expectProblem(await api.get('/api/v1/branches/B-NOPE', { token }), 404, 'B-NOPE');
    await expectProblem(await api.get('/api/v1/issues/IV9999999', { token }), 404, 'IV9999999');
  });

  it('405 with Allow for a known route and the wrong method', async () => {
    const response = await api.send('DELETE', '/api/v1/violations', undefined, { token });
    await expectProblem(response, 405, 'DELETE');
    expect(response.headers.get('allow')).toContain('GET');
    const put = await api.send('PUT', '/api/v1/issues/IV0000001/transitions', { action: 'start' }, { token });
    expect(put.headers.get('allow')).toBe('POST');
  });

  it('413 for a body too big', async () => {
    await expectProblem(await api.send('POST', '/api/v1/session', { account: 'x'.repeat(100_000) }), 413);
  });

  it('415 for a body that is not JSON', async () => {
    const response = await fetch(`${api.url}/api/v1/session`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'account=bureau-manager' });
    await expectProblem(response, 415, 'application/json');
  });

  it('400 for malformed JSON, 422 for JSON that is not a valid request', async () => {
    await expectProblem(await api.send('POST', '/api/v1/session', '{"account": '), 400, 'JSON');
    const body = await expectProblem(await api.send('POST', '/api/v1/session', { acount: 'bureau-manager' }), 422);
    expect(body.errors?.map((e) => e.name)).toEqual(expect.arrayContaining(['account']));
    await expectProblem(await api.send('POST', '/api/v1/session', { account: 'nobody' }), 422, 'nobody');
  });

  it('the SPA fallback is off without a static directory: 404 problem', async () => {
    await expectProblem(await api.get('/some/page'), 404);
  });
});
