import type { Dataset } from '../dataset/model';
import type { DatasetIndex } from './dataset-index';
import { DAY_MS, startOfDay } from './time';

/*
 * Row selection over the columnar violations. Unit, branch and zone filters all reduce to a mask over
 * zones (every violation lies in one zone), so the per-row test is a single array lookup.
 */

export interface AreaFilter {
  unitId?: string;
  branchId?: string;
  zoneId?: string;
}

export function zoneMask(dataset: Dataset, index: DatasetIndex, filter: AreaFilter): Uint8Array | null {
  if (!filter.unitId && !filter.branchId && !filter.zoneId) return null;
  return Uint8Array.from(dataset.zones.features, (f) => {
    const p = f.properties;
    if (filter.zoneId && f.id !== filter.zoneId) return 0;
    if (filter.branchId && p.branchId !== filter.branchId) return 0;
    if (filter.unitId && !index.withinUnit(filter.unitId, p.unitId)) return 0;
    return 1;
  });
}

/** First row at or after t, in rows sorted by time. */
export function lowerBound(time: Float64Array, count: number, t: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((time[mid] ?? 0) < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First position in ascending `values` holding a value ≥ x. */
export function lowerBoundIndex(values: Uint32Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Rows [start, end) whose time falls within the days from..to (inclusive, Asia/Shanghai). */
export function rowRange(dataset: Dataset, from?: string, to?: string): [number, number] {
  const v = dataset.violations;
  const start = from ? lowerBound(v.time, v.count, startOfDay(from)) : 0;
  const end = to ? lowerBound(v.time, v.count, startOfDay(to) + DAY_MS) : v.count;
  return [start, Math.max(start, end)];
}

/** Member index → the violation rows in their circle, built on first use (a member filter or indicator). */
export class CircleIndex {
  private circles: { offsets: Uint32Array; rows: Uint32Array } | null = null;

  constructor(
    private readonly dataset: Dataset,
    private readonly build: (dataset: Dataset) => { offsets: Uint32Array; rows: Uint32Array },
  ) {}

  /** The rows of the person's circle, ascending (a view). */
  rowsOf(personIndex: number): Uint32Array {
    if (!this.circles) this.circles = this.build(this.dataset);
    const { offsets, rows } = this.circles;
    if (!Number.isInteger(personIndex) || personIndex < 0 || personIndex + 1 >= offsets.length) return new Uint32Array(0);
    return rows.subarray(offsets[personIndex] ?? 0, offsets[personIndex + 1] ?? 0);
  }

  /** The rows of the person's circle within rows [start, end): a view, in row (time) order. */
  rowsWithin(personIndex: number, start: number, end: number): Uint32Array {
    const rows = this.rowsOf(personIndex);
    return rows.subarray(lowerBoundIndex(rows, start), lowerBoundIndex(rows, end));
  }
}

/** The codes picked as their indexes in the vocabulary (the dataset's columns hold indexes); null: no filter. */
export function codeSet<T extends string>(all: readonly T[], picked: readonly T[] | undefined): Set<number> | null {
  return picked ? new Set(picked.map((code) => all.indexOf(code))) : null;
}
