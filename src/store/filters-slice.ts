import type { StateCreator } from 'zustand';
import { issueStatuses, severities, violationCategories, workTypes } from '../api/schemas/enums';
import type { IssueStatus, Severity, ViolationCategory, WorkType } from '../api/schemas/enums';
import type { ViolationFilter } from '../lib/violation-filter';
import { defaultFilters as defaultUrlFilters, normaliseCodes, type UrlFilters } from '../lib/url-state';
import {
  daysBetween,
  firstMonthWindow,
  isDay,
  isLastMonth,
  isMonthWindow,
  nextMonthWindow,
  type DayRange,
  type OpenDayRange,
} from '../lib/time-window';

/*
 * The violation filters (issue 3 §4): a time window over the three years (calendar days in
 * Asia/Shanghai), category, severity, closure status, work type and "overdue only", plus playback by month.
 * UI state only: the map turns it into a ViolationFilter (days since the columns' dayZero) with
 * selectViolationFilter, and the layer takes that as GPU uniforms, so a change rebuilds no data.
 */

/** Exactly what the URL carries. Lists are in contract order; all codes = no filtering. */
export type FiltersState = UrlFilters;

export interface FiltersSlice {
  filters: FiltersState;
  /** Playback by month is running (a timer in <Timeline/> calls stepPlayback). */
  playing: boolean;
  /** The three years playback steps across; set by startPlayback. */
  playbackExtent: DayRange | null;
  /** A new window (either end null = open). A manual change stops playback. */
  changeTimeWindow: (window: OpenDayRange) => void;
  /** Without `on`, flips the code. */
  toggleCategory: (category: ViolationCategory, on?: boolean) => void;
  toggleSeverity: (severity: Severity, on?: boolean) => void;
  toggleStatus: (status: IssueStatus, on?: boolean) => void;
  toggleWorkType: (workType: WorkType, on?: boolean) => void;
  toggleOverdueOnly: (on?: boolean) => void;
  /** Plays one-month windows across `extent`: resumes at the month shown, or starts at the first. */
  startPlayback: (extent: DayRange) => void;
  stopPlayback: () => void;
  /** The next month; on reaching the last month playback stops (the last month stays shown). */
  stepPlayback: () => void;
  /** Back to the defaults (the whole three years, everything shown) and stops playback. */
  resetFilters: () => void;
  /** Replaces every filter, e.g. from the URL on popstate; invalid parts fall back to defaults. */
  restoreFilters: (filters: Partial<FiltersState>) => void;
}

export type FiltersInit = Partial<FiltersState>;

export const defaultFilters = (): FiltersState => defaultUrlFilters();

/** A complete, valid FiltersState from a partial one (unknown codes dropped, bad days opened). */
export function normaliseFilters(init: Partial<FiltersState> = {}): FiltersState {
  const d = defaultFilters();
  let from = init.from !== undefined && (init.from === null || isDay(init.from)) ? init.from : d.from;
  let to = init.to !== undefined && (init.to === null || isDay(init.to)) ? init.to : d.to;
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  return {
    from,
    to,
    categories: init.categories ? normaliseCodes(violationCategories, init.categories) : d.categories,
    severities: init.severities ? normaliseCodes(severities, init.severities) : d.severities,
    statuses: init.statuses ? normaliseCodes(issueStatuses, init.statuses) : d.statuses,
    workTypes: init.workTypes ? normaliseCodes(workTypes, init.workTypes) : d.workTypes,
    overdueOnly: init.overdueOnly ?? d.overdueOnly,
  };
}

