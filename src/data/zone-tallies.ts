import { districtYears, emptyTally, type IndicatorKey, type IndicatorTally, type TallyField, indicatorDefinition } from '../api/indicator-catalogue';
import { issueStatuses, severities, violationCategories, workTypes } from '../api/schemas/enums';
import { OVERDUE_BIT } from '../api/violation-columns';
import { filterCategoriesOf, type ViolationFilter } from '../lib/violation-filter';
import { daysBetween, type DayRange } from '../lib/time-window';
import type { ViolationTable } from './violation-table';
import { zoneCodeCounts } from './zone-violation-counts';

/*
 * Tallies per grid zone from what the client holds: the violation columns (counted per zone by
 * zone-violation-counts, without a pass over the window's rows), the zones' transformer districts, the
 * marketing results and the standalone issues. The catalogue's `compute` turns them into the same values
 * the API serves for level=zone.
 */

export interface ZoneRef {
  id: string;
  gridTeamId: string;
  /** Its transformer districts (台区), as the zone's properties count them. */
  transformerDistricts: number;
}
export interface MarketingRef {
  gridTeamId: string;
  month: string;
  winOrders: number;
  winOrdersTarget: number;
  winAmountCny: number;
  winAmountTargetCny: number;
}
/** An issue not born from a violation (hazard, asset recovery): it has a status, no category or severity. */
export interface StandaloneIssueRef {
  zoneId: string;
  /** Instant with the +08:00 offset: its first 10 characters are the calendar day. */
  createdAt: string;
  status: string;
  overdue: boolean;
}

export interface ZoneTallyInput {
  table: ViolationTable;
  /** The rows counted: its day window and codes (the same filter the map applies on the GPU). */
  filter: ViolationFilter;
  /** The filter's window as calendar days: for standalone issues and marketing months. */
  window: DayRange;
  zones: readonly ZoneRef[];
  marketing?: readonly MarketingRef[] | null;
  standalone?: readonly StandaloneIssueRef[] | null;
}

export interface ZoneTallies {
  byZone: ReadonlyMap<string, IndicatorTally>;
  /** The tally fields that are complete here (an indicator needing others is not computable). */
  available: ReadonlySet<TallyField>;
}

const VIOLATION_FIELDS: TallyField[] = ['violations', 'severe'];
const ISSUE_FIELDS: TallyField[] = ['issues', 'issuesClosed', 'issuesClosedOnTime', 'issuesOverdueOpen'];
const MARKETING_FIELDS: TallyField[] = ['winOrders', 'winOrdersTarget', 'winAmountCny', 'winAmountTargetCny'];

/** Every field the client can tally per zone when it has all its lists (closing times it has not). */
export const CLIENT_TALLY_FIELDS: ReadonlySet<TallyField> = new Set([...VIOLATION_FIELDS, 'transformerDistrictYears', ...ISSUE_FIELDS, ...MARKETING_FIELDS]);

export function tallyZones(input: ZoneTallyInput): ZoneTallies {
  const { table, filter, window, zones } = input;
  const tallies = new Map<string, IndicatorTally>();
  const byIndex: (IndicatorTally | undefined)[] = table.zoneIds.map(() => undefined);
  const zoneIndex = new Map(table.zoneIds.map((id, z) => [id, z]));
  // The window's days, as the API counts them (the window is already within the dataset's days).
  const days = daysBetween(window.from, window.to) + 1;
  for (const zone of zones) {
    const t = emptyTally();
    t.transformerDistrictYears = districtYears(zone.transformerDistricts, days);
    tallies.set(zone.id, t);
    const z = zoneIndex.get(zone.id);
    if (z !== undefined) byIndex[z] = t;
  }

  const counts = zoneCodeCounts(table, filter);
  byIndex.forEach((t, z) => {
    if (!t) return;
    t.violations += counts.violations[z] ?? 0;
    t.severe += counts.severe[z] ?? 0;
    t.issues += counts.violations[z] ?? 0;
    t.issuesClosed += counts.closed[z] ?? 0;
    t.issuesClosedOnTime += counts.closedOnTime[z] ?? 0;
    t.issuesOverdueOpen += counts.overdueOpen[z] ?? 0;
  });

  const available = new Set<TallyField>([...VIOLATION_FIELDS, 'transformerDistrictYears']);
  // Standalone issues have no category, severity or work type: a filter on any leaves them out.
  if (input.standalone) {
    ISSUE_FIELDS.forEach((f) => available.add(f));
    const [categories, severityCodes, statusCodes, workTypeCodes] = filterCategoriesOf(filter);
    if (categories.length === violationCategories.length && severityCodes.length === severities.length && workTypeCodes.length === workTypes.length) {
      const statuses = new Set(statusCodes);
      for (const issue of input.standalone) {
        const day = issue.createdAt.slice(0, 10);
        if (day < window.from || day > window.to) continue;
        const code = issueStatuses.indexOf(issue.status as (typeof issueStatuses)[number]) | (issue.overdue ? OVERDUE_BIT : 0);
        if (!statuses.has(code)) continue;
        const t = tallies.get(issue.zoneId);
        if (!t) continue;
        t.issues += 1;
        if (issue.status === 'closed') {
          t.issuesClosed += 1;
          if (!issue.overdue) t.issuesClosedOnTime += 1;
        } else if (issue.overdue) t.issuesOverdueOpen += 1;
      }
    }
  }
  if (input.marketing) {
    MARKETING_FIELDS.forEach((f) => available.add(f));
    const zonesOfTeam = new Map<string, IndicatorTally[]>();
    for (const zone of zones) {
      const t = tallies.get(zone.id);
      if (t) zonesOfTeam.set(zone.gridTeamId, [...(zonesOfTeam.get(zone.gridTeamId) ?? []), t]);
    }
    const [fromMonth, toMonth] = [window.from.slice(0, 7), window.to.slice(0, 7)];
    for (const m of input.marketing) {
      if (m.month < fromMonth || m.month > toMonth) continue;
      for (const t of zonesOfTeam.get(m.gridTeamId) ?? []) {
        t.winOrders += m.winOrders;
        t.winOrdersTarget += m.winOrdersTarget;
        t.winAmountCny += m.winAmountCny;
        t.winAmountTargetCny += m.winAmountTargetCny;
      }
    }
  }
  return { byZone: tallies, available };
}

/** Whether `key` can be computed from these tallies. */
export function isComputable(key: IndicatorKey, tallies: ZoneTallies): boolean {
  return indicatorDefinition(key).needs.every((field) => tallies.available.has(field));
}

/** The indicator's value for every zone; null where it has no denominator or cannot be computed here. */
export function zoneIndicatorValues(key: IndicatorKey, tallies: ZoneTallies): Map<string, number | null> {
  const definition = indicatorDefinition(key);
  const computable = isComputable(key, tallies);
  const out = new Map<string, number | null>();
  for (const [id, t] of tallies.byZone) out.set(id, computable ? definition.compute(t).value : null);
  return out;
}
