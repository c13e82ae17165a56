import { describe, expect, it } from 'vitest';
import { ATTENTION_RAMPS, CATEGORY_COLORS, TEAM_PALETTE, colorForId, rampColors, type Rgba } from '../../../src/layers/palette';
import { baseMapPalettes } from '../../../src/layers/base-map-style';
import { contrastRatio, over, parseHex, relativeLuminance, type Rgb } from '../../../src/lib/contrast';
import { hashString } from '../../../src/lib/hash';
import { makeQuantizeScale, makeThresholdScale, thresholdLegend } from '../../../src/layers/legend';
import { NO_DATA_COLOR, PLACE_OUTLINE_COLORS } from '../../../src/layers/palette';
import { ZONE_FILL_ALPHA } from '../../../src/layers/grid-zones';

describe('palette', () => {
  it('gives a team the same colour every time, from the team palette', () => {
    expect(colorForId('T-HP-017')).toBe(colorForId('T-HP-017'));
    expect(TEAM_PALETTE).toContain(colorForId('T-HP-017'));
    expect(hashString('a')).not.toBe(hashString('b'));
    // Many ids use more than one colour (the hash spreads).
    const used = new Set(Array.from({ length: 40 }, (_, i) => colorForId(`T${i}`)));
    expect(used.size).toBeGreaterThan(4);
  });

  it('keeps category colours distinct', () => {
    const keys = Object.values(CATEGORY_COLORS).map((c) => c.join(','));
    expect(new Set(keys).size).toBe(3);
  });
});

// HSL hue (degrees) and saturation, and CIE L* (0–100) of an sRGB colour.
const hueOf = ([r, g, b]: Rgb): number => {
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d === 0) return 0;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
};
const saturationOf = ([r, g, b]: Rgb): number => {
  const max = Math.max(r, g, b) / 255;
  const min = Math.min(r, g, b) / 255;
  const l = (max + min) / 2;
  return max === min ? 0 : (max - min) / (1 - Math.abs(2 * l - 1));
};
const lightnessOf = (c: Rgb): number => {
  const y = relativeLuminance(c);
  return y > 216 / 24389 ? 116 * Math.cbrt(y) - 16 : (24389 / 27) * y;
};

