import type { ThresholdLegend } from './legend-types';
import type { Language } from './view-options';
import { formatValue } from './format-number';
import { widthCh } from './text-width';

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

/**
 * The narrowest step (in `ch`) of a colour bar under which no two labels of a row touch, at least `gapCh`
 * apart: the end labels are flush with the bar's ends, the others centred on their edges (class-key.css).
 * `rows` 2: every other label in a second row, so that a label need only clear the one two steps on.
 */
export function stepWidthCh(edges: readonly (string | null)[], rows: 1 | 2 = 1, gapCh = 1): number {
  const n = edges.length - 1;
  const len = edges.map((e) => (e === null ? 0 : widthCh(e)));
  let step = 0;
  for (let i = 0; i + rows <= n; i++) {
    const right = i === 0 ? (len[0] ?? 0) : (len[i] ?? 0) / 2;
    const left = i + rows === n ? (len[n] ?? 0) : (len[i + rows] ?? 0) / 2;
    step = Math.max(step, (right + left + gapCh) / rows);
  }
  return step;
}

/** A colour bar's step, as wide as a readable swatch (class-key.css: 3.2em), in `ch` of tabular figures (~0.56em). */
export const SWATCH_STEP_CH = 5.7;

/**
 * How a colour bar lays out its edge labels: in one row where they fit under steps of a swatch's width, else
 * every other one in a second row (a key as wide as before, its numbers never running into each other, none
 * left out), and the step then as wide as they still need (`ch`).
 */
export function edgeLabelLayout(edges: readonly (string | null)[]): { rows: 1 | 2; stepCh: number } {
  const single = stepWidthCh(edges, 1);
  if (single <= SWATCH_STEP_CH) return { rows: 1, stepCh: single };
  return { rows: 2, stepCh: stepWidthCh(edges, 2) };
}
