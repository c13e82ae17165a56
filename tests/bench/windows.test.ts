import { describe, expect, it } from 'vitest';
import { addDays, freshWindows, fullWindow, toDateWindow, windowSequence } from '../../bench/lib/windows';

describe('addDays', () => {
  it('counts calendar days across months, leap days and years', () => {
    expect(addDays('2023-11-25', 0)).toBe('2023-11-25');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2023-11-25', 1095)).toBe('2026-11-24');
  });

  it('rejects what is not a calendar day', () => {
    expect(() => addDays('25/11/2023', 1)).toThrow(/calendar day/);
  });
});

describe('windowSequence', () => {
  const maxDay = 1095;

  it('gives the count asked for, each inside the data and different from the one before', () => {
    const windows = windowSequence(maxDay, 9);
    expect(windows).toHaveLength(9);
    let previous = fullWindow(maxDay);
    for (const w of windows) {
      expect(w.fromDay).toBeGreaterThanOrEqual(0);
      expect(w.toDay).toBeLessThanOrEqual(maxDay);
      expect(w.fromDay).toBeLessThanOrEqual(w.toDay);
      expect(w).not.toEqual(previous);
      previous = w;
    }
  });

  it('starts away from the full range the pages open with', () => {
    expect(windowSequence(maxDay, 1)[0]).toEqual({ fromDay: maxDay - 364, toDay: maxDay });
  });

  it('cannot invent different windows over a single day of data', () => {
    expect(windowSequence(0, 5)).toEqual([]);
  });
});

describe('toDateWindow', () => {
  it('turns day indexes into inclusive calendar days for the URL', () => {
    expect(toDateWindow('2023-11-25', { fromDay: 0, toDay: 30 })).toEqual({ from: '2023-11-25', to: '2023-12-25' });
  });
});

describe('freshWindows', () => {
  const maxDay = 1095;

  it('gives the count asked for, inside the data, none seen before (not the full range, nor any of windowSequence)', () => {
    const windows = freshWindows(maxDay, 20);
    expect(windows).toHaveLength(20);
    const seen = [fullWindow(maxDay), ...windowSequence(maxDay, 6)];
    for (const w of windows) {
      expect(w.fromDay).toBeGreaterThanOrEqual(0);
      expect(w.toDay).toBeLessThanOrEqual(maxDay);
      expect(w.fromDay).toBeLessThanOrEqual(w.toDay);
      expect(seen).not.toContainEqual(w);
      seen.push(w);
    }
  });

  it('moves the pattern a week earlier each round, keeping each window’s length', () => {
    expect(freshWindows(maxDay, 2)).toEqual([
      { fromDay: maxDay - 364 - 7, toDay: maxDay - 7 },
      { fromDay: maxDay - 89 - 7, toDay: maxDay - 7 },
    ]);
  });

  it('cannot invent new windows over a single day of data', () => {
    expect(freshWindows(0, 5)).toEqual([]);
  });
});
