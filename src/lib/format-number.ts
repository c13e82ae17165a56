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
 * 0.835) as percentages, the rest as plain numbers ('—' for no value). A percentage keeps its decimal
 * unless `digits` says otherwise (6.0% beside 93.4%, and a tile does not change width as it moves).
 */
export function formatValue(value: number | null | undefined, unit: string, lang: Language, digits?: number, fixed = digits === undefined && unit === '%'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const fractionDigits = digits ?? defaultDigits(value, unit);
  const options: Intl.NumberFormatOptions = { maximumFractionDigits: fractionDigits, ...(fixed ? { minimumFractionDigits: fractionDigits } : {}) };
  if (unit === 'ratio' || unit === '%') return numberFormat(lang, { style: 'percent', ...options }).format(unit === '%' ? value / 100 : value);
  return numberFormat(lang, options).format(value);
}

function defaultDigits(value: number, unit: string): number {
  if (unit === '%') return 1;
  if (unit === 'ratio') return 0;
  return Math.abs(value) < 10 ? 1 : 0;
}

/**
 * Values that are read down a column (a ranking, a table's figures), all to the same number of decimals, so
 * that neighbours neither round apart nor together: 7.5, 9.0, 12.1, 12.6 rather than 7.5, 9, 12, 13. A
 * fraction under 100 gets one decimal (alone, one under 10 would); a column of whole numbers stays whole, but
 * percentages always have their one decimal (100.0% beside 98.2%, as a tile shows them).
 */
export function formatColumn(values: readonly (number | null | undefined)[], unit: string, lang: Language): string[] {
  const needs = (v: number | null | undefined) =>
    v === null || v === undefined || !Number.isFinite(v) ? 0 : unit === '%' || unit === 'ratio' ? defaultDigits(v, unit) : Number.isInteger(v) ? 0 : Math.abs(v) < 100 ? 1 : 0;
  const digits = Math.max(0, ...values.map(needs));
  return values.map((v) => formatValue(v, unit, lang, digits, true));
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
