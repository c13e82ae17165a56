/*
 * The autopilot tour, as pure arithmetic over a clock: given the number of stops, the time per stop and
 * the tour's clock, which stop is on screen and how far through it we are. Nothing is scheduled, so a
 * throttled timer or a slow frame never skips or doubles a stop: whoever asks gets the answer for now.
 *
 * A touch, click or key pauses the tour where it is; it resumes where it paused once nobody has
 * touched the screen for the idle time (the pause is added to the anchor, so no stop is cut short).
 */

export interface TourClock {
  /** When stop 0 of the first round began (ms since epoch), moved later by every pause. */
  anchor: number;
  /** When the current pause began; null while touring. */
  pausedAt: number | null;
  /** The last touch, click or key (ms since epoch); null before any. */
  lastInputAt: number | null;
}

export interface TourPosition {
  /** The stop on screen, 0-based. */
  index: number;
  /** How far through that stop, 0..1. */
  progress: number;
  /** Until the next stop (ms), frozen while paused. */
  msLeft: number;
  paused: boolean;
}

export const startTour = (now: number): TourClock => ({ anchor: now, pausedAt: null, lastInputAt: null });

export function tourPosition(stops: number, intervalMs: number, clock: TourClock, now: number): TourPosition {
  const paused = clock.pausedAt !== null;
  if (stops <= 0 || !(intervalMs > 0)) return { index: 0, progress: 0, msLeft: 0, paused };
  const elapsed = Math.max(0, (clock.pausedAt ?? now) - clock.anchor);
  const inRound = elapsed % (stops * intervalMs);
  const index = Math.floor(inRound / intervalMs);
  const intoStop = inRound - index * intervalMs;
  return { index, progress: intoStop / intervalMs, msLeft: intervalMs - intoStop, paused };
}

/**
 * A touch, click or key: pause (if touring) and restart the idle countdown. The pause holds the stop the
 * screen showed at `shownAt` (its last render, a tick ago at most): a key pressed just as a stop ends must
 * not pause on the next one, which nobody has seen yet.
 */
export function touchTour(clock: TourClock, now: number, shownAt = now): TourClock {
  return { anchor: clock.anchor, pausedAt: clock.pausedAt ?? Math.min(shownAt, now), lastInputAt: now };
}

/** Resume where it paused once nobody has touched the screen for `idleMs`; otherwise the same clock. */
export function resumeIfIdle(clock: TourClock, now: number, idleMs: number): TourClock {
  if (clock.pausedAt === null || now - (clock.lastInputAt ?? clock.pausedAt) < idleMs) return clock;
  return { anchor: clock.anchor + (now - clock.pausedAt), pausedAt: null, lastInputAt: clock.lastInputAt };
}

/** When a paused tour will resume by itself (ms since epoch); null while touring. */
export function resumesAt(clock: TourClock, idleMs: number): number | null {
  return clock.pausedAt === null ? null : (clock.lastInputAt ?? clock.pausedAt) + idleMs;
}
