// Asia/Shanghai has no DST: a fixed +08:00 offset is exact.
const OFFSET_MS = 8 * 3_600_000;
export const DAY_MS = 86_400_000;

/** ISO 8601 instant with the +08:00 offset, to the second. */
export function instantOf(ms: number): string {
  return `${new Date(ms + OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}

/** The calendar day (Asia/Shanghai) of an epoch-ms time. */
export function dayOf(ms: number): string {
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 10);
}

/** Epoch ms of 00:00 of a calendar day in Asia/Shanghai. */
export function startOfDay(day: string): number {
  return Date.parse(`${day}T00:00:00+08:00`);
}

/** Epoch ms of 00:00 of the first day of a YYYY-MM month. */
export function startOfMonth(month: string): number {
  return startOfDay(`${month}-01`);
}

/**
 * The index of an epoch-ms time's month among consecutive YYYY-MM months, -1 outside them: a binary search
 * over the months' starts, for loops over many rows (formatting each time's month costs ~20× more).
 */
export function monthIndexer(months: readonly string[]): (ms: number) => number {
  if (months.length === 0) return () => -1;
  const starts = [...months.map(startOfMonth), startOfMonth(nextMonth(months[months.length - 1] ?? ''))];
  const last = months.length - 1;
  return (ms) => {
    if (!(ms >= starts[0]! && ms < starts[last + 1]!)) return -1;
    let lo = 0;
    let hi = last;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ms >= starts[mid]!) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}

export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
