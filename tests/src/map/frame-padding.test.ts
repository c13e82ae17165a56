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

  it('frames an area larger and centred where its shape misses the key, though its bounds would not', () => {
    const [W, S, E, N] = [113.0, 23.0, 113.4, 23.4];
    const square: [number, number, number, number] = [W, S, E, N];
    const view = { width: 800, height: 600 };
    const [pad, key] = [{ top: 20, bottom: 20, left: 20, right: 20 }, { width: 300, height: 100 }];
    // How wide the square is drawn with a padding (its height in Web Mercator is 1.088 times its width here).
    const drawn = (p: { top: number; bottom: number; left: number; right: number }) => Math.min(800 - p.left - p.right, (600 - p.top - p.bottom) / 1.088);
    // A district whose bounds' bottom-right corner is empty (the triangle above their diagonal, as Conghua's is):
    // drawn as large as the view allows, in its middle, the key beside its empty corner.
    const triangle = [[[W, S], [W, N], [E, N], [W, S]]];
    const clear = paddingClearOfCorner(pad, view, key, square, triangle);
    expect(clear.top).toBeCloseTo(20, 6);
    expect(clear.bottom).toBeCloseTo(20, 6);
    expect(clear.left).toBeCloseTo(clear.right, 6);
    // Its bounds alone, or a shape that fills them, are framed clear of the key: smaller (460 px the key leaves).
    const boxed = paddingClearOfCorner(pad, view, key, square);
    expect(drawn(boxed)).toBeCloseTo(460, 0);
    expect(drawn(clear)).toBeGreaterThan(510);
    expect(paddingClearOfCorner(pad, view, key, square, [[[W, S], [W, N], [E, N], [E, S], [W, S]]])).toEqual(boxed);
    // A shape that reaches a little into the key's corner: the largest centred frame that keeps it clear, between the two.
    const notch = [[[W, S], [W, N], [E, N], [E, 23.12], [113.265, 23.12], [113.265, S], [W, S]]];
    const between = paddingClearOfCorner(pad, view, key, square, notch);
    expect(drawn(between)).toBeGreaterThan(drawn(boxed) + 5);
    expect(drawn(between)).toBeLessThan(drawn(clear) - 5);
    expect(between.left).toBeCloseTo(between.right, 6);
  });

  it('moves an area whose side slants away from the key towards the middle as far as the key lets its shape', () => {
    const [W, S, E, N] = [113.0, 23.0, 113.4, 23.4];
    const square: [number, number, number, number] = [W, S, E, N];
    const [view, pad, key] = [{ width: 1000, height: 600 }, { top: 20, bottom: 20, left: 20, right: 20 }, { width: 300, height: 100 }];
    const centreX = (p: { left: number; right: number }) => (p.left + 1000 - p.right) / 2;
    // Its bounds stop at the key's left edge less the padding (680 px): centred at 423 px, the middle is at 500.
    expect(centreX(paddingClearOfCorner(pad, view, key, square))).toBeCloseTo(423, 0);
    // Its bottom-right corner cut off (a quarter of its height, a fifth of its width): it clears the key's corner
    // (680, 480) until its cut side reaches it, at ~452 px; as large as before (its height fills the view).
    const cut = [[[W, S], [W, N], [E, N], [E, 23.1], [113.32, S], [W, S]]];
    const moved = paddingClearOfCorner(pad, view, key, square, cut);
    expect(centreX(moved)).toBeGreaterThan(448);
    expect(centreX(moved)).toBeLessThan(456);
    expect(moved.top).toBeCloseTo(20, 6);
    expect(moved.bottom).toBeCloseTo(20, 6);
  });

  it('leaves the padding as it is without a key, or where neither side leaves room', () => {
    expect(paddingClearOfCorner(PAD, { width: 925, height: 390 }, { width: 0, height: 0 }, GUANGZHOU_BOUNDS)).toBe(PAD);
    expect(paddingClearOfCorner(PAD, { width: 300, height: 150 }, { width: 290, height: 140 }, GUANGZHOU_BOUNDS)).toBe(PAD);
  });
});
