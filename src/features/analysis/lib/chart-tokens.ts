import type { Rgba } from '../../../layers/palette';

/** The theme's colours, type and sizes as the charts take them: read from tokens.css, so charts and map agree. */
export interface ChartTokens {
  text: string;
  muted: string;
  border: string;
  surface: string;
  accent: string;
  font: string;
  size: ChartSizes;
}

/**
 * Every size a chart draws with, in px, from the root font size: ECharts takes px only, and the page's
 * type grows with the viewport (tokens.css), so a chart drawn at 16 px type would be specks at 4K.
 */
export interface ChartSizes {
  /** The root font size (1rem) the rest derive from. */
  rem: number;
  /** Axis labels, legend and tooltip: the body text size, never smaller. */
  text: number;
  /** A data line (a series drawn as a line). */
  line: number;
  /** Axis and split lines: hairlines that stay visible. */
  rule: number;
  /** A legend's swatch. */
  swatchWidth: number;
  swatchHeight: number;
  /** Space around the plot, and the legend's band above it. */
  gap: number;
  legendBand: number;
}

/** The sizes for a root font size in px (tokens.css: 16 px on a desk, about 35 px on a 3840-px wall). */
export function chartSizes(rem: number): ChartSizes {
  const r = Number.isFinite(rem) && rem > 0 ? rem : 16;
  const px = (n: number) => Math.round(n * r * 10) / 10;
  return {
    rem: r,
    text: r,
    line: px(0.16),
    rule: Math.max(1, px(0.0625)),
    swatchWidth: px(0.9),
    swatchHeight: px(0.6),
    gap: px(0.5),
    legendBand: px(2.2),
  };
}

/** The root font size in px now (1rem). */
export function rootRemPx(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize);
}

/** The tokens in force on `el` (inside an element with data-theme, so a theme switch is seen at once). */
export function chartTokensOf(el: Element): ChartTokens {
  const style = getComputedStyle(el);
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    text: v('--text', '#e8f1ff'),
    muted: v('--text-muted', '#8ea3c0'),
    border: v('--border', '#1f3a5f'),
    surface: v('--surface', '#0a1830'),
    accent: v('--accent', '#4cc3ff'),
    font: v('--font-sans', 'sans-serif'),
    size: chartSizes(rootRemPx()),
  };
}

export const cssColor = (c: Rgba | readonly [number, number, number], alpha?: number) =>
  `rgba(${c[0]}, ${c[1]}, ${c[2]}, ${alpha ?? (c.length > 3 ? (c[3] as number) / 255 : 1)})`;
