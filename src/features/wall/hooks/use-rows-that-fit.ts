import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';

/** Fewer rows than this tell the room nothing: a ranking keeps at least the current one between its neighbours. */
const FEWEST_ROWS = 4;

/**
 * How many rows of a list fit its box, at most `most`: measured before the screen is painted, fewer while
 * the list overflows, and `most` again when the window or `resetKey` (what is listed, and where it stands)
 * changes, to be fitted anew. A wall's side column at 1366×768 holds fewer rows than at 1080p.
 */
export function useRowsThatFit(list: RefObject<HTMLElement | null>, most: number, resetKey: string): number {
  const [fit, setFit] = useState({ key: resetKey, rows: most });
  const rows = fit.key === resetKey ? fit.rows : most;
  if (fit.key !== resetKey) setFit({ key: resetKey, rows: most });
  useLayoutEffect(() => {
    const el = list.current;
    if (!el || el.scrollHeight <= el.clientHeight + 1 || rows <= FEWEST_ROWS) return;
    const whole = [...el.children].filter((row) => row instanceof HTMLElement && row.offsetTop - el.offsetTop + row.offsetHeight <= el.clientHeight).length;
    // Measuring layout, then setting what it allows before the paint: useLayoutEffect's purpose (react.dev, useLayoutEffect).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setFit({ key: resetKey, rows: Math.max(FEWEST_ROWS, Math.min(rows - 1, whole)) });
  }, [list, fit, rows, resetKey]);
  useEffect(() => {
    const refit = () => setFit({ key: resetKey, rows: most });
    window.addEventListener('resize', refit);
    return () => window.removeEventListener('resize', refit);
  }, [resetKey, most]);
  return rows;
}
