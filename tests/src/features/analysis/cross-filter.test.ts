import { describe, expect, it } from 'vitest';
import { cleared, isolated } from '../../../../src/features/analysis/lib/cross-filter';
import { defaultFilters } from '../../../../src/lib/url-state';
import { createAppStore } from '../../../../src/store/app-store';

describe('cross-filter: chart segments and chips as filter states', () => {
  it('a segment isolates its code, the other dimensions as they were; the same segment again shows everything', () => {
    const start = { ...defaultFilters(), severities: ['serious', 'severe'] as const };
    const one = isolated(start, { categories: 'equipment' });
    expect(one).toMatchObject({ categories: ['equipment'], severities: ['serious', 'severe'] });
    expect(isolated(one, { categories: 'equipment' }).categories).toEqual(defaultFilters().categories);
    expect(isolated(start, { statuses: 'closed' }).statuses).toEqual(['closed']);
    expect(isolated(start, { workTypes: 'live_work' })).toMatchObject({ workTypes: ['live_work'], severities: ['serious', 'severe'] });
    expect(cleared(isolated(start, { workTypes: 'live_work' }), 'workTypes').workTypes).toEqual(defaultFilters().workTypes);
  });

  it('a matrix cell isolates both; again, both show everything; a cell beside it moves the filter there', () => {
    const cell = isolated(defaultFilters(), { categories: 'behaviour', severities: 'severe' });
    expect([cell.categories, cell.severities]).toEqual([['behaviour'], ['severe']]);
    expect(isolated(cell, { categories: 'behaviour', severities: 'severe' })).toEqual(defaultFilters());
    expect(isolated(cell, { categories: 'behaviour', severities: 'general' })).toMatchObject({ categories: ['behaviour'], severities: ['general'] });
  });

  it('a code it does not know changes nothing', () => {
    const f = defaultFilters();
    expect(isolated(f, { severities: 'apocalyptic' })).toBe(f);
  });

  it('a chip clears its dimension alone, the window kept', () => {
    const f = { ...defaultFilters(), from: '2026-01-01', categories: ['behaviour'] as const, severities: ['severe'] as const, overdueOnly: true };
    expect(cleared(f, 'categories')).toMatchObject({ from: '2026-01-01', categories: defaultFilters().categories, severities: ['severe'], overdueOnly: true });
    expect(cleared(f, 'overdueOnly')).toMatchObject({ severities: ['severe'], overdueOnly: false });
  });

  it('the store takes the result as the filter panel’s state (what the URL writes)', () => {
    const store = createAppStore();
    store.getState().restoreFilters(isolated(store.getState().filters, { categories: 'management' }));
    expect(store.getState().filters.categories).toEqual(['management']);
  });
});
