import type { Position } from '../api/schemas/geojson';

export type Extent = [minLon: number, minLat: number, maxLon: number, maxLat: number];

/** The extent of any GeoJSON coordinates (positions nested in arrays), or null when there are none. */
export function extentOf(coordinates: unknown): Extent | null {
  const box: Extent = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown) => {
    if (Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number') {
      box[0] = Math.min(box[0], c[0]);
      box[1] = Math.min(box[1], c[1]);
      box[2] = Math.max(box[2], c[0]);
      box[3] = Math.max(box[3], c[1]);
    } else if (Array.isArray(c)) {
      for (const child of c) visit(child);
    }
  };
  visit(coordinates);
  return Number.isFinite(box[0]) ? box : null;
}

/** Area-weighted centroid of a ring (shoelace); the vertex mean for a degenerate one. */
export function ringCentroid(ring: readonly Position[]): Position {
  let a = 0;
  let x = 0;
  let y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j] ?? [0, 0];
    const [x1, y1] = ring[i] ?? [0, 0];
    const f = x0 * y1 - x1 * y0;
    a += f;
    x += (x0 + x1) * f;
    y += (y0 + y1) * f;
  }
  if (Math.abs(a) < 1e-12) {
    const n = Math.max(1, ring.length);
    return [ring.reduce((s, p) => s + p[0], 0) / n, ring.reduce((s, p) => s + p[1], 0) / n];
  }
  return [x / (3 * a), y / (3 * a)];
}

/** A representative point of a Polygon or MultiPolygon: the centroid of its largest outer ring. */
export function areaAnchor(geometry: { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] }): Position {
  const rings = geometry.type === 'Polygon' ? [geometry.coordinates[0] ?? []] : geometry.coordinates.map((p) => p[0] ?? []);
  let best: readonly Position[] = rings[0] ?? [];
  let bestArea = -1;
  for (const ring of rings) {
    const e = extentOf(ring);
    const area = e ? (e[2] - e[0]) * (e[3] - e[1]) : 0;
    if (area > bestArea) {
      bestArea = area;
      best = ring;
    }
  }
  return ringCentroid(best);
}
