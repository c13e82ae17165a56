/*
 * Calendar days and the time window over the three years of violations. A day is a 'YYYY-MM-DD'
 * string naming a calendar day in Asia/Shanghai (the contract's `Day`); the arithmetic below is pure
 * calendar arithmetic (Date.UTC, no time zone), so it is the same on every machine. Only
 * shanghaiDateTimeOf turns an instant into a day (and a time of day), at UTC+8 (China has had no
 * daylight saving since 1991).
 */

export type Day = string;

/** Both ends inclusive. */
export interface DayRange {
  from: Day;
  to: Day;
}

/** A window whose ends may be open: null means "from the start" / "to the end" of the data. */
export interface OpenDayRange {
  from: Day | null;
  to: Day | null;
}

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function partsOf(day: Day): [number, number, number] | null {
  const m = DAY_PATTERN.exec(day);
  if (!m) return null;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** A real calendar day written as YYYY-MM-DD (2026-02-30 is not one). */
export function isDay(value: unknown): value is Day {
  if (typeof value !== 'string') return false;
  const parts = partsOf(value);
  if (!parts) return false;
  const [y, m, d] = parts;
  if (y < 1970 || m < 1 || m > 12 || d < 1) return false;
  return dayFromNumber(Date.UTC(y, m - 1, d) / DAY_MS) === value;
}

function requireParts(day: Day): [number, number, number] {
  const parts = partsOf(day);
  if (!parts) throw new RangeError(`not a calendar day (YYYY-MM-DD): ${day}`);
  return parts;
}

/** Days since 1970-01-01. */
export function dayNumber(day: Day): number {
  const [y, m, d] = requireParts(day);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

export function dayFromNumber(n: number): Day {
  return new Date(Math.round(n) * DAY_MS).toISOString().slice(0, 10);
}

/** b − a in days: daysBetween('2026-01-01', '2026-01-31') = 30. */
export function daysBetween(a: Day, b: Day): number {
  return dayNumber(b) - dayNumber(a);
}

export function addDays(day: Day, n: number): Day {
  return dayFromNumber(dayNumber(day) + n);
}

/** The window of the same length that ends the day before `window` starts: what a change is measured against. */
export function previousWindow(window: DayRange): DayRange {
  const length = daysBetween(window.from, window.to) + 1;
  return { from: addDays(window.from, -length), to: addDays(window.from, -1) };
}

export const minDay = (a: Day, b: Day): Day => (a <= b ? a : b);
export const maxDay = (a: Day, b: Day): Day => (a >= b ? a : b);

export function startOfMonth(day: Day): Day {
  return `${day.slice(0, 7)}-01`;
}

export function endOfMonth(day: Day): Day {
  const [y, m] = requireParts(day);
  return dayFromNumber(Date.UTC(y, m, 0) / DAY_MS);
}

/** The first day of the month `n` months after the month of `day`. */
export function addMonths(day: Day, n: number): Day {
  const [y, m] = requireParts(day);
  return dayFromNumber(Date.UTC(y, m - 1 + n, 1) / DAY_MS);
}

/** The trends' months everywhere (近 36 个月): the workspace's, the sparklines', a member's. */
export const TREND_MONTHS = 36;

/**
 * The last `n` calendar months of the extent, its last (partial) month included: a trend of n months. The
 * extent's three years and a day touch 37 months on every day but a month's last.
 */
export function lastMonths(extent: DayRange, n: number): DayRange {
  return { from: maxDay(addMonths(extent.to, 1 - n), extent.from), to: extent.to };
}

/** The last month of a trend when the data ends before the month does (the as-of month so far). */
export interface PartialMonth {
  month: string;
  /** Its days with data: 1 on the 1st. */
  days: number;
}

/**
 * The trend's last month if the data (to `dataTo`, a day) ends before its last day: drawn apart, it must not
 * read as a fall (on the 1st it holds one day).
 */
export function partialLastMonth(months: readonly string[], dataTo: string): PartialMonth | null {
  const last = months.at(-1);
  if (!last || dataTo.slice(0, 7) !== last || dataTo >= endOfMonth(dataTo)) return null;
  return { month: last, days: Number(dataTo.slice(8, 10)) };
}

/** The index of the last whole month of a trend of `length` months: the one before a partial last month. */
export const lastWholeMonth = (length: number, partial: PartialMonth | null) => length - (partial ? 2 : 1);

/** The wall-clock date and time in Asia/Shanghai of an instant, to the second: '2026-09-30T17:05:09'. */
export function shanghaiDateTimeOf(instant: string | number | Date): string {
  const ms = new Date(instant).getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`not an instant: ${String(instant)}`);
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19);
}

/** The calendar day in Asia/Shanghai of an instant (ISO string with offset, epoch ms or Date). */
export function shanghaiDayOf(instant: string | number | Date): Day {
  return shanghaiDateTimeOf(instant).slice(0, 10);
}

/** The as-of year to date, in Asia/Shanghai: what the API's reports and rankings count without a window. */
export function yearToDate(asOf: string | number | Date): DayRange {
  const to = shanghaiDayOf(asOf);
  return { from: `${to.slice(0, 4)}-01-01`, to };
}

