import { hashString } from '../lib/hash';
import type { Severity, ViolationCategory } from '../api/schemas/enums';
import type { Theme } from '../lib/view-options';

/*
 * The one palette of the map. Every colour here is colour-blind safe by construction:
 * categorical colours come from Okabe & Ito (2008), ordered/sequential ones from ColorBrewer
 * schemes marked "colorblind safe" (YlOrRd, OrRd) and the viridis family (inferno), each monotone in
 * lightness (tests/src/layers/palette.test.ts checks it). Builders and legends both read these constants,
 * so a legend can never disagree with what is drawn.
 */

export type Rgb = readonly [number, number, number];
export type Rgba = readonly [number, number, number, number];

export const withAlpha = (c: Rgb | Rgba, alpha: number): Rgba => [c[0], c[1], c[2], alpha];

/** Okabe–Ito, without black (invisible on the dark wall-screen style). */
export const OKABE_ITO = {
  orange: [230, 159, 0],
  skyBlue: [86, 180, 233],
  bluishGreen: [0, 158, 115],
  yellow: [240, 228, 66],
  blue: [0, 114, 178],
  vermillion: [213, 94, 0],
  reddishPurple: [204, 121, 167],
} as const satisfies Record<string, Rgb>;

export const NEUTRAL_GREY: Rgba = [136, 136, 136, 160];
/**
 * Drawn for a value that is missing (null): hatched grey in the legend, never a scale colour, and
 * neutral enough to tell from every ramp's low end (a zero is a value: class 0) on both base maps.
 */
export const NO_DATA_COLOR: Rgba = [128, 128, 128, 140];
export const SELECTION_COLOR: Rgba = [255, 255, 255, 255];
/** The selection's outline on each base map: white on the dark one, near-black on the light one (white vanishes there). */
export const SELECTION_COLORS: Readonly<Record<'dark' | 'light', Rgba>> = { dark: SELECTION_COLOR, light: [17, 24, 39, 255] };

/** Violation categories: three hues far apart for every common colour-vision deficiency. */
export const CATEGORY_COLORS: Readonly<Record<ViolationCategory, Rgba>> = {
  behaviour: withAlpha(OKABE_ITO.orange, 220),
  equipment: withAlpha(OKABE_ITO.skyBlue, 220),
  management: withAlpha(OKABE_ITO.reddishPurple, 220),
};

/** Severities are ordered, so they get an ordered (lightness) ramp: YlOrRd 3 classes. */
export const SEVERITY_COLORS: Readonly<Record<Severity, Rgba>> = {
  general: [255, 237, 160, 220],
  serious: [254, 178, 76, 230],
  severe: [240, 59, 32, 240],
};

/**
 * "Needs attention" ramps, low → high, per theme: lightness runs one way along each, so the order reads
 * without hue (and so for every colour-vision deficiency), and the low end recedes into the base map,
 * so most zones stay calm and the few that need attention stand out.
 * - light: ColorBrewer OrRd 5 (colour-blind safe): cream to dark red on a light map.
 * - dark: the path of viridis' inferno (indigo, purple, magenta, crimson, amber), each step with its own
 *   opacity, rising from the calm end. Warm colours laid thinly over navy mix into browns and olives
 *   (a pale yellow at 40 % reads grey-green: the loudest class looked the dullest), so on the dark map the
 *   calm classes stay thin and the loud ones are laid on nearly opaque. Only the base map's land lies under
 *   a zone's fill (the production map and the labels are drawn above it), so nothing is hidden.
 * Indicators where a high value is good (closure rate, win-order completion) use them reversed.
 */
export const ATTENTION_RAMPS: Readonly<Record<Theme, readonly Rgba[]>> = {
  light: [
    [254, 240, 217, 255],
    [253, 204, 138, 255],
    [252, 141, 89, 255],
    [227, 74, 51, 255],
    [179, 0, 0, 255],
  ],
  dark: [
    [70, 60, 150, 64],
    [140, 60, 170, 107],
    [205, 55, 135, 133],
    [235, 55, 65, 166],
    [255, 175, 50, 217],
  ],
};

/** The dark theme's ramp (the default theme): where a builder has no theme to go by. */
export const ATTENTION_RAMP: readonly Rgba[] = ATTENTION_RAMPS.dark;

/**
 * n colours of a 5-step ramp for n classes (n ≤ 5), spread over its whole length, so two classes are
 * its two ends rather than its two lightest steps.
 */
export function rampColors(ramp: readonly Rgba[], n: number): Rgba[] {
  if (n <= 0) return [];
  if (n === 1) return [ramp[0] ?? NO_DATA_COLOR];
  return Array.from({ length: n }, (_, i) => ramp[Math.round((i * (ramp.length - 1)) / (n - 1))] ?? NO_DATA_COLOR);
}

/** Heatmap ramp (YlOrRd 6, the deck.gl default family), transparent-ish at the cool end. */
export const HEAT_RAMP: readonly Rgb[] = [
  [255, 255, 178],
  [254, 217, 118],
  [254, 178, 76],
  [253, 141, 60],
  [240, 59, 32],
  [189, 0, 38],
];

export const VOLTAGE_COLORS: Readonly<Record<110 | 220, Rgba>> = {
  110: withAlpha(OKABE_ITO.skyBlue, 255),
  220: withAlpha(OKABE_ITO.vermillion, 255),
};

export const FEEDER_COLOR: Rgba = withAlpha(OKABE_ITO.bluishGreen, 200);
export const FEEDER_HIGHLIGHT_COLOR: Rgba = withAlpha(OKABE_ITO.yellow, 255);
export const BASE_STATION_COLOR: Rgba = withAlpha(OKABE_ITO.blue, 255);
export const BASE_STATION_DEMO_COLOR: Rgba = withAlpha(OKABE_ITO.yellow, 255);
/**
 * The outline of the wall tour's place (a district bureau, a zone): the party gold, as each theme writes gold text
 * (--party-gold-text, the ranking's current row); the bright gold all but vanished over the light theme's pale zones.
 */
export const PLACE_OUTLINE_COLORS: Readonly<Record<Theme, string>> = { dark: '#f4c542', light: '#7a5800' };
/** Party markers: the party red, distinguished from production layers by shape and outline, not hue alone. */
export const PARTY_RED: Rgba = [200, 16, 46, 230];
export const PARTY_GOLD: Rgba = [255, 209, 0, 255];
export const LINK_COLOR: Rgba = withAlpha(OKABE_ITO.yellow, 200);

/** Categorical palette for many ids (grid teams): Okabe–Ito's seven hues. Neighbours may repeat. */
export const TEAM_PALETTE: readonly Rgba[] = Object.values(OKABE_ITO).map((c) => withAlpha(c, 200));

export function colorForId(id: string, palette: readonly Rgba[] = TEAM_PALETTE): Rgba {
  return palette[hashString(id) % palette.length] ?? NEUTRAL_GREY;
}
