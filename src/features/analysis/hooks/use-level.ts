import { createContext, useCallback, useMemo } from 'react';
import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { comparisonQuery } from '../../../api/queries/indicator-comparison';
import { indicatorQueries, sameSubjectPlaceholder, useIndicatorReport } from '../../../api/queries/indicators';
import { useUnits } from '../../../api/queries/org';
import type { IndicatorSubject } from '../../../api/queries/indicators';
import type { Breakdown, MonthlySeries } from '../../../api/schemas/indicators';
import type { UnitTreeNode } from '../../../api/schemas/org';
import { useDatasetExtent, useFilterWindow } from '../../../data/use-violation-table';
import { lastMonths, partialLastMonth, TREND_MONTHS, type DayRange, type PartialMonth } from '../../../lib/time-window';
import type { UrlFilters } from '../../../lib/url-state';
import { useAppStore, usePlace } from '../../../store/hooks';
import { chartFilterOf, type ChartFilter } from '../lib/filter-params';
import { subjectOf } from '../lib/levels';

/** Where the workspace is, without the filters: what the KPIs, the comparisons and the ranking follow. */
export interface LevelPlace {
  /** The API subject of the place (the bureau: its root unit); null until the unit tree is in. */
  subject: { level: IndicatorSubject['level']; id: string } | null;
  /** The filters' time window (the map's): KPIs, matrix and ranking. */
  window: DayRange | null;
  /** The dataset's three years: the trend and the sparklines. */
  extent: DayRange | null;
  /** English names of the units (the API's reports name things in Chinese). */
  unitNamesEn: ReadonlyMap<string, string>;
  /** The bureau's unit (the root of the unit tree); null until the tree is in. */
  bureauId: string | null;
}

/** The place with the filter panel's filters, which the charts follow. */
export interface Level extends LevelPlace {
  /** The filter panel's filters, which the charts follow (the KPIs and the ranking do not); null: nothing passes. */
  filter: ChartFilter | null;
}

function namesEn(nodes: readonly UnitTreeNode[], out = new Map<string, string>()): Map<string, string> {
  for (const n of nodes) {
    out.set(n.id, n.nameEn);
    namesEn(n.children, out);
  }
  return out;
}

/**
 * Where the workspace is: the URL's place as an API subject, with its windows; the same object until one of
 * them changes, so that the parts that do not follow the filters are not drawn again at a cross-filter.
 */
export function useLevelPlace(): LevelPlace {
  const place = usePlace();
  const units = useUnits();
  const window = useFilterWindow();
  const extent = useDatasetExtent();
  const roots = units.data?.items;
  const bureauId = roots?.[0]?.id ?? null;
  const subject = useMemo(() => subjectOf(place, bureauId), [place, bureauId]);
  const unitNamesEn = useMemo(() => namesEn(roots ?? []), [roots]);
  return useMemo(() => ({ subject, window, extent, unitNamesEn, bureauId }), [subject, window, extent, unitNamesEn, bureauId]);
}

/** The place with the filter panel's filters. */
export function useLevel(place: LevelPlace): Level {
  const filters = useAppStore((state) => state.filters);
  const filter = useMemo(() => chartFilterOf(filters), [filters]);
  return useMemo(() => ({ ...place, filter }), [place, filter]);
}

/** The level's indicators over the window. */
export function useLevelReport(level: LevelPlace) {
  const { subject, window } = level;
  return useIndicatorReport(subject && window ? { ...subject, from: window.from, to: window.to } : null);
}

/** The level's last 36 months (of the dataset's extent) under a filter: the trends', and unfiltered the sparklines'. */
function monthlyOf({ subject, extent }: LevelPlace, filter: ChartFilter | null) {
  const months = extent ? lastMonths(extent, TREND_MONTHS) : null;
  return indicatorQueries.monthly({ level: subject?.level ?? 'unit', id: subject?.id ?? '', from: months?.from, to: months?.to, ...filter });
}

