import type { Language } from '../../../lib/view-options';

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

/** A value in a legend's or indicator's unit: 'ratio' as a percentage, the rest as numbers. */
export function formatValue(value: number | null | undefined, unit: string, lang: Language): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (unit === 'ratio' || unit === '%') return numberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(unit === '%' ? value / 100 : value);
  return numberFormat(lang, { maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
}
