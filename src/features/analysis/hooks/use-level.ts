import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { comparisonQuery } from '../../../api/queries/indicator-comparison';
import { indicatorQueries, sameSubjectPlaceholder, useIndicatorReport } from '../../../api/queries/indicators';
import { useUnits } from '../../../api/queries/org';
import type { IndicatorSubject } from '../../../api/queries/indicators';
import type { UnitTreeNode } from '../../../api/schemas/org';
import { useDatasetExtent, useFilterWindow } from '../../../data/use-violation-table';
import { lastMonths, type DayRange } from '../../../lib/time-window';
import { useAppStore, usePlace } from '../../../store/hooks';
import { chartFilterOf, type ChartFilter } from '../lib/filter-params';
import { subjectOf } from '../lib/levels';

/** The trends' months: "近36个月". */
const TREND_MONTHS = 36;

export interface Level {
  /** The API subject of the place (the bureau: its root unit); null until the unit tree is in. */
  subject: { level: IndicatorSubject['level']; id: string } | null;
  /** The filters' time window (the map's): KPIs, matrix and ranking. */
  window: DayRange | null;
  /** The dataset's three years: the trend and the sparklines. */
  extent: DayRange | null;
  /** English names of the units (the API's reports name things in Chinese). */
  unitNamesEn: ReadonlyMap<string, string>;
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

/** Where the workspace is: the URL's place as an API subject, with its windows. */
export function useLevel(): Level {
  const place = usePlace();
  const units = useUnits();
  const window = useFilterWindow();
  const extent = useDatasetExtent();
  const roots = units.data?.items;
  const bureauId = roots?.[0]?.id ?? null;
  const subject = useMemo(() => subjectOf(place, bureauId), [place, bureauId]);
  const unitNamesEn = useMemo(() => namesEn(roots ?? []), [roots]);
  const filters = useAppStore((state) => state.filters);
  const filter = useMemo(() => chartFilterOf(filters), [filters]);
  return { subject, window, extent, unitNamesEn, filter };
}

/** The level's indicators over the window. */
export function useLevelReport(level: Level) {
  const { subject, window } = level;
  return useIndicatorReport(subject && window ? { ...subject, from: window.from, to: window.to } : null);
}

/** The level's last 36 months (of the dataset's extent): the trends and the sparklines share the one query. */
export function useLevelMonths(level: Level) {
  const { subject, extent, filter } = level;
  const months = extent ? lastMonths(extent, TREND_MONTHS) : null;
  return useQuery({
    ...indicatorQueries.monthly({ level: subject?.level ?? 'unit', id: subject?.id ?? '', from: months?.from, to: months?.to, ...filter }),
    enabled: subject !== null && extent !== null && filter !== null,
    placeholderData: sameSubjectPlaceholder(subject),
  });
}

/** The level's 36 months unfiltered: the KPI tiles' sparklines, which are the indicators' and do not follow the filters. */
export function useLevelMonthsUnfiltered(level: Level) {
  return useLevelMonths({ ...level, filter: {} });
}

/** The level's breakdown over the window: the matrix, the funnel and the work types share the one query. */
export function useLevelBreakdown(level: Level) {
  const { subject, window, filter } = level;
  return useQuery({
    ...indicatorQueries.breakdown({ level: subject?.level ?? 'unit', id: subject?.id ?? '', from: window?.from, to: window?.to, ...filter }),
    enabled: subject !== null && window !== null && filter !== null,
    placeholderData: sameSubjectPlaceholder(subject),
  });
}

/** Each indicator of the level against the previous window, its siblings' mean and its rank among them. */
export function useLevelComparison(level: Level) {
  const { subject, window } = level;
  return useQuery({
    ...comparisonQuery({ level: subject?.level ?? 'unit', id: subject?.id ?? '', from: window?.from, to: window?.to }),
    enabled: subject !== null && window !== null,
    placeholderData: sameSubjectPlaceholder(subject),
  });
}
