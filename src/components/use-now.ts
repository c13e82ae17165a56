import { useEffect, useState } from 'react';

/**
 * The current time, re-read on each whole multiple of `intervalMs` (a clock by the minute turns as the
 * minute does, not up to a minute late): only the component that shows it re-renders.
 */
export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      timer = setTimeout(() => {
        setNow(Date.now());
        schedule();
      }, untilNextTick(Date.now(), intervalMs));
    };
    schedule();
    return () => clearTimeout(timer);
  }, [intervalMs]);
  return now;
}

/** Milliseconds from `now` to the next whole multiple of `intervalMs` (a whole interval when on one). */
export const untilNextTick = (now: number, intervalMs: number): number => intervalMs - (now % intervalMs);
