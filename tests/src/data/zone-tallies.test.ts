import { describe, expect, it } from 'vitest';
import { prepareViolationTable } from '../../../src/data/violation-table';
import { isComputable, tallyZones, zoneIndicatorValues } from '../../../src/data/zone-tallies';
import { ALL_VIOLATIONS, codeKeysOf, codesOfKey, rowFilterOf } from '../../../src/lib/violation-filter';
import { issueStatuses, severities, violationCategories, workTypes } from '../../../src/api/schemas/enums';
import { OVERDUE_BIT } from '../../../src/api/violation-columns';
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
  it('counts the window with every code shown and with a filter on codes: the same as the tallies', async () => {
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

  it('follow a sequence of windows (whole 32-day blocks and partial ends) and filters (counts moved from the last window or the one made ahead), as a plain count of the rows', async () => {
    const { prepareZoneKeyCounts, violationsByZone } = await import('../../../src/data/zone-violation-counts');
    const rows = Array.from({ length: 600 }, (_, i) =>
      makeViolationRow({
        day: Math.floor(i / 2),
        zone: (i * 7) % 3,
        category: violationCategories[i % 3],
        severity: severities[(i >> 1) % 3],
        status: issueStatuses[i % 5],
        overdue: i % 4 === 0,
        workType: workTypes[i % workTypes.length],
      }),
    );
    const t = prepareViolationTable(makeViolationColumns(rows));
    const filters = [
      ALL_VIOLATIONS,
      { ...ALL_VIOLATIONS, categories: ['equipment' as const] },
      { ...ALL_VIOLATIONS, severities: ['severe' as const], statuses: ['closed' as const] },
      { ...ALL_VIOLATIONS, overdue: 'only' as const },
    ];
    // Slides forward and back, grows, shrinks, jumps away, comes back, empties.
    const windows = [[0, 99], [5, 104], [3, 90], [50, 299], [60, 200], [250, 299], [0, 10], [0, 299], [100, 99], [20, 40]] as const;
    for (const [fromDay, toDay] of windows) {
      // Made ahead in idle time, here for a window a week off: the filters below move them to theirs.
      prepareZoneKeyCounts(t, Math.max(0, fromDay - 7), toDay);
      for (const codes of filters) {
        const f = { ...codes, fromDay, toDay };
        const passes = rowFilterOf(f);
        const expected = zones.map((_, z) => rows.filter((_, row) => t.zone[row] === z && passes(t, row)).length);
        expect(Array.from(violationsByZone(t, f)), `${fromDay}–${toDay}`).toEqual(expected);
        const tallies = tallyZones({ table: t, filter: f, window, zones });
        expect(zones.map((z) => tallies.byZone.get(z.id)?.violations)).toEqual(expected);
        const closedRows = rows.filter((r, row) => t.zone[row] === 0 && passes(t, row) && r.status === 'closed');
        expect(tallies.byZone.get('Z001')?.issuesClosed).toBe(closedRows.length);
        expect(tallies.byZone.get('Z001')?.issuesClosedOnTime).toBe(closedRows.filter((r) => !r.overdue).length);
      }
    }
  });

  it('read each row’s codes back from its key', () => {
    const t = prepareViolationTable(
      makeViolationColumns([
        makeViolationRow({ category: 'management', severity: 'severe', status: 'awaiting_verification', overdue: true, workType: workTypes[2] }),
        makeViolationRow({ category: 'behaviour', severity: 'general', status: 'closed', overdue: false, workType: workTypes[0] }),
      ]),
    );
    const keys = codeKeysOf(t);
    expect(codesOfKey(keys[0] ?? -1)).toEqual([2, 2, 3 | OVERDUE_BIT, 2]);
    expect(codesOfKey(keys[1] ?? -1)).toEqual([0, 0, 4, 0]);
    expect(codesOfKey(-1)).toBeNull();
  });
});
