import type { Rgba } from './palette';
import { NO_DATA_COLOR } from './palette';

/*
 * Colour scales and the legends they describe: builders colour with the very scale objects their
 * legends are made from, so the numbers in a legend are the numbers on the map.
 */

export type { CategoricalLegend, GradientLegend, LegendDescriptor, SizeLegend, ThresholdLegend } from '../lib/legend-types';
import { classAt, type ThresholdLegend } from '../lib/legend-types';

/** A threshold scale: n thresholds split the line into n + 1 classes, one colour each. */
export interface ThresholdScale {
  domain: readonly [number, number];
  thresholds: readonly number[];
  colors: readonly Rgba[];
  /** What a missing value is drawn in. */
  noData: Rgba;
  unit: string;
  colorOf(value: number | null | undefined): Rgba;
  classOf(value: number): number;
}

export function makeThresholdScale(
  domain: readonly [number, number],
  thresholds: readonly number[],
  colors: readonly Rgba[],
  unit: string,
  noData: Rgba = NO_DATA_COLOR,
): ThresholdScale {
  if (colors.length !== thresholds.length + 1) {
    throw new Error(`threshold scale: ${thresholds.length} thresholds need ${thresholds.length + 1} colours`);
  }
  const classOf = (value: number): number => classAt(thresholds, value) ?? 0;
  return {
    domain,
    thresholds,
    colors,
    noData,
    unit,
    classOf,
    colorOf(value) {
      if (value === null || value === undefined || !Number.isFinite(value)) return noData;
      return colors[classOf(value)] ?? noData;
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

/** What a legend can say of the data a scale was made from (zone classes: src/data/zone-classes). */
export interface ThresholdLegendData {
  /** Areas per class. */
  counts?: readonly number[];
  noDataCount?: number;
  /** 'data': the domain is the data's extent; 'open' (default): open-ended fixed anchors. */
  ends?: 'data' | 'open';
  extent?: readonly [number, number] | null;
}

export function thresholdLegend(scale: ThresholdScale, data: ThresholdLegendData = {}): ThresholdLegend {
  const edges = [scale.domain[0], ...scale.thresholds, scale.domain[1]];
  // Classes from data that has no value at all: nothing but "no data" to list.
  const empty = data.ends === 'data' && data.extent === null;
  return {
    kind: 'threshold',
    unit: scale.unit,
    domain: scale.domain,
    bins: empty
      ? []
      : scale.colors.map((color, i) => ({
          from: edges[i] ?? NaN,
          to: edges[i + 1] ?? NaN,
          color,
          ...(data.counts && { count: data.counts[i] ?? 0 }),
        })),
    noData: scale.noData,
    ...(data.noDataCount !== undefined && { noDataCount: data.noDataCount }),
    ...(data.ends && { ends: data.ends }),
    ...(data.extent !== undefined && { extent: data.extent }),
  };
}

/** The largest 1, 2 or 5 × 10^k not above `x` (0 for nothing): a round reference value for a size legend. */
export function niceFloor(x: number): number {
  if (!(x >= 1) || !Number.isFinite(x)) return 0;
  const p = 10 ** Math.floor(Math.log10(x));
  const f = x / p;
  return (f >= 5 ? 5 : f >= 2 ? 2 : 1) * p;
}
