import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import {
  createFiltersSlice,
  createViolationFilterSelector,
  defaultFilters,
  toViolationFilter,
  type FiltersInit,
  type FiltersSlice,
} from '../../../../src/store/filters-slice';
import { filterCategoriesOf } from '../../../../src/lib/violation-filter';
import { parseUrlState } from '../../../../src/lib/url-state';
import { OVERDUE_BIT } from '../../../../src/api/violation-columns';
import type { DayRange } from '../../../../src/lib/time-window';

const makeStore = (init: FiltersInit = {}) => createStore<FiltersSlice>()(createFiltersSlice(init));
const extent: DayRange = { from: '2023-10-01', to: '2026-09-30' };
const DAY_ZERO = '2023-10-01';

describe('filters slice', () => {
  it('starts with everything shown over the whole time range, or from the URL', () => {
    const s = makeStore().getState();
    expect(s.filters).toEqual(defaultFilters());
    expect([s.playing, s.playbackExtent]).toEqual([false, null]);
    const fromUrl = makeStore(parseUrlState('?from=2025-01-01&cat=equipment&overdue=1').filters).getState().filters;
    expect(fromUrl).toMatchObject({ from: '2025-01-01', to: null, categories: ['equipment'], overdueOnly: true });
  });

  it('drops what is invalid in its init', () => {
    const s = makeStore({ from: '2025-02-30', to: '2025-03-01', categories: ['behaviour', 'bogus' as never] }).getState();
    expect(s.filters).toMatchObject({ from: null, to: '2025-03-01', categories: ['behaviour'] });
  });

  it('toggles codes as events, keeping contract order, with an explicit on/off', () => {
    const store = makeStore();
    const { toggleCategory, toggleSeverity, toggleStatus, toggleWorkType, toggleOverdueOnly } = store.getState();
    toggleCategory('behaviour');
    expect(store.getState().filters.categories).toEqual(['equipment', 'management']);
    toggleCategory('behaviour');
    expect(store.getState().filters.categories).toEqual(['behaviour', 'equipment', 'management']);
    toggleSeverity('general', false);
    toggleSeverity('general', false);
    expect(store.getState().filters.severities).toEqual(['serious', 'severe']);
    toggleStatus('closed', false);
    toggleStatus('found', false);
    toggleStatus('found', true);
    expect(store.getState().filters.statuses).toEqual(['found', 'assigned', 'rectifying', 'awaiting_verification']);
    toggleWorkType('construction', false);
    toggleWorkType('patrol');
    expect(store.getState().filters.workTypes).toEqual(['switching', 'maintenance', 'emergency_repair', 'live_work']);
    toggleOverdueOnly();
    expect(store.getState().filters.overdueOnly).toBe(true);
    toggleOverdueOnly(true);
    expect(store.getState().filters.overdueOnly).toBe(true);
  });

  it('keeps the filters object when an action changes nothing (subscribers rest)', () => {
    const store = makeStore();
    const before = store.getState().filters;
    store.getState().toggleCategory('equipment', true);
    store.getState().changeTimeWindow({ from: null, to: null });
    store.getState().restoreFilters({});
    expect(store.getState().filters).toBe(before);
  });

  it('keeps each list of codes that did not change when the window does (what reads only codes rests)', () => {
    const store = makeStore();
    store.getState().toggleSeverity('general', false);
    const before = store.getState().filters;
    store.getState().changeTimeWindow({ from: '2025-01-01', to: '2025-03-31' });
    store.getState().restoreFilters(parseUrlState('?from=2025-02-01&sev=serious,severe').filters);
    const after = store.getState().filters;
    expect(after).not.toBe(before);
    expect([after.from, after.to]).toEqual(['2025-02-01', null]);
    for (const key of ['categories', 'severities', 'statuses', 'workTypes'] as const) expect(after[key]).toBe(before[key]);
    // A list that changes is the new one.
    store.getState().restoreFilters({ from: '2025-02-01', severities: ['severe'] });
    expect(store.getState().filters.severities).toEqual(['severe']);
    expect(store.getState().filters.categories).toBe(before.categories);
  });

  it('changes the time window, putting reversed ends in order', () => {
    const store = makeStore();
    store.getState().changeTimeWindow({ from: '2025-06-30', to: '2025-01-01' });
    expect(store.getState().filters).toMatchObject({ from: '2025-01-01', to: '2025-06-30' });
    store.getState().changeTimeWindow({ from: null, to: '2024-12-31' });
    expect(store.getState().filters).toMatchObject({ from: null, to: '2024-12-31' });
  });

  it('plays back month by month across the three years and stops on the last month', () => {
    const store = makeStore({ categories: ['severe' as never, 'behaviour'] });
    store.getState().startPlayback(extent);
    expect(store.getState()).toMatchObject({ playing: true, playbackExtent: extent });
    expect(store.getState().filters).toMatchObject({ from: '2023-10-01', to: '2023-10-31', categories: ['behaviour'] });
    store.getState().stepPlayback();
    expect(store.getState().filters).toMatchObject({ from: '2023-11-01', to: '2023-11-30' });
    let steps = 1;
    while (store.getState().playing && steps < 100) {
      store.getState().stepPlayback();
      steps++;
    }
    expect(steps).toBe(35);
    expect(store.getState().filters).toMatchObject({ from: '2026-09-01', to: '2026-09-30' });
    expect(store.getState().playing).toBe(false);
    // A step after the end does nothing.
    store.getState().stepPlayback();
    expect(store.getState().filters).toMatchObject({ from: '2026-09-01', to: '2026-09-30' });
    // Playing again after the end starts over.
    store.getState().startPlayback(extent);
    expect(store.getState().filters).toMatchObject({ from: '2023-10-01', to: '2023-10-31' });
  });

  it('pauses and resumes where it was; a manual change or a reset stops playback', () => {
    const store = makeStore();
    const s = () => store.getState();
    s().startPlayback(extent);
    s().stepPlayback();
    s().stopPlayback();
    s().stepPlayback();
    expect(s().filters).toMatchObject({ from: '2023-11-01', to: '2023-11-30' });
    expect(s().playing).toBe(false);
    s().startPlayback(extent);
    expect(s().filters).toMatchObject({ from: '2023-11-01', to: '2023-11-30' });
    s().changeTimeWindow({ from: '2024-01-01', to: '2024-06-30' });
    expect(s().playing).toBe(false);
    s().startPlayback(extent);
    expect(s().filters).toMatchObject({ from: '2023-10-01', to: '2023-10-31' });
    s().toggleSeverity('general', false);
    s().resetFilters();
    expect([s().playing, s().filters]).toEqual([false, defaultFilters()]);
    s().startPlayback({ from: '2026-01-01', to: '2025-01-01' });
    expect(s().playing).toBe(false);
  });

  it('two stores share nothing', () => {
    const a = makeStore();
    const b = makeStore();
    a.getState().toggleCategory('management');
    expect(b.getState().filters.categories).toHaveLength(3);
  });
});

