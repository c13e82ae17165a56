import { environmentManager, QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jitteredInterval, STALE_AFTER_REFRESHES, steadyJitteredInterval, wallFreshness } from '../../../../src/features/wall/lib/staleness';

const S = 1000;
const NOW = Date.UTC(2026, 9, 1, 1, 0, 0);
const panel = (ageS: number | null, failing = false) => ({ updatedAt: ageS === null ? 0 : NOW - ageS * S, failing });

describe('the wall’s freshness', () => {
  it('is loading until some data has arrived', () => {
    expect(wallFreshness([], NOW, 60 * S)).toEqual({ state: 'loading', oldestAt: null, missed: 0 });
    expect(wallFreshness([panel(null), panel(null, true)], NOW, 60 * S).state).toBe('loading');
  });

  it('is live while every panel was refreshed within two and a half intervals, even if a refresh just failed', () => {
    expect(wallFreshness([panel(10), panel(59)], NOW, 60 * S)).toEqual({ state: 'live', oldestAt: NOW - 59 * S, missed: 0 });
    expect(wallFreshness([panel(100, true), panel(5)], NOW, 60 * S)).toMatchObject({ state: 'live', missed: 0 });
    expect(wallFreshness([panel(150, true)], NOW, 60 * S).state).toBe('live');
  });

  it('is stale once the oldest data on screen has missed more than two refreshes, and counts them', () => {
    expect(STALE_AFTER_REFRESHES).toBe(2.5);
    expect(wallFreshness([panel(151, true), panel(3)], NOW, 60 * S)).toEqual({ state: 'stale', oldestAt: NOW - 151 * S, missed: 1 });
    expect(wallFreshness([panel(600, true)], NOW, 60 * S).missed).toBe(9);
  });

  it('is live again as soon as every panel has been refreshed', () => {
    expect(wallFreshness([panel(1), panel(0)], NOW, 60 * S).state).toBe('live');
  });

  it('judges by the panels that have data (one still on its way does not hide the others’ age)', () => {
    expect(wallFreshness([panel(null, true), panel(200)], NOW, 60 * S).state).toBe('stale');
  });

  it('spreads refreshes by ±10 % so that walls do not revalidate in step', () => {
    expect(jitteredInterval(60 * S, () => 0)).toBe(54 * S);
    expect(jitteredInterval(60 * S, () => 0.5)).toBe(60 * S);
    expect(jitteredInterval(60 * S, () => 0.999999)).toBe(66 * S);
  });

  it('draws the jitter from the query and its last result: the same between fetches, new after each, different per query', () => {
    const interval = steadyJitteredInterval(60 * S);
    const query = (queryHash: string, dataUpdatedAt: number) => ({ queryHash, state: { dataUpdatedAt, errorUpdatedAt: 0 } });
    expect(interval(query('a', NOW))).toBe(interval(query('a', NOW)));
    const spread = new Set([0, 1, 2, 3, 4, 5, 6, 7].map((i) => interval(query('a', NOW + i * 60 * S))));
    expect(spread.size).toBeGreaterThan(4);
    expect(Math.min(...spread)).toBeGreaterThanOrEqual(54 * S);
    expect(Math.max(...spread)).toBeLessThanOrEqual(66 * S);
    expect(interval(query('a', NOW))).not.toBe(interval(query('b', NOW)));
  });
});

describe('the wall’s refresh under react-query', () => {
  afterEach(() => {
    vi.useRealTimers();
    environmentManager.setIsServer(() => typeof window === 'undefined');
  });

  // The bug this guards against: a fresh random interval on every render restarted react-query's
  // timer each time, and a wall that re-rendered every few seconds never refreshed at all.
  it('refreshes on its interval however often the screen re-renders', async () => {
    vi.useFakeTimers();
    // react-query schedules no timers where it sees no window (a server render): this is a browser's run.
    environmentManager.setIsServer(() => false);
    const client = new QueryClient();
    let fetches = 0;
    const options = () => ({ queryKey: ['wall-panel'], queryFn: () => Promise.resolve(++fetches), refetchInterval: steadyJitteredInterval(10 * S), retry: false });
    const observer = new QueryObserver(client, options());
    const unsubscribe = observer.subscribe(() => undefined);
    await vi.advanceTimersByTimeAsync(0);
    expect(fetches).toBe(1);
    // A render every 2 s for a minute: each passes the options again, as useQuery does.
    for (let t = 0; t < 60; t += 2) {
      observer.setOptions(options());
      await vi.advanceTimersByTimeAsync(2 * S);
    }
    expect(fetches).toBeGreaterThanOrEqual(6);
    unsubscribe();
    client.clear();
  });
});
