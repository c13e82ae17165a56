import { isClosedCode, isOverdueCode } from '../api/violation-columns';
import type { ViolationTable } from '../data/violation-table';
import quickselect from 'quickselect';
import { HEAT_RAMP } from './palette';

/*
 * The closure heat's CPU work: the open backlog compacted out of the violation table and rasterised
 * into a texture. Its own chunk: the heat is off by default, and this is the first screen's saving.
 */

/**
 * Rectification deadlines by severity (general, serious, severe), in days, used only to ESTIMATE how
 * long an overdue issue has been late when the caller has no exact figure: the binary columns carry
 * an overdue flag, not the deadline.
 */
export const NOMINAL_DEADLINE_DAYS: readonly number[] = [30, 15, 7];

export interface IssueHeatInput {
  /** "Today" in days since dayZero (the dataset's asOf). */
  asOfDay: number;
  /** Exact days overdue per violation row, when known (e.g. from the issues API); else estimated. */
  daysOverdue?: ArrayLike<number>;
}

export interface PreparedIssueHeat {
  /** Number of open issues. */
  count: number;
  /** The violation row of each open issue. */
  rows: Uint32Array;
  positions: Float32Array;
  weights: Float32Array;
  /** For the hexagon view: every row's position (lon, lat) … */
  allPositions: Float32Array;
  /** … and 1 where its issue is closed, 0 where open. */
  closed: Float32Array;
}

/** Weight of an open issue: 1 for being open, plus one per day past its deadline. */
export function openIssueWeight(daysOverdue: number): number {
  return 1 + Math.max(0, daysOverdue);
}

/**
 * Compacts the open issues out of the prepared points, once per data: the heat then splats only the
 * open backlog (a fraction of the three years), which is what makes it affordable in software WebGL.
 */
export function prepareIssueHeat(prepared: ViolationTable, input: IssueHeatInput): PreparedIssueHeat {
  const { count, status, severity, days } = prepared;
  let open = 0;
  for (let i = 0; i < count; i++) if (!isClosedCode(status[i] ?? 0)) open++;
  const rows = new Uint32Array(open);
  const positions = new Float32Array(open * 2);
  const weights = new Float32Array(open);
  const closed = new Float32Array(count);
  let j = 0;
  for (let i = 0; i < count; i++) {
    const s = status[i] ?? 0;
    if (isClosedCode(s)) {
      closed[i] = 1;
      continue;
    }
    let late = 0;
    if (input.daysOverdue) late = input.daysOverdue[i] ?? 0;
    else if (isOverdueCode(s)) {
      const deadline = (days[i] ?? 0) + (NOMINAL_DEADLINE_DAYS[severity[i] ?? 0] ?? 30);
      late = Math.max(1, input.asOfDay - deadline);
    }
    rows[j] = i;
    positions[2 * j] = prepared.positions[2 * i] ?? 0;
    positions[2 * j + 1] = prepared.positions[2 * i + 1] ?? 0;
    weights[j] = openIssueWeight(late);
    j++;
  }
  return {
    count: open,
    rows,
    positions,
    weights,
    allPositions: prepared.positions,
    closed,
  };
}

/*
 * The heat is a density raster in world space, computed on the CPU once per data and drawn as one
 * texture (BitmapLayer), rather than deck.gl's HeatmapLayer, which re-splats every point into a float
 * texture on each zoom and shades the whole screen through three extra programs on every frame. In
 * software WebGL (the wall PCs' fallback) that cost seconds per frame; a texture costs one lookup per
 * pixel. World space also gives the heat a meaning that does not change with zoom: weighted open
 * issues within ~1.5 km.
 *  - cellMeters 250, at most 1024 cells a side (a province falls back to coarser cells);
 *  - radiusMeters 1500: the Gaussian's reach (σ = radius / 2), about a grid zone across;
 *  - hotQuantile 0.99: the level drawn hottest is the 99th percentile of the warm cells;
 *  - threshold 0.05 of that level: below it, nothing is drawn.
 */
