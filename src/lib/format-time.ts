import type { Language } from './view-options';

// Every date the app shows is in Asia/Shanghai, whatever the machine's zone: the data is Guangzhou's.
export const APP_TIME_ZONE = 'Asia/Shanghai';

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(lang: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { timeZone: APP_TIME_ZONE, ...options });
    dateTimeFormats.set(key, format);
  }
  return format;
}

/** e.g. 2026/09/30 17:00 (zh-CN), Sep 30, 2026, 17:00 (en: a month name is never ambiguous; Dec 2, not Dec 02). */
export function formatDateTime(instant: string | number | Date, lang: Language): string {
  return dateTimeFormat(lang, {
    year: 'numeric',
    month: lang === 'en' ? 'short' : '2-digit',
    day: lang === 'en' ? 'numeric' : '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));
}

/** A wall clock: 17:05:09, or 17:05 without the seconds. */
export function formatClock(instant: number | Date, lang: Language, { seconds = true }: { seconds?: boolean } = {}): string {
  return dateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', ...(seconds ? { second: '2-digit' } : {}), hourCycle: 'h23' }).format(
    instant,
  );
}

/** e.g. 2026年9月30日星期三 / Wed, Sep 30, 2026. */
export function formatLongDate(instant: number | Date, lang: Language): string {
  return dateTimeFormat(lang, { year: 'numeric', month: 'short', day: 'numeric', weekday: 'short' }).format(instant);
}

/** How long ago, in words: 刚刚 / 3 分钟前 / 3 minutes ago. */
export function formatAge(ageMs: number, lang: Language): string {
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  const seconds = Math.max(0, Math.round(ageMs / 1000));
  if (seconds < 45) return format.format(0, 'second');
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return format.format(-minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 48) return format.format(-hours, 'hour');
  return format.format(-Math.round(hours / 24), 'day');
}
