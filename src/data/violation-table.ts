import { dequantize, type ViolationColumns } from '../api/violation-columns';
import { addDays } from '../lib/time-window';

/*
 * The violation table every feature reads: the decoded columns with positions dequantised into the
 * base map's datum and days as floats (the GPU filter's channel), prepared once per download. Rows
 * are in time order, so a day window is a row range (rowRangeOfDays).
 */
export interface ViolationTable {
  count: number;
  bbox: readonly [number, number, number, number];
  /** Day 0 of `days`, a calendar day in Asia/Shanghai. */
  dayZero: string;
  zoneIds: readonly string[];
  /** lon, lat interleaved, in the base map's datum. */
  positions: Float32Array;
  /** Days since dayZero, non-decreasing with the row. */
  days: Float32Array;
  category: Uint8Array;
  severity: Uint8Array;
  /** issueStatuses index | OVERDUE_BIT (see violation-columns). */
  status: Uint8Array;
  zone: Uint16Array;
  /** workTypes index. */
  workType: Uint8Array;
}

/** `toBaseDatum` converts the dequantised positions into the base map's datum (the identity when they agree). */
export function prepareViolationTable(columns: ViolationColumns, toBaseDatum: (positions: Float32Array) => Float32Array = (p) => p): ViolationTable {
  const { count, bbox } = columns;
  const [minLon, minLat, maxLon, maxLat] = bbox;
  const positions = new Float32Array(count * 2);
  const days = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    positions[2 * i] = dequantize(columns.lon[i] ?? 0, minLon, maxLon);
    positions[2 * i + 1] = dequantize(columns.lat[i] ?? 0, minLat, maxLat);
    days[i] = columns.day[i] ?? 0;
  }
  return {
    count,
    bbox,
    dayZero: columns.dayZero,
    zoneIds: columns.zoneIds,
    positions: toBaseDatum(positions),
    days,
    category: columns.category,
    severity: columns.severity,
    status: columns.status,
    zone: columns.zone,
    workType: columns.workType,
  };
}

export const EMPTY_TABLE: ViolationTable = {
  count: 0,
  bbox: [0, 0, 1, 1],
  dayZero: '2000-01-01',
  zoneIds: [],
  positions: new Float32Array(0),
  days: new Float32Array(0),
  category: new Uint8Array(0),
  severity: new Uint8Array(0),
  status: new Uint8Array(0),
  zone: new Uint16Array(0),
  workType: new Uint8Array(0),
};

/** First row whose day is ≥ `day` (rows are in time order). */
export function lowerBoundDay(days: ArrayLike<number>, count: number, day: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] ?? 0) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The rows [start, end) whose day lies in fromDay..toDay (inclusive). */
export function rowRangeOfDays(table: Pick<ViolationTable, 'days' | 'count'>, fromDay: number, toDay: number): [number, number] {
  const start = lowerBoundDay(table.days, table.count, fromDay);
  const end = lowerBoundDay(table.days, table.count, toDay + 1);
  return [start, Math.max(start, end)];
}

/** The calendar day of a row. */
export function dayOfRow(table: Pick<ViolationTable, 'days' | 'dayZero'>, row: number): string {
  return addDays(table.dayZero, table.days[row] ?? 0);
}
