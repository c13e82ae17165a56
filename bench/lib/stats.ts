/*
 * Pure number helpers for the benchmark: medians over samples, ours/baseline ratios, and the way
 * figures are written in the report. No I/O here, so tests/bench can check them on plain numbers.
 */

/** The median of the finite numbers in `values`; null when there are none. */
export function median(values: readonly (number | null | undefined)[]): number | null {
  const xs = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = xs.length >> 1;
  return xs.length % 2 === 1 ? (xs[mid] as number) : ((xs[mid - 1] as number) + (xs[mid] as number)) / 2;
}

/** ours / baseline; null when either is missing or the baseline is not positive. */
export function ratio(ours: number | null | undefined, baseline: number | null | undefined): number | null {
  if (typeof ours !== 'number' || typeof baseline !== 'number') return null;
  if (!Number.isFinite(ours) || !Number.isFinite(baseline) || baseline <= 0) return null;
  return ours / baseline;
}

/** Rounds to `digits` decimals (keeps results.json readable). */
export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export function roundOrNull(value: number | null | undefined, digits = 1): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? round(value, digits) : null;
}

/** 1234 → "1,234 ms"; 12345 → "12.3 s". */
export function formatMs(ms: number | null | undefined): string {
  if (typeof ms !== 'number' || !Number.isFinite(ms)) return '—';
  if (Math.abs(ms) >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (Math.abs(ms) >= 100) return `${Math.round(ms).toLocaleString('en-US')} ms`;
  return `${ms.toFixed(1)} ms`;
}

/** Decimal units, as the targets are stated (800 kB, 12 MB): 1 kB = 1000 bytes. */
export function formatBytes(bytes: number | null | undefined): string {
  if (typeof bytes !== 'number' || !Number.isFinite(bytes)) return '—';
  const abs = Math.abs(bytes);
  if (abs >= 1e9) return `${(bytes / 1e9).toFixed(2)} GB`;
  if (abs >= 1e6) return `${(bytes / 1e6).toFixed(2)} MB`;
  if (abs >= 1e3) return `${(bytes / 1e3).toFixed(1)} kB`;
  return `${Math.round(bytes)} B`;
}

/** 0.31 → "0.31×"; null → "—". */
export function formatRatio(value: number | null | undefined): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '—';
  return value >= 10 ? `${value.toFixed(1)}×` : `${value.toFixed(2)}×`;
}
