import { describe, expect, it } from 'vitest';
import type { Position } from '../../../src/api/schemas/geojson';
import { areaAnchor, extentOf, largestPart } from '../../../src/lib/geometry';

const square = (x: number, y: number, side: number): Position[] => [[x, y], [x + side, y], [x + side, y + side], [x, y + side], [x, y]];

describe('largestPart', () => {
  it("is a polygon's centroid and area", () => {
    const part = largestPart({ type: 'Polygon', coordinates: [square(113, 23, 0.2)] });
    expect(part.position[0]).toBeCloseTo(113.1, 6);
    expect(part.position[1]).toBeCloseTo(23.1, 6);
    expect(part.area).toBeCloseTo(0.04, 9);
  });

  it('picks the part with the larger area, not the larger extent', () => {
    // A thin diagonal sliver spans the larger box; the square holds the larger area.
    const sliver: Position[] = [[113, 23], [113.5, 23.5], [113.49, 23.5], [113, 23.01], [113, 23]];
    const geometry = { type: 'MultiPolygon' as const, coordinates: [[sliver], [square(114, 23, 0.1)]] };
    expect(extentOf(sliver)![2] - extentOf(sliver)![0]).toBeGreaterThan(0.1);
    expect(areaAnchor(geometry)[0]).toBeCloseTo(114.05, 6);
    expect(areaAnchor(geometry)[1]).toBeCloseTo(23.05, 6);
  });

  it('gives a degenerate ring its vertex mean, and answers a geometry asked again from its cache', () => {
    const line = { type: 'Polygon' as const, coordinates: [[[113, 23], [113.2, 23], [113, 23]] as Position[]] };
    expect(largestPart(line).area).toBe(0);
    expect(largestPart(line).position[0]).toBeCloseTo((113 + 113.2 + 113) / 3, 9);
    expect(largestPart(line)).toBe(largestPart(line));
  });
});
