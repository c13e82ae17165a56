import { describe, expect, it } from 'vitest';
import type { Breakdown, MonthlySeries } from '../../../../src/api/schemas/indicators';
import { categoryTrend, issueTrend, monthLabel, monthlyValues, monthsWindow, severityMatrix, sparklinePoints } from '../../../../src/features/analysis/lib/series';
import { axisTooltip, fadePartial, splitPartialLine } from '../../../../src/features/analysis/lib/month-axes';
import { lastWholeMonth } from '../../../../src/lib/time-window';
import { childLevelOf, subjectOf } from '../../../../src/features/analysis/lib/levels';

type Point = MonthlySeries['points'][number];
const makePoint = (month: string, byCategory: Record<string, number>, severe = 0): Point => {
  const violations = Object.values(byCategory).reduce((a, b) => a + b, 0);
  return { month, violations, byCategory, bySeverity: { general: violations - severe, serious: 0, severe }, issuesOpened: violations, issuesClosed: 0 };
};

describe('category trend', () => {
  it('has one value per month for every category, in code order, a missing category counting 0', () => {
    const trend = categoryTrend([makePoint('2026-01', { behaviour: 3, equipment: 1 }), makePoint('2026-02', { management: 2 })]);
    expect(trend.months).toEqual(['2026-01', '2026-02']);
    expect(trend.byCategory.map((c) => c.category)).toEqual(['behaviour', 'equipment', 'management']);
    expect(trend.byCategory.map((c) => c.values)).toEqual([[3, 0], [1, 0], [0, 2]]);
    expect(trend.totals).toEqual([4, 2]);
  });
});

describe('a partial last month', () => {
  it('is faded among the bars; the last whole month is the one before it', () => {
    const partial = { month: '2026-12', days: 1 };
    expect(fadePartial([5, 7, 1], partial)).toEqual([5, 7, { value: 1, itemStyle: { opacity: 0.45 } }]);
    expect(fadePartial([5, 7, 1], null)).toEqual([5, 7, 1]);
    expect(lastWholeMonth(3, partial)).toBe(1);
    expect(lastWholeMonth(3, null)).toBe(2);
  });

  it('ends a line at the last whole month, the step into the partial one apart (dashed)', () => {
    const partial = { month: '2026-12', days: 1 };
    expect(splitPartialLine([5, 7, 1], partial)).toEqual({ whole: [5, 7, null], partial: [null, 7, 1] });
    expect(splitPartialLine([5, 7, 1], null)).toEqual({ whole: [5, 7, 1], partial: null });
    expect(splitPartialLine([1], partial)).toEqual({ whole: [1], partial: null });
  });

  it("lists each series once in the axis tooltip, with its value, and leaves out a series without one", () => {
    const params = [
      { seriesName: '新增', value: 1200, marker: '<i></i>', axisValueLabel: '2026年11月' },
      { seriesName: '已闭环', value: 980, marker: '<i></i>' },
      // The dashed step of the same line, at the month where both halves meet.
      { seriesName: '已闭环', value: 980, marker: '<i></i>' },
      { seriesName: '<b>x</b>', value: null, marker: '' },
    ];
    expect(axisTooltip(params, 'zh-CN')).toBe('2026年11月<br/><i></i>新增&emsp;<b>1,200</b><br/><i></i>已闭环&emsp;<b>980</b>');
    expect(axisTooltip({ seriesName: 'a & b', value: 3, axisValueLabel: 'Nov' }, 'en')).toBe('Nov<br/>a &amp; b&emsp;<b>3</b>');
  });
});

describe('issue trend', () => {
  it('has the issues opened and closed of each month', () => {
    const p = (month: string, issuesOpened: number, issuesClosed: number): Point => ({ ...makePoint(month, {}), issuesOpened, issuesClosed });
    expect(issueTrend([p('2026-01', 5, 2), p('2026-02', 1, 4)])).toEqual({ months: ['2026-01', '2026-02'], opened: [5, 1], closed: [2, 4] });
  });
});

