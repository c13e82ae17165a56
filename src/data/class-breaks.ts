/*
 * Class breaks from the data: quantiles and natural breaks (Jenks, computed exactly as Ckmeans: Wang &
 * Song 2011, optimal 1-D k-means by dynamic programming), plus the rounding that turns a break into a
 * number people can read without moving any value to another class.
 *
 * Every method returns thresholds t₁ < … < t_{k−1}: value v is in class i when t_i ≤ v < t_{i+1}.
 * Ties are never split across classes, every class holds at least one value, and there are never more
 * classes than distinct values, so a legend never lists an empty or duplicated class.
 */

/** Finite values, ascending. */
export function sortedFinite(values: Iterable<number | null | undefined>): number[] {
  const out: number[] = [];
  for (const v of values) if (typeof v === 'number' && Number.isFinite(v)) out.push(v);
  return out.sort((a, b) => a - b);
}

/** The distinct values of an ascending list, with how many times each occurs. */
export function distinctWithCounts(sorted: readonly number[]): { values: number[]; counts: number[] } {
  const values: number[] = [];
  const counts: number[] = [];
  for (const v of sorted) {
    if (values.length > 0 && values[values.length - 1] === v) counts[counts.length - 1]! += 1;
    else {
      values.push(v);
      counts.push(1);
    }
  }
  return { values, counts };
}

const STEP_FACTORS = [5, 2, 1] as const;

/**
 * The roundest number t with lo < t ≤ hi: the largest step (1, 2 or 5 × 10^k) with a multiple in
 * that interval, and that multiple. A break between the values lo and hi may be any such t without
 * changing a class, so the legend can say 100 where the data split at 97.3 and 112.
 */
export function readableBreak(lo: number, hi: number): number {
  if (!(hi > lo)) return hi;
  let exponent = Math.ceil(Math.log10(Math.max(Math.abs(lo), Math.abs(hi)) || 1)) + 1;
  // Down to 10⁻⁹: values here carry at most a few decimals; hi itself is the fallback.
  for (; exponent >= -9; exponent--) {
    for (const f of STEP_FACTORS) {
      const step = f * 10 ** exponent;
      // Decimal steps: round away binary noise (0.1 × 3 = 0.30000000000000004).
      const t = roundTo((Math.floor(lo / step) + 1) * step, exponent);
      if (t > lo && t <= hi) return t;
    }
  }
  return hi;
}

const roundTo = (x: number, exponent: number) => (exponent >= 0 ? x : Number(x.toFixed(-exponent)));

/** Thresholds at the given cut positions (indices into the distinct values: class boundaries before them). */
function breaksAt(values: readonly number[], cuts: readonly number[]): number[] {
  return cuts.map((c) => readableBreak(values[c - 1] ?? NaN, values[c] ?? NaN));
}

/**
 * Quantile breaks: about the same number of values in each of k classes. Cuts are placed one at a
 * time over the values left, and moved to the nearest change of value, so ties (many zeros, say) stay
 * in one class and the rest is still split evenly.
 */
export function quantileBreaks(sorted: readonly number[], k: number): number[] {
  const { values, counts } = distinctWithCounts(sorted);
  const classes = Math.min(Math.floor(k), values.length);
  if (classes < 2) return [];
  // before[j]: how many values lie before distinct value j.
  const before = [0];
  for (const c of counts) before.push((before[before.length - 1] ?? 0) + c);
  const n = sorted.length;
  const cuts: number[] = [];
  let from = 0; // the distinct value the current class starts at
  for (let left = classes; left > 1 && from < values.length - 1; left--) {
    const target = (before[from] ?? 0) + (n - (before[from] ?? 0)) / left;
    // The boundary (before distinct value j, from < j < m) whose position is nearest the target,
    // leaving at least one distinct value for each class still to come.
    let best = from + 1;
    for (let j = from + 1; j <= values.length - (left - 1); j++) {
      if (Math.abs((before[j] ?? 0) - target) < Math.abs((before[best] ?? 0) - target)) best = j;
    }
    cuts.push(best);
    from = best;
  }
  return breaksAt(values, cuts);
}

/**
 * Natural breaks: the k classes that minimise the sum of squared deviations from their class means
 * (Jenks' goodness of fit, solved exactly by Ckmeans). Run on the distinct values with their counts
 * as weights, so ties cannot be split; the dynamic programme is filled by divide and conquer (the
 * best split point only moves right as the end moves right): O(k·m·log m) for m distinct values.
 */
export function naturalBreaks(sorted: readonly number[], k: number): number[] {
  const { values: x, counts: w } = distinctWithCounts(sorted);
  const m = x.length;
  const classes = Math.min(Math.floor(k), m);
  if (classes < 2) return [];
  // Weighted prefix sums (values shifted by the median for numerical stability).
  const shift = x[Math.floor(m / 2)] ?? 0;
  const sw = new Float64Array(m + 1);
  const sx = new Float64Array(m + 1);
  const sxx = new Float64Array(m + 1);
  for (let i = 0; i < m; i++) {
    const v = (x[i] ?? 0) - shift;
    const c = w[i] ?? 0;
    sw[i + 1] = (sw[i] ?? 0) + c;
    sx[i + 1] = (sx[i] ?? 0) + c * v;
    sxx[i + 1] = (sxx[i] ?? 0) + c * v * v;
  }
  /** Sum of squared deviations of distinct values j..i (inclusive). */
  const ssq = (j: number, i: number) => {
    const n = (sw[i + 1] ?? 0) - (sw[j] ?? 0);
    const s = (sx[i + 1] ?? 0) - (sx[j] ?? 0);
    return Math.max(0, (sxx[i + 1] ?? 0) - (sxx[j] ?? 0) - (s * s) / n);
  };
  // cost[c][i]: the least cost of values 0..i in c + 1 classes; start[c][i]: where its last class starts.
  const cost = Array.from({ length: classes }, () => new Float64Array(m));
  const start = Array.from({ length: classes }, () => new Int32Array(m));
  for (let i = 0; i < m; i++) cost[0]![i] = ssq(0, i);
  for (let c = 1; c < classes; c++) {
    const prev = cost[c - 1]!;
    const row = cost[c]!;
    const rowStart = start[c]!;
    const fill = (iLo: number, iHi: number, jLo: number, jHi: number): void => {
      if (iLo > iHi) return;
      const i = (iLo + iHi) >> 1;
      let bestJ = Math.max(jLo, c);
      let best = Infinity;
      for (let j = bestJ; j <= Math.min(jHi, i); j++) {
        const total = (prev[j - 1] ?? 0) + ssq(j, i);
        if (total < best) {
          best = total;
          bestJ = j;
        }
      }
      row[i] = best;
      rowStart[i] = bestJ;
      fill(iLo, i - 1, jLo, bestJ);
      fill(i + 1, iHi, bestJ, jHi);
    };
    fill(c, m - 1, c, m - 1);
  }
  const cuts: number[] = [];
  for (let c = classes - 1, i = m - 1; c > 0; c--) {
    const j = start[c]![i]!;
    cuts.unshift(j);
    i = j - 1;
  }
  return breaksAt(x, cuts);
}

/** How many of the values fall in each class of the thresholds (classes.length = thresholds.length + 1). */
export function classCounts(sorted: readonly number[], thresholds: readonly number[]): number[] {
  const counts = new Array<number>(thresholds.length + 1).fill(0);
  let c = 0;
  for (const v of sorted) {
    while (c < thresholds.length && v >= (thresholds[c] ?? Infinity)) c++;
    counts[c]! += 1;
  }
  return counts;
}
