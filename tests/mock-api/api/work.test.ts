import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workTypes } from '../../../src/api/schemas/enums';
import { WorkMonthly } from '../../../src/api/schemas/work';
import type { TestServer } from '../../factories/api-server';
import { startTestServer } from '../../factories/api-server';
import { generatedTestDataset, testNow } from '../../factories/api-generated';

// GET /work/monthly: the work done by a unit or branch, month by month, over real HTTP.

type Work = WorkMonthly;
const HUANGPU = 'U-440112';
let api: TestServer;
let token: string;

beforeAll(async () => {
  api = await startTestServer({ dataset: generatedTestDataset(), now: testNow });
  token = await api.tokenFor('bureau-manager');
});
afterAll(() => api.close());

async function work(query: string, as = token): Promise<Work> {
  const response = await api.get(`/api/v1/work/monthly?${query}`, { token: as });
  expect(response.status, query).toBe(200);
  return WorkMonthly.parse(await response.json());
}

/** Everything the generator made for these teams, straight from the table. */
function tableOperations(pick: (teamIndex: number) => boolean): number {
  const w = api.dataset.work;
  const M = w.months.length;
  let sum = 0;
  w.teams.forEach((team, slot) => {
    if (pick(team)) for (let i = slot * M * workTypes.length; i < (slot + 1) * M * workTypes.length; i++) sum += w.operations[i]!;
  });
  return sum;
}

