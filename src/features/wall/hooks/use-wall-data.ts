import { useMemo } from 'react';
import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { indicatorQueries } from '../../../api/queries/indicators';
import { metaQueries } from '../../../api/queries/meta';
import { orgQueries } from '../../../api/queries/org';
import type { IndicatorRanking, IndicatorReport, MonthlySeries } from '../../../api/schemas/indicators';
import type { IndicatorKey } from '../../../api/indicator-catalogue';
import type { Issue } from '../../../api/schemas/issues';
import type { UnitTreeNode } from '../../../api/schemas/org';
import type { Violation } from '../../../api/schemas/violations';
import type { Place } from '../../../lib/url-state';
import { latestOverdueQuery } from '../api/latest-overdue';
import { latestSevereQuery } from '../api/latest-severe';
import { steadyJitteredInterval, type PanelFreshness } from '../lib/staleness';
import { homeOf, rankingSubjectOf, subjectKey, subjectOf, tourPlaces, type WallRankingSubject, type WallSubject } from '../lib/tour-stops';

/*
 * The wall's data: the unit tree (and, for a district's wall, its zones), the dataset's as-of time,
 * and the key figures and ranking of every stop of the tour, all revalidated on the wall's interval
 * with jitter. Every stop is kept warm, so that during an outage each stop still has its last good
 * numbers (a conditional GET answered 304 costs the server next to nothing; a district's 65 stops
 * share one ranking). A failed refresh is not retried in a burst: the next interval is the retry,
 * and the last good data stays on screen meanwhile.
 */

export interface WallData {
  root: UnitTreeNode | null;
  /** The bureau, or the district bureau of a district manager's wall. */
  home: UnitTreeNode | null;
  /** The tour's places, in order (empty before the unit tree). */
  places: readonly Place[];
  /** Whether `places` are all there (a district's zones come after the unit tree). */
  placesKnown: boolean;
  /** The subject on screen: the place if it is one of the tour's, else the tour's first; null before the unit tree. */
  current: WallSubject | null;
  asOf: string | null;
  reportOf(subject: WallSubject): IndicatorReport | null;
  rankingOf(subject: WallSubject): IndicatorRanking | null;
  /** The current stop's months of the as-of year (only the stop on screen is asked for: it is one small request). */
  trend: MonthlySeries | null;
  /** The newest severe violations in the ticker's scope (the stop's district bureau on a bureau's tour, else the home's). */
  latestSevere: readonly Violation[];
  /** The most recently overdue open issues in the same scope. */
  latestOverdue: readonly Issue[];
  /** Whether the stop's figures are still on their way for the first time. */
  pendingOf(subject: WallSubject): boolean;
  /** What the freshness line and the stale banner are computed from: the panels on screen now. */
  panels(subject: WallSubject): PanelFreshness[];
}

const NO_VIOLATIONS: readonly Violation[] = [];
const NO_ISSUES: readonly Issue[] = [];

const freshnessOf = (q: Pick<UseQueryResult, 'dataUpdatedAt' | 'isError' | 'failureCount'> | undefined): PanelFreshness => ({
  updatedAt: q?.dataUpdatedAt ?? 0,
  failing: q ? q.isError || q.failureCount > 0 : false,
});

const rankingKey = (r: WallRankingSubject) => `${r.id}>${r.childLevel ?? ''}:${r.key}`;

export function useWallData({
  homeUnitId,
  place,
  indicator,
  refreshMs,
  enabled,
}: {
  /** The account's district bureau (null: the whole bureau). */
  homeUnitId: string | null;
  place: Place;
  indicator: IndicatorKey;
  refreshMs: number;
  enabled: boolean;
}): WallData {
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
  const home = root ? homeOf(root, homeUnitId) : null;
  const district = root !== null && home !== null && home.id !== root.id;
  // The map asks for the zones too (one request) and revalidates them with its data.
  const zones = useQuery({ ...orgQueries.zones(), enabled: enabled && district });
  const places = useMemo(
    () => (root && home ? tourPlaces(root, home, (zones.data?.features ?? []).map((f) => ({ id: f.id, unitId: f.properties.unitId }))) : []),
    [root, home, zones.data],
  );
  const subjects = useMemo(() => (root ? places.map((p) => subjectOf(p, root)).filter((s): s is WallSubject => s !== null) : []), [places, root]);
  const rankingSubjects = useMemo(() => {
    if (!root || !home) return [];
    const byKey = new Map(subjects.map((s) => rankingSubjectOf(s, root, home, indicator)).map((r) => [rankingKey(r), r]));
    return [...byKey.values()];
  }, [subjects, root, home, indicator]);

  const meta = useQuery({ ...metaQueries.dataset(), ...every, enabled: true });
  const reports = useQueries({ queries: subjects.map(({ level, id }) => ({ ...indicatorQueries.report({ level, id }), ...every })) });
  const rankings = useQueries({
    queries: rankingSubjects.map(({ level, id, childLevel, key }) => ({ ...indicatorQueries.ranking({ level, id, key, childLevel, order: 'best' }), ...every })),
  });
  // The subject on screen: the place's if it is one of the tour's, else the tour's first.
  const placed = root ? subjectOf(place, root) : null;
  const current = (placed && subjects.find((s) => subjectKey(s) === subjectKey(placed))) ?? subjects[0] ?? null;
  const trend = useQuery({ ...indicatorQueries.monthly({ level: current?.level ?? 'unit', id: current?.id ?? '' }), ...every, enabled: enabled && current !== null });
  // The ticker's scope: the stop's district bureau on the bureau's tour (all of it at the bureau), the home on a district's.
  const tickerUnit = district ? home.id : current && current.level === 'unit' && current.id !== root?.id ? current.id : null;
  const severe = useQuery({ ...latestSevereQuery(tickerUnit), ...every, enabled: enabled && current !== null });
  const overdue = useQuery({ ...latestOverdueQuery(tickerUnit), ...every, enabled: enabled && current !== null });

  const reportAt = (s: WallSubject) => reports[subjects.findIndex((x) => subjectKey(x) === subjectKey(s))];
  const rankingAt = (s: WallSubject) => {
    if (!root || !home) return undefined;
    const key = rankingKey(rankingSubjectOf(s, root, home, indicator));
    return rankings[rankingSubjects.findIndex((r) => rankingKey(r) === key)];
  };
  return {
    root,
    home,
    places,
    placesKnown: root !== null && (!district || zones.isSuccess),
    current,
    asOf: meta.data?.asOf ?? null,
    reportOf: (s) => reportAt(s)?.data ?? null,
    rankingOf: (s) => rankingAt(s)?.data ?? null,
    trend: current !== null && trend.data?.id === current.id ? trend.data : null,
    latestSevere: severe.data?.items ?? NO_VIOLATIONS,
    latestOverdue: overdue.data?.items ?? NO_ISSUES,
    pendingOf: (s) => (reportAt(s)?.isPending ?? true) && !(reportAt(s)?.isError ?? false),
    panels: (s) => [freshnessOf(meta), freshnessOf(units), freshnessOf(reportAt(s)), freshnessOf(rankingAt(s))],
  };
}
