import gcoord from 'gcoord';
import type { FeatureCollection } from 'geojson';
import { needsConversion, type Datum, type LngLat } from './datum';

/*
 * Conversion between datums with gcoord (a maintained library for China's coordinate systems), in a
 * chunk of its own: the app loads it only when the base map's datum differs from the data's.
 */

type Crs = typeof gcoord.WGS84 | typeof gcoord.GCJ02;

function crsOf(datum: Datum): Crs {
  // CGCS2000 ≈ WGS-84 to a few centimetres: no map can show the difference.
  return datum === 'GCJ02' ? gcoord.GCJ02 : gcoord.WGS84;
}

/** One position from one datum to another (a new tuple; the input is not changed). */
export function toDatum(position: LngLat, from: Datum, to: Datum): [number, number] {
  if (!needsConversion(from, to)) return [position[0], position[1]];
  const [lng, lat] = gcoord.transform([position[0], position[1]], crsOf(from), crsOf(to));
  return [lng, lat];
}

/**
 * A FeatureCollection in another datum: a converted deep copy (the input, e.g. react-query's
 * cached data, is never changed), or the very same object when no conversion is needed.
 */
export function featureCollectionToDatum<T extends FeatureCollection>(collection: T, from: Datum, to: Datum): T {
  if (!needsConversion(from, to)) return collection;
  const copy = structuredClone(collection);
  // gcoord converts GeoJSON in place (every coordinate of every geometry): it gets our copy.
  gcoord.transform(copy as unknown as Parameters<typeof gcoord.transform>[0], crsOf(from), crsOf(to));
  return copy;
}

/**
 * Grid step of the batch conversion, in degrees (~1.7 km). The datum offset is smooth at this scale:
 * bilinear interpolation between exactly converted grid nodes stays within ~3e-6° (0.3 m) of the
 * exact conversion, below both float32 precision at Guangzhou's longitudes (7.6e-6°) and the
 * columns' quantisation (~2 m), while a million points take about 0.1 s instead of
 * seconds (gcoord's GCJ-02 → WGS-84 inverse iterates, ~3 µs a point).
 */
export const BATCH_GRID_STEP = 1 / 64;
/** Beyond this many grid nodes (data spread over a continent) every point is converted exactly. */
const MAX_GRID_NODES = 1 << 22;

export interface PositionsToDatumOptions {
  /** Values per position (2: lon, lat; 3: lon, lat, z). Default 2. */
  size?: number;
  /** Convert every point exactly with gcoord (slow for large arrays). Default: exact below 4096 points. */
  exact?: boolean;
}

/**
 * Interleaved positions (lon, lat[, z], …), e.g. the violation layer's Float32Array, in another
 * datum: a new array of the same type, or the same array when no conversion is needed.
 */
export function positionsToDatum<A extends Float32Array | Float64Array>(
  positions: A,
  from: Datum,
  to: Datum,
  options: PositionsToDatumOptions = {},
): A {
  if (!needsConversion(from, to)) return positions;
  const size = options.size ?? 2;
  const count = Math.floor(positions.length / size);
  const out = positions.slice() as A;
  const source = crsOf(from);
  const target = crsOf(to);
  const exact = (i: number) => {
    const lng = positions[i * size] as number;
    const lat = positions[i * size + 1] as number;
    if (!Number.isFinite(lng) || !Number.isFinite(lat)) return;
    const [x, y] = gcoord.transform([lng, lat], source, target);
    out[i * size] = x;
    out[i * size + 1] = y;
  };

  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < count; i++) {
    const x = positions[i * size] as number;
    const y = positions[i * size + 1] as number;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  const step = BATCH_GRID_STEP;
  const x0 = Math.floor(minX / step) * step;
  const y0 = Math.floor(minY / step) * step;
  const nx = Math.floor((maxX - x0) / step) + 2;
  const ny = Math.floor((maxY - y0) / step) + 2;
  const useExact = options.exact ?? count < 4096;
  if (useExact || !(nx > 0 && ny > 0) || nx * ny > MAX_GRID_NODES) {
    for (let i = 0; i < count; i++) exact(i);
    return out;
  }

  // The offset (converted − original) at each grid node, computed only for the cells points fall in.
  const offsets = new Float64Array(nx * ny * 2);
  const nodeReady = new Uint8Array(nx * ny);
  const cellReady = new Uint8Array(nx * ny);
  const ensureNode = (node: number) => {
    if (nodeReady[node]) return;
    const x = x0 + (node % nx) * step;
    const y = y0 + Math.floor(node / nx) * step;
    const [cx, cy] = gcoord.transform([x, y], source, target);
    offsets[2 * node] = cx - x;
    offsets[2 * node + 1] = cy - y;
    nodeReady[node] = 1;
  };
  for (let i = 0; i < count; i++) {
    const x = positions[i * size] as number;
    const y = positions[i * size + 1] as number;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    const gx = (x - x0) / step;
    const gy = (y - y0) / step;
    const ix = Math.min(nx - 2, Math.floor(gx));
    const iy = Math.min(ny - 2, Math.floor(gy));
    const n00 = iy * nx + ix;
    if (!cellReady[n00]) {
      ensureNode(n00);
      ensureNode(n00 + 1);
      ensureNode(n00 + nx);
      ensureNode(n00 + nx + 1);
      cellReady[n00] = 1;
    }
    const tx = gx - ix;
    const ty = gy - iy;
    const w00 = (1 - tx) * (1 - ty);
    const w10 = tx * (1 - ty);
    const w01 = (1 - tx) * ty;
    const w11 = tx * ty;
    const a = 2 * n00;
    const b = a + 2;
    const c = a + 2 * nx;
    const d = c + 2;
    out[i * size] =
      x + (offsets[a] as number) * w00 + (offsets[b] as number) * w10 + (offsets[c] as number) * w01 + (offsets[d] as number) * w11;
    out[i * size + 1] =
      y +
      (offsets[a + 1] as number) * w00 +
      (offsets[b + 1] as number) * w10 +
      (offsets[c + 1] as number) * w01 +
      (offsets[d + 1] as number) * w11;
  }
  return out;
}
