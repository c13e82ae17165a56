import { describe, expect, it } from 'vitest';
import { heapPlotSvg, niceStep } from '../../bench/lib/heap-plot';

const lap = (mb: number, i: number) => ({ atS: 60 * (i + 1), heapBytes: mb * 1e6, nodes: 4000, listeners: 900 });

describe('the soak’s heap plot', () => {
  it('steps the axis by 1, 2 or 5 × 10ⁿ', () => {
    expect([28, 9, 130, 0.7].map((span) => niceStep(span))).toEqual([10, 2, 50, 0.2]);
    expect(niceStep(0)).toBe(1);
  });

  it('draws one point per lap at its heap, the warm-up shaded and the ±10 % band of the first measured laps', () => {
    const laps = [21, 26, 27, 27, 28, 26].map(lap);
    const svg = heapPlotSvg(laps, { warmUp: 2, title: 'Wall soak <default>' });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('aria-label="Wall soak &lt;default&gt;"');
    expect(svg.match(/<circle /g)).toHaveLength(6);
    expect(svg).toContain('<title>lap 5: 28.0 MB</title>');
    const points = /<polyline points="([^"]+)"/.exec(svg)?.[1]?.split(' ') ?? [];
    expect(points).toHaveLength(6);
    // Higher heap, higher on the page (smaller y): lap 5 (28 MB) above lap 1 (21 MB).
    const ys = points.map((p) => Number(p.split(',')[1]));
    expect(ys[4]).toBeLessThan(ys[0] ?? 0);
    expect(svg).toContain('warm-up');
    expect(svg).toContain('±10 % of the first measured laps');
    // The axis reaches above the top value with room to spare: 28 MB × 1.15 → ticks of 10 MB up to 40.
    expect(svg).toContain('>40 MB</text>');
  });
});
