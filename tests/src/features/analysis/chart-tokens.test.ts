import { describe, expect, it } from 'vitest';
import { chartSizes } from '../../../../src/features/analysis/lib/chart-tokens';

describe('chart sizes from the root font size', () => {
  it('text is the body size: 16 px on a desk, about 35 px on a 3840-px wall', () => {
    expect(chartSizes(16).text).toBe(16);
    expect(chartSizes(34.56).text).toBe(34.56);
  });

  it('every size grows with the root size, hairlines never under 1 px', () => {
    const desk = chartSizes(16);
    const wall = chartSizes(34.56);
    for (const key of ['line', 'swatchWidth', 'swatchHeight', 'gap', 'legendBand'] as const) expect(wall[key], key).toBeGreaterThan(desk[key] * 2);
    expect(desk.rule).toBe(1);
    expect(wall.rule).toBeGreaterThan(2);
  });

  it('falls back to 16 px for a root size it cannot read', () => {
    expect(chartSizes(Number.NaN)).toEqual(chartSizes(16));
    expect(chartSizes(0).text).toBe(16);
  });
});
