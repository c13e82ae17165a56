import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from '../../../src/lib/zod';
import { API_BASE, buildUrl } from '../../../src/api/api-client';
import { endpointQueries } from '../../../src/api/schemas/params';
import type { TestServer } from '../../factories/api-server';
import { startTestServer } from '../../factories/api-server';
import { makeApiDataset } from '../../factories/api-dataset';

// The client types and encodes its params by endpointQueries (src/api/schemas/params.ts); the server must
// serve each of those paths with that very schema, or the two could drift apart unnoticed.

let api: TestServer;
let token: string;

beforeAll(async () => {
  api = await startTestServer({ dataset: makeApiDataset() });
  token = await api.tokenFor('bureau-manager');
});
afterAll(() => api.close());

interface Parameter {
  name: string;
  in: string;
  required: boolean;
  description?: string;
}

describe('the server serves each path with the shared query schema', () => {
  it('documents the parameters of the shared schema, by name, requirement and description', async () => {
    const doc = (await (await api.get(`${API_BASE}/openapi.json`)).json()) as { paths: Record<string, { get?: { parameters?: Parameter[] } }> };
    for (const [path, schema] of Object.entries(endpointQueries)) {
      const json = z.toJSONSchema(schema, { io: 'input' }) as { properties: Record<string, { description?: string }>; required?: string[] };
      const expected = Object.entries(json.properties).map(([name, p]) => ({ name, required: json.required?.includes(name) ?? false, description: p.description }));
      const served = (doc.paths[`${API_BASE}${path}`]?.get?.parameters ?? [])
        .filter((p) => p.in === 'query')
        .map(({ name, required, description }) => ({ name, required, description }));
      expect(served, path).toEqual(expected);
    }
  });

  it('accepts what the client encodes, and refuses a misspelt name with a 400 naming it', async () => {
    const accepted = await api.get(buildUrl(API_BASE, '/issues', { source: ['public_safety_hazard', 'asset_recovery'], overdue: false, limit: 1000, offset: 0 }), { token });
    expect(accepted.status).toBe(200);
    const areas = await api.get(buildUrl(API_BASE, '/transformer-districts', { geometry: 'area', bbox: [113.3, 23.1, 113.34, 23.12] }), { token });
    expect(areas.status).toBe(200);
    const misspelt = await api.get(buildUrl(API_BASE, '/issues', { sources: ['asset_recovery'] }), { token });
    expect(misspelt.status).toBe(400);
    expect(((await misspelt.json()) as { detail: string }).detail).toContain('sources');
  });
});
