import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ACTIVE_MS, IDLE_INTERVAL_MS, IdleFrameProvider } from '../../../src/map/idle-frame-provider';

const FRAME_MS = 16;

describe('IdleFrameProvider (the frames deck.gl looks at)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    // Node has no frames: one every 16 ms, on the faked clock.
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(() => callback(performance.now()), FRAME_MS));
    vi.stubGlobal('cancelAnimationFrame', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  /** Runs a loop as luma.gl's does (each frame asks for the next) for `ms`, and counts its frames. */
  function loopFor(frames: IdleFrameProvider, ms: number): number {
    let count = 0;
    const tick = () => {
      count++;
      frames.requestAnimationFrame(tick);
    };
    frames.requestAnimationFrame(tick);
    vi.advanceTimersByTime(ms);
    frames.cancelAnimationFrame();
    return count;
  }

  it('gives every frame while active, and four a second once idle', () => {
    const frames = new IdleFrameProvider();
    const active = loopFor(frames, ACTIVE_MS - 100);
    expect(active).toBeGreaterThan(50);
    vi.advanceTimersByTime(ACTIVE_MS);
    const idle = loopFor(frames, 2000);
    expect(idle).toBeGreaterThanOrEqual(2000 / (IDLE_INTERVAL_MS + FRAME_MS) - 1);
    expect(idle).toBeLessThanOrEqual(2000 / IDLE_INTERVAL_MS);
  });

  it('answers a wake with the next frame, not the end of the idle wait', () => {
    const frames = new IdleFrameProvider();
    vi.advanceTimersByTime(ACTIVE_MS);
    const callback = vi.fn();
    frames.requestAnimationFrame(callback);
    vi.advanceTimersByTime(FRAME_MS * 2);
    expect(callback).not.toHaveBeenCalled();
    frames.wake();
    vi.advanceTimersByTime(FRAME_MS);
    expect(callback).toHaveBeenCalledTimes(1);
    // and stays at every frame for a while after
    expect(loopFor(frames, 500)).toBeGreaterThan(25);
  });

  it('runs nothing once cancelled, waiting or not', () => {
    const frames = new IdleFrameProvider();
    const soon = vi.fn();
    frames.requestAnimationFrame(soon);
    frames.cancelAnimationFrame();
    vi.advanceTimersByTime(ACTIVE_MS + 10);
    const late = vi.fn();
    frames.requestAnimationFrame(late);
    frames.cancelAnimationFrame();
    frames.wake();
    vi.advanceTimersByTime(IDLE_INTERVAL_MS * 2);
    expect(soon).not.toHaveBeenCalled();
    expect(late).not.toHaveBeenCalled();
  });
});
