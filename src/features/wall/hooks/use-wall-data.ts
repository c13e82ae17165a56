import { useMemo } from 'react';
import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { indicatorQueries } from '../../../api/queries/indicators';
import { metaQueries } from '../../../api/queries/meta';
import { orgQueries } from '../../../api/queries/org';
import type { IndicatorRanking, IndicatorReport, MonthlySeries } from '../../../api/schemas/indicators';
import type { IndicatorKey } from '../../../api/indicator-catalogue';
import type { UnitTreeNode } from '../../../api/schemas/org';
import type { Violation } from '../../../api/schemas/violations';
import { latestSevereQuery } from '../api/latest-severe';
import { steadyJitteredInterval, type PanelFreshness } from '../lib/staleness';

/*
 * The wall's data: the unit tree, the dataset's as-of time, and the key figures and ranking of every
 * stop of the tour, all revalidated on the wall's interval with jitter. Every stop is kept warm, so
 * that during an outage each stop still has its last good numbers (a conditional GET answered 304
 * costs the server next to nothing). A failed refresh is not retried in a burst: the next interval is
 * the retry, and the last good data stays on screen meanwhile.
 */

export interface WallData {
  root: UnitTreeNode | null;
  /** The unit on screen (the bureau or one of its district bureaus); null before the unit tree. */
  current: string | null;
  asOf: string | null;
  reportOf(unitId: string): IndicatorReport | null;
  rankingOf(unitId: string): IndicatorRanking | null;
  /** The current stop's months of the as-of year (only the stop on screen is asked for: it is one small request). */
  trend: MonthlySeries | null;
  /** The current stop's newest severe violations (the whole scope at the bureau). */
  latestSevere: readonly Violation[];
  /** Whether the stop's figures are still on their way for the first time. */
  pendingOf(unitId: string): boolean;
  /** What the freshness line and the stale banner are computed from: the panels on screen now. */
  panels(unitId: string): PanelFreshness[];
}

const NO_VIOLATIONS: readonly Violation[] = [];

const freshnessOf = (q: Pick<UseQueryResult, 'dataUpdatedAt' | 'isError' | 'failureCount'> | undefined): PanelFreshness => ({
  updatedAt: q?.dataUpdatedAt ?? 0,
  failing: q ? q.isError || q.failureCount > 0 : false,
});

export function useWallData({ placeUnitId, indicator, refreshMs, enabled }: { placeUnitId: string | null; indicator: IndicatorKey; refreshMs: number; enabled: boolean }): WallData {
  const every = {
    enabled,
    refetchInterval: steadyJitteredInterval(refreshMs),
    refetchIntervalInBackground: true,
    retry: false,
    // A stop shows its own numbers or none: never the previous stop's under its name.
    placeholderData: undefined,
  } as const;
  const units = useQuery({ ...orgQueries.units(), ...every });
  const root = units.data?.items[0] ?? null;
  // The bureau and its district bureaus: the tour's stops.
  const unitIds = useMemo(() => (root ? [root.id, ...root.children.map((u) => u.id)] : []), [root]);
  const meta = useQuery({ ...metaQueries.dataset(), ...every, enabled: true });
  const reports = useQueries({ queries: unitIds.map((id) => ({ ...indicatorQueries.report({ level: 'unit', id }), ...every })) });
  const rankings = useQueries({
    queries: unitIds.map((id) => ({ ...indicatorQueries.ranking({ level: 'unit', id, key: indicator, order: 'best' }), ...every })),
  });
  // The unit on screen: the place if it is one of the tour's, else the bureau.
  const current = placeUnitId !== null && unitIds.includes(placeUnitId) ? placeUnitId : (root?.id ?? null);
  const trend = useQuery({ ...indicatorQueries.monthly({ level: 'unit', id: current ?? '' }), ...every, enabled: enabled && current !== null });
  const severe = useQuery({ ...latestSevereQuery(current === root?.id ? null : current), ...every, enabled: enabled && current !== null });
  const at = (id: string) => unitIds.indexOf(id);
  return {
    root,
    current,
    asOf: meta.data?.asOf ?? null,
    reportOf: (id) => reports[at(id)]?.data ?? null,
    rankingOf: (id) => rankings[at(id)]?.data ?? null,
    trend: trend.data?.id === current ? trend.data : null,
    latestSevere: severe.data?.items ?? NO_VIOLATIONS,
    pendingOf: (id) => (reports[at(id)]?.isPending ?? true) && !(reports[at(id)]?.isError ?? false),
    panels: (id) => [freshnessOf(meta), freshnessOf(units), freshnessOf(reports[at(id)]), freshnessOf(rankings[at(id)])],
  };
}
