import { indicatorDefinition, type IndicatorKey, type IndicatorUnit } from '../api/indicator-catalogue';

/*
 * The classes zones are drawn (and ranked) in for an indicator: thresholds over its values. The layer
 * gives each class a colour, the legend lists the same thresholds, so the legend and the map agree.
 * Rates with a meaning of their own (closure, completion against target) have fixed breaks, so a colour
 * means the same on every screen and every day; the others are cut into equal classes over the values
 * shown, rounded to readable steps.
 */

export const CLASS_COUNT = 5;

export interface ZoneClasses {
  indicator: IndicatorKey;
  unit: IndicatorUnit;
  better: 'higher' | 'lower';
  /** zone id → value; null: no data (no denominator). */
  values: ReadonlyMap<string, number | null>;
  domain: readonly [number, number];
  /** CLASS_COUNT − 1 thresholds: value v is in class i when thresholds[i−1] ≤ v < thresholds[i]. */
  thresholds: readonly number[];
}

const FIXED: Partial<Record<IndicatorKey, { domain: [number, number]; thresholds: number[] }>> = {
  issue_closure_rate: { domain: [0, 100], thresholds: [60, 70, 80, 90] },
  on_time_closure_rate: { domain: [0, 100], thresholds: [60, 70, 80, 90] },
  // 100 % is the target; Huangpu's 274 % amount completion must not flatten the rest.
  win_order_completion: { domain: [0, 300], thresholds: [60, 80, 100, 150] },
  win_amount_completion: { domain: [0, 300], thresholds: [60, 80, 100, 150] },
};

/** Rounds a positive step up to 1, 2 or 5 × 10^k, so class edges are numbers people can read. */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const p = 10 ** Math.floor(Math.log10(raw));
  const f = raw / p;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
}

export function zoneClassesOf(indicator: IndicatorKey, values: ReadonlyMap<string, number | null>): ZoneClasses {
  const definition = indicatorDefinition(indicator);
  const fixed = FIXED[indicator];
  let domain: [number, number];
  let thresholds: number[];
  if (fixed) {
    ({ domain, thresholds } = fixed);
  } else {
    let max = 0;
    for (const v of values.values()) if (v !== null && Number.isFinite(v) && v > max) max = v;
    const raw = niceStep(max / CLASS_COUNT);
    const step = definition.unit === 'count' ? Math.max(1, Math.ceil(raw)) : raw;
    domain = [0, step * CLASS_COUNT];
    thresholds = Array.from({ length: CLASS_COUNT - 1 }, (_, i) => step * (i + 1));
  }
  return { indicator, unit: definition.unit, better: definition.better, values, domain, thresholds };
}

/** The class of a value (0 … CLASS_COUNT − 1), or null for no data. */
export function classOf(classes: Pick<ZoneClasses, 'thresholds'>, value: number | null | undefined): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  let i = 0;
  while (i < classes.thresholds.length && value >= (classes.thresholds[i] ?? Infinity)) i++;
  return i;
}
