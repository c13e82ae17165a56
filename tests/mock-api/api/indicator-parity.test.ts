import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../factories/api-server';
import { startTestServer } from '../../factories/api-server';
import { generatedTestDataset, testNow } from '../../factories/api-generated';
import { decodeViolationColumns } from '../../../src/api/violation-columns';
import { INDICATORS, indicatorsOfLevel, type TallyField } from '../../../src/api/indicator-catalogue';
import type { IndicatorReport, MarketingResult } from '../../../src/api/schemas/indicators';
import type { GridZoneCollection } from '../../../src/api/schemas/org';
import type { Issue } from '../../../src/api/schemas/issues';
import { prepareViolationTable } from '../../../src/data/violation-table';
import { isComputable, tallyZones, zoneIndicatorValues } from '../../../src/data/zone-tallies';
import { ALL_VIOLATIONS } from '../../../src/lib/violation-filter';
import { daysBetween } from '../../../src/lib/time-window';

// One catalogue, two tallies: the API's /indicators?level=zone and the client's tally of the violation
// columns (plus the zones' transformer districts, marketing and standalone issues) must give the same number for every indicator
// the client can compute, on the same window.

let api: TestServer;
let token: string;

beforeAll(async () => {
  api = await startTestServer({ dataset: generatedTestDataset(20_000), now: testNow });
  token = await api.tokenFor('bureau-manager');
});
afterAll(() => api.close());

async function json<T>(path: string): Promise<T> {
  const res = await api.get(path, { token });
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}

describe('indicators computed by the API and by the client', () => {
  it('agree for every client-computable indicator, zone by zone, on the same window', async () => {
    const res = await api.get('/api/v1/violations/columns', { token });
    const columns = decodeViolationColumns(await res.arrayBuffer());
    const table = prepareViolationTable(columns);
    const zones = await json<GridZoneCollection>('/api/v1/zones');
    const marketing = (await json<{ items: MarketingResult[] }>('/api/v1/marketing')).items;
    const standalone = (await json<{ items: Issue[] }>('/api/v1/issues?source=public_safety_hazard,asset_recovery&limit=1000')).items;

    const window = { from: '2025-03-01', to: '2026-02-28' };
    const filter = { ...ALL_VIOLATIONS, fromDay: daysBetween(table.dayZero, window.from), toDay: daysBetween(table.dayZero, window.to) };
    const tallies = tallyZones({
      table,
      filter,
      window,
      zones: zones.features.map((f) => ({ id: f.id, gridTeamId: f.properties.gridTeamId, transformerDistricts: f.properties.transformerDistrictCount })),
      marketing,
      standalone,
    });
    const computable = indicatorsOfLevel('zone').filter((d) => isComputable(d.key as never, tallies));
    // Everything but what needs what only the server has (closing times, repeats, circles, the grid's
    // teams and transformer districts) is computable from what the client holds.
    const serverOnly: TallyField[] = [
      'closeDaysTotal',
      'closeDays',
      'repeatViolations',
      'memberMonths',
      'memberMonthsWithoutViolation',
      'issuesReopened',
      'gridTeams',
      'gridTeamsComplete',
      'transformerDistricts',
      'transformerDistrictsAssigned',
      'operations',
      'workerYears',
    ];
    expect(computable.map((d) => d.key).sort()).toEqual(
      INDICATORS.filter((d) => d.levels.includes('zone') && !d.needs.some((f) => serverOnly.includes(f))).map((d) => d.key).sort(),
    );
    expect(computable.map((d) => d.key)).toEqual(expect.arrayContaining(['violation_count', 'violations_per_transformer_district_per_year', 'severe_share', 'open_issues', 'issue_closure_rate', 'win_order_completion']));

    // Zones with the most violations, and a few quiet ones.
    const ranked = [...tallies.byZone].sort((a, b) => b[1].violations - a[1].violations);
    const sample = [...ranked.slice(0, 6), ...ranked.slice(-3)].map(([id]) => id);
    let compared = 0;
    for (const zoneId of sample) {
      const report = await json<IndicatorReport>(`/api/v1/indicators?level=zone&id=${zoneId}&from=${window.from}&to=${window.to}`);
      for (const definition of computable) {
        const served = report.indicators.find((i) => i.key === definition.key);
        expect(served, `${definition.key} served for ${zoneId}`).toBeDefined();
        const client = zoneIndicatorValues(definition.key as never, tallies).get(zoneId);
        expect(client, `${definition.key} of ${zoneId}`).toBe(served?.value);
        compared++;
      }
    }
    expect(compared).toBe(sample.length * computable.length);
    // Not a comparison of zeros: the busiest zone has violations and closed issues in the window.
    expect(ranked[0]?.[1].violations).toBeGreaterThan(10);
    expect(ranked[0]?.[1].issuesClosed).toBeGreaterThan(0);
  });
});
