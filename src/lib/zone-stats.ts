/*
 * Per-zone figures computed on the client from the violation columns, for the grid-zone indicators
 * and the details panel: one pass over the rows in a day window (~ms at 10⁶ rows), then cheap
 * lookups. Types are structural so this stays free of the API layer.
 */

const STATUS_MASK = 0x7f;
const OVERDUE_BIT = 0x80;
/** Index of 'closed' in the contract's issueStatuses. */
export const CLOSED_STATUS = 4;

export interface ViolationRows {
  count: number;
  zoneIds: readonly string[];
  days: ArrayLike<number>;
  zone: ArrayLike<number>;
  status: ArrayLike<number>;
  category: ArrayLike<number>;
}

export interface DayWindow {
  fromDay: number;
  toDay: number;
}

export interface ZoneCounts {
  zoneIds: readonly string[];
  indexOf: ReadonlyMap<string, number>;
  /** Violations in the window, per zone index. */
  total: Uint32Array;
  /** …whose issue is closed. */
  closed: Uint32Array;
  /** …whose issue is open and past its deadline. */
  overdueOpen: Uint32Array;
  /** …per category code (3 categories): index z * 3 + c. */
  byCategory: Uint32Array;
}

export function countByZone(rows: ViolationRows, window: DayWindow, categories = 3): ZoneCounts {
  const n = rows.zoneIds.length;
  const total = new Uint32Array(n);
  const closed = new Uint32Array(n);
  const overdueOpen = new Uint32Array(n);
  const byCategory = new Uint32Array(n * categories);
  const { fromDay, toDay } = window;
  for (let i = 0; i < rows.count; i++) {
    const d = rows.days[i] ?? -1;
    if (d < fromDay || d > toDay) continue;
    const z = rows.zone[i] ?? 0;
    if (z >= n) continue;
    total[z] = (total[z] ?? 0) + 1;
    const s = rows.status[i] ?? 0;
    if ((s & STATUS_MASK) === CLOSED_STATUS) closed[z] = (closed[z] ?? 0) + 1;
    else if (s & OVERDUE_BIT) overdueOpen[z] = (overdueOpen[z] ?? 0) + 1;
    const c = rows.category[i] ?? 0;
    if (c < categories) byCategory[z * categories + c] = (byCategory[z * categories + c] ?? 0) + 1;
  }
  return { zoneIds: rows.zoneIds, indexOf: new Map(rows.zoneIds.map((id, z) => [id, z])), total, closed, overdueOpen, byCategory };
}

export interface ZoneFigures {
  violations: number;
  closed: number;
  overdueOpen: number;
  byCategory: number[];
}

export function zoneFigures(counts: ZoneCounts, zoneId: string, categories = 3): ZoneFigures | null {
  const z = counts.indexOf.get(zoneId);
  if (z === undefined) return null;
  return {
    violations: counts.total[z] ?? 0,
    closed: counts.closed[z] ?? 0,
    overdueOpen: counts.overdueOpen[z] ?? 0,
    byCategory: Array.from({ length: categories }, (_, c) => counts.byCategory[z * categories + c] ?? 0),
  };
}

/** `dayZero` + `day` days, as a calendar day (YYYY-MM-DD). Days are whole UTC days: no DST in Shanghai. */
export function dayToDate(dayZero: string, day: number): string {
  const t = Date.parse(`${dayZero}T00:00:00Z`) + Math.round(day) * 86_400_000;
  return Number.isFinite(t) ? new Date(t).toISOString().slice(0, 10) : dayZero;
}

/** Days from dayZero to a calendar day (YYYY-MM-DD, or an ISO instant whose first 10 characters are its local day). */
export function dateToDay(dayZero: string, date: string): number {
  return Math.round((Date.parse(`${date.slice(0, 10)}T00:00:00Z`) - Date.parse(`${dayZero}T00:00:00Z`)) / 86_400_000);
}

export interface GridZoneRef {
  id: string;
  gridTeamId: string;
}
export interface GridTeamRef {
  id: string;
  memberIds: readonly string[];
  staffIds: readonly string[];
}
export interface MarketingRef {
  gridTeamId: string;
  month: string;
  winOrders: number;
  winOrdersTarget: number;
}

export type ZoneIndicatorKey = 'violationsPer100Staff' | 'closureRate' | 'overdueIssues' | 'winOrderCompletion';

export interface ZoneIndicatorInputs {
  counts: ZoneCounts | null;
  zones: readonly GridZoneRef[];
  /** For violationsPer100Staff: a grid team's staff = its 4 gridders + N staff. */
  teams?: readonly GridTeamRef[] | null;
  /** For winOrderCompletion: monthly results per grid team. */
  marketing?: readonly MarketingRef[] | null;
  /** Months (YYYY-MM, inclusive) the win-order completion sums over. */
  months?: { from: string; to: string };
}

/** The value of one indicator for every zone (null where it has no denominator). */
export function zoneIndicatorValues(indicator: ZoneIndicatorKey, input: ZoneIndicatorInputs): Map<string, number | null> {
  const out = new Map<string, number | null>();
  const { counts, zones } = input;
  const fig = (zoneId: string) => {
    const z = counts?.indexOf.get(zoneId);
    return z === undefined || !counts
      ? null
      : { total: counts.total[z] ?? 0, closed: counts.closed[z] ?? 0, overdueOpen: counts.overdueOpen[z] ?? 0 };
  };
  switch (indicator) {
    case 'closureRate':
      for (const zone of zones) {
        const f = fig(zone.id);
        out.set(zone.id, f && f.total > 0 ? f.closed / f.total : null);
      }
      break;
    case 'overdueIssues':
      for (const zone of zones) out.set(zone.id, fig(zone.id)?.overdueOpen ?? null);
      break;
    case 'violationsPer100Staff': {
      const staff = new Map((input.teams ?? []).map((t) => [t.id, t.memberIds.length + t.staffIds.length]));
      for (const zone of zones) {
        const f = fig(zone.id);
        const people = staff.get(zone.gridTeamId) ?? 0;
        out.set(zone.id, f && people > 0 ? (100 * f.total) / people : null);
      }
      break;
    }
    case 'winOrderCompletion': {
      const won = new Map<string, number>();
      const target = new Map<string, number>();
      const from = input.months?.from ?? '0000-00';
      const to = input.months?.to ?? '9999-99';
      for (const m of input.marketing ?? []) {
        if (m.month < from || m.month > to) continue;
        won.set(m.gridTeamId, (won.get(m.gridTeamId) ?? 0) + m.winOrders);
        target.set(m.gridTeamId, (target.get(m.gridTeamId) ?? 0) + m.winOrdersTarget);
      }
      for (const zone of zones) {
        const t = target.get(zone.gridTeamId) ?? 0;
        out.set(zone.id, t > 0 ? (won.get(zone.gridTeamId) ?? 0) / t : null);
      }
      break;
    }
  }
  return out;
}
