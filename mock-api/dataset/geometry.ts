// Planar geometry on lon/lat at city scale: good to well under 1 % over a few tens of kilometres.

export type Pos = [number, number];
export type Ring = Pos[];
export type Poly = Ring[];
export type MultiPoly = Poly[];
export type BBox = [number, number, number, number];

const KM_PER_DEG_LAT = 110.574;
const KM_PER_DEG_LON_EQ = 111.32;

export function kmPerDegLon(lat: number): number {
  return KM_PER_DEG_LON_EQ * Math.cos((lat * Math.PI) / 180);
}

/** Degrees of (lon, lat) that make `metres` at latitude `lat`. */
export function metresToDeg(metres: number, lat: number): { dLon: number; dLat: number } {
  return { dLon: metres / 1000 / kmPerDegLon(lat), dLat: metres / 1000 / KM_PER_DEG_LAT };
}

export function distanceKm(a: Pos, b: Pos): number {
  const dx = (a[0] - b[0]) * kmPerDegLon((a[1] + b[1]) / 2);
  const dy = (a[1] - b[1]) * KM_PER_DEG_LAT;
  return Math.hypot(dx, dy);
}

export function lineLengthKm(line: readonly Pos[]): number {
  let sum = 0;
  for (let i = 1; i < line.length; i++) sum += distanceKm(line[i - 1] as Pos, line[i] as Pos);
  return sum;
}

export function asMultiPoly(geometry: { type: string; coordinates: unknown }): MultiPoly {
  if (geometry.type === 'Polygon') return [geometry.coordinates as Poly];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates as MultiPoly;
  throw new Error(`not an area geometry: ${geometry.type}`);
}

/** Signed shoelace area in degrees² (positive when counter-clockwise). */
export function ringAreaDeg2(ring: readonly Pos[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j] as Pos;
    const b = ring[i] as Pos;
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum / 2;
}

export function multiPolyAreaKm2(multi: MultiPoly): number {
  let deg2 = 0;
  let latSum = 0;
  let n = 0;
  for (const poly of multi) {
    poly.forEach((ring, k) => {
      const a = Math.abs(ringAreaDeg2(ring));
      deg2 += k === 0 ? a : -a;
      for (const p of ring) {
        latSum += p[1];
        n++;
      }
    });
  }
  const lat = n ? latSum / n : 23;
  return deg2 * kmPerDegLon(lat) * KM_PER_DEG_LAT;
}

export function bboxOf(multi: MultiPoly): BBox {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const poly of multi)
    for (const ring of poly)
      for (const [x, y] of ring) {
        if (x < minX) minX = x;
        if (y < minY) minY = y;
        if (x > maxX) maxX = x;
        if (y > maxY) maxY = y;
      }
  return [minX, minY, maxX, maxY];
}

export function bboxOfPoints(points: readonly Pos[]): BBox {
  return bboxOf([[points as Pos[]]]);
}

/**
 * An area prepared for fast point tests: every ring's coordinates in one flat array, even–odd rule
 * (right for polygons with holes and for multipolygons whose parts do not overlap).
 */
export interface PreparedArea {
  bbox: BBox;
  coords: Float64Array;
  /** Start offsets (in points) of each ring in coords, plus the end. */
  ringStarts: Uint32Array;
}

export function prepareArea(multi: MultiPoly): PreparedArea {
  const rings: Ring[] = [];
  for (const poly of multi) for (const ring of poly) rings.push(ring);
  const total = rings.reduce((s, r) => s + r.length, 0);
  const coords = new Float64Array(total * 2);
  const ringStarts = new Uint32Array(rings.length + 1);
  let k = 0;
  rings.forEach((ring, i) => {
    ringStarts[i] = k;
    for (const [x, y] of ring) {
      coords[k * 2] = x;
      coords[k * 2 + 1] = y;
      k++;
    }
  });
  ringStarts[rings.length] = k;
  return { bbox: bboxOf(multi), coords, ringStarts };
}