describe('selectViolationFilter', () => {
  it('turns calendar days into days since dayZero, open ends spanning the column', () => {
    expect(toViolationFilter(defaultFilters(), DAY_ZERO)).toEqual({
      fromDay: 0,
      toDay: 65_535,
      categories: ['behaviour', 'equipment', 'management'],
      severities: ['general', 'serious', 'severe'],
      statuses: ['found', 'assigned', 'rectifying', 'awaiting_verification', 'closed'],
      workTypes: ['patrol', 'switching', 'maintenance', 'emergency_repair', 'live_work', 'construction'],
      overdue: 'any',
    });
    const f = toViolationFilter({ ...defaultFilters(), from: '2023-11-01', to: '2024-01-01', overdueOnly: true }, DAY_ZERO);
    expect([f.fromDay, f.toDay, f.overdue]).toEqual([31, 92, 'only']);
  });

  it('produces what the layer builder turns into its category bitmask', () => {
    const store = makeStore();
    store.getState().toggleStatus('closed', false);
    store.getState().toggleOverdueOnly(true);
    store.getState().toggleCategory('management', false);
    const [cats, sevs, stats] = filterCategoriesOf(toViolationFilter(store.getState().filters, DAY_ZERO));
    expect(cats).toEqual([0, 1]);
    expect(sevs).toEqual([0, 1, 2]);
    expect(stats).toEqual([0, 1, 2, 3].map((s) => s | OVERDUE_BIT));
  });

  it('returns the same object while the filter is unchanged, a new one when it changes', () => {
    const select = createViolationFilterSelector();
    const store = makeStore();
    const first = select(store.getState(), DAY_ZERO);
    expect(select(store.getState(), DAY_ZERO)).toBe(first);
    // Another part of the state changing is not a filter change.
    store.getState().startPlayback(extent);
    store.getState().stopPlayback();
    const month = select(store.getState(), DAY_ZERO);
    expect(month).not.toBe(first);
    expect([month.fromDay, month.toDay]).toEqual([0, 30]);
    expect(select(store.getState(), DAY_ZERO)).toBe(month);
    // Toggled off and on again: an equal filter, the same object.
    store.getState().toggleCategory('equipment');
    const without = select(store.getState(), DAY_ZERO);
    expect(without).not.toBe(month);
    store.getState().toggleCategory('equipment');
    const withAgain = select(store.getState(), DAY_ZERO);
    expect(withAgain).not.toBe(without);
    expect(withAgain).toEqual(month);
    expect(select(store.getState(), DAY_ZERO)).toBe(withAgain);
    // Another dayZero moves every day.
    const shifted = select(store.getState(), '2023-09-30');
    expect(shifted).not.toBe(withAgain);
    expect(shifted.fromDay).toBe(1);
  });

  it('gives each selector its own cache', () => {
    const a = createViolationFilterSelector();
    const b = createViolationFilterSelector();
    const store = makeStore();
    const fromA = a(store.getState(), DAY_ZERO);
    b(makeStore({ overdueOnly: true }).getState(), DAY_ZERO);
    expect(a(store.getState(), DAY_ZERO)).toBe(fromA);
  });
});
