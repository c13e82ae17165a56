import type { Rgb, Rgba } from './palette';
import { NO_DATA_COLOR } from './palette';

/*
 * Legend descriptors: plain data the UI draws a legend from. Builders export the same scale objects
 * they colour with, so the numbers in a legend are the numbers on the map. Labels are keys (enum
 * codes) or numbers; the UI translates keys and formats numbers in the user's language.
 */

export interface CategoricalLegend {
  kind: 'categorical';
  items: readonly { key: string; color: Rgba }[];
}

/** Classes of a threshold scale: value v is in class i when bins[i].from ≤ v < bins[i].to (the last is closed). */
export interface ThresholdLegend {
  kind: 'threshold';
  unit: string;
  domain: readonly [number, number];
  bins: readonly { from: number; to: number; color: Rgba }[];
  noData: Rgba;
}

export interface SizeLegend {
  kind: 'size';
  unit: string;
  items: readonly { value: number; radiusPixels: number }[];
  color: Rgba;
}

export interface GradientLegend {
  kind: 'gradient';
  /** What the ramp measures, as a key, e.g. 'daysOverdueWeight'. */
  measure: string;
  colors: readonly Rgb[];
  /** Relative: a heatmap's domain follows the data in view. */
  relative: boolean;
}

export type LegendDescriptor = CategoricalLegend | ThresholdLegend | SizeLegend | GradientLegend;

/** A threshold scale: n thresholds split the line into n + 1 classes, one colour each. */
export interface ThresholdScale {
  domain: readonly [number, number];
  thresholds: readonly number[];
  colors: readonly Rgba[];
  unit: string;
  colorOf(value: number | null | undefined): Rgba;
  classOf(value: number): number;
}

export function makeThresholdScale(
  domain: readonly [number, number],
  thresholds: readonly number[],
  colors: readonly Rgba[],
  unit: string,
): ThresholdScale {
  if (colors.length !== thresholds.length + 1) {
    throw new Error(`threshold scale: ${thresholds.length} thresholds need ${thresholds.length + 1} colours`);
  }
  const classOf = (value: number): number => {
    let i = 0;
    while (i < thresholds.length && value >= (thresholds[i] ?? Infinity)) i++;
    return i;
  };
  return {
    domain,
    thresholds,
    colors,
    unit,
    classOf,
    colorOf(value) {
      if (value === null || value === undefined || !Number.isFinite(value)) return NO_DATA_COLOR;
      return colors[classOf(value)] ?? NO_DATA_COLOR;
    },
  };
}

/** A quantize scale: the domain cut into equal classes, i.e. a threshold scale with even thresholds. */
export function makeQuantizeScale(domain: readonly [number, number], colors: readonly Rgba[], unit: string): ThresholdScale {
  const [min, max] = domain;
  const n = colors.length;
  const thresholds = Array.from({ length: n - 1 }, (_, i) => min + ((i + 1) * (max - min)) / n);
  return makeThresholdScale(domain, thresholds, colors, unit);
}

export function thresholdLegend(scale: ThresholdScale): ThresholdLegend {
  const edges = [scale.domain[0], ...scale.thresholds, scale.domain[1]];
  return {
    kind: 'threshold',
    unit: scale.unit,
    domain: scale.domain,
    bins: scale.colors.map((color, i) => ({ from: edges[i] ?? NaN, to: edges[i + 1] ?? NaN, color })),
    noData: NO_DATA_COLOR,
  };
}

/** Rounds a positive step up to 1, 2 or 5 × 10^k, so legend labels are numbers people can read. */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const p = 10 ** Math.floor(Math.log10(raw));
  const f = raw / p;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
}
