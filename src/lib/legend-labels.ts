import type { ThresholdLegend } from './legend-types';
import type { Language } from './view-options';
import { formatValue } from './format-number';

/*
 * The words of a threshold legend's classes, in the reader's language: kept apart from the component
 * so that the exact text a reader sees for a class can be tested.
 */

/** A legend number in its unit ('' for none); percentages whole unless `digits` says otherwise. */
export const legendNumber = (value: number, unit: string, lang: Language, digits?: number) =>
  Number.isFinite(value) ? formatValue(value, unit, lang, digits ?? (unit === '%' ? 0 : undefined)) : '';

/** Decimals a break needs to be shown as it is (at most 2): a class edge must never read rounded. */
const decimalsOf = (x: number) => {
  for (let d = 0; d < 2; d++) if (Math.abs(x * 10 ** d - Math.round(x * 10 ** d)) < 1e-9) return d;
  return 2;
};

type ClassesOf = Pick<ThresholdLegend, 'bins' | 'unit' | 'ends'>;

/** A legend's numbers, formatted alike: breaks as they are; the data's own ends (e.g. 118.37) to one decimal at most. */
function numberFormatOf(legend: ClassesOf, language: Language): (x: number) => string {
  const { bins, unit } = legend;
  const ends = legend.ends === 'data' && bins.length > 0 ? [bins[0]?.from ?? 0, bins[bins.length - 1]?.to ?? 0] : [];
  const digits = Math.max(0, ...bins.slice(1).map((b) => decimalsOf(b.from)), ...ends.map((e) => Math.min(1, decimalsOf(e))));
  return (x: number) => legendNumber(x, unit, language, digits);
}

/**
 * The numbers at the edges of the classes, for a stepped colour bar (n classes, n + 1 edges): the breaks,
 * and at each end the data's own end, or null where the end is open (fixed anchors: "< 60" has no low end).
 */
export function thresholdEdgeLabels(legend: ClassesOf, language: Language): (string | null)[] {
  const { bins } = legend;
  if (bins.length === 0) return [];
  const f = numberFormatOf(legend, language);
  const open = legend.ends !== 'data';
  const last = bins[bins.length - 1];
  return [open ? null : f(bins[0]?.from ?? 0), ...bins.slice(1).map((b) => f(b.from)), open || !last ? null : f(last.to)];
}

/** The text of each class: "< 60", "60 – 70", "≥ 90" (open ends), or "0 – 3", "4 – 9" (data ends; whole counts). */
export function thresholdLabels(legend: ClassesOf, language: Language): string[] {
  const { bins, unit } = legend;
  const f = numberFormatOf(legend, language);
  const last = bins.length - 1;
  if (legend.ends !== 'data') {
    return bins.map((bin, i) => (i === 0 && last > 0 ? `< ${f(bin.to)}` : i === last && last > 0 ? `≥ ${f(bin.from)}` : `${f(bin.from)} – ${f(bin.to)}`));
  }
  // Counts are whole numbers: the class [a, b) holds a … b − 1.
  const whole = unit === 'count' && bins.every((b) => Number.isInteger(b.from) && Number.isInteger(b.to));
  return bins.map((bin, i) => {
    const to = i === last || !whole ? bin.to : bin.to - 1;
    return f(to) === f(bin.from) ? f(bin.from) : `${f(bin.from)} – ${f(to)}`;
  });
}
