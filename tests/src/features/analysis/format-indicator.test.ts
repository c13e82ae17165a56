import { describe, expect, it } from 'vitest';
import { formatIndicator, formatIndicatorColumn } from '../../../../src/features/analysis/lib/format-indicator';

describe('formatIndicatorColumn', () => {
  it('gives a ranking of rates one decimal throughout, where each alone would round apart', () => {
    // The analysis ranking read 7.5, 8.9, 9.2 … 10, 12, 12, 13 with each value formatted alone.
    expect([7.46, 10.04, 12.1, 12.6].map((v) => formatIndicator(v, 'per100', 'en'))).toEqual(['7.5', '10', '12', '13']);
    expect(formatIndicatorColumn([7.46, 10.04, 12.1, 12.6], 'per100', 'en')).toEqual(['7.5', '10.0', '12.1', '12.6']);
  });

  it('says counts as a single value would (万 for Chinese readers), and no value as a dash', () => {
    expect(formatIndicatorColumn([26056, 812, null], 'count', 'zh-CN')).toEqual(['2.61万', '812', '—']);
    expect(formatIndicatorColumn([26056, 812], 'count', 'en')).toEqual(['26,056', '812']);
  });

  it('keeps percentages at one decimal, 100.0% beside 98.2%', () => {
    expect(formatIndicatorColumn([100, 98.24], '%', 'zh-CN')).toEqual(['100.0%', '98.2%']);
  });
});
