import { describe, expect, it } from 'vitest';
import { classCounts, distinctWithCounts, naturalBreaks, quantileBreaks, readableBreak, sortedFinite } from '../../../src/data/class-breaks';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Sum of squared deviations from the class means, classes cut at the thresholds. */
function withinSsq(sorted: readonly number[], thresholds: readonly number[]): number {
  const groups: number[][] = thresholds.map(() => []).concat([[]]);
  let c = 0;
  for (const v of sorted) {
    while (c < thresholds.length && v >= (thresholds[c] ?? Infinity)) c++;
    groups[c]?.push(v);
  }
  return groups.reduce((sum, g) => {
    const mean = g.reduce((a, b) => a + b, 0) / g.length;
    return sum + g.reduce((a, v) => a + (v - mean) ** 2, 0);
  }, 0);
}

/** The least within-class SSQ over every way of cutting the distinct values into k runs (a plain O(k·m²) programme). */
function optimalSsq(sorted: readonly number[], k: number): number {
  const { values, counts } = distinctWithCounts(sorted);
  const m = values.length;
  const ssq = (j: number, i: number) => {
    let n = 0;
    let s = 0;
    let ss = 0;
    for (let t = j; t <= i; t++) {
      const w = counts[t] ?? 0;
      const v = values[t] ?? 0;
      n += w;
      s += w * v;
      ss += w * v * v;
    }
    return ss - (s * s) / n;
  };
  let row = range(0, m - 1).map((i) => ssq(0, i));
  for (let c = 1; c < Math.min(k, m); c++) {
    row = range(0, m - 1).map((i) => {
      let best = Infinity;
      for (let j = c; j <= i; j++) best = Math.min(best, (row[j - 1] ?? Infinity) + ssq(j, i));
      return best;
    });
  }
  return row[m - 1] ?? 0;
}

/** A small seeded generator, so a failure can be replayed. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe('readableBreak', () => {
  it('picks the roundest number that still separates the two values', () => {
    expect(readableBreak(20, 21)).toBe(21);
    expect(readableBreak(97.3, 112)).toBe(100);
    expect(readableBreak(37, 112)).toBe(100);
    expect(readableBreak(0.31, 0.34)).toBe(0.32);
    expect(readableBreak(-1, 2)).toBe(0);
    expect(readableBreak(-7, -2)).toBe(-5);
    expect(readableBreak(1234, 1890)).toBe(1500);
    expect(readableBreak(5, 5)).toBe(5);
  });

  it('never moves a value across the break', () => {
    const random = lcg(7);
    for (let n = 0; n < 500; n++) {
      const a = Math.round(random() * 10_000) / 100;
      const b = a + Math.max(0.01, Math.round(random() * 500) / 100);
      const t = readableBreak(a, b);
      expect(t > a && t <= b, `${a} < ${t} ≤ ${b}`).toBe(true);
    }
  });
});

describe('quantileBreaks', () => {
  it('cuts 1…100 into five classes of twenty', () => {
    const sorted = range(1, 100);
    const t = quantileBreaks(sorted, 5);
    expect(t).toEqual([21, 41, 61, 81]);
    expect(classCounts(sorted, t)).toEqual([20, 20, 20, 20, 20]);
  });

  it('keeps ties together and splits the rest evenly (many zeros, then 1…40)', () => {
    const sorted = [...new Array<number>(60).fill(0), ...range(1, 40)];
    const t = quantileBreaks(sorted, 5);
    expect(t).toEqual([1, 11, 21, 31]);
    expect(classCounts(sorted, t)).toEqual([60, 10, 10, 10, 10]);
  });

  it('makes no more classes than there are distinct values, none empty', () => {
    expect(quantileBreaks([7, 7, 7, 7], 5)).toEqual([]);
    expect(quantileBreaks([5], 5)).toEqual([]);
    expect(quantileBreaks([], 5)).toEqual([]);
    expect(quantileBreaks([1, 1, 2], 5)).toEqual([2]);
    const three = [1, 1, 1, 2, 3, 3];
    const t = quantileBreaks(three, 5);
    expect(t).toHaveLength(2);
    expect(classCounts(three, t)).toEqual([3, 1, 2]);
    const random = lcg(3);
    for (let n = 0; n < 50; n++) {
      const data = sortedFinite(Array.from({ length: 5 + Math.floor(random() * 40) }, () => Math.floor(random() * random() * 30)));
      const counts = classCounts(data, quantileBreaks(data, 5));
      expect(counts.every((c) => c > 0), counts.join()).toBe(true);
    }
  });
});

describe('naturalBreaks (Jenks, exact by Ckmeans)', () => {
  it('finds the three obvious groups of a textbook example', () => {
    // Wang & Song's Ckmeans example (as in simple-statistics): {-1 ×4}, {2 ×3}, {4, 5, 6}.
    const sorted = sortedFinite([-1, 2, -1, 2, 4, 5, 6, -1, 2, -1]);
    const t = naturalBreaks(sorted, 3);
    expect(t).toEqual([0, 4]);
    expect(classCounts(sorted, t)).toEqual([4, 3, 3]);
  });

  it('isolates an outlier rather than cutting the bulk evenly', () => {
    expect(naturalBreaks([1, 2, 3, 4, 5, 100], 2)).toEqual([100]);
    expect(naturalBreaks([4, 5, 9, 10], 2)).toEqual([6]);
  });

  it('is optimal: its classes have the least within-class variance of any cut (brute force on random data)', () => {
    const random = lcg(11);
    for (let n = 0; n < 40; n++) {
      const data = sortedFinite(Array.from({ length: 3 + Math.floor(random() * 60) }, () => Math.round(random() ** 2 * 5000) / 100));
      for (const k of [2, 3, 5]) {
        const t = naturalBreaks(data, k);
        expect(withinSsq(data, t)).toBeCloseTo(optimalSsq(data, k), 6);
        expect(classCounts(data, t).every((c) => c > 0)).toBe(true);
      }
    }
  });

  it('handles ties, a single value, all-equal values and no values', () => {
    const tied = [0, 0, 0, 0, 3, 3, 9];
    expect(classCounts(tied, naturalBreaks(tied, 5))).toEqual([4, 2, 1]);
    expect(naturalBreaks([42], 5)).toEqual([]);
    expect(naturalBreaks([2, 2, 2], 5)).toEqual([]);
    expect(naturalBreaks([], 5)).toEqual([]);
  });
});

describe('sortedFinite', () => {
  it('drops nulls and non-finite values, keeps zeros, sorts ascending', () => {
    expect(sortedFinite([3, null, 0, undefined, Number.NaN, 1, Infinity])).toEqual([0, 1, 3]);
  });
});
