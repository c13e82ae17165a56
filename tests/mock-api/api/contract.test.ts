import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { request as httpRequest } from 'node:http';
import Ajv2020 from 'ajv/dist/2020';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../factories/api-server';
import { startTestServer } from '../../factories/api-server';
import { generatedTestDataset, testNow } from '../../factories/api-generated';

// The served OpenAPI document and the server agree: real responses validate against the document's
// schema for their route, status and media type.

let api: TestServer;
let token: string;
let doc: { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>> };
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });

beforeAll(async () => {
  api = await startTestServer({ dataset: generatedTestDataset(), now: testNow });
  token = await api.tokenFor('bureau-manager');
  doc = (await (await api.get('/api/v1/openapi.json')).json()) as typeof doc;
  ajv.addSchema(doc, 'openapi');
});
afterAll(() => api.close());

const pointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** The document's path template matching a concrete path. */
function templateOf(path: string): string {
  const bare = path.split('?')[0] ?? '';
  const match = Object.keys(doc.paths).find((t) => new RegExp(`^${t.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(bare) && !(t.includes('{') && Object.keys(doc.paths).includes(bare)));
  if (!match) throw new Error(`no path in the document for ${bare}`);
  return match;
}

function validate(method: string, path: string, status: number, mediaType: string, body: unknown): string[] {
  const template = templateOf(path);
  const operation = doc.paths[template]?.[method];
  expect(operation, `${method} ${template} documented`).toBeDefined();
  expect(operation?.responses[String(status)], `${method} ${template} documents ${status}`).toBeDefined();
  const ref = `openapi#/paths/${pointer(template)}/${method}/responses/${status}/content/${pointer(mediaType)}/schema`;
  const check = ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
  return check(body) ? [] : (check.errors ?? []).slice(0, 5).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

async function checkJson(path: string, expectedStatus = 200, auth: 'anonymous' | 'signed-in' = 'signed-in'): Promise<unknown> {
  const response = await api.get(path, auth === 'signed-in' ? { token } : {});
  expect(response.status, path).toBe(expectedStatus);
  const mediaType = (response.headers.get('content-type') ?? '').split(';')[0] ?? '';
  const body: unknown = await response.json();
  expect(validate('get', path, expectedStatus, mediaType, body), `${path} matches the document`).toEqual([]);
  return body;
}

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 with a bearer scheme and every route', () => {
    const d = doc as unknown as { openapi: string; components: { securitySchemes: Record<string, { scheme: string }> } };
    expect(d.openapi).toBe('3.1.0');
    expect(d.components.securitySchemes.bearerAuth?.scheme).toBe('bearer');
    for (const path of ['/api/v1/violations/columns', '/api/v1/issues/{id}/transitions', '/api/v1/indicators', '/api/v1/indicators/ranking', '/api/v1/breakdown', '/api/v1/transformer-districts', '/api/v1/work/monthly']) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
  });

  it('documents problem+json for errors and query parameters by name', () => {
    const op = doc.paths['/api/v1/violations']?.get as unknown as { parameters: { name: string; in: string }[]; responses: Record<string, { content: Record<string, unknown> }> };
    expect(op.parameters.map((p) => p.name)).toEqual(expect.arrayContaining(['from', 'to', 'category', 'severity', 'bbox', 'offset', 'limit']));
    expect(Object.keys(op.responses['400']?.content ?? {})).toEqual(['application/problem+json']);
  });
});

