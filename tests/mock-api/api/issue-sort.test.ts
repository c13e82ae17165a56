import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPEN_STATUSES } from '../../../src/api/indicator-catalogue';
import type { TestServer } from '../../factories/api-server';
import { startTestServer } from '../../factories/api-server';
import { generatedTestDataset, testNow } from '../../factories/api-generated';

// Issue lists by deadline (a wall's ticker asks for the most recently overdue open issues: `sort=-deadline`).

const OPEN = OPEN_STATUSES;
let api: TestServer;
let token: string;

beforeAll(async () => {
  api = await startTestServer({ dataset: generatedTestDataset(3_000), now: testNow });
  token = await api.tokenFor('bureau-manager');
});
afterAll(() => api.close());

interface Page {
  items: { id: string; deadline: string; createdAt: string; overdue: boolean; status: string }[];
  total: number;
}
const list = async (query: string) => {
  const response = await api.get(`/api/v1/issues?${query}`, { token });
  expect(response.status).toBe(200);
  return (await response.json()) as Page;
};

describe('GET /issues sorted by deadline', () => {
  it('lists the same issues as newest first, latest deadline first (newest first within a day), and pages after sorting', async () => {
    const newest = await list(`overdue=true&status=${OPEN}&limit=1000`);
    const latest = await list(`overdue=true&status=${OPEN}&sort=-deadline&limit=1000`);
    expect(newest.total).toBeGreaterThan(20);
    expect(latest.total).toBe(newest.total);
    expect(new Set(latest.items.map((i) => i.id))).toEqual(new Set(newest.items.map((i) => i.id)));
    expect(latest.items.every((i) => i.overdue && i.status !== 'closed')).toBe(true);
    const days = latest.items.map((i) => i.deadline);
    expect(days).toEqual([...days].sort().reverse());
    for (let k = 1; k < latest.items.length; k++) {
      const [a, b] = [latest.items[k - 1], latest.items[k]];
      if (a && b && a.deadline === b.deadline) expect(Date.parse(a.createdAt)).toBeGreaterThanOrEqual(Date.parse(b.createdAt));
    }
    // Not the newest-first order (else the test proves nothing).
    expect(latest.items.map((i) => i.id)).not.toEqual(newest.items.map((i) => i.id));
    // A page is cut from the sorted list.
    const second = await list(`overdue=true&status=${OPEN}&sort=-deadline&offset=3&limit=3`);
    expect(second.items.map((i) => i.id)).toEqual(latest.items.slice(3, 6).map((i) => i.id));
    expect(second.total).toBe(newest.total);
  });

  it('sorts soonest first with sort=deadline, and refuses an unknown order', async () => {
    const soonest = await list(`status=${OPEN}&sort=deadline&limit=50`);
    const days = soonest.items.map((i) => i.deadline);
    expect(days).toEqual([...days].sort());
    const bad = await api.get('/api/v1/issues?sort=deadline-desc', { token });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(((await bad.json()) as { errors: { name: string }[] }).errors.map((e) => e.name)).toContain('sort');
  });
});
