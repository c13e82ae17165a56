import { describe, expect, it } from 'vitest';
import { formatAge, formatClock, formatDateTime } from '../../../src/lib/format-time';

describe('format-time', () => {
  it('shows instants in Asia/Shanghai whatever their offset', () => {
    expect(formatDateTime('2026-09-30T09:00:00Z', 'zh-CN')).toBe('2026/09/30 17:00');
    expect(formatDateTime('2026-09-30T17:00:00+08:00', 'en')).toBe('Sep 30, 2026, 17:00');
    expect(formatDateTime('2026-12-02T08:05:00+08:00', 'en')).toBe('Dec 2, 2026, 08:05');
    expect(formatDateTime('2026-12-02T08:05:00+08:00', 'zh-CN')).toBe('2026/12/02 08:05');
    expect(formatClock(Date.UTC(2026, 8, 30, 16, 5, 9), 'zh-CN')).toBe('00:05:09');
    expect(formatClock(Date.UTC(2026, 8, 30, 16, 5, 59), 'en', { seconds: false })).toBe('00:05');
  });

  it('says how old data is in words', () => {
    expect(formatAge(5_000, 'zh-CN')).toBe('现在');
    expect(formatAge(3 * 60_000, 'zh-CN')).toBe('3分钟前');
    expect(formatAge(3 * 60_000, 'en')).toBe('3 minutes ago');
    expect(formatAge(5 * 3_600_000, 'en')).toBe('5 hours ago');
    expect(formatAge(3 * 86_400_000, 'en')).toBe('3 days ago');
  });
});
