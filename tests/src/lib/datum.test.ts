import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Point, Polygon } from 'geojson';
import { needsConversion, type LngLat } from '../../../src/lib/datum';
import { featureCollectionToDatum, positionsToDatum, toDatum } from '../../../src/lib/datum-convert';

/** Metres between two nearby positions (equirectangular: fine over a kilometre). */
function metres(a: LngLat, b: LngLat): number {
  const lat = ((a[1] + b[1]) / 2) * (Math.PI / 180);
  const dx = (b[0] - a[0]) * 111_320 * Math.cos(lat);
  const dy = (b[1] - a[1]) * 110_574;
  return Math.hypot(dx, dy);
}

// Guangzhou Tower, and Huangpu: the city centre and the east of the city.
const TOWER_WGS84: LngLat = [113.3245, 23.1064];
const HUANGPU_WGS84: LngLat = [113.4594, 23.1065];

describe('datum', () => {
  it('knows which datums need converting (CGCS2000 is WGS-84 at map precision)', () => {
    expect(needsConversion('GCJ02', 'WGS84')).toBe(true);
    expect(needsConversion('CGCS2000', 'GCJ02')).toBe(true);
    expect(needsConversion('CGCS2000', 'WGS84')).toBe(false);
    expect(needsConversion('GCJ02', 'GCJ02')).toBe(false);
  });

  it('shifts WGS-84 to GCJ-02 by the known ~600 m in Guangzhou, east and south', () => {
    for (const wgs of [TOWER_WGS84, HUANGPU_WGS84]) {
      const gcj = toDatum(wgs, 'WGS84', 'GCJ02');
      const d = metres(wgs, gcj);
      expect(d).toBeGreaterThan(450);
      expect(d).toBeLessThan(750);
      expect(gcj[0]).toBeGreaterThan(wgs[0]); // ≈ +545 m east
      expect(gcj[1]).toBeLessThan(wgs[1]); // ≈ −295 m south
    }
  });

  it('round-trips GCJ-02 → WGS-84 → GCJ-02 within 1e-5°', () => {
    for (let i = 0; i < 50; i++) {
      const gcj: LngLat = [112.96 + (i % 10) * 0.11, 22.52 + Math.floor(i / 10) * 0.28];
      const back = toDatum(toDatum(gcj, 'GCJ02', 'WGS84'), 'WGS84', 'GCJ02');
      expect(Math.abs(back[0] - gcj[0])).toBeLessThan(1e-5);
      expect(Math.abs(back[1] - gcj[1])).toBeLessThan(1e-5);
    }
  });

  it('leaves a position alone when the datums agree, and never changes its input', () => {
    const p: [number, number] = [113.3, 23.1];
    expect(toDatum(p, 'CGCS2000', 'WGS84')).toEqual([113.3, 23.1]);
    toDatum(p, 'WGS84', 'GCJ02');
    expect(p).toEqual([113.3, 23.1]);
  });

  it('converts a FeatureCollection as a copy, every geometry, keeping properties', () => {
    const fc: FeatureCollection<Point | Polygon, { name: string }> = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { name: 'tower' }, geometry: { type: 'Point', coordinates: [...TOWER_WGS84] } },
        {
          type: 'Feature',
          properties: { name: 'zone' },
          geometry: {
            type: 'Polygon',
            coordinates: [[[113.3, 23.1], [113.31, 23.1], [113.31, 23.11], [113.3, 23.1]]],
          },
        },
      ],
    };
    const snapshot = structuredClone(fc);
    const gcj = featureCollectionToDatum(fc, 'WGS84', 'GCJ02');
    expect(fc).toEqual(snapshot);
    expect(gcj).not.toBe(fc);
    expect(gcj.features[0]?.properties).toEqual({ name: 'tower' });
    const point = gcj.features[0]?.geometry as Point;
    expect(point.coordinates).toEqual(toDatum(TOWER_WGS84, 'WGS84', 'GCJ02'));
    const ring = (gcj.features[1]?.geometry as Polygon).coordinates[0] ?? [];
    expect(ring).toHaveLength(4);
    expect(metres([113.3, 23.1], [ring[0]?.[0] ?? 0, ring[0]?.[1] ?? 0])).toBeGreaterThan(450);
    expect(featureCollectionToDatum(fc, 'WGS84', 'CGCS2000')).toBe(fc);
  });

  it('converts interleaved float positions in bulk within 5e-6° (0.5 m) of the exact conversion', () => {
    const n = 20_000;
    const positions = new Float64Array(n * 2);
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let i = 0; i < n; i++) {
      positions[2 * i] = 112.96 + random() * 1.1;
      positions[2 * i + 1] = 22.52 + random() * 1.41;
    }
    const before = positions.slice();
    const out = positionsToDatum(positions, 'GCJ02', 'WGS84');
    expect(out).toBeInstanceOf(Float64Array);
    expect(positions.every((v, i) => v === before[i])).toBe(true);
    let maxError = 0;
    for (let i = 0; i < n; i += 37) {
      const exact = toDatum([positions[2 * i] ?? 0, positions[2 * i + 1] ?? 0], 'GCJ02', 'WGS84');
      maxError = Math.max(maxError, Math.abs((out[2 * i] ?? 0) - exact[0]), Math.abs((out[2 * i + 1] ?? 0) - exact[1]));
    }
    expect(maxError).toBeLessThan(5e-6);
    // Every point moved by the datum offset (hundreds of metres), none left behind.
    for (let i = 0; i < n; i += 101) {
      expect(metres([positions[2 * i] ?? 0, positions[2 * i + 1] ?? 0], [out[2 * i] ?? 0, out[2 * i + 1] ?? 0])).toBeGreaterThan(400);
    }
  });

  it('keeps Float32Array, the layer’s type, skips non-finite values, and returns the same array when nothing is to do', () => {
    const f32 = Float32Array.from([113.3, 23.1, Number.NaN, Number.NaN, 113.5, 23.2]);
    const out = positionsToDatum(f32, 'WGS84', 'GCJ02', { exact: false });
    expect(out).toBeInstanceOf(Float32Array);
    expect(Number.isNaN(out[2])).toBe(true);
    const exact = toDatum([f32[4] ?? 0, f32[5] ?? 0], 'WGS84', 'GCJ02');
    expect(out[4]).toBeCloseTo(exact[0], 4);
    expect(positionsToDatum(f32, 'GCJ02', 'GCJ02')).toBe(f32);
    // size 3: z is carried over untouched.
    const xyz = positionsToDatum(Float64Array.from([113.3, 23.1, 42]), 'WGS84', 'GCJ02', { size: 3 });
    expect(xyz[2]).toBe(42);
  });
});
