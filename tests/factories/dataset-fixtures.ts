import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Polygon, MultiPolygon } from 'geojson';
import { readFileSync } from 'node:fs';
import type { AreaGeometry } from '../../src/api/schemas/geojson';

// Helpers for the dataset generator's tests: an independent point-in-polygon (turf) and the outlines.

export const AS_OF = new Date('2026-10-15T18:00:00+08:00');

export function inArea(geometry: AreaGeometry, lon: number, lat: number): boolean {
  return booleanPointInPolygon([lon, lat], geometry as Polygon | MultiPolygon);
}

export interface Outline {
  adcode: string;
  name: string;
  geometry: AreaGeometry;
}

export function guangzhouOutlines(): Outline[] {
  const url = new URL('../../public/basemap/guangzhou-districts.geojson', import.meta.url);
  const json = JSON.parse(readFileSync(url, 'utf8')) as {
    features: { properties: { adcode: string; name: string }; geometry: AreaGeometry }[];
  };
  return json.features.map((f) => ({ adcode: f.properties.adcode, name: f.properties.name, geometry: f.geometry }));
}

/** A small deterministic PRNG for test sampling (independent of the generator's). */
export function testRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function bboxOfGeometry(g: AreaGeometry): [number, number, number, number] {
  const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
  let b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) for (const [x, y] of ring) b = [Math.min(b[0], x), Math.min(b[1], y), Math.max(b[2], x), Math.max(b[3], y)];
  return b;
}
