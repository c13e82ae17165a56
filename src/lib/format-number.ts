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
