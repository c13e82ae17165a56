// Asia/Shanghai is UTC+8 all year (no DST), so day arithmetic is a fixed offset.

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
const OFFSET_MS = 8 * HOUR_MS;

/** Epoch ms of 00:00 Asia/Shanghai of the day containing `ms`. */
export function shanghaiDayStart(ms: number): number {
  return Math.floor((ms + OFFSET_MS) / DAY_MS) * DAY_MS - OFFSET_MS;
}

/** Shanghai calendar fields of an instant. */
export function shanghaiParts(ms: number): { year: number; month: number; day: number; weekday: number; hour: number } {
  const d = new Date(ms + OFFSET_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
    hour: d.getUTCHours(),
  };
}

/** Epoch ms of 00:00 Asia/Shanghai on the given calendar day (month 1–12; overflow rolls over). */
export function shanghaiDate(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) - OFFSET_MS;
}

/** ISO 8601 with the +08:00 offset, seconds precision. */
export function toShanghaiIso(ms: number): string {
  const d = new Date(Math.round(ms / 1000) * 1000 + OFFSET_MS);
  return `${d.toISOString().slice(0, 19)}+08:00`;
}

/** YYYY-MM-DD in Asia/Shanghai. */
export function toShanghaiDay(ms: number): string {
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 10);
}

/** YYYY-MM in Asia/Shanghai. */
export function toShanghaiMonth(ms: number): string {
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 7);
}

// Lunar New Year's day (Spring Festival), from the published calendar.
const springFestival: Record<number, [number, number]> = {
  2018: [2, 16], 2019: [2, 5], 2020: [1, 25], 2021: [2, 12], 2022: [2, 1], 2023: [1, 22], 2024: [2, 10],
  2025: [1, 29], 2026: [2, 17], 2027: [2, 6], 2028: [1, 26], 2029: [2, 13], 2030: [2, 3], 2031: [1, 23],
  2032: [2, 11], 2033: [1, 31], 2034: [2, 19], 2035: [2, 8],
};

/** Day start (ms) of the Spring Festival of a year; early February when the year is outside the table. */
export function springFestivalStart(year: number): number {
  const md = springFestival[year] ?? [2, 5];
  return shanghaiDate(year, md[0], md[1]);
}
