import { describe, expect, it } from 'vitest';
import { formatColumn, formatCount, formatValue } from '../../../src/lib/format-number';

describe('formatCount', () => {
  it('says large counts in 万 and 亿 for Chinese readers, small ones in digits', () => {
    expect(formatCount(26_056, 'zh-CN')).toBe('2.61万');
    expect(formatCount(100_000, 'zh-CN')).toBe('10万');
    expect(formatCount(9_999, 'zh-CN')).toBe('9,999');
    expect(formatCount(123_456_789, 'zh-CN')).toBe('1.23亿');
  });

  it('keeps every digit in English, or K and M where space is short', () => {
    expect(formatCount(26_056, 'en')).toBe('26,056');
    expect(formatCount(26_056, 'en', true)).toBe('26.1K');
    expect(formatCount(800, 'en', true)).toBe('800');
  });

  it('shows a dash for no value', () => {
    expect(formatCount(null, 'zh-CN')).toBe('—');
    expect(formatCount(Number.NaN, 'en')).toBe('—');
  });
});

describe('formatValue', () => {
  it('shows a percentage with one decimal, per reader', () => {
    expect(formatValue(98.24, '%', 'zh-CN')).toBe('98.2%');
    // A whole percentage keeps its decimal, as its neighbours do; asked for none, it has none.
    expect(formatValue(6, '%', 'en')).toBe('6.0%');
    expect(formatValue(6, '%', 'en', 0)).toBe('6%');
    expect(formatValue(null, '%', 'en')).toBe('—');
  });
});

describe('formatColumn', () => {
  it('gives every value of a ranking the decimals the most precise one needs', () => {
    expect(formatColumn([7.46, 9.04, 10.4, 12], 'per100', 'en')).toEqual(['7.5', '9.0', '10.4', '12.0']);
    expect(formatColumn([98.24, 90], '%', 'zh-CN')).toEqual(['98.2%', '90.0%']);
    expect(formatColumn([100, 100], '%', 'en')).toEqual(['100.0%', '100.0%']);
    // Alone, each of these would lose its decimal (12, 13, 13): the ranks 7 to 9 of the wall's district bureaus.
    expect(formatColumn([12.1, 12.6, 12.7, 104.35], 'per100', 'en')).toEqual(['12.1', '12.6', '12.7', '104.4']);
  });

  it('keeps whole numbers whole and marks a missing value', () => {
    expect(formatColumn([120, 4, null], 'count', 'en')).toEqual(['120', '4', '—']);
    expect(formatColumn([10, 9.2], 'count', 'en')).toEqual(['10.0', '9.2']);
    expect(formatColumn([0.834, 0.5], 'ratio', 'en')).toEqual(['83%', '50%']);
  });
});
