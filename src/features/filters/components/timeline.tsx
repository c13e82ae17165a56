import { useEffect, useId, type KeyboardEvent } from 'react';
import { useLanguage } from '../../../store/hooks';
import { useDatasetExtent, useMonthCounts } from '../../../data/use-violation-table';
import {
  addDays,
  clampWindow,
  daysBetween,
  formatDay,
  formatMonth,
  maxDay,
  minDay,
  monthIndexOf,
  monthsOf,
  monthWindow,
  shiftMonths,
  type Day,
} from '../../../lib/time-window';
import {
  useChangeTimeWindow,
  useFiltersStrings,
  usePlaying,
  useStartPlayback,
  useStepPlayback,
  useStopPlayback,
  useWindowFrom,
  useWindowTo,
} from '../hooks/use-filters';
import { fill } from '../strings';
import './filters.css';

/** How long each month shows during playback. */
export const PLAYBACK_STEP_MS = 1500;

export interface TimelineProps {
  /** Milliseconds per month during playback (default PLAYBACK_STEP_MS). */
  stepMs?: number;
}

/**
 * The time window over the three years: two thumbs on one track (days; PageUp/PageDown move a
 * month, Home/End to the ends), playback by month, the window as dates in Asia/Shanghai and a
 * monthly histogram above the track. The window lives in the store; the map only reads it.
 */
