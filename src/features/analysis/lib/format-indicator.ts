import { formatColumn, formatCount, formatValue } from '../../../lib/format-number';
import type { Language } from '../../../lib/view-options';

/** A value as its reader says it: counts in 万 for Chinese readers, the rest by unit. */
export function formatIndicator(value: number | null, unit: string, language: Language): string {
  return unit === 'count' ? formatCount(value, language) : formatValue(value, unit, language);
}

/** Values read down a column, as `formatIndicator` says them but all to the same decimals (7.5, 9.0, 12.1). */
export function formatIndicatorColumn(values: readonly (number | null)[], unit: string, language: Language): string[] {
  return unit === 'count' ? values.map((v) => formatCount(v, language)) : formatColumn(values, unit, language);
}
