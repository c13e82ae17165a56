import { Delaunay } from 'd3-delaunay';
import { intersection } from 'polyclip-ts';
import type { District } from './districts';
import {
  type BBox,
  type MultiPoly,
  type Pos,
  type Ring,
  clipByConvex,
  multiPolyAreaKm2,
  pointInArea,
  ringAreaDeg2,
} from './geometry';
import type { Rng } from './prng';

// Grid zones partition a district: Voronoi cells of well-spread seeded sites, clipped to the outline.

export interface ZoneCell {
  site: Pos;
  multi: MultiPoly;
  areaKm2: number;
}

/** Seeded sites inside the outline, spread out by best-candidate sampling (no clumps, no gaps). */
export function spreadSites(district: District, count: number, rng: Rng, candidates = 10): Pos[] {
  const [minX, minY, maxX, maxY] = district.area.bbox;
  const sample = (): Pos => {
    for (;;) {
      const x = rng.range(minX, maxX);
      const y = rng.range(minY, maxY);
      if (pointInArea(district.area, x, y)) return [x, y];
    }
  };
  const sites: Pos[] = [sample()];
  const k = Math.cos((district.center[1] * Math.PI) / 180);
  while (sites.length < count) {
    let best = sample();
    let bestD = -1;
    for (let c = 0; c < candidates; c++) {
      const p = c === 0 ? best : sample();
      let d = Infinity;
      for (const s of sites) d = Math.min(d, ((p[0] - s[0]) * k) ** 2 + (p[1] - s[1]) ** 2);
      if (d > bestD) {
        bestD = d;
        best = p;
      }
    }
    sites.push(best);
  }
  return sites;
}

interface Segments {
  minX: Float64Array;
  minY: Float64Array;
  maxX: Float64Array;
  maxY: Float64Array;
}

function outlineSegments(outline: MultiPoly): Segments {
  const all: [Pos, Pos][] = [];
  for (const poly of outline)
    for (const ring of poly) for (let i = 1; i < ring.length; i++) all.push([ring[i - 1] as Pos, ring[i] as Pos]);
  const s: Segments = {
    minX: new Float64Array(all.length),
    minY: new Float64Array(all.length),
    maxX: new Float64Array(all.length),
    maxY: new Float64Array(all.length),
  };
  all.forEach(([a, b], i) => {
    s.minX[i] = Math.min(a[0], b[0]);
    s.minY[i] = Math.min(a[1], b[1]);
    s.maxX[i] = Math.max(a[0], b[0]);
    s.maxY[i] = Math.max(a[1], b[1]);
  });
  return s;
}

function touchesOutline(seg: Segments, b: BBox): boolean {
  for (let i = 0; i < seg.minX.length; i++) {
    if ((seg.maxX[i] as number) >= b[0] && (seg.minX[i] as number) <= b[2] && (seg.maxY[i] as number) >= b[1] && (seg.minY[i] as number) <= b[3])
      return true;
  }
  return false;
}

function ringBBox(ring: Ring): BBox {
  let b: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring) b = [Math.min(b[0], x), Math.min(b[1], y), Math.max(b[2], x), Math.max(b[3], y)];
  return b;
}

function rectRing(b: BBox, margin: number): Ring {
  const [x0, y0, x1, y1] = [b[0] - margin, b[1] - margin, b[2] + margin, b[3] + margin];
  return [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];
}

/**
 * cell ∩ outline. The outline is first cut down to a rectangle a little larger than the cell (cheap,
 * Sutherland–Hodgman), so polyclip only sees the few hundred vertices that matter; any seam the
 * rectangle cut leaves lies outside the cell and drops out of the intersection.
 */
function clipCell(cell: Ring, outline: MultiPoly): MultiPoly {
  const b = ringBBox(cell);
  const rect = rectRing(b, Math.max(b[2] - b[0], b[3] - b[1]) * 0.05 + 1e-4);
  const reduced: MultiPoly = [];
  for (const poly of outline) {
    const outer = clipByConvex(poly[0] ?? [], rect);
    if (outer.length < 4) continue;
    const holes = poly.slice(1).map((h) => clipByConvex(h, rect)).filter((h) => h.length >= 4);
    reduced.push([outer, ...holes]);
  }
  if (reduced.length === 0) return [];
  return intersection([cell], reduced);
}

const cross = (a: Pos, b: Pos, c: Pos) => (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);

/**
 * How many times a single-ring outline crosses the boundary of a convex cell; -1 when a vertex
 * touches a cell edge (ambiguous: the caller falls back to the robust clipper).
 */
function boundaryCrossings(cell: Ring, ring: Ring, b: BBox): number {
  let count = 0;
  for (let i = 1; i < ring.length; i++) {
    const p = ring[i - 1] as Pos;
    const q = ring[i] as Pos;
    if (Math.max(p[0], q[0]) < b[0] || Math.min(p[0], q[0]) > b[2] || Math.max(p[1], q[1]) < b[1] || Math.min(p[1], q[1]) > b[3]) continue;
    for (let k = 1; k < cell.length; k++) {
      const a = cell[k - 1] as Pos;
      const c = cell[k] as Pos;
      const d1 = cross(a, c, p);
      const d2 = cross(a, c, q);
      const d3 = cross(p, q, a);
      const d4 = cross(p, q, c);
      if (d1 === 0 || d2 === 0 || d3 === 0 || d4 === 0) {
        if (Math.sign(d1) !== Math.sign(d2) && Math.sign(d3) !== Math.sign(d4)) return -1;
        continue;
      }
      if (d1 > 0 !== d2 > 0 && d3 > 0 !== d4 > 0) count++;
    }
  }
  return count;
}

/**
 * cell ∩ outline, cheaply when we can: for a single-ring outline that enters and leaves the cell
 * once, Sutherland–Hodgman by the convex cell is exact and simple; otherwise polyclip.
 */
function cellInOutline(cell: Ring, outline: MultiPoly, segments: Segments): MultiPoly {
  const b = ringBBox(cell);
  if (!touchesOutline(segments, b)) return [[cell]];
  const single = outline.length === 1 && outline[0]?.length === 1 ? (outline[0][0] as Ring) : null;
  if (single) {
    const n = boundaryCrossings(cell, single, b);
    if (n === 0) return [[cell]]; // the outline only passes near: the cell (around an inside site) is inside
    if (n === 2) {
      let ring = clipByConvex(single, cell);
      if (ringAreaDeg2(ring) < 0) ring = ring.slice().reverse();
      if (ring.length >= 4) return [[ring]];
    }
  }
  return clipCell(cell, outline);
}

export function partitionDistrict(district: District, count: number, rng: Rng): ZoneCell[] {
  const sites = spreadSites(district, count, rng);
  const [minX, minY, maxX, maxY] = district.area.bbox;
  const pad = 0.01;
  const voronoi = Delaunay.from(sites).voronoi([minX - pad, minY - pad, maxX + pad, maxY + pad]);
  const segments = outlineSegments(district.outline);
  return sites.map((site, i) => {
    let cell = (voronoi.cellPolygon(i) as Pos[] | null) ?? [];
    if (ringAreaDeg2(cell) < 0) cell = cell.slice().reverse();
    const multi = cellInOutline(cell, district.outline, segments);
    return { site, multi, areaKm2: multiPolyAreaKm2(multi) };
  });
}