describe('GET /work/monthly', () => {
  it('answers for a unit: one point per month, totals the sum of the months, workers and worker-years consistent', async () => {
    const body = await work(`level=unit&id=${HUANGPU}&from=2025-10-01&to=2026-09-30`);
    expect(body).toMatchObject({ level: 'unit', id: HUANGPU, name: '黄埔供电局', from: '2025-10-01', to: '2026-09-30' });
    expect(body.points.map((p) => p.month)).toEqual([
      '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09',
    ]);
    const sum = (f: (p: Work['points'][number]) => number) => body.points.reduce((a, p) => a + f(p), 0);
    expect(body.totals.operations).toBe(sum((p) => p.operations));
    expect(body.totals.ownWorkerDays).toBe(sum((p) => p.ownWorkerDays));
    expect(body.totals.contractorWorkerDays).toBe(sum((p) => p.contractorWorkerDays));
    for (const type of workTypes) expect(body.totals.operationsByWorkType[type]).toBe(sum((p) => p.operationsByWorkType[type]));
    for (const p of body.points) {
      expect(p.operations).toBe(workTypes.reduce((a, t) => a + p.operationsByWorkType[t], 0));
      expect(p.operations).toBeGreaterThan(0);
    }
    const w = api.dataset.work;
    const slots = Array.from(w.teams.keys()).filter((slot) => api.dataset.teams[w.teams[slot]!]!.unitId === HUANGPU);
    expect(body.workforce.ownStaff).toBe(slots.reduce((a, slot) => a + api.dataset.teams[w.teams[slot]!]!.memberIds.length + api.dataset.teams[w.teams[slot]!]!.staffIds.length, 0));
    expect(body.workforce.contractors).toBe(slots.reduce((a, slot) => a + w.contractors[slot]!, 0));
    expect(body.totals.workers).toBe(body.workforce.ownStaff + body.workforce.contractors);
    expect(body.totals.workerYears).toBeCloseTo((body.totals.workers * 365) / 365.25, 1);
  });

  it('the bureau over the whole three years holds every operation of the table; a unit is the sum of its branches', async () => {
    const all = await work('level=unit&id=U-GZ&from=2023-10-01&to=2026-09-30');
    expect(all.points).toHaveLength(36);
    expect(all.totals.operations).toBe(tableOperations(() => true));
    const huangpu = await work(`level=unit&id=${HUANGPU}&from=2023-10-01&to=2026-09-30`);
    const branches = api.dataset.branches.filter((b) => b.unitId === HUANGPU);
    let operations = 0;
    let workers = 0;
    for (const b of branches) {
      const branch = await work(`level=branch&id=${b.id}&from=2023-10-01&to=2026-09-30`);
      expect(branch.name).toBe(b.name);
      expect(branch.totals.operations).toBe(tableOperations((team) => api.dataset.teams[team]!.branchId === b.id));
      operations += branch.totals.operations;
      workers += branch.totals.workers;
    }
    expect(operations).toBe(huangpu.totals.operations);
    expect(workers).toBe(huangpu.totals.workers);
  });

  it('counts a month covered in part by its days, and the window only within the dataset’s three years', async () => {
    const march = await work(`level=unit&id=${HUANGPU}&from=2026-03-01&to=2026-03-31`);
    const first = await work(`level=unit&id=${HUANGPU}&from=2026-03-01&to=2026-03-15`);
    const second = await work(`level=unit&id=${HUANGPU}&from=2026-03-16&to=2026-03-31`);
    expect(first.totals.operations).toBeGreaterThan(0.35 * march.totals.operations);
    expect(first.totals.operations).toBeLessThan(0.65 * march.totals.operations);
    expect(Math.abs(first.totals.operations + second.totals.operations - march.totals.operations)).toBeLessThanOrEqual(workTypes.length);
    expect(first.totals.workerYears).toBeCloseTo((first.totals.workers * 15) / 365.25, 1);
    const before = await work(`level=unit&id=${HUANGPU}&from=2019-01-01&to=2019-12-31`);
    expect(before.points).toEqual([]);
    expect(before.totals).toMatchObject({ operations: 0, workerYears: 0 });
    const overhanging = await work(`level=unit&id=${HUANGPU}&from=2026-09-01&to=2027-06-30`);
    expect(overhanging.points.map((p) => p.month)).toEqual(['2026-09']);
    expect(overhanging.totals.workerYears).toBeCloseTo((overhanging.totals.workers * 30) / 365.25, 1);
  });

  it('defaults to the year of the as-of day, and lets any signed-in caller read any branch', async () => {
    const body = await work(`level=unit&id=${HUANGPU}`);
    expect([body.from, body.to]).toEqual(['2026-01-01', '2026-09-30']);
    expect(body.points).toHaveLength(9);
    const own = api.dataset.branches[5]!;
    const other = api.dataset.branches.find((b) => b.unitId !== own.unitId && b.unitId !== 'U-GZ')!;
    const secretary = await api.tokenFor(`secretary-${own.id}`);
    expect((await work(`level=branch&id=${other.id}`, secretary)).totals.operations).toBeGreaterThan(0);
  });

  it('answers If-None-Match with 304', async () => {
    const path = `/api/v1/work/monthly?level=branch&id=${api.dataset.branches[3]!.id}`;
    const first = await api.get(path, { token });
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[^"]+"$/);
    expect((await api.get(path, { token, headers: { 'if-none-match': etag } })).status).toBe(304);
  });

  it.each([
    ['level=member&id=M000001', 400, 'level'],
    ['level=zone&id=U-GZ', 400, 'level'],
    ['id=U-GZ', 400, 'level'],
    ['level=unit', 400, 'id'],
    ['level=unit&id=bad%20id', 400, 'id'],
    ['level=unit&id=U-GZ&from=2026-02-30', 400, 'from'],
    ['level=unit&id=U-GZ&from=2026-05-01&to=2026-01-01', 400, 'from'],
    ['level=unit&id=U-GZ&colour=red', 400, 'colour'],
    ['level=unit&id=U-NOPE', 404, 'U-NOPE'],
    ['level=unit&id=B-440112-01', 404, 'B-440112-01'],
    ['level=branch&id=U-440112', 404, 'U-440112'],
  ])('%s → %i problem+json naming %s', async (query, status, name) => {
    const response = await api.get(`/api/v1/work/monthly?${query}`, { token });
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = (await response.json()) as { status: number; detail: string };
    expect(body.status).toBe(status);
    expect(body.detail).toContain(name);
  });

  it('needs a token', async () => {
    expect((await api.get(`/api/v1/work/monthly?level=unit&id=U-GZ`)).status).toBe(401);
  });
});