function toggled<T extends string>(all: readonly T[], current: readonly T[], code: T, on?: boolean): T[] {
  const has = current.includes(code);
  const want = on ?? !has;
  if (want === has) return [...current];
  return want ? normaliseCodes(all, [...current, code]) : current.filter((c) => c !== code);
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

export function sameFilters(a: FiltersState, b: FiltersState): boolean {
  return (
    a.from === b.from &&
    a.to === b.to &&
    a.overdueOnly === b.overdueOnly &&
    sameList(a.categories, b.categories) &&
    sameList(a.severities, b.severities) &&
    sameList(a.statuses, b.statuses) &&
    sameList(a.workTypes, b.workTypes)
  );
}

/**
 * Typed over the slice alone so it composes into any store that contains it (the app store:
 * `...createFiltersSlice(init)(...a)` in createAppStore).
 */
export const createFiltersSlice =
  (init: FiltersInit = {}): StateCreator<FiltersSlice, [], [], FiltersSlice> =>
  (set, get) => {
    // Keeps the `filters` object when nothing changed, and each of its lists that did not: a window change
    // then re-renders nothing that reads only the codes (the filters panel's 19 checkboxes, for one).
    const setFilters = (next: FiltersState, extra: Partial<FiltersSlice> = {}) => {
      const current = get().filters;
      const kept = <T extends string>(was: readonly T[], now: readonly T[]) => (sameList(was, now) ? was : now);
      const filters: FiltersState = {
        ...next,
        categories: kept(current.categories, next.categories),
        severities: kept(current.severities, next.severities),
        statuses: kept(current.statuses, next.statuses),
        workTypes: kept(current.workTypes, next.workTypes),
      };
      set(sameFilters(current, filters) ? extra : { ...extra, filters });
    };
    const stopped = { playing: false, playbackExtent: null } as const;
    return {
      filters: normaliseFilters(init),
      playing: false,
      playbackExtent: null,
      changeTimeWindow: (window) => {
        const f = get().filters;
        setFilters(normaliseFilters({ ...f, from: window.from, to: window.to }), get().playing ? stopped : {});
      },
      toggleCategory: (category, on) => {
        const f = get().filters;
        setFilters({ ...f, categories: toggled(violationCategories, f.categories, category, on) });
      },
      toggleSeverity: (severity, on) => {
        const f = get().filters;
        setFilters({ ...f, severities: toggled(severities, f.severities, severity, on) });
      },
      toggleStatus: (status, on) => {
        const f = get().filters;
        setFilters({ ...f, statuses: toggled(issueStatuses, f.statuses, status, on) });
      },
      toggleWorkType: (workType, on) => {
        const f = get().filters;
        setFilters({ ...f, workTypes: toggled(workTypes, f.workTypes, workType, on) });
      },
      toggleOverdueOnly: (on) => {
        const f = get().filters;
        setFilters({ ...f, overdueOnly: on ?? !f.overdueOnly });
      },
      startPlayback: (extent) => {
        if (!isDay(extent.from) || !isDay(extent.to) || extent.from > extent.to) return;
        const f = get().filters;
        // Resume where a paused playback stopped; otherwise (or at the end) start at the first month.
        const resume = isMonthWindow(f, extent) && !isLastMonth(f, extent);
        const window = resume ? { from: f.from as string, to: f.to as string } : firstMonthWindow(extent);
        setFilters({ ...f, ...window }, { playing: true, playbackExtent: extent });
      },
      stopPlayback: () => {
        if (get().playing) set(stopped);
      },
      stepPlayback: () => {
        const { playing, playbackExtent: extent, filters: f } = get();
        if (!playing || !extent) return;
        const next = nextMonthWindow(f, extent);
        if (!next) {
          set(stopped);
          return;
        }
        setFilters({ ...f, ...next }, isLastMonth(next, extent) ? stopped : {});
      },
      resetFilters: () => setFilters(defaultFilters(), stopped),
      restoreFilters: (filters) => setFilters(normaliseFilters(filters), get().playing ? stopped : {}),
    };
  };

/** The day column value of `day`, `null` → the open end. Days are uint16 in the columns. */
const OPEN_FROM_DAY = 0;
const OPEN_TO_DAY = 65_535;

/** The ViolationFilter the layer builder takes, in days since `dayZero` (both ends inclusive). */
export function toViolationFilter(filters: FiltersState, dayZero: string): ViolationFilter {
  const fromDay = filters.from === null ? OPEN_FROM_DAY : daysBetween(dayZero, filters.from);
  const toDay = filters.to === null ? OPEN_TO_DAY : daysBetween(dayZero, filters.to);
  return {
    fromDay,
    toDay,
    categories: filters.categories,
    severities: filters.severities,
    statuses: filters.statuses,
    workTypes: filters.workTypes,
    overdue: filters.overdueOnly ? 'only' : 'any',
  };
}

/**
 * A memoised selector: the same ViolationFilter object while the filters and dayZero are
 * unchanged (so a re-render passes deck.gl the same uniforms), a new one when they change.
 * Each call of this factory has its own one-entry cache; `selectViolationFilter` is the app's.
 */
export function createViolationFilterSelector() {
  let last: { filters: FiltersState; dayZero: string; result: ViolationFilter } | null = null;
  return (state: Pick<FiltersSlice, 'filters'>, dayZero: string): ViolationFilter => {
    const { filters } = state;
    if (last && last.dayZero === dayZero && (last.filters === filters || sameFilters(last.filters, filters))) {
      last = { ...last, filters };
      return last.result;
    }
    const result = toViolationFilter(filters, dayZero);
    last = { filters, dayZero, result };
    return result;
  };
}

export const selectViolationFilter = createViolationFilterSelector();