/**
 * What the charts and tables that follow the filters show: the 36 months (the trends) and the window's
 * breakdown (the matrix, the funnel, the work types), asked side by side (each answer cached as its own
 * query) and shown together: a cross-filter redraws the page once, not once per answer (each a layout and
 * paint of the whole workspace).
 */
function levelChartsQuery(client: QueryClient, level: Level) {
  const { subject, window, extent, filter } = level;
  const monthly = monthlyOf(level, filter);
  const breakdown = indicatorQueries.breakdown({ level: subject?.level ?? 'unit', id: subject?.id ?? '', from: window?.from, to: window?.to, ...filter });
  return queryOptions({
    // [scope, kind, level, id, …], as sameSubjectPlaceholder reads it.
    queryKey: [...indicatorQueries.all(), 'charts', subject?.level ?? 'unit', subject?.id ?? '', monthly.queryKey, breakdown.queryKey] as const,
    queryFn: async (): Promise<LevelCharts> => {
      const [months, matrix] = await Promise.all([client.fetchQuery(monthly), client.fetchQuery(breakdown)]);
      return { monthly: months, breakdown: matrix };
    },
    enabled: subject !== null && window !== null && extent !== null && filter !== null,
  });
}

function useLevelCharts<T>(level: Level, select: (charts: LevelCharts) => T) {
  const client = useQueryClient();
  return useQuery({ ...levelChartsQuery(client, level), placeholderData: sameSubjectPlaceholder(level.subject), select });
}

/**
 * Fetches, ahead of a click, what the charts would show under other filters (a pointer over a segment, or the
 * keyboard's focus on it): the click then redraws from the cache at once.
 */
export function usePrefetchCharts(place: LevelPlace): (filters: UrlFilters) => void {
  const client = useQueryClient();
  return useCallback(
    (filters) => {
      const level = { ...place, filter: chartFilterOf(filters) };
      // prefetchQuery does not read `enabled`: the same conditions, here.
      if (level.filter && level.subject && level.window && level.extent) void client.prefetchQuery(levelChartsQuery(client, level));
    },
    [client, place],
  );
}

/** The level view's prefetch, for the segments deep in its charts and tables (none outside a level view). */
export const PrefetchChartsContext = createContext<(filters: UrlFilters) => void>(() => {});

interface LevelCharts {
  monthly: MonthlySeries;
  breakdown: Breakdown;
}
const monthlyOfCharts = (charts: LevelCharts) => charts.monthly;
const breakdownOfCharts = (charts: LevelCharts) => charts.breakdown;

/** The level's last 36 months under the filters: the trends. */
export const useLevelMonths = (level: Level) => useLevelCharts(level, monthlyOfCharts);

/** The level's breakdown over the window under the filters: the matrix, the funnel and the work types. */
export const useLevelBreakdown = (level: Level) => useLevelCharts(level, breakdownOfCharts);

/** The level's 36 months unfiltered: the KPI tiles' sparklines, which are the indicators' and do not follow the filters. */
export function useLevelMonthsUnfiltered(level: LevelPlace) {
  return useQuery({
    ...monthlyOf(level, {}),
    enabled: level.subject !== null && level.extent !== null,
    placeholderData: sameSubjectPlaceholder(level.subject),
  });
}

/** A trend's month in progress, when its last month is one (up to the dataset's as-of day). */
export function usePartialMonth(months: readonly string[] | undefined, level: LevelPlace): PartialMonth | null {
  const dataTo = level.extent?.to;
  return useMemo(() => (months && dataTo ? partialLastMonth(months, dataTo) : null), [months, dataTo]);
}

/** Each indicator of the level against the previous window, its siblings' mean and its rank among them. */
export function useLevelComparison(level: LevelPlace) {
  const { subject, window } = level;
  return useQuery({
    ...comparisonQuery({ level: subject?.level ?? 'unit', id: subject?.id ?? '', from: window?.from, to: window?.to }),
    enabled: subject !== null && window !== null,
    placeholderData: sameSubjectPlaceholder(subject),
  });
}