export function pointInArea(area: PreparedArea, x: number, y: number): boolean {
  const b = area.bbox;
  if (x < b[0] || x > b[2] || y < b[1] || y > b[3]) return false;
  const c = area.coords;
  const starts = area.ringStarts;
  let inside = false;
  for (let r = 0; r < starts.length - 1; r++) {
    const s = starts[r] as number;
    const e = starts[r + 1] as number;
    for (let i = s, j = e - 1; i < e; j = i++) {
      const xi = c[i * 2] as number;
      const yi = c[i * 2 + 1] as number;
      const xj = c[j * 2] as number;
      const yj = c[j * 2 + 1] as number;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Distance (in degrees, lon scaled by cos lat) from a point to the nearest edge of an area. */
export function distanceToEdgeDeg(area: PreparedArea, x: number, y: number): number {
  const c = area.coords;
  const starts = area.ringStarts;
  const k = Math.cos((y * Math.PI) / 180);
  let best = Infinity;
  for (let r = 0; r < starts.length - 1; r++) {
    const s = starts[r] as number;
    const e = starts[r + 1] as number;
    for (let i = s, j = e - 1; i < e; j = i++) {
      const ax = ((c[j * 2] as number) - x) * k;
      const ay = (c[j * 2 + 1] as number) - y;
      const bx = ((c[i * 2] as number) - x) * k;
      const by = (c[i * 2 + 1] as number) - y;
      const dx = bx - ax;
      const dy = by - ay;
      const len2 = dx * dx + dy * dy;
      const t = len2 > 0 ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2)) : 0;
      const d = Math.hypot(ax + t * dx, ay + t * dy);
      if (d < best) best = d;
    }
  }
  return best;
}

/** A point well inside an area (coarse search for the point farthest from the edges): a label point. */
export function labelPoint(area: PreparedArea): Pos {
  const [minX, minY, maxX, maxY] = area.bbox;
  let best: Pos = [(minX + maxX) / 2, (minY + maxY) / 2];
  let bestD = -1;
  const steps = 24;
  for (let i = 0; i <= steps; i++)
    for (let j = 0; j <= steps; j++) {
      const x = minX + ((maxX - minX) * (i + 0.5)) / (steps + 1);
      const y = minY + ((maxY - minY) * (j + 0.5)) / (steps + 1);
      if (!pointInArea(area, x, y)) continue;
      const d = distanceToEdgeDeg(area, x, y);
      if (d > bestD) {
        bestD = d;
        best = [x, y];
      }
    }
  return best;
}

/** Sutherland–Hodgman clip of a polygon ring by a convex ring (both open or closed; output is closed). */
export function clipByConvex(subject: readonly Pos[], clip: readonly Pos[]): Ring {
  let output: Pos[] = openRing(subject);
  const cl = openRing(clip);
  const orientation = Math.sign(ringAreaDeg2(cl)) || 1;
  for (let i = 0; i < cl.length && output.length > 0; i++) {
    const a = cl[i] as Pos;
    const b = cl[(i + 1) % cl.length] as Pos;
    const side = (p: Pos) => orientation * ((b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]));
    const input = output;
    output = [];
    for (let k = 0; k < input.length; k++) {
      const cur = input[k] as Pos;
      const prev = input[(k + input.length - 1) % input.length] as Pos;
      const sc = side(cur);
      const sp = side(prev);
      if (sc >= 0) {
        if (sp < 0) output.push(intersect(prev, cur, sp, sc));
        output.push(cur);
      } else if (sp >= 0) {
        output.push(intersect(prev, cur, sp, sc));
      }
    }
  }
  return closeRing(output);
}

function intersect(p: Pos, q: Pos, sp: number, sq: number): Pos {
  const t = sp / (sp - sq);
  return [p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t];
}

export function openRing(ring: readonly Pos[]): Pos[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (ring.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) return ring.slice(0, -1);
  return ring.slice();
}

export function closeRing(ring: Pos[]): Ring {
  if (ring.length === 0) return ring;
  const first = ring[0] as Pos;
  return [...ring, [first[0], first[1]]];
}

/** A regular polygon around a centre, radius in metres. */
export function regularPolygon(center: Pos, radiusM: number, sides: number, rotation: number): Ring {
  const { dLon, dLat } = metresToDeg(radiusM, center[1]);
  const ring: Pos[] = [];
  for (let i = 0; i < sides; i++) {
    const a = rotation + (2 * Math.PI * i) / sides;
    ring.push([center[0] + dLon * Math.cos(a), center[1] + dLat * Math.sin(a)]);
  }
  return closeRing(ring);
}

export function roundPos(p: Pos, digits = 6): Pos {
  const f = 10 ** digits;
  return [Math.round(p[0] * f) / f, Math.round(p[1] * f) / f];
}

/**
 * Grid buckets over a set of areas: locate(x, y) tests only the areas whose bbox overlaps the cell.
 */
export class AreaGrid {
  private readonly cells: number[][];
  private readonly nx: number;
  private readonly ny: number;
  private readonly bbox: BBox;

  constructor(private readonly areas: readonly PreparedArea[], cellsPerSide = 128) {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const a of areas) {
      minX = Math.min(minX, a.bbox[0]);
      minY = Math.min(minY, a.bbox[1]);
      maxX = Math.max(maxX, a.bbox[2]);
      maxY = Math.max(maxY, a.bbox[3]);
    }
    this.bbox = [minX, minY, maxX, maxY];
    this.nx = cellsPerSide;
    this.ny = cellsPerSide;
    this.cells = Array.from({ length: this.nx * this.ny }, () => []);
    areas.forEach((a, index) => {
      const [x0, y0] = this.cellOf(a.bbox[0], a.bbox[1]);
      const [x1, y1] = this.cellOf(a.bbox[2], a.bbox[3]);
      for (let i = x0; i <= x1; i++) for (let j = y0; j <= y1; j++) this.cells[j * this.nx + i]?.push(index);
    });
  }

  private cellOf(x: number, y: number): [number, number] {
    const [minX, minY, maxX, maxY] = this.bbox;
    const i = Math.floor(((x - minX) / (maxX - minX || 1)) * this.nx);
    const j = Math.floor(((y - minY) / (maxY - minY || 1)) * this.ny);
    return [Math.max(0, Math.min(this.nx - 1, i)), Math.max(0, Math.min(this.ny - 1, j))];
  }

  /** Index of the area containing the point, or -1. */
  locate(x: number, y: number): number {
    const [minX, minY, maxX, maxY] = this.bbox;
    if (x < minX || x > maxX || y < minY || y > maxY) return -1;
    const [i, j] = this.cellOf(x, y);
    for (const index of this.cells[j * this.nx + i] ?? []) {
      if (pointInArea(this.areas[index] as PreparedArea, x, y)) return index;
    }
    return -1;
  }
}
