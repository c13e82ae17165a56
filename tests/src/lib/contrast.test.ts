import { describe, expect, it } from 'vitest';
import { AA_LARGE_TEXT, AA_TEXT, contrastRatio, over, parseHex, relativeLuminance } from '../../../src/lib/contrast';

describe('WCAG contrast', () => {
  it('parses #rgb and #rrggbb, and refuses anything else', () => {
    expect(parseHex('#fff')).toEqual([255, 255, 255]);
    expect(parseHex('#1F5FBF')).toEqual([31, 95, 191]);
    expect(() => parseHex('rgb(0 0 0)')).toThrow();
    expect(() => parseHex('#12345')).toThrow();
  });

  it('gives the relative luminance of the WCAG definition', () => {
    expect(relativeLuminance([0, 0, 0])).toBe(0);
    expect(relativeLuminance([255, 255, 255])).toBeCloseTo(1, 10);
    // sRGB 128 grey: ((128/255 + 0.055) / 1.055)^2.4 = 0.2159.
    expect(relativeLuminance([128, 128, 128])).toBeCloseTo(0.2159, 4);
    // Green weighs most, blue least.
    expect(relativeLuminance([0, 255, 0])).toBeCloseTo(0.7152, 4);
    expect(relativeLuminance([0, 0, 255])).toBeCloseTo(0.0722, 4);
  });

  it('gives contrast ratios that match known pairs, whichever colour is lighter', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // WebAIM's examples: #777 on white is 4.48 (fails AA), #767676 is 4.54 (the lightest grey that passes).
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#ffffff', '#767676')).toBe(contrastRatio('#767676', '#ffffff'));
    expect(AA_TEXT).toBe(4.5);
    expect(AA_LARGE_TEXT).toBe(3);
  });

  it('blends a translucent colour over its background', () => {
    expect(over([255, 0, 0], 0.5, [0, 0, 255])).toEqual([128, 0, 128]);
    expect(over([10, 20, 30], 1, [200, 200, 200])).toEqual([10, 20, 30]);
    expect(over([10, 20, 30], 0, [200, 200, 200])).toEqual([200, 200, 200]);
  });
});
