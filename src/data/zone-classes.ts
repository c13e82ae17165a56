import { indicatorDefinition, type IndicatorKey, type IndicatorUnit } from '../api/indicator-catalogue';
import { classCounts, naturalBreaks, quantileBreaks, sortedFinite } from './class-breaks';

/*
 * The classes zones are drawn (and ranked) in for an indicator: thresholds over its values. The layer
 * gives each class a colour and the legend lists the same classes with how many zones each holds, so
 * the legend and the map agree, and both say where the data is.
 *
 * - Rates with a meaning of their own (closure against 100 %, completion against a 100 % target)
 *   keep fixed anchors, so a colour means the same on every screen and every day; the legend's
 *   per-class counts and the data's extent show where the zones actually are.
 * - Counts are cut into quantiles: they grow with a zone's size and are heavily skewed, so equal
 *   shares of zones per class show the spread where equal intervals put nearly all in the first.
 * - Other rates (per district-year, shares, days) are cut at natural breaks (Jenks/Ckmeans): they are
 *   already normalised, and natural breaks show the groups the values form.
 * Breaks are computed over the current values (no data excluded; zero is a value, class 0 when it is
 * the least) and rounded to readable numbers that move no zone to another class.
 */

export const CLASS_COUNT = 5;

export type ClassMethod = 'anchored' | 'quantile' | 'natural-breaks';

export interface ZoneClasses {
  indicator: IndicatorKey;
  unit: IndicatorUnit;
  better: 'higher' | 'lower';
  method: ClassMethod;
  /** zone id → value; null: no data (no denominator). */
  values: ReadonlyMap<string, number | null>;
  /** The classes' outer ends: the anchors' range, or the data's least and greatest value. */
  domain: readonly [number, number];
  /** The data's least and greatest value; null when no zone has a value. */
  extent: readonly [number, number] | null;
  /** value v is in class i when thresholds[i−1] ≤ v < thresholds[i]; thresholds.length + 1 classes. */
  thresholds: readonly number[];
  /** Zones per class (thresholds.length + 1 entries). */
  counts: readonly number[];
  /** Zones with no data. */
  noData: number;
}

const ANCHORS: Partial<Record<IndicatorKey, { domain: [number, number]; thresholds: number[] }>> = {
  issue_closure_rate: { domain: [0, 100], thresholds: [60, 70, 80, 90] },
  on_time_closure_rate: { domain: [0, 100], thresholds: [60, 70, 80, 90] },
  // 100 % is the target; Huangpu's 274 % amount completion must not flatten the rest.
  win_order_completion: { domain: [0, 300], thresholds: [60, 80, 100, 150] },
  win_amount_completion: { domain: [0, 300], thresholds: [60, 80, 100, 150] },
};

/** How an indicator's classes are made (see above). */
export function classMethodOf(indicator: IndicatorKey): ClassMethod {
  if (ANCHORS[indicator]) return 'anchored';
  return indicatorDefinition(indicator).unit === 'count' ? 'quantile' : 'natural-breaks';
}

export function zoneClassesOf(indicator: IndicatorKey, values: ReadonlyMap<string, number | null>): ZoneClasses {
  const definition = indicatorDefinition(indicator);
  const method = classMethodOf(indicator);
  const sorted = sortedFinite(values.values());
  const extent = sorted.length > 0 ? ([sorted[0] ?? 0, sorted[sorted.length - 1] ?? 0] as const) : null;
  const anchors = ANCHORS[indicator];
  const thresholds = anchors
    ? anchors.thresholds
    : method === 'quantile'
      ? quantileBreaks(sorted, CLASS_COUNT)
      : naturalBreaks(sorted, CLASS_COUNT);
  return {
    indicator,
    unit: definition.unit,
    better: definition.better,
    method,
    values,
    domain: anchors ? anchors.domain : (extent ?? [0, 0]),
    extent,
    thresholds,
    counts: classCounts(sorted, thresholds),
    noData: values.size - sorted.length,
  };
}
