import { describe, expect, it } from 'vitest';
import { CATEGORY_COLORS, TEAM_PALETTE, colorForId } from '../../../src/layers/palette';
import { hashString } from '../../../src/lib/hash';
import { makeQuantizeScale, makeThresholdScale, thresholdLegend } from '../../../src/layers/legend';
import { niceStep } from '../../../src/data/zone-classes';
import { NO_DATA_COLOR } from '../../../src/layers/palette';

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

  it('nice steps are 1, 2 or 5 × 10^k', () => {
    expect([0.7, 1.3, 3, 7, 23].map(niceStep)).toEqual([1, 2, 5, 10, 50]);
  });
});
