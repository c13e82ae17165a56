import { describe, expect, it } from 'vitest';
import { classOf, niceStep, zoneClassesOf } from '../../../src/data/zone-classes';

describe('zone classes', () => {
  it('gives rates with a meaning fixed breaks, and says which way is good', () => {
    const closure = zoneClassesOf('issue_closure_rate', new Map([['a', 12]]));
    expect(closure.thresholds).toEqual([60, 70, 80, 90]);
    expect(closure.better).toBe('higher');
    expect(zoneClassesOf('win_order_completion', new Map()).thresholds).toContain(100);
  });

  it('cuts counts into equal classes over the values, with readable breaks', () => {
    const c = zoneClassesOf('overdue_open_issues', new Map([['a', 3], ['b', 17], ['c', 42], ['d', null]]));
    // max 42 over 5 classes → step 10 → breaks 10, 20, 30, 40.
    expect(c.domain).toEqual([0, 50]);
    expect(c.thresholds).toEqual([10, 20, 30, 40]);
    expect(c.better).toBe('lower');
    expect([3, 17, 42, null].map((v) => classOf(c, v))).toEqual([0, 1, 4, null]);
  });

  it('rounds steps to 1, 2 or 5 × 10^k', () => {
    expect([0.3, 1.2, 4, 7, 130].map(niceStep)).toEqual([0.5, 2, 5, 10, 200]);
    expect(niceStep(0)).toBe(1);
  });
});
