import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../factories/api-server';
import { startTestServer } from '../../factories/api-server';
import { generatedTestDataset, testNow } from '../../factories/api-generated';
import { OVERDUE_BIT, VIOLATION_COLUMNS_MEDIA_TYPE, decodeViolationColumns, dequantize, violationIdOf } from '../../../src/api/violation-columns';
import { issueStatuses, severities, violationCategories, workTypes } from '../../../src/api/schemas/enums';

// The binary columns of all violation points: what they decode to, and their size on the wire.

const COUNT = 20_000;
let api: TestServer;
let token: string;

beforeAll(async () => {
  api = await startTestServer({ dataset: generatedTestDataset(COUNT), now: testNow });
  token = await api.tokenFor('secretary-B-440112-01');
});
afterAll(() => api.close());

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

const toArrayBuffer = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

describe('GET /violations/columns', () => {
  it('decodes to every violation, matching /violations/{id}', async () => {
    const { status, headers, body } = await rawGet('/api/v1/violations/columns', { authorization: `Bearer ${token}` });
    expect(status).toBe(200);
    expect(headers['content-type']).toBe(VIOLATION_COLUMNS_MEDIA_TYPE);
    expect(headers['content-encoding']).toBeUndefined();
    const cols = decodeViolationColumns(toArrayBuffer(body));
    expect(cols.count).toBe(COUNT);
    const [minLon, minLat, maxLon, maxLat] = cols.bbox;
    const v = api.dataset.violations;
    for (let i = 0; i < COUNT; i += 97) {
      expect(v.lon[i] ?? 0).toBeGreaterThanOrEqual(minLon);
      expect(v.lat[i] ?? 0).toBeLessThanOrEqual(maxLat);
    }
    for (const row of [0, 1, 777, COUNT - 1]) {
      const response = await api.get(`/api/v1/violations/${violationIdOf(row)}`, { token });
      const violation = (await response.json()) as { position: [number, number]; occurredAt: string; category: string; severity: string; issueStatus: string; issueOverdue: boolean; zoneId: string; workType: string };
      expect(Math.abs(dequantize(cols.lon[row] ?? 0, minLon, maxLon) - violation.position[0])).toBeLessThan(1e-4);
      expect(Math.abs(dequantize(cols.lat[row] ?? 0, minLat, maxLat) - violation.position[1])).toBeLessThan(1e-4);
      const day = new Date(Date.parse(`${cols.dayZero}T00:00:00+08:00`) + (cols.day[row] ?? 0) * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
      expect(day).toBe(violation.occurredAt.slice(0, 10));
      expect(violationCategories[cols.category[row] ?? 9]).toBe(violation.category);
      expect(severities[cols.severity[row] ?? 9]).toBe(violation.severity);
      expect(issueStatuses[(cols.status[row] ?? 0) & ~OVERDUE_BIT]).toBe(violation.issueStatus);
      expect(((cols.status[row] ?? 0) & OVERDUE_BIT) !== 0).toBe(violation.issueOverdue);
      expect(cols.zoneIds[cols.zone[row] ?? 0]).toBe(violation.zoneId);
      expect(workTypes[cols.workType[row] ?? 9]).toBe(violation.workType);
    }
  });

  it('is served precompressed, under an ETag, and small on the wire', async () => {
    const sizes: Record<string, number> = {};
    let etag = '';
    for (const encoding of ['br', 'gzip'] as const) {
      const { headers, body } = await rawGet('/api/v1/violations/columns', { authorization: `Bearer ${token}`, 'accept-encoding': `${encoding}, identity;q=0.5` });
      expect(headers['content-encoding']).toBe(encoding);
      expect(Number(headers['content-length'])).toBe(body.byteLength);
      const plain = encoding === 'br' ? brotliDecompressSync(body) : gunzipSync(body);
      expect(decodeViolationColumns(toArrayBuffer(plain)).count).toBe(COUNT);
      sizes[encoding] = body.byteLength;
      etag = String(headers.etag);
    }
    // 12 MB at 10⁶ points is 12.58 bytes a point; the raw columns are 12, compressed they must be well under.
    expect((sizes.br ?? Infinity) / COUNT).toBeLessThan(9);
    expect((sizes.gzip ?? Infinity) / COUNT).toBeLessThan(10);
    const again = await rawGet('/api/v1/violations/columns', { authorization: `Bearer ${token}`, 'accept-encoding': 'br', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect((await api.get('/api/v1/violations/columns')).status).toBe(401);
  });
});
