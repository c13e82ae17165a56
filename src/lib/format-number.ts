import type { Language } from './view-options';

const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang, options);
    formats.set(key, f);
  }
  return f;
}

/**
 * A value in its unit, for the reader's language: '%' (a percentage, 83.5) and 'ratio' (a fraction,
 * 0.835) as percentages, the rest as plain numbers ('—' for no value).
 */
export function formatValue(value: number | null | undefined, unit: string, lang: Language, digits?: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (unit === 'ratio' || unit === '%') {
    const maximumFractionDigits = digits ?? (unit === '%' ? 1 : 0);
    return numberFormat(lang, { style: 'percent', maximumFractionDigits }).format(unit === '%' ? value / 100 : value);
  }
  return numberFormat(lang, { maximumFractionDigits: digits ?? (Math.abs(value) < 10 ? 1 : 0) }).format(value);
}

/**
 * A count as its reader says it: in Chinese, 万 (and 亿) from ten thousand up (26,056 → 2.61万);
 * in English, digits with separators, or 26K where space is short (`compact`: axis labels).
 */
export function formatCount(value: number | null | undefined, lang: Language, compact = false): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (lang !== 'en') {
    return Math.abs(value) >= 10_000
      ? numberFormat(lang, { notation: 'compact', maximumFractionDigits: 2 }).format(value)
      : numberFormat(lang, { maximumFractionDigits: 0 }).format(value);
  }
  return numberFormat(lang, compact ? { notation: 'compact', maximumFractionDigits: 1 } : { maximumFractionDigits: 0 }).format(value);
}
