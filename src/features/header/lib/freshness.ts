/*
 * How fresh the data on screen is, for a wall screen that nobody watches closely: live, stale (no
 * successful refresh for a while), offline (the last refresh failed: we show the last good data
 * and its age), or nothing yet.
 */
export type FreshnessState = 'loading' | 'live' | 'stale' | 'offline' | 'unavailable';

export interface FreshnessInput {
  /** When the last successful fetch finished (ms since epoch), 0 if never. */
  dataUpdatedAt: number;
  /** The latest fetch (or one of its retries) failed. */
  failing: boolean;
  now: number;
  refetchIntervalMs: number;
}

export interface Freshness {
  state: FreshnessState;
  /** Age of the data on screen; null without data. */
  ageMs: number | null;
}

/** Missing this many refreshes in a row makes the data stale. */
export const STALE_AFTER_INTERVALS = 2.5;

export function freshnessOf({ dataUpdatedAt, failing, now, refetchIntervalMs }: FreshnessInput): Freshness {
  if (dataUpdatedAt <= 0) return { state: failing ? 'unavailable' : 'loading', ageMs: null };
  const ageMs = Math.max(0, now - dataUpdatedAt);
  if (failing) return { state: 'offline', ageMs };
  if (ageMs > refetchIntervalMs * STALE_AFTER_INTERVALS) return { state: 'stale', ageMs };
  return { state: 'live', ageMs };
}
