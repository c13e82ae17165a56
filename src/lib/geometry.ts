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

type AreaGeometry = { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };

/**
 * A ring's area-weighted centroid (shoelace) and area (squared degrees); the vertex mean for a
 * degenerate one. Indexed, not destructured: it runs over every zone's vertices during a load, before
 * the JIT has optimised it, where destructuring pairs costs several times as much.
 */
function ringCentroidAndArea(ring: readonly Position[]): { position: Position; area: number } {
  let a = 0;
  let x = 0;
  let y = 0;
  const n = ring.length;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const p = ring[j]!;
    const q = ring[i]!;
    const f = p[0] * q[1] - q[0] * p[1];
    a += f;
    x += (p[0] + q[0]) * f;
    y += (p[1] + q[1]) * f;
  }
  if (Math.abs(a) < 1e-12) {
    let sx = 0;
    let sy = 0;
    for (let i = 0; i < n; i++) {
      sx += ring[i]![0];
      sy += ring[i]![1];
    }
    return { position: [sx / Math.max(1, n), sy / Math.max(1, n)], area: 0 };
  }
  return { position: [x / (3 * a), y / (3 * a)], area: Math.abs(a / 2) };
}

// Per geometry object: the zones' anchors are asked for by the map data, the zone symbols and the zone labels.
const largestPartCache = new WeakMap<AreaGeometry, { position: Position; area: number }>();

/** The outer ring of a Polygon, or of each of a MultiPolygon's parts. */
export const outerRings = (geometry: AreaGeometry): Position[][] =>
  geometry.type === 'Polygon' ? [geometry.coordinates[0] ?? []] : geometry.coordinates.map((p) => p[0] ?? []);

/** The centroid and area (squared degrees) of a Polygon's or MultiPolygon's largest outer ring. */
export function largestPart(geometry: AreaGeometry): { position: Position; area: number } {
  let part = largestPartCache.get(geometry);
  if (part) return part;
  for (const ring of outerRings(geometry)) {
    const candidate = ringCentroidAndArea(ring);
    if (!part || candidate.area > part.area) part = candidate;
  }
  part ??= { position: [0, 0], area: 0 };
  largestPartCache.set(geometry, part);
  return part;
}

/** A representative point of a Polygon or MultiPolygon: the centroid of its largest outer ring. */
export function areaAnchor(geometry: AreaGeometry): Position {
  return largestPart(geometry).position;
}