describe('responses match the document', () => {
  it('public and organisation resources', async () => {
    await checkJson('/api/v1/meta', 200, 'anonymous');
    await checkJson('/api/v1/meta/enums', 200, 'anonymous');
    await checkJson('/api/v1/session/accounts', 200, 'anonymous');
    await checkJson('/api/v1/units');
    await checkJson('/api/v1/party-org');
    const branches = (await checkJson('/api/v1/branches')) as { items: { id: string }[] };
    const branchId = branches.items[0]?.id ?? '';
    await checkJson(`/api/v1/branches/${branchId}`);
    await checkJson(`/api/v1/branches/${branchId}/roster`);
    const members = (await checkJson(`/api/v1/members?branchId=${branchId}&limit=5`)) as { items: { id: string }[]; total: number };
    expect(members.items.length).toBeGreaterThan(0);
    await checkJson(`/api/v1/members/${members.items[0]?.id ?? ''}`);
    await checkJson(`/api/v1/members/summary?branchId=${branchId}`);
    await checkJson('/api/v1/teams?kind=grid');
    const zones = (await checkJson('/api/v1/zones?unitId=U-440112')) as { features: { id: string }[] };
    expect(zones.features.length).toBeGreaterThanOrEqual(60);
    await checkJson(`/api/v1/zones/${zones.features[0]?.id ?? ''}`);
  });

  it('production assets, with bbox and geometry', async () => {
    await checkJson('/api/v1/substations');
    await checkJson('/api/v1/feeders?unitId=U-440112');
    const points = (await checkJson('/api/v1/transformer-districts?bbox=113.4,23.0,113.6,23.2')) as { features: { geometry: { type: string; coordinates: number[] } }[] };
    expect(points.features.length).toBeGreaterThan(0);
    for (const f of points.features) {
      const [lon = 0, lat = 0] = f.geometry.coordinates;
      expect(lon >= 113.4 && lon <= 113.6 && lat >= 23.0 && lat <= 23.2).toBe(true);
    }
    const areas = (await checkJson('/api/v1/transformer-districts?geometry=area&bbox=113.4,23.0,113.6,23.2')) as { features: { geometry: { type: string } }[] };
    expect(areas.features[0]?.geometry.type).toBe('Polygon');
    await checkJson('/api/v1/base-stations');
  });

  it('violations, issues, indicators, series, marketing', async () => {
    const page = (await checkJson('/api/v1/violations?limit=20&category=behaviour,equipment&severity=serious,severe')) as { items: { id: string; occurredAt: string; category: string; severity: string }[] };
    expect(page.items.length).toBe(20);
    expect(page.items.every((v) => v.category !== 'management' && v.severity !== 'general')).toBe(true);
    const times = page.items.map((v) => Date.parse(v.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    await checkJson(`/api/v1/violations/${page.items[0]?.id ?? ''}`);
    const issues = (await checkJson('/api/v1/issues?limit=10&status=closed,rectifying&from=2025-01-01&to=2025-12-31')) as { items: { id: string; status: string; createdAt: string }[] };
    expect(issues.items.every((i) => ['closed', 'rectifying'].includes(i.status) && i.createdAt.startsWith('2025'))).toBe(true);
    await checkJson(`/api/v1/issues/${issues.items[0]?.id ?? ''}`);
    await checkJson('/api/v1/issues?source=public_safety_hazard,asset_recovery&overdue=true&limit=5');
    const report = (await checkJson('/api/v1/indicators?level=unit&id=U-440112&from=2026-01-01&to=2026-09-30')) as { indicators: { key: string; value: number | null }[] };
    const byKey = new Map(report.indicators.map((i) => [i.key, i.value]));
    expect(byKey.get('win_order_completion')).toBeCloseTo(101, 0);
    expect(byKey.get('win_amount_completion')).toBeCloseTo(274, 0);
    await checkJson(`/api/v1/indicators?level=branch&id=${issues.items[0] ? 'B-GZ-01' : ''}`);
    const members = (await checkJson('/api/v1/members?limit=1')) as { items: { id: string }[] };
    await checkJson(`/api/v1/indicators?level=member&id=${members.items[0]?.id ?? ''}`);
    const series = (await checkJson('/api/v1/series/monthly?level=unit&id=U-GZ&from=2025-10-01&to=2026-09-30')) as { points: { month: string; violations: number }[] };
    expect(series.points.map((p) => p.month)).toHaveLength(12);
    expect(series.points.reduce((a, p) => a + p.violations, 0)).toBeGreaterThan(0);
    await checkJson('/api/v1/marketing?unitId=U-440112');
    const ranking = (await checkJson('/api/v1/indicators/ranking?level=unit&id=U-440112&key=repeat_violation_share&order=worst')) as { items: { rank: number; records: { href: string } | null }[] };
    expect(ranking.items.length).toBeGreaterThan(5);
    await checkJson(ranking.items[0]?.records?.href ?? '');
    await checkJson(`/api/v1/indicators/ranking?level=zone&id=Z-440112-001&key=violation_count`);
    await checkJson('/api/v1/breakdown?level=unit&id=U-GZ&from=2025-10-01&to=2026-09-30');
    await checkJson(`/api/v1/breakdown?level=member&id=${members.items[0]?.id ?? ''}`);
    await checkJson(`/api/v1/issues?memberId=${members.items[0]?.id ?? ''}&reopened=false&limit=5`);
    await checkJson('/api/v1/teams?zoneId=Z-440112-001&complete=true');
    await checkJson('/api/v1/transformer-districts?branchId=B-440112-01&assigned=true');
    await checkJson('/api/v1/marketing?branchId=B-440112-01&from=2026-07-01&to=2026-09-30');
    await checkJson('/api/v1/work/monthly?level=unit&id=U-440112&from=2026-01-01&to=2026-09-30');
    await checkJson('/api/v1/work/monthly?level=branch&id=B-440112-01');
  });

  it('problems', async () => {
    await checkJson('/api/v1/violations?colour=red', 400);
    await checkJson('/api/v1/units', 401, 'anonymous');
    await checkJson('/api/v1/violations/V9999999', 404);
    await checkJson('/api/v1/members?limit=0x10', 400);
    await checkJson('/api/v1/work/monthly?level=unit&id=U-NOPE', 404);
    await checkJson('/api/v1/indicators/ranking?level=unit&id=U-GZ&key=nope', 400);
    await checkJson('/api/v1/indicators/ranking?level=unit&id=U-NOPE&key=violation_count', 404);
    await checkJson('/api/v1/breakdown?level=zone&id=Z-NOPE', 404);
  });
});

describe('HTTP caching and compression', () => {
  it('answers If-None-Match with 304 and keeps the ETag', async () => {
    for (const path of ['/api/v1/zones', '/api/v1/violations?limit=50', '/api/v1/meta', '/api/v1/openapi.json']) {
      const first = await api.get(path, { token });
      const etag = first.headers.get('etag');
      expect(etag, path).toMatch(/^"[^"]+"$/);
      expect(first.headers.get('cache-control'), path).toContain('no-cache');
      const again = await api.get(path, { token, headers: { 'if-none-match': etag ?? '' } });
      expect(again.status, path).toBe(304);
      expect(again.headers.get('etag')).toBe(etag);
      expect(await again.text()).toBe('');
      const other = await api.get(path, { token, headers: { 'if-none-match': '"something-else"' } });
      expect(other.status).toBe(200);
    }
  });

  it('gives callers with different scopes different ETags for masked data', async () => {
    const secretary = await api.tokenFor('secretary-B-GZ-01');
    const a = await api.get('/api/v1/members?limit=5', { token });
    const b = await api.get('/api/v1/members?limit=5', { token: secretary });
    expect(a.headers.get('etag')).not.toBe(b.headers.get('etag'));
  });

  it('compresses JSON with br and gzip', async () => {
    for (const encoding of ['br', 'gzip'] as const) {
      const { headers, body } = await rawGet('/api/v1/zones', { authorization: `Bearer ${token}`, 'accept-encoding': encoding });
      expect(headers['content-encoding']).toBe(encoding);
      expect(headers.vary).toMatch(/accept-encoding/i);
      const text = (encoding === 'br' ? brotliDecompressSync(body) : gunzipSync(body)).toString('utf8');
      expect((JSON.parse(text) as { type: string }).type).toBe('FeatureCollection');
    }
  });
});

/** A GET without fetch's transparent decompression, to see the bytes on the wire. */
function rawGet(path: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${api.url}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}
