/*
 * Legend descriptors: plain data the UI draws a legend from (src/components/legend.tsx) and the layer
 * builders describe themselves with. Labels are keys (enum codes) or numbers; the UI translates keys
 * and formats numbers in the reader's language. Colours are RGB(A) 0–255.
 */

type Rgb = readonly [number, number, number];
type Rgba = readonly [number, number, number, number];

export interface CategoricalLegend {
  kind: 'categorical';
  items: readonly { key: string; color: Rgba }[];
}

/** Classes of a threshold scale: value v is in class i when bins[i].from ≤ v < bins[i].to (the last is closed). */
export interface ThresholdLegend {
  kind: 'threshold';
  unit: string;
  domain: readonly [number, number];
  /** `count`: how many areas the class holds, where the scale was made from data. */
  bins: readonly { from: number; to: number; color: Rgba; count?: number }[];
  noData: Rgba;
  /** Areas with no data, where the scale was made from data. */
  noDataCount?: number;
  /**
   * 'data': the ends are the data's least and greatest value (classes from the data, the legend
   * reads "12 – 40"); 'open' (default): the ends are open (fixed anchors, "< 60", "≥ 90").
   */
  ends?: 'data' | 'open';
  /** The data's least and greatest value, shown beside fixed anchors; null: no data at all. */
  extent?: readonly [number, number] | null;
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

/** The threshold legend among a layer's legends (the grid zones' classes), or null. */
export const thresholdLegendOf = (legends: readonly LegendDescriptor[] | undefined): ThresholdLegend | null =>
  legends?.find((l): l is ThresholdLegend => l.kind === 'threshold') ?? null;

/**
 * The class of a value among n thresholds (class i when thresholds[i − 1] ≤ v < thresholds[i]: 0 … n, a value
 * beyond an end in the class at that end), or null for no value: the one rule the map's scales, the zones'
 * classes and their legends classify by.
 */
export function classAt(thresholds: readonly number[], value: number | null | undefined): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  let i = 0;
  while (i < thresholds.length && value >= (thresholds[i] ?? Infinity)) i++;
  return i;
}

/** The class of a threshold legend a value falls in (bins[i].from ≤ v < bins[i].to, the last closed), or null for no value. */
export const thresholdClassOf = (legend: Pick<ThresholdLegend, 'bins'>, value: number | null): number | null =>
  legend.bins.length === 0 ? null : classAt(legend.bins.slice(1).map((b) => b.from), value);

/** The colour a threshold legend gives a value: its class's, or no data's. */
export const thresholdColourOf = (legend: Pick<ThresholdLegend, 'bins' | 'noData'>, value: number | null): Rgba =>
  legend.bins[thresholdClassOf(legend, value) ?? -1]?.color ?? legend.noData;