export function Timeline({ stepMs = PLAYBACK_STEP_MS }: TimelineProps) {
  const s = useFiltersStrings().timeline;
  // The three years, and violations per month for the histogram (once the violation table is in).
  const extent = useDatasetExtent();
  const counts = useMonthCounts(extent);
  const lang = useLanguage();
  const from = useWindowFrom();
  const to = useWindowTo();
  const playing = usePlaying();
  const changeTimeWindow = useChangeTimeWindow();
  const startPlayback = useStartPlayback();
  const stopPlayback = useStopPlayback();
  const stepPlayback = useStepPlayback();
  const titleId = useId();

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(stepPlayback, stepMs);
    return () => clearInterval(timer);
  }, [playing, stepMs, stepPlayback]);

  if (!extent) {
    return (
      <section className="filters-timeline filters-timeline--empty" aria-label={s.label} aria-busy="true">
        <p className="filters-timeline__window">{s.noData}</p>
      </section>
    );
  }

  const total = Math.max(0, daysBetween(extent.from, extent.to));
  const shown = clampWindow({ from, to }, extent);
  const fromIndex = daysBetween(extent.from, shown.from);
  const toIndex = daysBetween(extent.from, shown.to);
  const percent = (index: number) => (total === 0 ? 0 : (index / total) * 100);

  /** Days (offsets from the extent's start) → the store's window; the extent's ends stay open (null). */
  const commit = (a: number, b: number) => {
    const lo = Math.max(0, Math.min(a, b));
    const hi = Math.min(total, Math.max(a, b));
    changeTimeWindow({
      from: lo <= 0 ? null : addDays(extent.from, lo),
      to: hi >= total ? null : addDays(extent.from, hi),
    });
  };
  const clampDay = (day: Day) => minDay(maxDay(day, extent.from), extent.to);
  const onKeyDown = (thumb: 'from' | 'to') => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'PageUp' && event.key !== 'PageDown') return;
    event.preventDefault();
    const direction = event.key === 'PageUp' ? 1 : -1;
    if (thumb === 'from') {
      const next = daysBetween(extent.from, clampDay(shiftMonths(shown.from, direction)));
      commit(Math.min(next, toIndex), toIndex);
    } else {
      const next = daysBetween(extent.from, clampDay(shiftMonths(shown.to, direction)));
      commit(fromIndex, Math.max(next, fromIndex));
    }
  };

  const months = monthsOf(extent);
  const firstMonth = monthIndexOf(shown.from, extent);
  const lastMonth = monthIndexOf(shown.to, extent);
  const max = counts && counts.length > 0 ? Math.max(...counts) : 0;
  const windowText = fill(s.window, { from: formatDay(shown.from, lang), to: formatDay(shown.to, lang) });
  // The thumb nearer the end sits on top, so two thumbs at the same place can still be pulled apart.
  const fromOnTop = fromIndex > total / 2;

  return (
    <section className="filters-timeline" aria-labelledby={titleId}>
      <h2 id={titleId} className="visually-hidden">
        {s.label}
      </h2>
      <div className="filters-timeline__bar">
        <button
          type="button"
          className="filters-timeline__play"
          aria-label={playing ? s.pause : s.play}
          title={playing ? s.pause : s.play}
          onClick={() => (playing ? stopPlayback() : startPlayback(extent))}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            {playing ? <path d="M6 4h4v16H6zM14 4h4v16h-4z" /> : <path d="M7 4l13 8-13 8z" />}
          </svg>
          <span>{playing ? s.pauseShort : s.playShort}</span>
        </button>
        <p className="filters-timeline__window">
          <span className="visually-hidden">{s.windowLabel}: </span>
          {windowText}
        </p>
        <button
          type="button"
          className="filters-timeline__all"
          // Named by its visible text (WCAG 2.5.3 label in name); the title says more, as its description.
          title={s.allTimeLabel}
          disabled={fromIndex === 0 && toIndex === total && !playing}
          onClick={() => changeTimeWindow({ from: null, to: null })}
        >
          {s.allTime}
        </button>
      </div>

      <div className="filters-timeline__track-area">
        {counts && counts.length > 0 && (
          <div className="filters-timeline__histogram" role="img" aria-label={fill(s.histogram, { max })}>
            {months.map((month, i) => {
              const span = monthWindow(month, extent);
              const days = daysBetween(span.from, span.to) + 1;
              const count = counts[i] ?? 0;
              const inWindow = i >= firstMonth && i <= lastMonth;
              return (
                <div
                  key={month}
                  className={inWindow ? 'filters-timeline__month filters-timeline__month--in' : 'filters-timeline__month'}
                  style={{ flexGrow: days }}
                  title={`${formatMonth(month, lang)}: ${count}`}
                >
                  <div className="filters-timeline__count" style={{ height: `${max > 0 ? (count / max) * 100 : 0}%` }} />
                </div>
              );
            })}
          </div>
        )}
        <div className="filters-timeline__range">
          <div className="filters-timeline__rail">
            <div
              className="filters-timeline__selected"
              style={{ left: `${percent(fromIndex)}%`, right: `${100 - percent(toIndex)}%` }}
            />
          </div>
          <input
            type="range"
            className={fromOnTop ? 'filters-timeline__thumb filters-timeline__thumb--top' : 'filters-timeline__thumb'}
            min={0}
            max={total}
            step={1}
            value={fromIndex}
            aria-label={s.from}
            aria-valuetext={formatDay(shown.from, lang)}
            onChange={(event) => commit(Math.min(Number(event.target.value), toIndex), toIndex)}
            onKeyDown={onKeyDown('from')}
          />
          <input
            type="range"
            className={fromOnTop ? 'filters-timeline__thumb' : 'filters-timeline__thumb filters-timeline__thumb--top'}
            min={0}
            max={total}
            step={1}
            value={toIndex}
            aria-label={s.to}
            aria-valuetext={formatDay(shown.to, lang)}
            onChange={(event) => commit(fromIndex, Math.max(Number(event.target.value), fromIndex))}
            onKeyDown={onKeyDown('to')}
          />
        </div>
        <div className="filters-timeline__ticks" aria-hidden="true">
          {months.map((month, i) =>
            // The first month, then each January; one within an eighth of the track from the start would
            // overlap the first label (at 1366 px a label is about an eighth of the track).
            i === 0 || (month.endsWith('-01-01') && percent(daysBetween(extent.from, month)) >= 12.5) ? (
              <span
                key={month}
                className="filters-timeline__tick"
                style={{ left: `${percent(Math.max(0, daysBetween(extent.from, month)))}%` }}
              >
                {formatMonth(month, lang)}
              </span>
            ) : null,
          )}
        </div>
      </div>
    </section>
  );
}
