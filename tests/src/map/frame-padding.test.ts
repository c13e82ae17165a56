import { describe, expect, it } from 'vitest';
import { paddingClearOfCorner } from '../../../src/map/frame-padding';
import { GUANGZHOU_BOUNDS } from '../../../src/layers/base-map-style';

const PAD = { top: 60, bottom: 20, left: 20, right: 20 };

describe('paddingClearOfCorner', () => {
  it('moves a tall area aside from a key in a wide view: the city beside the wall’s key, not shrunk above it', () => {
    // Guangzhou is taller than wide; the wall's map at 1366×768 is ~925×390 with a ~420×110 key.
    const padding = paddingClearOfCorner(PAD, { width: 925, height: 390 }, { width: 430, height: 115 }, GUANGZHOU_BOUNDS);
    // Its height fills the view (top and bottom as they were); its right edge stops at the key's left edge; the
    // width the key leaves beyond the city's is not all on its left: it sits as near the middle as the key allows.
    expect(padding).toMatchObject({ top: PAD.top, bottom: PAD.bottom, right: 20 + 430 });
    expect(padding.left).toBeGreaterThan(PAD.left + 100);
  });

  it('centres a tall area in a wide view where the key leaves it room: not pushed left by the key’s width', () => {
    // A district taller than wide (Huangpu's span) on the wall's map at 1920×1080, ~1330×700, key ~420×115.
    const tall: [number, number, number, number] = [113.38, 23.03, 113.62, 23.43];
    const padding = paddingClearOfCorner({ top: 20, bottom: 20, left: 20, right: 20 }, { width: 1330, height: 700 }, { width: 420, height: 115 }, tall);
    // Centred on the view's middle (665), its box as wide as stays clear of the key on both sides.
    expect(padding).toEqual({ top: 20, bottom: 20, left: 440, right: 440 });
  });

  it('moves a wide area up from a key in a tall view', () => {
    const wide: [number, number, number, number] = [113.0, 23.0, 114.0, 23.2];
    const padding = paddingClearOfCorner(PAD, { width: 600, height: 900 }, { width: 300, height: 100 }, wide);
    // Above the key, centred on the padded view's middle (470 px down), which the key leaves free.
    expect(padding).toEqual({ ...PAD, top: 160, bottom: 20 + 100 });
  });

  it('leaves the padding as it is without a key, or where neither side leaves room', () => {
    expect(paddingClearOfCorner(PAD, { width: 925, height: 390 }, { width: 0, height: 0 }, GUANGZHOU_BOUNDS)).toBe(PAD);
    expect(paddingClearOfCorner(PAD, { width: 300, height: 150 }, { width: 290, height: 140 }, GUANGZHOU_BOUNDS)).toBe(PAD);
  });
});
