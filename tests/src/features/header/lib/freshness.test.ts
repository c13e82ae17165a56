import { describe, expect, it } from 'vitest';
import { freshnessOf } from '../../../../../src/features/header/lib/freshness';

const minute = 60_000;
const at = (dataUpdatedAt: number, failing = false) => freshnessOf({ dataUpdatedAt, failing, now: 100 * minute, refetchIntervalMs: minute });

describe('freshness', () => {
  it('is loading before the first answer and unavailable if that fails', () => {
    expect(at(0)).toEqual({ state: 'loading', ageMs: null });
    expect(at(0, true)).toEqual({ state: 'unavailable', ageMs: null });
  });

  it('is live while refreshes arrive, stale after missing a few', () => {
    expect(at(99 * minute)).toEqual({ state: 'live', ageMs: minute });
    expect(at(97 * minute).state).toBe('stale');
  });

  it('is offline as soon as a refresh fails, still giving the age of what is shown', () => {
    expect(at(99.5 * minute, true)).toEqual({ state: 'offline', ageMs: 0.5 * minute });
  });
});
