import { describe, expect, it } from 'vitest';
import { resumeIfIdle, resumesAt, startTour, touchTour, tourPosition } from '../../../../src/features/wall/lib/tour';

const S = 1000;
const T0 = Date.UTC(2026, 9, 1, 1, 0, 0);

describe('the tour', () => {
  it('shows each stop for one interval, in order, and comes back to the first after the last', () => {
    const clock = startTour(T0);
    const at = (s: number) => tourPosition(12, 20 * S, clock, T0 + s * S).index;
    expect([0, 19.9, 20, 39, 40, 220, 239.9, 240, 260].map(at)).toEqual([0, 0, 1, 1, 2, 11, 11, 0, 1]);
  });

  it('says how far through the stop it is and how long is left', () => {
    const p = tourPosition(3, 20 * S, startTour(T0), T0 + 25 * S);
    expect(p).toEqual({ index: 1, progress: 0.25, msLeft: 15 * S, paused: false });
  });

  it('skips nothing when asked late (a throttled timer): the answer is for the time asked', () => {
    const clock = startTour(T0);
    expect(tourPosition(4, 10 * S, clock, T0 + 3 * 40 * S + 35 * S).index).toBe(3);
  });

  it('stays on the first stop with no stops or a nonsensical interval', () => {
    expect(tourPosition(0, 20 * S, startTour(T0), T0 + 99 * S).index).toBe(0);
    expect(tourPosition(5, 0, startTour(T0), T0 + 99 * S).index).toBe(0);
    expect(tourPosition(5, Number.NaN, startTour(T0), T0 + 99 * S).index).toBe(0);
  });

  it('pauses on the stop on screen when a key comes just after the clock has moved on', () => {
    // The screen last showed stop 0 at 19.9 s; the key comes at 20.1 s, the clock's stop 1.
    const clock = touchTour(startTour(T0), T0 + 20.1 * S, T0 + 19.9 * S);
    expect(tourPosition(3, 20 * S, clock, T0 + 30 * S)).toMatchObject({ index: 0, paused: true });
    expect(clock.lastInputAt).toBe(T0 + 20.1 * S);
    // Already paused: the pause stays where it was.
    expect(touchTour(clock, T0 + 40 * S, T0 + 40 * S).pausedAt).toBe(T0 + 19.9 * S);
  });

  it('pauses on input where it is, and resumes there after the idle time without input', () => {
    let clock = startTour(T0);
    clock = touchTour(clock, T0 + 25 * S); // stop 1, 5 s in
    expect(tourPosition(3, 20 * S, clock, T0 + 100 * S)).toMatchObject({ index: 1, progress: 0.25, paused: true });
    // More input keeps it paused and restarts the idle countdown.
    clock = touchTour(clock, T0 + 70 * S);
    expect(resumesAt(clock, 60 * S)).toBe(T0 + 130 * S);
    expect(resumeIfIdle(clock, T0 + 129 * S, 60 * S)).toBe(clock);
    clock = resumeIfIdle(clock, T0 + 130 * S, 60 * S);
    expect(clock.pausedAt).toBeNull();
    expect(resumesAt(clock, 60 * S)).toBeNull();
    // Resumed with 15 s of stop 1 left, not cut short by the pause.
    expect(tourPosition(3, 20 * S, clock, T0 + 130 * S)).toMatchObject({ index: 1, progress: 0.25, paused: false });
    expect(tourPosition(3, 20 * S, clock, T0 + 145 * S).index).toBe(2);
  });

  it('does not resume a tour that is not paused, nor move its anchor', () => {
    const clock = startTour(T0);
    expect(resumeIfIdle(clock, T0 + 999 * S, 60 * S)).toBe(clock);
  });
});
