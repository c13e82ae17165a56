import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';

/** Fewer rows than this tell the room nothing: a ranking keeps at least the current one between its neighbours. */
const FEWEST_ROWS = 4;

/** A fit to start from: every row; `over`, the fewest rows seen not to fit, above them (none has been). */
const fitFrom = (key: string, most: number) => ({ key, rows: most, over: most + 1 });

/**
 * How many rows of a list fit its box, at most `most`: measured before the screen is painted, fewer while
 * the list overflows, then one more at a time while that fits too (the rows shown change with their number: a
 * short gap row where a full one was measured leaves room); `most` again when the window or `resetKey` (what is
 * listed, and where it stands) changes, to be fitted anew. A wall's side column at 1366×768 holds fewer rows
 * than at 1080p.
 */
export function useRowsThatFit(list: RefObject<HTMLElement | null>, most: number, resetKey: string): number {
  const fresh = fitFrom(resetKey, most);
  const [fit, setFit] = useState(fresh);
  const current = fit.key === resetKey ? fit : fresh;
  if (fit.key !== resetKey) setFit(fresh);
  useLayoutEffect(() => {
    const el = list.current;
    if (!el) return;
    const { rows, over } = current;
    // Measuring layout, then setting what it allows before the paint: useLayoutEffect's purpose (react.dev, useLayoutEffect).
    if (el.scrollHeight > el.clientHeight + 1) {
      if (rows <= FEWEST_ROWS) return;
      const whole = [...el.children].filter((row) => row instanceof HTMLElement && row.offsetTop - el.offsetTop + row.offsetHeight <= el.clientHeight).length;
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setFit({ key: resetKey, rows: Math.max(FEWEST_ROWS, Math.min(rows - 1, whole)), over: rows });
    } else if (rows + 1 < over) {
      // Growing stops below the fewest rows seen not to fit.
      setFit({ key: resetKey, rows: rows + 1, over });
    }
  }, [list, current, resetKey]);
  useEffect(() => {
    const refit = () => setFit(fitFrom(resetKey, most));
    window.addEventListener('resize', refit);
    return () => window.removeEventListener('resize', refit);
  }, [resetKey, most]);
  return current.rows;
}
