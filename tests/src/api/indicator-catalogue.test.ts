import { describe, expect, it } from 'vitest';
import {
  INDICATORS,
  INDICATOR_TEXT,
  emptyTally,
  indicatorOf,
  indicatorsOfLevel,
  listHref,
  percentile90,
  recordsHref,
  indicatorDefinition,
} from '../../../src/api/indicator-catalogue';

// The catalogue itself: one spelling per key, a complete definition per entry, the shared helpers.

describe('the indicator catalogue', () => {
  it('has unique snake_case keys, each with a definition, the tally fields it reads, and levels', () => {
    const keys = INDICATORS.map((d) => d.key);
    expect(new Set(keys).size).toBe(keys.length);
    const fields = new Set(Object.keys(emptyTally()));
    for (const d of INDICATORS) {
      expect(d.key, d.key).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
      expect(d.levels.length, d.key).toBeGreaterThan(0);
      const text = INDICATOR_TEXT[d.key];
      expect(text.formula && text.period && text.numerator && d.label.zh && d.label.en, d.key).toBeTruthy();
      expect(d.needs.every((f) => fields.has(f)), d.key).toBe(true);
      // A count has no denominator, a rate has one.
      expect(text.denominator === null, d.key).toBe(d.unit === 'count');
    }
  });

  it('puts each indicator only at the levels it makes sense for', () => {
    const at = (level: 'unit' | 'branch' | 'zone' | 'member') => indicatorsOfLevel(level).map((d) => d.key);
    expect(at('member')).not.toContain('members_without_violation_rate');
    expect(at('member')).toContain('months_without_violation');
    expect(at('zone')).not.toContain('violations_per_100_operations');
    expect(at('branch')).toContain('violations_per_100_workers_per_year');
    for (const level of ['unit', 'branch', 'zone'] as const) expect(at(level)).toContain('four_plus_n_completeness');
    expect(at('member')).not.toContain('four_plus_n_completeness');
  });

  it('takes the 90th percentile by nearest rank', () => {
    expect(percentile90([])).toEqual({ value: null, numerator: 0, denominator: 0 });
    expect(percentile90([7])).toEqual({ value: 7, numerator: 1, denominator: 1 });
    // ⌈0.9 × 10⌉ = 9th smallest of 1..10; ⌈0.9 × 11⌉ = 10th of 11.
    expect(percentile90([10, 9, 8, 7, 6, 5, 4, 3, 2, 1])).toEqual({ value: 9, numerator: 9, denominator: 10 });
    expect(percentile90([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100])).toEqual({ value: 10, numerator: 10, denominator: 11 });
    // Many values with repeats, in no order (selected, not sorted): the same as the sorted list's ⌈0.9 n⌉-th, and
    // the input is left as it was.
    let seed = 7;
    const values = Array.from({ length: 20_001 }, () => ((seed = (seed * 48_271) % 2_147_483_647) % 400) / 4);
    const before = values.slice();
    const sorted = values.slice().sort((a, b) => a - b);
    expect(percentile90(values)).toEqual({ value: Math.round((sorted[Math.ceil(0.9 * 20_001) - 1] ?? NaN) * 10) / 10, numerator: 18_001, denominator: 20_001 });
    expect(values).toEqual(before);
    expect(percentile90([0.04, 0.06]).value).toBe(0.1);
  });

  it('computes a value from a tally and links its records for the subject and window', () => {
    const t = { ...emptyTally(), violations: 8, severe: 2 };
    const served = indicatorOf(indicatorDefinition('severe_share'), t, { level: 'zone', id: 'Z-1' }, { from: '2026-01-01', to: '2026-03-31' });
    expect(served).toMatchObject({ key: 'severe_share', value: 25, numerator: 2, denominator: 8, better: 'lower', unit: '%' });
    expect(served.records).toEqual({ href: '/api/v1/violations?zoneId=Z-1&from=2026-01-01&to=2026-03-31&severity=severe', rows: 'numerator' });
    expect(served.definition.period).toMatchObject({ from: '2026-01-01', to: '2026-03-31' });
    // Not windowed: what stands now; a member has no team list.
    expect(recordsHref(indicatorDefinition('four_plus_n_completeness'), { level: 'branch', id: 'B-1' }, { from: '2026-01-01', to: '2026-03-31' })).toBe(
      '/api/v1/teams?branchId=B-1&kind=grid&complete=true',
    );
    // Records only where the subject's filter selects them exactly: a zone's gridders' circles reach beyond the zone.
    const aroundMembers = indicatorDefinition('members_without_violation_rate');
    expect(recordsHref(aroundMembers, { level: 'unit', id: 'U-1' }, { from: '2026-01-01', to: '2026-03-31' })).toBe(
      '/api/v1/violations?unitId=U-1&from=2026-01-01&to=2026-03-31&aroundMembers=true',
    );
    expect(recordsHref(aroundMembers, { level: 'zone', id: 'Z-1' }, { from: '2026-01-01', to: '2026-03-31' })).toBeNull();
    expect(listHref('issues', { level: 'member', id: 'M1' }, null, { status: 'found,assigned' })).toBe('/api/v1/issues?memberId=M1&status=found,assigned');
  });
});
