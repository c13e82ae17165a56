/*
 * Main-thread time from a Chromium trace (categories toplevel + blink.user_timing): the time the
 * page's renderer main thread spent running tasks between a performance.mark and a moment after it.
 * Only the thread that recorded the mark counts (other tabs, the GPU process and workers do not),
 * and each task is clipped to the interval, so idle time and work before the mark are left out.
 */

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
}

/** The top-level task event of Chromium's scheduler (category toplevel). */
export const TASK_EVENT = 'ThreadControllerImpl::RunTask';

/**
 * Milliseconds of main-thread tasks within [mark, mark + durationMs], or null when the mark is not
 * in the trace. Overlapping (nested) tasks are counted once.
 */
export function mainThreadBusyMs(events: readonly TraceEvent[], markName: string, durationMs: number): number | null {
  const mark = events.find((e) => e.name === markName && (e.cat ?? '').includes('blink.user_timing'));
  if (!mark) return null;
  const start = mark.ts;
  const end = mark.ts + Math.max(0, durationMs) * 1000;
  const spans: [number, number][] = [];
  for (const e of events) {
    if (e.name !== TASK_EVENT || e.ph !== 'X' || e.pid !== mark.pid || e.tid !== mark.tid) continue;
    const a = Math.max(start, e.ts);
    const b = Math.min(end, e.ts + (e.dur ?? 0));
    if (b > a) spans.push([a, b]);
  }
  spans.sort((x, y) => x[0] - y[0]);
  let total = 0;
  let coveredTo = -Infinity;
  for (const [a, b] of spans) {
    const from = Math.max(a, coveredTo);
    if (b > from) total += b - from;
    coveredTo = Math.max(coveredTo, b);
  }
  return total / 1000;
}

/** The events of a trace file as Chromium writes it ({ traceEvents: [...] } or a bare array). */
export function traceEventsOf(json: string): TraceEvent[] {
  const parsed = JSON.parse(json) as unknown;
  const list = Array.isArray(parsed) ? parsed : (parsed as { traceEvents?: unknown }).traceEvents;
  return Array.isArray(list) ? (list as TraceEvent[]) : [];
}

export interface ChangeCost {
  /** Every main-thread task from the change until it was drawn. */
  rawMs: number;
  /** The same page's main-thread time per second while nothing changed (timers and frame loops that run regardless). */
  idleMsPerSecond: number;
  /** rawMs less what the idle page would have spent over the same time: the time the change itself cost. */
  excessMs: number;
}

/**
 * Main-thread time of a change above the page's idle background, both from one trace: `idleMark`
 * starts a window of `idleMs` in which nothing happens, `changeMark` the change, which took
 * `durationMs` to be drawn. Null when a mark is missing.
 */
export function changeCostMs(
  events: readonly TraceEvent[],
  marks: { idleMark: string; idleMs: number; changeMark: string; durationMs: number },
): ChangeCost | null {
  const raw = mainThreadBusyMs(events, marks.changeMark, marks.durationMs);
  const idle = mainThreadBusyMs(events, marks.idleMark, marks.idleMs);
  if (raw === null || idle === null || marks.idleMs <= 0) return null;
  const idleMsPerSecond = (idle / marks.idleMs) * 1000;
  return { rawMs: raw, idleMsPerSecond, excessMs: Math.max(0, raw - (idleMsPerSecond * marks.durationMs) / 1000) };
}
