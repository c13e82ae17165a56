import { describe, expect, it } from 'vitest';
import { prepareViolationTable } from '../../../src/data/violation-table';
import { isComputable, tallyZones, zoneIndicatorValues } from '../../../src/data/zone-tallies';
import { ALL_VIOLATIONS } from '../../../src/lib/violation-filter';
import { makeViolationColumns, makeViolationRow } from '../../factories/layers-violations';

// Rows in time order, as the columns serve them (day 0 = 2023-10-01).
const table = prepareViolationTable(
  makeViolationColumns([
    makeViolationRow({ zone: 0, day: 10, status: 'closed', category: 'behaviour' }),
    makeViolationRow({ zone: 1, day: 15, status: 'rectifying', category: 'management', severity: 'severe' }),
    makeViolationRow({ zone: 0, day: 20, status: 'found', overdue: true, category: 'equipment' }),
    makeViolationRow({ zone: 0, day: 400, status: 'closed', overdue: true }),
  ]),
);
const zones = [
  { id: 'Z001', gridTeamId: 'T1', transformerDistricts: 10 },
  { id: 'Z002', gridTeamId: 'T2', transformerDistricts: 4 },
  { id: 'Z003', gridTeamId: 'T3', transformerDistricts: 0 },
];
const window = { from: '2023-10-01', to: '2024-01-08' }; // days 0–99
const filter = { ...ALL_VIOLATIONS, fromDay: 0, toDay: 99 };

describe('zone tallies', () => {
  it('count the window’s violations and their issues per zone, in one pass', () => {
    const { byZone, available } = tallyZones({ table, filter, window, zones });
    expect(byZone.get('Z001')).toMatchObject({ violations: 2, issues: 2, issuesClosed: 1, issuesClosedOnTime: 1, issuesOverdueOpen: 1, severe: 0 });
    expect(byZone.get('Z002')).toMatchObject({ violations: 1, severe: 1, issuesClosed: 0 });
    expect(byZone.get('Z003')?.violations).toBe(0);
    // Without the standalone issues, issue indicators are not the API's: not offered.
    expect(available.has('issuesClosed')).toBe(false);
    const all = tallyZones({ table, filter: { ...filter, toDay: 1000 }, window: { ...window, to: '2026-01-01' }, zones });
    expect(all.byZone.get('Z001')).toMatchObject({ violations: 3, issuesClosed: 2, issuesClosedOnTime: 1 });
  });

  it('apply the codes of the filter the map applies', () => {
    const { byZone } = tallyZones({ table, filter: { ...filter, categories: ['equipment'] }, window, zones });
    expect(byZone.get('Z001')?.violations).toBe(1);
    const overdue = tallyZones({ table, filter: { ...filter, overdue: 'only' }, window, zones });
    expect(overdue.byZone.get('Z001')?.violations).toBe(1);
  });

  it('add standalone issues in the window, and leave them out under a category filter', () => {
    const standalone = [
      { zoneId: 'Z002', createdAt: '2023-11-01T09:00:00+08:00', status: 'closed', overdue: false },
      { zoneId: 'Z002', createdAt: '2025-11-01T09:00:00+08:00', status: 'closed', overdue: false },
    ];
    const t = tallyZones({ table, filter, window, zones, standalone });
    expect(t.byZone.get('Z002')).toMatchObject({ issues: 2, issuesClosed: 1 });
    expect(isComputable('issue_closure_rate', t)).toBe(true);
    expect(zoneIndicatorValues('issue_closure_rate', t).get('Z002')).toBe(50);
    expect(zoneIndicatorValues('issue_closure_rate', t).get('Z003')).toBeNull();
    const filtered = tallyZones({ table, filter: { ...filter, categories: ['management'] }, window, zones, standalone });
    expect(filtered.byZone.get('Z002')?.issues).toBe(1);
  });

  it('compute violations per transformer district and year over the window\'s days', () => {
    const t = tallyZones({ table, filter, window, zones });
    const perDistrictYear = zoneIndicatorValues('violations_per_transformer_district_per_year', t);
    // District-years to two decimals, as the API rounds them: 10 × 100 ÷ 365.25 = 2.74, 4 × 100 ÷ 365.25 = 1.10.
    // 2 violations ÷ 2.74 = 0.73; 1 ÷ 1.10 = 0.91.
    expect(perDistrictYear.get('Z001')).toBe(0.73);
    expect(perDistrictYear.get('Z002')).toBe(0.91);
    expect(perDistrictYear.get('Z003')).toBeNull(); // no district to divide by
    // The window's days count, both ends in: 1 October 2023 to 30 September 2024 is 366 days (a leap year).
    const year = tallyZones({ table, filter: { ...filter, toDay: 365 }, window: { from: '2023-10-01', to: '2024-09-30' }, zones });
    expect(year.byZone.get('Z001')?.transformerDistrictYears).toBe(10.02);
  });

  it('compute against-target indicators from the marketing list', () => {
    const marketing = [
      { gridTeamId: 'T1', month: '2023-10', winOrders: 5, winOrdersTarget: 4, winAmountCny: 1, winAmountTargetCny: 1 },
      { gridTeamId: 'T1', month: '2023-11', winOrders: 3, winOrdersTarget: 4, winAmountCny: 1, winAmountTargetCny: 1 },
      { gridTeamId: 'T1', month: '2024-12', winOrders: 100, winOrdersTarget: 1, winAmountCny: 1, winAmountTargetCny: 1 },
    ];
    const t = tallyZones({ table, filter, window, zones, marketing });
    const win = zoneIndicatorValues('win_order_completion', t);
    expect(win.get('Z001')).toBe(100);
    expect(win.get('Z002')).toBeNull();
    // Without the lists, null everywhere: not a zero.
    expect(zoneIndicatorValues('win_order_completion', tallyZones({ table, filter, window, zones })).get('Z001')).toBeNull();
  });
});

describe('violations by zone', () => {
  it('counts the window, by prefix sums with open codes and by a pass over the rows otherwise: the same as the tallies', async () => {
    const { violationsByZone } = await import('../../../src/data/zone-violation-counts');
    const big = prepareViolationTable(
      makeViolationColumns(
        Array.from({ length: 400 }, (_, i) =>
          makeViolationRow({
            day: Math.floor(i * 2.5),
            zone: i % 3,
            category: (['behaviour', 'equipment', 'management'] as const)[i % 5 % 3],
            status: i % 7 === 0 ? 'closed' : 'found',
          }),
        ),
      ),
    );
    for (const [fromDay, toDay] of [[0, 1000], [10, 99], [500, 400], [997, 997], [-5, 3]] as const) {
      for (const f of [{ ...ALL_VIOLATIONS, fromDay, toDay }, { ...ALL_VIOLATIONS, fromDay, toDay, categories: ['equipment' as const] }]) {
        const counts = violationsByZone(big, f);
        const tallies = tallyZones({ table: big, filter: f, window, zones });
        expect(Array.from(counts), `${fromDay}–${toDay} ${[...f.categories].join()}`).toEqual(zones.map((z) => tallies.byZone.get(z.id)?.violations ?? 0));
      }
    }
    expect(Array.from(violationsByZone(big, { ...ALL_VIOLATIONS, fromDay: 0, toDay: 1000 })).reduce((a, b) => a + b, 0)).toBe(400);
  });
});
