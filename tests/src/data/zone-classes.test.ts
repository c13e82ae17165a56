import { describe, expect, it } from 'vitest';
import { classMethodOf, zoneClassesOf } from '../../../src/data/zone-classes';
import { classAt } from '../../../src/lib/legend-types';

const valuesOf = (list: readonly (number | null)[]) => new Map(list.map((v, i) => [`Z${i}`, v]));
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('zone classes', () => {
  it('picks the method by indicator: anchors for rates against a target, quantiles for counts, natural breaks for other rates', () => {
    expect(classMethodOf('issue_closure_rate')).toBe('anchored');
    expect(classMethodOf('win_amount_completion')).toBe('anchored');
    expect(classMethodOf('violation_count')).toBe('quantile');
    expect(classMethodOf('overdue_open_issues')).toBe('quantile');
    expect(classMethodOf('violations_per_transformer_district_per_year')).toBe('natural-breaks');
    expect(classMethodOf('severe_share')).toBe('natural-breaks');
  });

  it('keeps the anchors of rates with a meaning, and says where the zones are', () => {
    const closure = zoneClassesOf('issue_closure_rate', valuesOf([95, 97.5, 100, 88, null]));
    expect(closure.thresholds).toEqual([60, 70, 80, 90]);
    expect(closure.domain).toEqual([0, 100]);
    expect(closure.better).toBe('higher');
    expect(closure.extent).toEqual([88, 100]);
    expect(closure.counts).toEqual([0, 0, 0, 1, 3]);
    expect(closure.noData).toBe(1);
    expect(zoneClassesOf('win_order_completion', new Map()).thresholds).toContain(100);
  });

  it('cuts counts into quantiles of the current values, from the data’s least to its greatest', () => {
    const c = zoneClassesOf('violation_count', valuesOf(range(1, 100)));
    expect(c.thresholds).toEqual([21, 41, 61, 81]);
    expect(c.counts).toEqual([20, 20, 20, 20, 20]);
    expect(c.domain).toEqual([1, 100]);
    expect(c.better).toBe('lower');
  });

  it('cuts per-capita rates at natural breaks, in the range of the values (not "< 1 … ≥ 4" for values in the hundreds)', () => {
    const rates = [120, 135, 150, 160, 410, 430, 455, 1900, 2100, 2300];
    const c = zoneClassesOf('violations_per_transformer_district_per_year', valuesOf(rates));
    expect(c.method).toBe('natural-breaks');
    expect(c.thresholds.length).toBeLessThanOrEqual(4);
    expect(c.thresholds[0]).toBeGreaterThan(160);
    expect(c.thresholds[0]).toBeLessThanOrEqual(410);
    expect(c.domain).toEqual([120, 2300]);
    expect(c.counts.reduce((a, b) => a + b, 0)).toBe(rates.length);
    // Breaks are readable numbers.
    for (const t of c.thresholds) expect(t % 10, String(t)).toBe(0);
  });

  it('keeps zero a value (class 0) and null "no data", apart', () => {
    const c = zoneClassesOf('overdue_open_issues', valuesOf([0, 0, 0, 0, 2, 5, 9, null, null]));
    expect(classAt(c.thresholds, 0)).toBe(0);
    expect(classAt(c.thresholds, null)).toBeNull();
    expect(c.noData).toBe(2);
    expect(c.counts[0]).toBe(4);
    expect(c.counts.reduce((a, b) => a + b, 0)).toBe(7);
  });

  it('makes fewer classes for few distinct values, one for all-equal values, none for no values', () => {
    expect(zoneClassesOf('violation_count', valuesOf([3, 3, 8])).thresholds).toEqual([5]);
    const equal = zoneClassesOf('violations_per_transformer_district_per_year', valuesOf([12.5, 12.5, 12.5]));
    expect(equal.thresholds).toEqual([]);
    expect(equal.counts).toEqual([3]);
    expect(equal.domain).toEqual([12.5, 12.5]);
    const single = zoneClassesOf('severe_share', valuesOf([7]));
    expect(single.thresholds).toEqual([]);
    expect(single.counts).toEqual([1]);
    const none = zoneClassesOf('violation_count', valuesOf([null, null]));
    expect(none.thresholds).toEqual([]);
    expect(none.extent).toBeNull();
    expect(none.counts).toEqual([0]);
    expect(none.noData).toBe(2);
  });

  it('classes values at the thresholds, and no data as null', () => {
    const c = zoneClassesOf('issue_closure_rate', new Map());
    expect([59.99, 60, 89.99, 90, 100, null, undefined, Number.NaN].map((v) => classAt(c.thresholds, v))).toEqual([0, 1, 3, 4, 4, null, null, null]);
  });
});
