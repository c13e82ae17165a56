import { describe, expect, it } from 'vitest';
import { paddingClearOfCorner } from '../../../src/map/frame-padding';
import { GUANGZHOU_BOUNDS } from '../../../src/layers/base-map-style';

const PAD = { top: 60, bottom: 20, left: 20, right: 20 };

describe('paddingClearOfCorner', () => {
  it('moves a tall area aside from a key in a wide view: the city beside the wall’s key, not shrunk above it', () => {
    // Guangzhou is taller than wide; the wall's map at 1366×768 is ~925×390 with a ~420×110 key.
    const padding = paddingClearOfCorner(PAD, { width: 925, height: 390 }, { width: 430, height: 115 }, GUANGZHOU_BOUNDS);
    expect(padding).toEqual({ ...PAD, right: 20 + 430 });
  });

  it('moves a wide area up from a key in a tall view', () => {
    const wide: [number, number, number, number] = [113.0, 23.0, 114.0, 23.2];
    const padding = paddingClearOfCorner(PAD, { width: 600, height: 900 }, { width: 300, height: 100 }, wide);
    expect(padding).toEqual({ ...PAD, bottom: 20 + 100 });
  });

  it('leaves the padding as it is without a key, or where neither side leaves room', () => {
    expect(paddingClearOfCorner(PAD, { width: 925, height: 390 }, { width: 0, height: 0 }, GUANGZHOU_BOUNDS)).toBe(PAD);
    expect(paddingClearOfCorner(PAD, { width: 300, height: 150 }, { width: 290, height: 140 }, GUANGZHOU_BOUNDS)).toBe(PAD);
  });
});
