import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IndicatorComparison } from '../../../src/api/schemas/indicator-comparison';
import { IndicatorReport } from '../../../src/api/schemas/indicators';
import type { TestServer } from '../../factories/api-server';
import { startTestServer } from '../../factories/api-server';
import { INDICATOR_NOW, Q3, makeIndicatorDataset } from '../../factories/indicator-dataset';

// GET /indicators/comparison on the hand-made dataset (tests/factories/indicator-dataset.ts): Q3 2026
// (92 days) against the 92 days before it (31 March – 30 June), the siblings' mean and the rank.

let api: TestServer;
let token: string;
const window = `from=${Q3.from}&to=${Q3.to}`;

beforeAll(async () => {
  api = await startTestServer({ dataset: makeIndicatorDataset(), now: () => INDICATOR_NOW });
  token = await api.tokenFor('bureau-manager');
});
afterAll(() => api.close());

async function comparison(query: string, as = token): Promise<IndicatorComparison> {
  const response = await api.get(`/api/v1/indicators/comparison?${query}`, { token: as });
  expect(response.status, query).toBe(200);
  return IndicatorComparison.parse(await response.json());
}
const item = (c: IndicatorComparison, key: string) => c.items.find((i) => i.key === key);

describe('GET /indicators/comparison', () => {
  it('Huangpu: the previous 92 days, the mean of the two district bureaus and its place among them', async () => {
    const c = await comparison(`level=unit&id=U-440112&${window}`);
    expect(c.previous).toEqual({ from: '2026-03-31', to: '2026-06-30', complete: true });
    expect(c.parent).toMatchObject({ level: 'unit', id: 'U-GZ' });
    expect(c.siblings).toBe(2);
    // Q3: rows 2–5 (4); before: rows 0 (zone 1, May) and 1 (zone 0, June). Nansha has rows 6 and 7: mean (4 + 2) / 2.
    // Fewer violations is better: Nansha first.
    expect(item(c, 'violation_count')).toEqual({ key: 'violation_count', value: 4, previous: 2, siblingAverage: 3, rank: 2 });
    // Members without a violation: Huangpu 50 %, Nansha's ten members all have one in Q3 (0 %): Huangpu first.
    expect(item(c, 'members_without_violation_rate')).toMatchObject({ value: 50, siblingAverage: 25, rank: 1 });
  });

  it('lists the same indicators as GET /indicators, in the same order, with the same values', async () => {
    const c = await comparison(`level=unit&id=U-440112&${window}`);
    const response = await api.get(`/api/v1/indicators?level=unit&id=U-440112&${window}`, { token });
    const report = IndicatorReport.parse(await response.json());
    expect(c.items.map((i) => [i.key, i.value])).toEqual(report.indicators.map((i) => [i.key, i.value]));
  });

  it('the bureau has no parent: no average and no rank, but a previous window', async () => {
    const c = await comparison(`level=unit&id=U-GZ&${window}`);
    expect([c.parent, c.siblings]).toEqual([null, 0]);
    expect(item(c, 'violation_count')).toEqual({ key: 'violation_count', value: 6, previous: 2, siblingAverage: null, rank: null });
  });

  it('a zone among its branch’s zones; a gridder among their zone’s four, tied in id order', async () => {
    const zone = await comparison(`level=zone&id=Z-440112-01&${window}`);
    expect([zone.parent?.id, zone.siblings]).toEqual(['B-440112-01', 1]);
    expect(item(zone, 'violation_count')).toMatchObject({ value: 4, siblingAverage: 4, rank: 1 });
    const member = await comparison(`level=member&id=M-440112-01-3&${window}`);
    expect([member.parent?.level, member.parent?.id, member.siblings]).toEqual(['zone', 'Z-440112-01', 4]);
    expect(item(member, 'violation_count')).toMatchObject({ value: 4, siblingAverage: 4, rank: 2 });
    expect(JSON.stringify(member)).not.toMatch(/M-440112-01-2/);
  });

  it('no previous values where the previous window reaches back before the dataset', async () => {
    const c = await comparison('level=unit&id=U-440112&from=2023-10-01&to=2023-12-31');
    expect(c.previous).toEqual({ from: '2023-07-01', to: '2023-09-30', complete: false });
    expect(c.items.every((i) => i.previous === null)).toBe(true);
  });

  it.each([
    ['level=galaxy&id=U-GZ', 400, 'level'],
    ['level=unit&id=U-NOPE', 404, 'U-NOPE'],
    ['level=unit&id=U-GZ&from=2026-09-01&to=2026-08-01', 400, 'from'],
    ['level=unit&id=U-GZ&to=2026-13-01', 400, 'to'],
    ['level=unit&id=U-GZ&key=violation_count', 400, 'key'],
  ])('%s → %i problem+json naming %s', async (query, status, name) => {
    const response = await api.get(`/api/v1/indicators/comparison?${query}`, { token });
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(((await response.json()) as { detail: string }).detail).toContain(name);
  });

  it('a member outside the caller’s full scope is a 403; no token is a 401', async () => {
    const other = await api.tokenFor('secretary-B-440115-01');
    expect((await api.get(`/api/v1/indicators/comparison?level=member&id=M-440112-01-2`, { token: other })).status).toBe(403);
    expect((await api.get(`/api/v1/indicators/comparison?level=unit&id=U-GZ`)).status).toBe(401);
  });
});