describe('"needs attention" ramps', () => {
  // What a zone shows: the class colour at the zones' fill alpha over the theme's land.
  const rgb = (c: Rgba): Rgb => [c[0], c[1], c[2]];
  const shown = (c: Rgba, theme: 'dark' | 'light') => over(rgb(c), (c[3] / 255) * ZONE_FILL_ALPHA[theme], parseHex(baseMapPalettes[theme].districtFill));

  for (const theme of ['dark', 'light'] as const) {
    const ramp = ATTENTION_RAMPS[theme];
    const land = parseHex(baseMapPalettes[theme].districtFill);

    it(`${theme}: ordered by lightness alone (readable with any colour-vision deficiency), calm end first`, () => {
      expect(ramp).toHaveLength(5);
      const lum = ramp.map((c) => relativeLuminance(rgb(c)));
      // Away from the land: lighter on the dark map, darker on the light one.
      const away = theme === 'dark' ? lum : lum.map((l) => -l);
      for (let i = 1; i < away.length; i++) expect(away[i], `${theme} step ${i}`).toBeGreaterThan(away[i - 1] ?? Infinity);
      // Neighbouring classes stay apart as drawn (translucent over the land).
      for (let i = 1; i < ramp.length; i++) {
        expect(contrastRatio(shown(ramp[i]!, theme), shown(ramp[i - 1]!, theme)), `${theme} classes ${i - 1}/${i}`).toBeGreaterThan(1.15);
      }
    });

    it(`${theme}: the wall tour's place outline stands out (3:1) from the land and the calmer half of the zone classes`, () => {
      // Most zones are calm: the outline runs mostly between them; the loud classes are few and red (dark: gold).
      const outline = parseHex(PLACE_OUTLINE_COLORS[theme]);
      for (const [i, c] of [land, ...ramp.slice(0, 3).map((r) => shown(r, theme))].entries()) {
        expect(contrastRatio(outline, c), `${theme} ${i === 0 ? 'land' : `class ${i - 1}`}`).toBeGreaterThanOrEqual(3);
      }
    });

    it(`${theme}: lighter (or darker) class by class as drawn too, each step's opacity included`, () => {
      const lum = ramp.map((c) => relativeLuminance(shown(c, theme)));
      const away = theme === 'dark' ? lum : lum.map((l) => -l);
      for (let i = 1; i < away.length; i++) expect(away[i], `${theme} step ${i}`).toBeGreaterThan(away[i - 1] ?? Infinity);
    });

    it(`${theme}: no class turns brown or olive over the land, and the loud end is a saturated colour`, () => {
      // Brown and olive are orange and yellow too dark to read as such: a warm hue only where it is light.
      for (const [i, c] of ramp.entries()) {
        const drawn = shown(c, theme);
        const warm = hueOf(drawn) >= 25 && hueOf(drawn) <= 95;
        if (warm) expect(lightnessOf(drawn), `${theme} class ${i} (${drawn.join(',')})`).toBeGreaterThanOrEqual(60);
      }
      expect(saturationOf(shown(ramp[4]!, theme)), `${theme} loud end`).toBeGreaterThanOrEqual(0.5);
    });

    it(`${theme}: the calm end recedes into the land, the loud end stands out from it (3:1)`, () => {
      expect(contrastRatio(shown(ramp[0]!, theme), land)).toBeLessThan(1.5);
      expect(contrastRatio(shown(ramp[4]!, theme), land)).toBeGreaterThanOrEqual(3);
    });
  }

  it('the light ramp’s calm end is nearly neutral, not a saturated yellow over the whole city', () => {
    const chroma = (c: Rgba) => (Math.max(c[0], c[1], c[2]) - Math.min(c[0], c[1], c[2])) / 255;
    expect(chroma(ATTENTION_RAMPS.light[0]!)).toBeLessThan(0.2);
  });

  it('spreads n classes over the whole ramp', () => {
    const ramp = ATTENTION_RAMPS.light;
    expect(rampColors(ramp, 5)).toEqual(ramp);
    expect(rampColors(ramp, 3)).toEqual([ramp[0], ramp[2], ramp[4]]);
    expect(rampColors(ramp, 2)).toEqual([ramp[0], ramp[4]]);
    expect(rampColors(ramp, 1)).toEqual([ramp[0]]);
    expect(rampColors(ramp, 0)).toEqual([]);
  });

  it('keeps the violation categories (Okabe–Ito) apart from the dark map (3:1, graphics)', () => {
    const navy = parseHex(baseMapPalettes.dark.districtFill);
    for (const [name, c] of Object.entries(CATEGORY_COLORS)) expect(contrastRatio(rgb(c), navy), name).toBeGreaterThanOrEqual(3);
  });
});

describe('scales and legends', () => {
  const colors = [
    [1, 1, 1, 255],
    [2, 2, 2, 255],
    [3, 3, 3, 255],
  ] as const;

  it('threshold scale: classes at the thresholds, no-data for null', () => {
    const s = makeThresholdScale([0, 10], [2, 5], colors, 'count');
    expect(s.colorOf(1.99)).toBe(colors[0]);
    expect(s.colorOf(2)).toBe(colors[1]);
    expect(s.colorOf(5)).toBe(colors[2]);
    expect(s.colorOf(null)).toBe(NO_DATA_COLOR);
    expect(() => makeThresholdScale([0, 1], [0.5], colors, 'x')).toThrow();
  });

  it('quantize scale cuts the domain evenly and its legend states the same numbers', () => {
    const s = makeQuantizeScale([0, 30], colors, 'count');
    expect(s.thresholds).toEqual([10, 20]);
    const legend = thresholdLegend(s);
    expect(legend.bins.map((b) => [b.from, b.to])).toEqual([
      [0, 10],
      [10, 20],
      [20, 30],
    ]);
    expect(legend.bins.map((b) => b.color)).toEqual(colors);
    // Every bin's colour is the scale's colour for a value inside it.
    for (const b of legend.bins) expect(s.colorOf((b.from + b.to) / 2)).toBe(b.color);
  });
});
