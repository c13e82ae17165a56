import { hashString } from '../../../lib/hash';

/*
 * How honest the wall's numbers are right now. Every panel refreshes on an interval; a refresh that
 * fails keeps the last good data on screen. One missed refresh is noise (a restart, a slow answer); when
 * the oldest data on screen is older than STALE_AFTER_REFRESHES intervals, the wall says so, with the
 * age, until a refresh succeeds again.
 */

export interface PanelFreshness {
  /** When its data last arrived (ms since epoch); 0: never. */
  updatedAt: number;
  /** Its latest refresh failed. */
  failing: boolean;
}

export type WallFreshnessState = 'loading' | 'live' | 'stale';

export interface WallFreshness {
  state: WallFreshnessState;
  /** The oldest data on screen arrived then (ms since epoch); null before any. */
  oldestAt: number | null;
  /** Refreshes missed since the oldest data arrived (whole intervals past the first). */
  missed: number;
}

/** More than two refreshes missed: the third one's time is half gone too (jitter is ±10 %). */
export const STALE_AFTER_REFRESHES = 2.5;

export function wallFreshness(panels: readonly PanelFreshness[], now: number, refreshMs: number): WallFreshness {
  const shown = panels.filter((p) => p.updatedAt > 0);
  if (shown.length === 0) return { state: 'loading', oldestAt: null, missed: 0 };
  const oldestAt = Math.min(...shown.map((p) => p.updatedAt));
  const age = Math.max(0, now - oldestAt);
  const missed = Math.max(0, Math.floor(age / refreshMs) - 1);
  return { state: age > refreshMs * STALE_AFTER_REFRESHES ? 'stale' : 'live', oldestAt, missed };
}

/** The next refresh interval: `refreshMs` ± 10 %, so that many walls do not revalidate in step. */
export function jitteredInterval(refreshMs: number, random: () => number = Math.random): number {
  return Math.round(refreshMs * (0.9 + 0.2 * random()));
}

/** What react-query hands a `refetchInterval` function (the part the jitter is drawn from). */
export interface RefreshingQuery {
  queryHash: string;
  state: { dataUpdatedAt: number; errorUpdatedAt: number };
}

/**
 * A `refetchInterval` with jitter that stays put between fetches. react-query asks for the interval on
 * every render and restarts its timer whenever the answer changes: a fresh random number per call
 * restarted it on each render of the wall (which re-renders more often than it refreshes), so the
 * refresh never came and the wall went stale with the API up. The jitter is drawn from the query and
 * its last result instead: new after each fetch, different per query, the same on every render.
 */
export function steadyJitteredInterval(refreshMs: number): (query: RefreshingQuery) => number {
  return ({ queryHash, state }) => jitteredInterval(refreshMs, () => hashString(`${queryHash}|${state.dataUpdatedAt}|${state.errorUpdatedAt}`) / 2 ** 32);
}