/**
 * The three years the dataset covers, as the API generates them: from the day after the same date
 * three years before `asOf` (GET /meta) to the day of `asOf`, both in Asia/Shanghai.
 */
export function datasetExtent(asOf: string | number | Date): DayRange {
  const to = shanghaiDayOf(asOf);
  const [y, m, d] = requireParts(to);
  return { from: dayFromNumber(Date.UTC(y - 3, m - 1, d + 1) / DAY_MS), to };
}

/** The window with its open ends closed by the extent, then clamped into it (an empty overlap gives the extent). */
export function clampWindow(window: OpenDayRange, extent: DayRange): DayRange {
  const from = maxDay(window.from ?? extent.from, extent.from);
  const to = minDay(window.to ?? extent.to, extent.to);
  if (from > to) return { ...extent };
  return { from, to };
}

/** The first day of each month that the extent touches, in order. */
export function monthsOf(extent: DayRange): Day[] {
  const months: Day[] = [];
  const last = startOfMonth(extent.to);
  for (let month = startOfMonth(extent.from); month <= last; month = addMonths(month, 1)) months.push(month);
  return months;
}

/** Index of the month of `day` in monthsOf(extent); may be negative or past the end. */
export function monthIndexOf(day: Day, extent: DayRange): number {
  const [y0, m0] = requireParts(extent.from);
  const [y, m] = requireParts(day);
  return (y - y0) * 12 + (m - m0);
}

/** The month that starts at (or contains) `month`, clamped to the extent. */
export function monthWindow(month: Day, extent: DayRange): DayRange {
  return clampWindow({ from: startOfMonth(month), to: endOfMonth(month) }, extent);
}

export function firstMonthWindow(extent: DayRange): DayRange {
  return monthWindow(extent.from, extent);
}

/** Whether `window` is exactly one (clamped) month of the extent: what playback shows. */
export function isMonthWindow(window: OpenDayRange, extent: DayRange): boolean {
  if (window.from === null || window.to === null) return false;
  const month = monthWindow(window.from, extent);
  return month.from === window.from && month.to === window.to;
}

/** The month after the one `window` starts in, or null when that month is past the extent's end. */
export function nextMonthWindow(window: OpenDayRange, extent: DayRange): DayRange | null {
  const from = window.from ?? extent.from;
  const next = addMonths(from, 1);
  if (next > extent.to) return null;
  return monthWindow(maxDay(next, extent.from), extent);
}

/** Whether `window` shows the extent's last month (or reaches past it). */
export function isLastMonth(window: OpenDayRange, extent: DayRange): boolean {
  return nextMonthWindow(window, extent) === null;
}

/**
 * Violations per month of the extent, for the timeline's histogram: `days` are the day column
 * (days since `dayZero`), as in the binary violation columns. Rows outside the extent are not counted.
 */
export function countByMonth(days: ArrayLike<number>, dayZero: Day, extent: DayRange): number[] {
  const months = monthsOf(extent);
  const counts = new Array<number>(months.length).fill(0);
  const firstDay = daysBetween(dayZero, extent.from);
  const lastDay = daysBetween(dayZero, extent.to);
  // Month index of each day offset in the extent: one table lookup per row.
  const span = lastDay - firstDay + 1;
  if (span <= 0) return counts;
  const monthOfDay = new Int16Array(span);
  let month = 0;
  let nextStart = months.length > 1 ? daysBetween(dayZero, months[1] as Day) : Infinity;
  for (let d = 0; d < span; d++) {
    while (firstDay + d >= nextStart) {
      month++;
      const next = months[month + 1];
      nextStart = next === undefined ? Infinity : daysBetween(dayZero, next);
    }
    monthOfDay[d] = month;
  }
  for (let i = 0; i < days.length; i++) {
    const d = (days[i] ?? -1) - firstDay;
    if (d >= 0 && d < span) {
      const m = monthOfDay[Math.floor(d)] ?? 0;
      counts[m] = (counts[m] ?? 0) + 1;
    }
  }
  return counts;
}

/** The same day of the month `n` months later, clamped to that month's end (Jan 31 + 1 → Feb 28/29). */
export function shiftMonths(day: Day, n: number): Day {
  const [, , d] = requireParts(day);
  const first = addMonths(day, n);
  return minDay(addDays(first, d - 1), endOfMonth(first));
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar day for people: 2025年3月1日 / Mar 1, 2025. The day already is a day in Asia/Shanghai,
 * so it is formatted as a UTC date (no zone shift can move it to the day before).
 */
export function formatDay(day: Day, lang: string): string {
  let format = dayFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { timeZone: 'UTC', year: 'numeric', month: lang === 'en' ? 'short' : 'long', day: 'numeric' });
    dayFormats.set(lang, format);
  }
  return format.format(dayNumber(day) * DAY_MS);
}

/** A month for the histogram's tooltips and ticks: 2025年3月 / Mar 2025. */
export function formatMonth(day: Day, lang: string): string {
  const key = `${lang}|month`;
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { timeZone: 'UTC', year: 'numeric', month: lang === 'en' ? 'short' : 'long' });
    dayFormats.set(key, format);
  }
  return format.format(dayNumber(startOfMonth(day)) * DAY_MS);
}
