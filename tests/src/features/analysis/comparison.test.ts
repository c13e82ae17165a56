import { describe, expect, it } from 'vitest';
import { deltaOf } from '../../../../src/features/analysis/lib/comparison';
import { chartFilterOf } from '../../../../src/features/analysis/lib/filter-params';
import { defaultFilters } from '../../../../src/lib/url-state';

describe('deltaOf: a value against a reference', () => {
  it('a count changes by a relative %, red when it rises and lower is better', () => {
    expect(deltaOf(120, 100, 'count', 'lower')).toEqual({ direction: 'up', tone: 'bad', kind: 'percent', amount: 20 });
    expect(deltaOf(90, 120, 'per100', 'lower')).toEqual({ direction: 'down', tone: 'good', kind: 'percent', amount: 25 });
    expect(deltaOf(110, 100, 'count', 'higher')).toMatchObject({ direction: 'up', tone: 'good' });
  });

  it('a rate in % changes by percentage points', () => {
    expect(deltaOf(93.5, 90.25, '%', 'higher')).toEqual({ direction: 'up', tone: 'good', kind: 'points', amount: 3.25 });
    expect(deltaOf(10, 12, '%', 'lower')).toEqual({ direction: 'down', tone: 'good', kind: 'points', amount: 2 });
  });

  it('from a reference of 0: the difference, not an infinite %', () => {
    expect(deltaOf(3, 0, 'count', 'lower')).toEqual({ direction: 'up', tone: 'bad', kind: 'absolute', amount: 3 });
  });

  it('equal to the digits shown is neither up nor down; a missing value is no delta', () => {
    expect(deltaOf(100.01, 100, 'count', 'lower')).toMatchObject({ direction: 'same', tone: 'neutral', amount: 0 });
    expect(deltaOf(0, 0, 'count', 'lower')).toMatchObject({ direction: 'same' });
    expect(deltaOf(null, 5, 'count', 'lower')).toBeNull();
    expect(deltaOf(5, null, '%', 'higher')).toBeNull();
  });
});

describe('chartFilterOf: the filter panel as API parameters', () => {
  it('leaves out a dimension that shows everything', () => {
    expect(chartFilterOf(defaultFilters())).toEqual({});
  });

  it('sends what narrows, in contract order', () => {
    const f = { ...defaultFilters(), categories: ['behaviour', 'management'] as const, statuses: ['closed'] as const, workTypes: ['live_work'] as const, overdueOnly: true };
    expect(chartFilterOf(f)).toEqual({ category: ['behaviour', 'management'], status: ['closed'], workType: ['live_work'], overdue: true });
  });

  it('a dimension with nothing shown lets nothing pass: null, not an unfiltered query', () => {
    expect(chartFilterOf({ ...defaultFilters(), severities: [] })).toBeNull();
    expect(chartFilterOf({ ...defaultFilters(), workTypes: [] })).toBeNull();
  });
});
