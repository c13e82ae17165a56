import { useMarketing } from '../api/queries/indicators';
import { useStandaloneIssues } from '../api/queries/issues';
import { useZones } from '../api/queries/org';
import { indicatorDefinition, type IndicatorKey, type TallyField } from '../api/indicator-catalogue';
import type { GridZoneCollection } from '../api/schemas/org';
import type { DayRange } from '../lib/time-window';
import type { ViolationFilter } from '../lib/violation-filter';
import { useIndicator } from '../store/hooks';
import { sharedMemo } from './memo';
import { useViolationFilter, useViolationTable, useWindowDays } from './use-violation-table';
import type { ViolationTable } from './violation-table';
import { tallyZones, zoneIndicatorValues, type MarketingRef, type StandaloneIssueRef, type ZoneTallies } from './zone-tallies';
import { zoneClassesOf, type ZoneClasses } from './zone-classes';

const ALL_FIELDS: readonly TallyField[] = ['violations', 'severe', 'transformerDistrictYears', 'issues', 'issuesClosed', 'issuesClosedOnTime', 'issuesOverdueOpen', 'winOrders', 'winOrdersTarget', 'winAmountCny', 'winAmountTargetCny'];
const MARKETING: ReadonlySet<TallyField> = new Set(['winOrders', 'winOrdersTarget', 'winAmountCny', 'winAmountTargetCny']);
const ISSUES: ReadonlySet<TallyField> = new Set(['issues', 'issuesClosed', 'issuesClosedOnTime', 'issuesOverdueOpen']);

const zoneRefsOf = sharedMemo(
  (zones: GridZoneCollection) => zones.features.map((f) => ({ id: f.id, gridTeamId: f.properties.gridTeamId, transformerDistricts: f.properties.transformerDistrictCount })),
  2,
);

// One pass over the window's rows per (data, filter): every component asking gets this one result.
const tally = sharedMemo(
  (
    table: ViolationTable,
    filter: ViolationFilter,
    from: string,
    to: string,
    zones: GridZoneCollection,
    marketing: readonly MarketingRef[] | undefined,
    standalone: readonly StandaloneIssueRef[] | undefined,
  ): ZoneTallies => tallyZones({ table, filter, window: { from, to }, zones: zoneRefsOf(zones), marketing, standalone }),
  4,
);

const classesOf = sharedMemo((key: IndicatorKey, tallies: ZoneTallies) => zoneClassesOf(key, zoneIndicatorValues(key, tallies)), 4);

export interface ZoneIndicatorsState {
  tallies: ZoneTallies | null;
  window: DayRange | null;
  pending: boolean;
}

/**
 * Per-zone tallies for the current window and filters (the inputs of every indicator of a zone), while
 * `enabled`: a window change with nothing showing them touches nothing but the GPU filter.
 */
export function useZoneTallies(enabled: boolean, needs: readonly TallyField[] = ALL_FIELDS): ZoneIndicatorsState {
  const { table, pending: tablePending } = useViolationTable(enabled);
  const filter = useViolationFilter(table);
  const window = useWindowDays(table, filter);
  const zones = useZones(enabled);
  // The lists beside the columns are fetched only for what is asked of the tallies.
  const marketing = useMarketing(enabled && needs.some((f) => MARKETING.has(f)));
  const standalone = useStandaloneIssues(enabled && needs.some((f) => ISSUES.has(f)));
  const ready = enabled && table && window && zones.data;
  const tallies = ready
    ? tally(table, filter, window.from, window.to, zones.data, marketing.data?.items, standalone.data)
    : null;
  const loading = (q: { isPending: boolean; isError: boolean; fetchStatus: string }) => q.isPending && !q.isError && q.fetchStatus !== 'idle';
  return {
    tallies,
    window,
    pending: enabled && (tablePending || loading(zones) || loading(marketing) || loading(standalone)),
  };
}

/** The current indicator's value per zone, with its classes (null until computable). */
export function useZoneClasses(enabled: boolean): ZoneClasses | null {
  const indicator = useIndicator();
  const { tallies } = useZoneTallies(enabled, indicatorDefinition(indicator).needs);
  return tallies ? classesOf(indicator, tallies) : null;
}