describe('monthly values of an indicator', () => {
  const points = [makePoint('2026-01', { behaviour: 8 }, 2), makePoint('2026-02', {}, 0), makePoint('2026-03', { equipment: 3 }, 1)];

  it('counts violations, and the severe share in percent, none where a month has no violation', () => {
    expect(monthlyValues('violation_count', points)).toEqual([8, 0, 3]);
    expect(monthlyValues('severe_share', points)).toEqual([25, null, 33.33]);
  });

  it('has none for an indicator whose inputs the monthly series lacks', () => {
    expect(monthlyValues('violations_per_100_operations', points)).toBeNull();
    expect(monthlyValues('issue_closure_rate', points)).toBeNull();
  });
});

describe('sparkline points', () => {
  it('spans the box, the highest value at the top, skipping missing values', () => {
    expect(sparklinePoints([0, null, 10], 100, 20, 0)).toBe('0.0,20.0 100.0,0.0');
  });

  it('draws a flat series in the middle, and nothing with under two values', () => {
    expect(sparklinePoints([5, 5], 10, 20, 0)).toBe('0.0,10.0 10.0,10.0');
    expect(sparklinePoints([5], 10, 20)).toBe('');
    expect(sparklinePoints([null, 4, null], 10, 20)).toBe('');
  });
});

describe('month labels', () => {
  it('read as a Chinese or English reader says them', () => {
    expect(monthLabel('2024-03', 'zh-CN')).toBe('2024年3月');
    expect(monthLabel('2024-03', 'en')).toBe('Mar 2024');
    // December stays December whatever the machine's zone.
    expect(monthLabel('2025-12', 'en')).toBe('Dec 2025');
  });
});

describe('severity matrix', () => {
  const cell = (category: Breakdown['matrix'][number]['category'], severity: Breakdown['matrix'][number]['severity'], violations: number) => ({ category, severity, violations, records: null });

  it('puts every category in a row with its severities and totals', () => {
    const m = severityMatrix([cell('behaviour', 'general', 10), cell('behaviour', 'severe', 2), cell('management', 'serious', 5)]);
    expect(m.rows.map((r) => r.category)).toEqual(['behaviour', 'equipment', 'management']);
    expect(m.rows[0]?.cells).toEqual({ general: 10, serious: 0, severe: 2 });
    expect(m.rows[0]?.total).toBe(12);
    expect(m.rows[1]?.total).toBe(0);
    expect(m.columnTotals).toEqual({ general: 10, serious: 5, severe: 2 });
    expect(m.total).toBe(17);
    expect(m.max).toBe(10);
  });
});

describe('levels', () => {
  it('ranks the next level down, and nothing under a member', () => {
    expect(childLevelOf({ level: 'bureau' })).toBe('unit');
    expect(childLevelOf({ level: 'unit', id: 'U-440112' })).toBe('branch');
    expect(childLevelOf({ level: 'branch', id: 'B-1' })).toBe('zone');
    expect(childLevelOf({ level: 'zone', id: 'Z-1' })).toBe('member');
    expect(childLevelOf({ level: 'member', id: 'M-1' })).toBeNull();
  });

  it('asks the API about the bureau as its root unit, once that is known', () => {
    expect(subjectOf({ level: 'bureau' }, 'U-GZ')).toEqual({ level: 'unit', id: 'U-GZ' });
    expect(subjectOf({ level: 'bureau' }, null)).toBeNull();
    expect(subjectOf({ level: 'zone', id: 'Z-440112-001' }, 'U-GZ')).toEqual({ level: 'zone', id: 'Z-440112-001' });
  });
});

describe('a brushed range of months as a window', () => {
  it('runs from the first day of the first month to the last day of the last, leap years included', () => {
    expect(monthsWindow('2025-03', '2025-05')).toEqual({ from: '2025-03-01', to: '2025-05-31' });
    expect(monthsWindow('2024-02', '2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthsWindow('2025-11', '2026-02')).toEqual({ from: '2025-11-01', to: '2026-02-28' });
  });
});
