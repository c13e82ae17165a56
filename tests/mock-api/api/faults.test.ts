import { afterEach, describe, expect, it } from 'vitest';
import type { TestServer } from '../../factories/api-server';
import { startTestServer } from '../../factories/api-server';
import { FaultConfigError, faultOptionsFromEnv } from '../../../mock-api/server/faults';

// Fault injection: off by default; on, it fails /api (but not the OpenAPI document) the way it says.

let api: TestServer | null = null;
afterEach(async () => {
  await api?.close();
  api = null;
});

describe('fault injection', () => {
  it('is off by default', async () => {
    const server = await startTestServer();
    api = server;
    const results = await Promise.all(Array.from({ length: 20 }, () => server.get('/api/v1/meta')));
    expect(results.every((r) => r.status === 200)).toBe(true);
  });

  it('error rate 1 answers 503 problem+json with Retry-After, except the OpenAPI document', async () => {
    api = await startTestServer({ faults: { errorRate: 1 } });
    const response = await api.get('/api/v1/meta');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(response.headers.get('content-type')).toMatch(/problem\+json/);
    expect(((await response.json()) as { status: number }).status).toBe(503);
    const document = await api.get('/api/v1/openapi.json');
    expect(document.status).toBe(200);
    expect(((await document.json()) as { openapi: string }).openapi).toBe('3.1.0');
  });

  it('an outage window fails everything inside it and nothing outside', async () => {
    const now = Date.now();
    api = await startTestServer({ faults: { outage: { start: new Date(now - 1000), end: new Date(now + 60_000) } } });
    const inside = await api.get('/api/v1/meta');
    expect(inside.status).toBe(503);
    expect(Number(inside.headers.get('retry-after'))).toBeGreaterThan(50);
    await api.close();
    api = await startTestServer({ faults: { outage: { start: new Date(now - 60_000), end: new Date(now - 30_000) } } });
    expect((await api.get('/api/v1/meta')).status).toBe(200);
  });

  it('a relative outage starts after its delay', async () => {
    api = await startTestServer({ faults: { outage: { afterS: 0.3, forS: 60 } } });
    expect((await api.get('/api/v1/meta')).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await api.get('/api/v1/meta')).status).toBe(503);
  });

  it('adds latency', async () => {
    api = await startTestServer({ faults: { latencyMs: [150, 200] } });
    const started = performance.now();
    expect((await api.get('/api/v1/meta')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(145);
  });

  it('reads its settings from the environment and rejects bad ones', () => {
    expect(faultOptionsFromEnv({ FAULT_LATENCY_MS: '100-300', FAULT_ERROR_RATE: '0.25', FAULT_OUTAGE: '2026-01-01T00:00:00Z/2026-01-01T01:00:00Z' })).toEqual({
      latencyMs: [100, 300],
      errorRate: 0.25,
      outage: { start: new Date('2026-01-01T00:00:00Z'), end: new Date('2026-01-01T01:00:00Z') },
    });
    expect(faultOptionsFromEnv({ FAULT_OUTAGE_AFTER_S: '30', FAULT_OUTAGE_FOR_S: '10' })).toEqual({ outage: { afterS: 30, forS: 10 } });
    expect(faultOptionsFromEnv({})).toEqual({});
    expect(() => faultOptionsFromEnv({ FAULT_ERROR_RATE: '2' })).toThrow(FaultConfigError);
    expect(() => faultOptionsFromEnv({ FAULT_OUTAGE: 'yesterday/today' })).toThrow(/FAULT_OUTAGE/);
  });
});
