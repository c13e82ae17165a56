import { describe, expect, it } from 'vitest';
import { monthIndexer, startOfDay } from '../../../mock-api/server/time';

describe('monthIndexer', () => {
  const months = ['2025-11', '2025-12', '2026-01', '2026-02'];
  const indexOf = monthIndexer(months);

  it('finds each month from its first to its last instant in Asia/Shanghai', () => {
    expect(indexOf(startOfDay('2025-11-01'))).toBe(0);
    expect(indexOf(startOfDay('2025-12-01') - 1)).toBe(0);
    expect(indexOf(startOfDay('2025-12-01'))).toBe(1);
    expect(indexOf(startOfDay('2025-12-31') + 23 * 3_600_000)).toBe(1);
    // 2026-01-01 00:30 in Shanghai is still 2025-12-31 in UTC.
    expect(indexOf(startOfDay('2026-01-01') + 1_800_000)).toBe(2);
    expect(indexOf(startOfDay('2026-02-28') + 86_399_999)).toBe(3);
  });

  it('answers -1 outside the months, for no time and for an empty list', () => {
    expect(indexOf(startOfDay('2025-11-01') - 1)).toBe(-1);
    expect(indexOf(startOfDay('2026-03-01'))).toBe(-1);
    expect(indexOf(Number.NaN)).toBe(-1);
    expect(monthIndexer([])(startOfDay('2026-01-01'))).toBe(-1);
  });

  it('agrees with the calendar month of every day of three years', () => {
    const three = Array.from({ length: 36 }, (_, i) => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    const of = monthIndexer(three);
    for (let ms = startOfDay('2024-01-01'); ms < startOfDay('2027-01-01'); ms += 86_400_000) {
      const shanghai = new Date(ms + 8 * 3_600_000).toISOString().slice(0, 7);
      expect(three[of(ms + 43_200_000)]).toBe(shanghai);
    }
  });
});
