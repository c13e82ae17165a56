/*
 * The time windows the benchmark moves through. Days count from the columns' dayZero (a calendar
 * day); the URL carries calendar days (`from=YYYY-MM-DD&to=YYYY-MM-DD`, both inclusive).
 */

export interface DayWindow {
  /** Inclusive, days since dayZero. */
  fromDay: number;
  toDay: number;
}

export interface DateWindow {
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;

/** dayZero "2023-10-01" + 3 → "2023-10-04" (calendar arithmetic, no time zone involved). */
export function addDays(isoDate: string, days: number): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) throw new Error(`not a calendar day (YYYY-MM-DD): ${isoDate}`);
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) + Math.round(days) * DAY_MS;
  return new Date(t).toISOString().slice(0, 10);
}

export function toDateWindow(dayZero: string, w: DayWindow): DateWindow {
  return { from: addDays(dayZero, w.fromDay), to: addDays(dayZero, w.toDay) };
}

/** The whole range of the data: what both pages show first. */
export function fullWindow(maxDay: number): DayWindow {
  return { fromDay: 0, toDay: Math.max(0, maxDay) };
}

/**
 * `count` windows to switch between, each different from the one before it (the first differs from
 * the full range): the last year, the last quarter, the year before, everything, the last month, …
 * Every window lies inside [0, maxDay].
 */
export function windowSequence(maxDay: number, count: number): DayWindow[] {
  const last = Math.max(0, maxDay);
  const pattern = windowPattern(last);
  const out: DayWindow[] = [];
  let previous = fullWindow(last);
  for (let i = 0; out.length < count && i < count * pattern.length + pattern.length; i++) {
    const w = pattern[i % pattern.length] as DayWindow;
    if (sameWindow(w, previous)) continue;
    out.push(w);
    previous = w;
  }
  return out;
}

/**
 * `count` windows none of which the page has seen, for the changes after windowSequence's: its
 * pattern again, a week earlier each round (lengths kept, clamped to the data). A window seen before
 * would be answered from the page's and the API's caches; these cost what a new window costs, so only
 * the page's compiled code is warmer.
 */
export function freshWindows(maxDay: number, count: number): DayWindow[] {
  const last = Math.max(0, maxDay);
  const seen: DayWindow[] = [fullWindow(last), ...windowPattern(last)];
  const out: DayWindow[] = [];
  for (let round = 1; out.length < count && round <= count + 1; round++) {
    for (const w of windowPattern(last)) {
      const moved = { fromDay: Math.max(0, w.fromDay - 7 * round), toDay: Math.max(0, w.toDay - 7 * round) };
      if (seen.some((x) => sameWindow(x, moved))) continue;
      seen.push(moved);
      out.push(moved);
      if (out.length === count) break;
    }
  }
  return out;
}

const sameWindow = (a: DayWindow, b: DayWindow) => a.fromDay === b.fromDay && a.toDay === b.toDay;

function windowPattern(last: number): DayWindow[] {
  const clamp = (d: number) => Math.min(last, Math.max(0, d));
  return [
    { fromDay: clamp(last - 364), toDay: last },
    { fromDay: clamp(last - 89), toDay: last },
    { fromDay: clamp(last - 729), toDay: clamp(last - 365) },
    { fromDay: 0, toDay: last },
    { fromDay: clamp(last - 29), toDay: last },
    { fromDay: clamp(Math.floor(last / 2) - 45), toDay: clamp(Math.floor(last / 2) + 45) },
  ];
}
