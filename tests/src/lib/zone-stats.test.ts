import { describe, expect, it } from 'vitest';
import { prepareViolationPoints } from '../../../src/layers/violation-points';
import { countByZone, dateToDay, dayToDate, zoneFigures, zoneIndicatorValues } from '../../../src/lib/zone-stats';
import { makeViolationColumns, makeViolationRow } from '../../factories/layers-violations';

const rows = [
  makeViolationRow({ zone: 0, day: 10, status: 'closed', category: 'behaviour' }),
  makeViolationRow({ zone: 0, day: 20, status: 'found', overdue: true, category: 'equipment' }),
  makeViolationRow({ zone: 0, day: 400, status: 'closed' }),
  makeViolationRow({ zone: 1, day: 15, status: 'rectifying', category: 'management' }),
];
const prepared = prepareViolationPoints(makeViolationColumns(rows));

describe('zone stats', () => {
  it('counts per zone inside the day window only, in one pass', () => {
    const counts = countByZone(prepared, { fromDay: 0, toDay: 100 });
    expect(zoneFigures(counts, 'Z001')).toEqual({ violations: 2, closed: 1, overdueOpen: 1, byCategory: [1, 1, 0] });
    expect(zoneFigures(counts, 'Z002')).toEqual({ violations: 1, closed: 0, overdueOpen: 0, byCategory: [0, 0, 1] });
    expect(zoneFigures(counts, 'Z003')?.violations).toBe(0);
    expect(zoneFigures(counts, 'nope')).toBeNull();
    expect(zoneFigures(countByZone(prepared, { fromDay: 0, toDay: 1000 }), 'Z001')?.violations).toBe(3);
  });

  it('computes every zone indicator, null where there is no denominator', () => {
    const counts = countByZone(prepared, { fromDay: 0, toDay: 100 });
    const zones = [
      { id: 'Z001', gridTeamId: 'T1' },
      { id: 'Z002', gridTeamId: 'T2' },
      { id: 'Z003', gridTeamId: 'T3' },
    ];
    const closure = zoneIndicatorValues('closureRate', { counts, zones });
    expect([...closure]).toEqual([['Z001', 0.5], ['Z002', 0], ['Z003', null]]);
    expect(zoneIndicatorValues('overdueIssues', { counts, zones }).get('Z001')).toBe(1);
    const teams = [
      { id: 'T1', memberIds: ['a', 'b', 'c', 'd'], staffIds: ['e', 'f', 'g', 'h', 'i', 'j'] },
      { id: 'T2', memberIds: [], staffIds: [] },
    ];
    const per100 = zoneIndicatorValues('violationsPer100Staff', { counts, zones, teams });
    expect(per100.get('Z001')).toBe(20); // 2 violations, 10 people
    expect(per100.get('Z002')).toBeNull(); // nobody to divide by
    const marketing = [
      { gridTeamId: 'T1', month: '2023-10', winOrders: 5, winOrdersTarget: 4 },
      { gridTeamId: 'T1', month: '2023-11', winOrders: 3, winOrdersTarget: 4 },
      { gridTeamId: 'T1', month: '2024-12', winOrders: 100, winOrdersTarget: 1 },
    ];
    const win = zoneIndicatorValues('winOrderCompletion', { counts, zones, marketing, months: { from: '2023-10', to: '2023-12' } });
    expect(win.get('Z001')).toBe(1);
    expect(win.get('Z002')).toBeNull();
  });

  it('converts between days and calendar days', () => {
    expect(dayToDate('2023-10-01', 0)).toBe('2023-10-01');
    expect(dayToDate('2023-10-01', 31)).toBe('2023-11-01');
    expect(dateToDay('2023-10-01', '2024-10-01T17:00:00+08:00')).toBe(366);
  });
});
