import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  clampWindow,
  countByMonth,
  datasetExtent,
  daysBetween,
  endOfMonth,
  firstMonthWindow,
  formatDay,
  isDay,
  lastMonths,
  isLastMonth,
  isMonthWindow,
  monthIndexOf,
  monthsOf,
  monthWindow,
  nextMonthWindow,
  partialLastMonth,
  previousWindow,
  shanghaiDateTimeOf,
  shanghaiDayOf,
  shiftMonths,
  yearToDate,
  type DayRange,
} from '../../../src/lib/time-window';

const extent: DayRange = { from: '2023-10-01', to: '2026-09-30' };

describe('time-window: calendar days', () => {
  it('knows real days from look-alikes', () => {
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2023-02-29')).toBe(false);
    expect(isDay('2026-13-01')).toBe(false);
    expect(isDay('2026-1-01')).toBe(false);
    expect(isDay('20260101')).toBe(false);
    expect(isDay(null)).toBe(false);
  });

  it('does calendar arithmetic without a time zone', () => {
    expect(daysBetween('2026-01-01', '2026-01-31')).toBe(30);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(endOfMonth('2024-02-10')).toBe('2024-02-29');
    expect(addMonths('2025-11-30', 2)).toBe('2026-01-01');
    expect(shiftMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(shiftMonths('2026-03-15', -1)).toBe('2026-02-15');
  });

  it('turns instants into days in Asia/Shanghai, whatever the machine zone', () => {
    expect(shanghaiDayOf('2026-09-30T17:00:00+08:00')).toBe('2026-09-30');
    // 16:30 UTC is 00:30 the next day in Shanghai.
    expect(shanghaiDayOf('2026-09-30T16:30:00Z')).toBe('2026-10-01');
    expect(shanghaiDayOf(Date.UTC(2026, 0, 1, 15, 59))).toBe('2026-01-01');
    expect(() => shanghaiDayOf('yesterday')).toThrow(RangeError);
    expect(shanghaiDateTimeOf('2026-09-30T16:30:05Z')).toBe('2026-10-01T00:30:05');
    expect(shanghaiDateTimeOf(Date.UTC(2026, 0, 1, 15, 59, 59, 999))).toBe('2026-01-01T23:59:59');
  });

  it('gives the three years the API generates (the day after asOf three years back, to asOf)', () => {
    expect(datasetExtent('2026-09-30T17:00:00+08:00')).toEqual(extent);
    expect(datasetExtent('2024-02-29T12:00:00+08:00')).toEqual({ from: '2021-03-02', to: '2024-02-29' });
  });

  it('formats days for people in both languages, never shifting them', () => {
    expect(formatDay('2025-03-01', 'zh-CN')).toBe('2025年3月1日');
    expect(formatDay('2025-03-01', 'en')).toBe('Mar 1, 2025');
  });
});

describe('time-window: windows and months', () => {
  it('the as-of year to date, by the calendar in Asia/Shanghai', () => {
    expect(yearToDate('2026-09-30T23:59:59+08:00')).toEqual({ from: '2026-01-01', to: '2026-09-30' });
    // 16:30 UTC on New Year's Eve is already New Year's Day in Beijing: a year of one day.
    expect(yearToDate('2026-12-31T16:30:00Z')).toEqual({ from: '2027-01-01', to: '2027-01-01' });
  });

  it('clamps a window into the extent, closing open ends', () => {
    expect(clampWindow({ from: null, to: null }, extent)).toEqual(extent);
    expect(clampWindow({ from: '2020-01-01', to: '2025-01-31' }, extent)).toEqual({ from: '2023-10-01', to: '2025-01-31' });
    expect(clampWindow({ from: '2026-01-01', to: '2030-01-01' }, extent)).toEqual({ from: '2026-01-01', to: '2026-09-30' });
    // No overlap: the whole extent rather than an empty window.
    expect(clampWindow({ from: '2027-01-01', to: '2027-02-01' }, extent)).toEqual(extent);
  });

  it('lists the 36 months of three years and indexes them', () => {
    const months = monthsOf(extent);
    expect(months).toHaveLength(36);
    expect(months[0]).toBe('2023-10-01');
    expect(months[35]).toBe('2026-09-01');
    expect(monthIndexOf('2024-01-15', extent)).toBe(3);
    expect(monthsOf({ from: '2023-10-15', to: '2023-11-02' })).toEqual(['2023-10-01', '2023-11-01']);
  });

  it('steps one month at a time across the extent, clamping partial months, and ends', () => {
    const partial: DayRange = { from: '2023-10-15', to: '2024-01-10' };
    let w: DayRange | null = firstMonthWindow(partial);
    const seen: DayRange[] = [];
    while (w) {
      seen.push(w);
      w = nextMonthWindow(w, partial);
    }
    expect(seen).toEqual([
      { from: '2023-10-15', to: '2023-10-31' },
      { from: '2023-11-01', to: '2023-11-30' },
      { from: '2023-12-01', to: '2023-12-31' },
      { from: '2024-01-01', to: '2024-01-10' },
    ]);
    expect(isLastMonth(seen[3] as DayRange, partial)).toBe(true);
    expect(isLastMonth(seen[2] as DayRange, partial)).toBe(false);
  });

  it('tells a month window from any other', () => {
    expect(isMonthWindow(monthWindow('2025-02-01', extent), extent)).toBe(true);
    expect(isMonthWindow({ from: '2025-02-01', to: '2025-02-27' }, extent)).toBe(false);
    expect(isMonthWindow({ from: null, to: '2025-02-28' }, extent)).toBe(false);
  });

  it('counts rows per month from the day column (days since dayZero)', () => {
    const dayZero = '2023-10-03';
    // 2023-10-03 (Oct), 2023-10-31 (Oct), 2023-11-01 (Nov), 2026-09-30 (last month), one after the extent.
    const days = [0, 28, 29, daysBetween(dayZero, '2026-09-30'), daysBetween(dayZero, '2026-10-01')];
    const counts = countByMonth(Uint16Array.from(days), dayZero, extent);
    expect(counts).toHaveLength(36);
    expect(counts[0]).toBe(2);
    expect(counts[1]).toBe(1);
    expect(counts[35]).toBe(1);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(4);
  });
});

describe('time-window: the last n months', () => {
  it('are the extent\'s last 36 calendar months, its partial last month included, whatever the day', () => {
    // The first of a month: the extent's three years and a day touch 37 months; the trend shows 36.
    expect(lastMonths(datasetExtent('2026-12-01T00:30:00+08:00'), 36)).toEqual({ from: '2024-01-01', to: '2026-12-01' });
    expect(lastMonths(datasetExtent('2026-11-15T12:00:00+08:00'), 36)).toEqual({ from: '2023-12-01', to: '2026-11-15' });
    // The last day of a month: the extent is 36 whole months already.
    expect(lastMonths(datasetExtent('2026-11-30T12:00:00+08:00'), 36)).toEqual({ from: '2023-12-01', to: '2026-11-30' });
    expect(monthsOf(lastMonths(datasetExtent('2026-12-01T00:30:00+08:00'), 36))).toHaveLength(36);
    // Never before the extent.
    expect(lastMonths({ from: '2026-05-10', to: '2026-06-02' }, 36)).toEqual({ from: '2026-05-10', to: '2026-06-02' });
  });
});

describe('time-window: the previous window', () => {
  it('has the same length and ends the day before, across month, leap-day and year ends', () => {
    expect(previousWindow({ from: '2026-07-01', to: '2026-09-30' })).toEqual({ from: '2026-03-31', to: '2026-06-30' });
    expect(previousWindow({ from: '2024-03-01', to: '2024-03-01' })).toEqual({ from: '2024-02-29', to: '2024-02-29' });
    expect(previousWindow({ from: '2026-01-01', to: '2026-12-31' })).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });
});

describe('partialLastMonth', () => {
  const months = ['2026-10', '2026-11', '2026-12'];

  it('is the last month when the data ends before its last day, with its days', () => {
    expect(partialLastMonth(months, '2026-12-01')).toEqual({ month: '2026-12', days: 1 });
    expect(partialLastMonth(months, '2026-12-30')).toEqual({ month: '2026-12', days: 30 });
    expect(partialLastMonth(['2024-01', '2024-02'], '2024-02-28')).toEqual({ month: '2024-02', days: 28 });
  });

  it('is none when the data runs to the month’s end (a leap February’s 29th too), ends in another month, or there are no months', () => {
    expect(partialLastMonth(months, '2026-12-31')).toBeNull();
    expect(partialLastMonth(['2024-01', '2024-02'], '2024-02-29')).toBeNull();
    expect(partialLastMonth(months, '2027-01-01')).toBeNull();
    expect(partialLastMonth([], '2026-12-01')).toBeNull();
  });
});
