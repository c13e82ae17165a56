/*
 * WCAG 2.x colour contrast: relative luminance of sRGB colours and the contrast ratio between two
 * (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio). AA asks 4.5:1 for text, 3:1 for large text
 * (≥ 24 px, or ≥ 18.67 px bold) and for the parts of graphics needed to understand them.
 */

export type Rgb = readonly [number, number, number];

export const AA_TEXT = 4.5;
export const AA_LARGE_TEXT = 3;

/** '#rgb' or '#rrggbb' → [r, g, b] 0–255; throws on anything else (a token must be a plain colour). */
export function parseHex(hex: string): Rgb {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m?.[1]) throw new Error(`not a #rgb or #rrggbb colour: ${hex}`);
  const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16)];
}

const linear = (channel: number) => {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** Relative luminance, 0 (black) … 1 (white). */
export function relativeLuminance([r, g, b]: Rgb): number {
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The contrast ratio of two colours, 1 … 21, whichever is lighter. */
export function contrastRatio(a: Rgb | string, b: Rgb | string): number {
  const la = relativeLuminance(typeof a === 'string' ? parseHex(a) : a);
  const lb = relativeLuminance(typeof b === 'string' ? parseHex(b) : b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** A colour with opacity `alpha` (0–1) painted over an opaque background: what the eye gets. */
export function over(color: Rgb, alpha: number, background: Rgb): Rgb {
  return [0, 1, 2].map((i) => Math.round((color[i] ?? 0) * alpha + (background[i] ?? 0) * (1 - alpha))) as unknown as Rgb;
}
