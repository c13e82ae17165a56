import { useAppStore, useLanguage } from '../../../store/hooks';
import type { FiltersSlice } from '../../../store/filters-slice';
import { filtersStrings, type FiltersMessages } from '../strings';

/*
 * Atomic selector hooks over the filters slice of the app store (the slice is composed into
 * createAppStore; filtersOf says so loudly if it is not).
 */

function filtersOf(state: object): FiltersSlice {
  if (!('filters' in state)) {
    throw new Error('The app store has no filters slice: add createFiltersSlice to createAppStore (src/store/app-store.ts).');
  }
  return state as FiltersSlice;
}

export function useFiltersState<T>(selector: (state: FiltersSlice) => T): T {
  return useAppStore((state) => selector(filtersOf(state)));
}

export const useWindowFrom = () => useFiltersState((s) => s.filters.from);
export const useWindowTo = () => useFiltersState((s) => s.filters.to);
export const useCategoryFilter = () => useFiltersState((s) => s.filters.categories);
export const useSeverityFilter = () => useFiltersState((s) => s.filters.severities);
export const useStatusFilter = () => useFiltersState((s) => s.filters.statuses);
export const useWorkTypeFilter = () => useFiltersState((s) => s.filters.workTypes);
export const useOverdueOnly = () => useFiltersState((s) => s.filters.overdueOnly);
export const usePlaying = () => useFiltersState((s) => s.playing);

// Actions are stable functions: selecting them never re-renders.
export const useChangeTimeWindow = () => useFiltersState((s) => s.changeTimeWindow);
export const useToggleCategory = () => useFiltersState((s) => s.toggleCategory);
export const useToggleSeverity = () => useFiltersState((s) => s.toggleSeverity);
export const useToggleStatus = () => useFiltersState((s) => s.toggleStatus);
export const useToggleWorkType = () => useFiltersState((s) => s.toggleWorkType);
export const useToggleOverdueOnly = () => useFiltersState((s) => s.toggleOverdueOnly);
export const useStartPlayback = () => useFiltersState((s) => s.startPlayback);
export const useStopPlayback = () => useFiltersState((s) => s.stopPlayback);
export const useStepPlayback = () => useFiltersState((s) => s.stepPlayback);
export const useResetFilters = () => useFiltersState((s) => s.resetFilters);

/** The filters' strings in the app's current language. */
export function useFiltersStrings(): FiltersMessages {
  return filtersStrings[useLanguage()];
}
