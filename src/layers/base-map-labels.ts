import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';

/*
 * Label points for the offline base map, derived from the outlines it ships: a district is labelled
 * at its `center` property, a neighbouring city (no center in the data) at the point inside its
 * largest polygon that lies farthest from the edge. The result is committed as
 * public/basemap/guangzhou-basemap-labels.geojson; tests/src/layers/base-map-labels.test.ts checks
 * that it matches and rewrites it with UPDATE_BASEMAP_LABELS=1.
 */

export type LabelKind = 'district' | 'city';
export interface LabelProperties {
  kind: LabelKind;
  name: string;
  name_en: string;
  adcode: string | null;
}

type AreaFeature = Feature<Polygon | MultiPolygon, Record<string, unknown> | null>;

export function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j];
    const b = ring[i];
    if (a && b) sum += ((a[0] ?? 0) - (b[0] ?? 0)) * ((a[1] ?? 0) + (b[1] ?? 0));
  }
  return Math.abs(sum / 2);
}

export function pointInRing(x: number, y: number, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i]?.[0] ?? 0;
    const yi = ring[i]?.[1] ?? 0;
    const xj = ring[j]?.[0] ?? 0;
    const yj = ring[j]?.[1] ?? 0;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function distanceToSegmentSq(x: number, y: number, a: Position, b: Position): number {
  const ax = a[0] ?? 0;
  const ay = a[1] ?? 0;
  const dx = (b[0] ?? 0) - ax;
  const dy = (b[1] ?? 0) - ay;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len));
  const px = ax + t * dx - x;
  const py = ay + t * dy - y;
  return px * px + py * py;
}

/**
 * A coarse pole of inaccessibility: the point of a grid over the outline that lies inside it farthest
 * from any edge, and that distance (in the outline's units). Good enough to put a label well inside an
 * irregular outline.
 */
export function poleOfInaccessibility(polygon: Position[][], steps = 48): { point: [number, number]; distance: number } {
  const outer = polygon[0] ?? [];
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of outer) {
    minX = Math.min(minX, p[0] ?? 0);
    maxX = Math.max(maxX, p[0] ?? 0);
    minY = Math.min(minY, p[1] ?? 0);
    maxY = Math.max(maxY, p[1] ?? 0);
  }
  let best: [number, number] = [(minX + maxX) / 2, (minY + maxY) / 2];
  let bestDistance = -1;
  for (let i = 0; i <= steps; i++) {
    for (let j = 0; j <= steps; j++) {
      const x = minX + ((maxX - minX) * (i + 0.5)) / (steps + 1);
      const y = minY + ((maxY - minY) * (j + 0.5)) / (steps + 1);
      if (!pointInRing(x, y, outer) || polygon.slice(1).some((hole) => pointInRing(x, y, hole))) continue;
      let d = Infinity;
      for (const ring of polygon) {
        for (let k = 1; k < ring.length; k++) {
          const a = ring[k - 1];
          const b = ring[k];
          if (a && b) d = Math.min(d, distanceToSegmentSq(x, y, a, b));
        }
      }
      if (d > bestDistance) {
        bestDistance = d;
        best = [x, y];
      }
    }
  }
  return { point: best, distance: bestDistance < 0 ? 0 : Math.sqrt(bestDistance) };
}

/** A label point well inside an irregular outline (its pole of inaccessibility, to 1e-5 degrees). */
export function interiorPoint(polygon: Position[][], steps = 48): [number, number] {
  const [x, y] = poleOfInaccessibility(polygon, steps).point;
  return [Math.round(x * 1e5) / 1e5, Math.round(y * 1e5) / 1e5];
}

function largestPolygon(geometry: Polygon | MultiPolygon): Position[][] {
  if (geometry.type === 'Polygon') return geometry.coordinates;
  let best: Position[][] = [];
  let bestArea = -1;
  for (const polygon of geometry.coordinates) {
    const area = ringArea(polygon[0] ?? []);
    if (area > bestArea) {
      bestArea = area;
      best = polygon;
    }
  }
  return best;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function isPosition(v: unknown): v is [number, number] {
  return Array.isArray(v) && v.length >= 2 && typeof v[0] === 'number' && typeof v[1] === 'number';
}

export function deriveBaseMapLabels(
  districts: FeatureCollection<Polygon | MultiPolygon, Record<string, unknown> | null>,
  cities: FeatureCollection<Polygon | MultiPolygon, Record<string, unknown> | null>,
): FeatureCollection<Point, LabelProperties> {
  const label = (f: AreaFeature, kind: LabelKind): Feature<Point, LabelProperties> => {
    const props = f.properties ?? {};
    const center = props.center;
    const coordinates = kind === 'district' && isPosition(center) ? [center[0], center[1]] : interiorPoint(largestPolygon(f.geometry));
    return {
      type: 'Feature',
      geometry: { type: 'Point', coordinates },
      properties: {
        kind,
        name: str(props.name),
        name_en: str(props.name_en),
        adcode: typeof props.adcode === 'string' ? props.adcode : null,
      },
    };
  };
  return {
    type: 'FeatureCollection',
    features: [...districts.features.map((f) => label(f, 'district')), ...cities.features.map((f) => label(f, 'city'))],
  };
}