export const HEAT_RASTER = { cellMeters: 250, maxCells: 1024, radiusMeters: 1500, threshold: 0.05, hotQuantile: 0.99 } as const;
export type HeatRasterSettings = Record<keyof typeof HEAT_RASTER, number>;

/** What the heat layer draws: an image (ImageData in the browser) stretched over its bounds. */
export interface HeatImage {
  image: ImageData;
  bounds: HeatRaster['bounds'];
}

export interface HeatRaster {
  width: number;
  height: number;
  /** RGBA rows from north to south (straight alpha), as ImageData takes them. */
  data: Uint8ClampedArray<ArrayBuffer>;
  /** [west, south, east, north] of the raster's outer edges. */
  bounds: [number, number, number, number];
}

const EARTH_CIRCUMFERENCE_M = 40_075_016.686;
const mercatorY = (lat: number) => (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2;
const latitudeOf = (y: number) => (360 / Math.PI) * Math.atan(Math.exp(Math.PI * (1 - 2 * y))) - 90;

/**
 * One pass of a 1-D Gaussian along rows (stride 1) or columns (stride width), from `src` added into
 * `dst`. Each non-zero cell is spread over its neighbours, rather than every cell gathering its own:
 * the open issues fill a few thousand cells of several hundred thousand, so the first pass touches
 * only those and the second only the rows they reached (profiled in a load at 100,000: ~100 → ~30 ms).
 */
function blurPass(src: Float32Array, dst: Float32Array, width: number, height: number, kernel: Float32Array, alongRows: boolean) {
  const r = (kernel.length - 1) / 2;
  const [inner, step] = alongRows ? [width, 1] : [height, width];
  for (let cell = 0; cell < src.length; cell++) {
    const v = src[cell] ?? 0;
    if (v === 0) continue;
    const i = alongRows ? cell % width : Math.floor(cell / width);
    const from = Math.max(0, i - r);
    const to = Math.min(inner - 1, i + r);
    for (let k = from; k <= to; k++) {
      const at = cell + (k - i) * step;
      dst[at] = (dst[at] ?? 0) + v * (kernel[k - i + r] ?? 0);
    }
  }
}

/** A grid blurred by a Gaussian of `sigma` cells (reaching 2σ), in two separable passes. */
export function gaussianBlur(grid: Float32Array, width: number, height: number, sigma: number): Float32Array {
  const r = Math.ceil(sigma * 2);
  const kernel = new Float32Array(2 * r + 1).map((_, k) => Math.exp(-((k - r) ** 2) / (2 * sigma * sigma)));
  const rows = new Float32Array(grid.length);
  blurPass(grid, rows, width, height, kernel, true);
  const out = new Float32Array(grid.length);
  blurPass(rows, out, width, height, kernel, false);
  return out;
}

const HOT_LEVEL_BINS = 4096;

/**
 * The level drawn hottest: this quantile of the cells that have any heat, not the maximum, so that one
 * issue years overdue does not wash out every other hot spot (cells above it are all hottest).
 */
export function hotLevel(grid: Float32Array, quantile: number): number {
  // Indexed loops and a histogram: this runs once per load, before the JIT has optimised it, over a
  // raster of ~450,000 cells; a histogram of the warm cells finds the bin holding the rank, and only
  // that bin's few values are selected from (the exact quantile, at a fraction of the cost).
  let n = 0;
  let max = 0;
  for (let i = 0; i < grid.length; i++) {
    const v = grid[i]!;
    if (v > 0) {
      n++;
      if (v > max) max = v;
    }
  }
  if (n === 0) return 0;
  const rank = Math.min(n - 1, Math.floor(quantile * n));
  const bins = new Uint32Array(HOT_LEVEL_BINS);
  const perBin = HOT_LEVEL_BINS / max;
  const binOf = (v: number) => Math.min(HOT_LEVEL_BINS - 1, Math.floor(v * perBin));
  for (let i = 0; i < grid.length; i++) {
    const v = grid[i]!;
    if (v > 0) bins[binOf(v)]!++;
  }
  let bin = 0;
  let below = 0;
  while (below + bins[bin]! <= rank) below += bins[bin++]!;
  const inBin = new Float32Array(bins[bin]!);
  let k = 0;
  for (let i = 0; i < grid.length; i++) {
    const v = grid[i]!;
    if (v > 0 && binOf(v) === bin) inBin[k++] = v;
  }
  // quickselect only indexes and swaps, which a typed array does as well (its types name arrays).
  quickselect(inBin as unknown as number[], rank - below);
  return inBin[rank - below] ?? 0;
}

/** The colour of a normalised value in (threshold, 1] along HEAT_RAMP, fading in above the threshold. */
function heatColor(v: number, threshold: number, out: Uint8ClampedArray, at: number) {
  const t = (v - threshold) / (1 - threshold);
  const x = Math.min(1, Math.max(0, t)) * (HEAT_RAMP.length - 1);
  const i = Math.min(HEAT_RAMP.length - 2, Math.floor(x));
  const f = x - i;
  const a = HEAT_RAMP[i] ?? [0, 0, 0];
  const b = HEAT_RAMP[i + 1] ?? a;
  out[at] = a[0] + (b[0] - a[0]) * f;
  out[at + 1] = a[1] + (b[1] - a[1]) * f;
  out[at + 2] = a[2] + (b[2] - a[2]) * f;
  // Alpha rises from nothing at the threshold (no hard edge where the heat ends), eased.
  const rise = Math.min(1, t * 3);
  out[at + 3] = 230 * rise * rise * (3 - 2 * rise);
}

/**
 * The open issues' weights spread over a world-space grid with a Gaussian and coloured relative to
 * the hot level (hotQuantile). Null when there are no open issues. ~10–100 ms, once per data.
 */
export function rasterizeIssueHeat(heat: PreparedIssueHeat, settings: HeatRasterSettings = HEAT_RASTER): HeatRaster | null {
  if (heat.count === 0) return null;
  let west = Infinity;
  let east = -Infinity;
  let south = Infinity;
  let north = -Infinity;
  for (let i = 0; i < heat.count; i++) {
    const lon = heat.positions[2 * i] ?? 0;
    const lat = heat.positions[2 * i + 1] ?? 0;
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  // In normalised Web Mercator (0–1), the space the texture is stretched over; padded by the reach.
  const metresPerUnit = EARTH_CIRCUMFERENCE_M * Math.cos((((south + north) / 2) * Math.PI) / 180);
  const pad = settings.radiusMeters / metresPerUnit;
  const x0 = (west + 180) / 360 - pad;
  const x1 = (east + 180) / 360 + pad;
  const y0 = mercatorY(north) - pad;
  const y1 = mercatorY(south) + pad;
  const cell = Math.max(settings.cellMeters / metresPerUnit, Math.max(x1 - x0, y1 - y0) / settings.maxCells);
  const width = Math.max(1, Math.ceil((x1 - x0) / cell));
  const height = Math.max(1, Math.ceil((y1 - y0) / cell));
  const grid = new Float32Array(width * height);
  for (let i = 0; i < heat.count; i++) {
    const x = ((heat.positions[2 * i] ?? 0) + 180) / 360;
    const y = mercatorY(heat.positions[2 * i + 1] ?? 0);
    const col = Math.min(width - 1, Math.floor((x - x0) / cell));
    const row = Math.min(height - 1, Math.floor((y - y0) / cell));
    grid[row * width + col] = (grid[row * width + col] ?? 0) + (heat.weights[i] ?? 0);
  }
  const blurred = gaussianBlur(grid, width, height, Math.max(0.5, settings.radiusMeters / (cell * metresPerUnit) / 2));
  const top = hotLevel(blurred, settings.hotQuantile);
  const data = new Uint8ClampedArray(width * height * 4);
  if (top > 0) {
    for (let i = 0; i < blurred.length; i++) {
      const v = Math.min(1, (blurred[i] ?? 0) / top);
      if (v > settings.threshold) heatColor(v, settings.threshold, data, i * 4);
    }
  }
  return { width, height, data, bounds: [x0 * 360 - 180, latitudeOf(y1), x1 * 360 - 180, latitudeOf(y0)] };
}
