import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../../mock-api/dataset/generate';
import { indicatorsOfLevel } from '../../../src/api/indicator-catalogue';
import { IndicatorRanking, IndicatorReport } from '../../../src/api/schemas/indicators';
import type { IndicatorLevel } from '../../../src/api/schemas/enums';
import type { TestServer } from '../../factories/api-server';
import { startTestServer } from '../../factories/api-server';
import { TEST_AS_OF, testNow } from '../../factories/api-generated';

// The indicators on the default dataset (100,000 violations, as-of 30 September 2026): the article's
// numbers where it has them, every level answering, rankings over the real organisation.

const HUANGPU = 'U-440112';
let api: TestServer;
let token: string;

beforeAll(async () => {
  api = await startTestServer({ dataset: generateDataset({ asOf: TEST_AS_OF }), now: testNow });
  token = await api.tokenFor('bureau-manager');
});
afterAll(() => api.close());

async function report(query: string): Promise<IndicatorReport> {
  const response = await api.get(`/api/v1/indicators?${query}`, { token });
  expect(response.status, query).toBe(200);
  return IndicatorReport.parse(await response.json());
}
const valueOf = (r: IndicatorReport, key: string) => r.indicators.find((i) => i.key === key)?.value;

describe('the default dataset', () => {
  it('Huangpu reads 101 % and 274 % win-order count and amount completion, cumulative to the end of September', async () => {
    expect(api.dataset.violations.count).toBe(100_000);
    for (const query of [`level=unit&id=${HUANGPU}&from=2026-01-01&to=2026-09-30`, `level=unit&id=${HUANGPU}`]) {
      const r = await report(query);
      expect([r.from, r.to]).toEqual(['2026-01-01', '2026-09-30']);
      expect(Math.round(valueOf(r, 'win_order_completion') ?? 0), query).toBe(101);
      expect(Math.round(valueOf(r, 'win_amount_completion') ?? 0), query).toBe(274);
    }
    // Other district bureaus do not (80–130 %).
    const tianhe = await report('level=unit&id=U-440106&from=2026-01-01&to=2026-09-30');
    expect(Math.round(valueOf(tianhe, 'win_amount_completion') ?? 0)).not.toBe(274);
  });

  it('Huangpu’s rates per work operation and per worker are the README’s magnitudes; its grid is complete', async () => {
    const r = await report(`level=unit&id=${HUANGPU}&from=2026-01-01&to=2026-09-30`);
    expect(valueOf(r, 'violations_per_100_operations')).toBeGreaterThan(2);
    expect(valueOf(r, 'violations_per_100_operations')).toBeLessThan(3.2);
    expect(valueOf(r, 'violations_per_100_workers_per_year')).toBeGreaterThan(100);
    expect(valueOf(r, 'violations_per_100_workers_per_year')).toBeLessThan(250);
    // About ten a transformer district a year (the zones' colouring by default): not the hundreds per person of a headcount rate.
    expect(valueOf(r, 'violations_per_transformer_district_per_year')).toBeGreaterThan(5);
    expect(valueOf(r, 'violations_per_transformer_district_per_year')).toBeLessThan(20);
    const teams = r.indicators.find((i) => i.key === 'four_plus_n_completeness');
    expect(teams?.denominator).toBeGreaterThanOrEqual(60);
    const tds = r.indicators.find((i) => i.key === 'transformer_district_coverage');
    expect(tds?.denominator).toBeGreaterThanOrEqual(600);
  });

  it('answers for the five levels: bureau, district bureau, branch, zone, member — each with its level’s indicators', async () => {
    const branch = api.dataset.branches.find((b) => b.unitId === HUANGPU && b.zoneIds.length > 0);
    const zoneId = branch?.zoneIds[0] ?? '';
    const member = api.dataset.people.find((p) => p.kind === 'member' && p.branchId === branch?.id);
    const subjects: [IndicatorLevel, string][] = [['unit', 'U-GZ'], ['unit', HUANGPU], ['branch', branch?.id ?? ''], ['zone', zoneId], ['member', member?.id ?? '']];
    for (const [level, id] of subjects) {
      const r = await report(`level=${level}&id=${id}&from=2025-10-01&to=2026-09-30`);
      expect(r.indicators.map((i) => i.key), `${level} ${id}`).toEqual(indicatorsOfLevel(level).map((d) => d.key));
      expect(r.indicators.find((i) => i.key === 'violation_count')?.value, `${level} ${id}`).toBeGreaterThan(0);
    }
    // The bureau's own branches serve no zone: no grid-team indicators for them.
    const own = await report('level=branch&id=B-GZ-01');
    const keys = own.indicators.map((i) => i.key);
    expect(keys).toContain('violation_count');
    expect(keys).not.toContain('win_order_completion');
    expect(keys).not.toContain('four_plus_n_completeness');
  });

  it('ranks the bureau’s 11 district bureaus, and Huangpu’s 60+ zones, consistently with their parents', async () => {
    const get = async (query: string) => {
      const response = await api.get(`/api/v1/indicators/ranking?${query}`, { token });
      expect(response.status, query).toBe(200);
      return IndicatorRanking.parse(await response.json());
    };
    const bureaus = await get('level=unit&id=U-GZ&key=violation_count&from=2026-01-01&to=2026-09-30');
    expect(bureaus.items).toHaveLength(11);
    const bureau = await report('level=unit&id=U-GZ&from=2026-01-01&to=2026-09-30');
    expect(bureaus.items.reduce((a, i) => a + (i.value ?? 0), 0)).toBe(valueOf(bureau, 'violation_count'));
    const zones = await get(`level=unit&id=${HUANGPU}&childLevel=zone&key=violations_per_transformer_district_per_year&order=worst`);
    expect(zones.items.length).toBeGreaterThanOrEqual(60);
    expect(zones.items.map((i) => i.rank)).toEqual(zones.items.map((_, k) => k + 1));
    const values = zones.items.map((i) => i.value ?? -1);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(new Set(values).size).toBeGreaterThan(20);
  });
});
