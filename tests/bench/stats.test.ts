import { describe, expect, it } from 'vitest';
import { formatBytes, formatMs, formatRatio, median, ratio, round } from '../../bench/lib/stats';

describe('median', () => {
  it('takes the middle of an odd count and the mean of the two middles of an even count', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('ignores missing and non-finite samples, and is null when none are left', () => {
    expect(median([null, 7, undefined, Number.NaN, 9, Infinity])).toBe(8);
    expect(median([null, undefined])).toBeNull();
    expect(median([])).toBeNull();
  });

  it('does not reorder the caller’s array', () => {
    const samples = [3, 1, 2];
    median(samples);
    expect(samples).toEqual([3, 1, 2]);
  });
});

describe('ratio', () => {
  it('is ours / baseline', () => {
    expect(ratio(50, 200)).toBe(0.25);
  });

  it('is null when either side is missing or the baseline is not positive', () => {
    expect(ratio(null, 10)).toBeNull();
    expect(ratio(10, null)).toBeNull();
    expect(ratio(10, 0)).toBeNull();
    expect(ratio(10, Number.NaN)).toBeNull();
  });
});

describe('formatting', () => {
  it('writes durations in ms below 10 s and in s above', () => {
    expect(formatMs(12.34)).toBe('12.3 ms');
    expect(formatMs(1234.4)).toBe('1,234 ms');
    expect(formatMs(12_345)).toBe('12.3 s');
    expect(formatMs(null)).toBe('—');
  });

  it('writes bytes in decimal units, as the targets are stated', () => {
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(800_000)).toBe('800.0 kB');
    expect(formatBytes(11_500_000)).toBe('11.50 MB');
    expect(formatBytes(undefined)).toBe('—');
  });

  it('writes ratios with a multiplication sign', () => {
    expect(formatRatio(0.314)).toBe('0.31×');
    expect(formatRatio(12.34)).toBe('12.3×');
    expect(formatRatio(null)).toBe('—');
  });

  it('rounds to the given decimals', () => {
    expect(round(1.26, 1)).toBe(1.3);
    expect(round(1234.5678, 2)).toBe(1234.57);
  });
});
