import { useEffect, useRef, useState } from 'react';
import { resumeIfIdle, resumesAt, startTour, touchTour, tourPosition, type TourClock, type TourPosition } from '../lib/tour';

/** How often the tour's position is re-read: smooth enough for its progress bar, cheap for a wall. */
const TICK_MS = 250;

/**
 * The tour's position now, re-read every tick; a key, a click or a touch anywhere pauses it, and it
 * resumes after `idleMs` without input. Only the component that calls this re-renders on the tick.
 */
export function useTour({ stops, intervalMs, idleMs, enabled }: { stops: number; intervalMs: number; idleMs: number; enabled: boolean }): TourPosition & { resumesInMs: number | null } {
  const [clock, setClock] = useState<TourClock>(() => startTour(Date.now()));
  const [now, setNow] = useState(() => Date.now());
  // The instant the screen shows: an input pauses there, not at the clock's stop a tick later.
  const shownAt = useRef(now);
  useEffect(() => {
    shownAt.current = now;
  }, [now]);

  useEffect(() => {
    if (!enabled) return;
    const id = setInterval(() => {
      const t = Date.now();
      setNow(t);
      setClock((c) => resumeIfIdle(c, t, idleMs));
    }, TICK_MS);
    return () => clearInterval(id);
  }, [enabled, idleMs]);

  useEffect(() => {
    if (!enabled) return;
    const onInput = () => {
      const t = Date.now();
      setNow(t);
      setClock((c) => touchTour(c, t, shownAt.current));
    };
    // Capture phase: the map's own handlers (which may stop propagation) come after.
    const events = ['keydown', 'pointerdown', 'wheel'] as const;
    for (const e of events) window.addEventListener(e, onInput, { capture: true, passive: true });
    return () => {
      for (const e of events) window.removeEventListener(e, onInput, { capture: true });
    };
  }, [enabled]);

  const position = tourPosition(enabled ? stops : 0, intervalMs, clock, now);
  const resumes = resumesAt(clock, idleMs);
  const resumesInMs = resumes === null ? null : Math.max(0, resumes - now);
  return { ...position, resumesInMs };
}
