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
  /** Thread (CPU) time of a complete event, in µs: less than `dur` when the thread was descheduled. */
  tdur?: number;
  pid: number;
  tid: number;
}

/** The top-level task event of Chromium's scheduler (category toplevel). */
export const TASK_EVENT = 'ThreadControllerImpl::RunTask';

/** The mark's interval [mark, mark + durationMs] (µs) and the top-level tasks of its thread that overlap it, in time order. */
function markedTasks(events: readonly TraceEvent[], markName: string, durationMs: number): { start: number; end: number; tasks: TraceEvent[] } | null {
  const mark = events.find((e) => e.name === markName && (e.cat ?? '').includes('blink.user_timing'));
  if (!mark) return null;
  const start = mark.ts;
  const end = mark.ts + Math.max(0, durationMs) * 1000;
  const tasks = events
    .filter((e) => e.name === TASK_EVENT && e.ph === 'X' && e.pid === mark.pid && e.tid === mark.tid && e.ts < end && e.ts + (e.dur ?? 0) > start)
    .sort((a, b) => a.ts - b.ts);
  return { start, end, tasks };
}

/**
 * Milliseconds of main-thread tasks within [mark, mark + durationMs], or null when the mark is not
 * in the trace. Overlapping (nested) tasks are counted once.
 */
export function mainThreadBusyMs(events: readonly TraceEvent[], markName: string, durationMs: number): number | null {
  const marked = markedTasks(events, markName, durationMs);
  if (!marked) return null;
  const { start, end, tasks } = marked;
  let total = 0;
  let coveredTo = -Infinity;
  for (const e of tasks) {
    const a = Math.max(start, e.ts);
    const b = Math.min(end, e.ts + (e.dur ?? 0));
    const from = Math.max(a, coveredTo);
    if (b > from) total += b - from;
    coveredTo = Math.max(coveredTo, b);
  }
  return total / 1000;
}

/**
 * Milliseconds of CPU time the same thread spent in those tasks (each task's thread time, in proportion to
 * the part of it inside the interval; nested tasks counted once), or null without the mark or without
 * thread times in the trace. On a machine whose cores are shared with a software GPU, wall time includes
 * the time the thread waited to be scheduled; this does not.
 */
export function mainThreadCpuMs(events: readonly TraceEvent[], markName: string, durationMs: number): number | null {
  const marked = markedTasks(events, markName, durationMs);
  if (!marked) return null;
  const { start, end, tasks } = marked;
  let total = 0;
  let outerEnd = -Infinity;
  for (const e of tasks) {
    const dur = e.dur ?? 0;
    if (e.ts + dur <= outerEnd) continue; // nested in the task before
    if (e.tdur === undefined) return null;
    outerEnd = e.ts + dur;
    const inside = Math.min(end, e.ts + dur) - Math.max(start, e.ts);
    total += dur > 0 ? (e.tdur * inside) / dur : 0;
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
  /** The same for the thread's CPU time (null when the trace has no thread times). */
  cpuExcessMs: number | null;
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
  const cpu = mainThreadCpuMs(events, marks.changeMark, marks.durationMs);
  const idleCpu = mainThreadCpuMs(events, marks.idleMark, marks.idleMs);
  return {
    rawMs: raw,
    idleMsPerSecond,
    excessMs: Math.max(0, raw - (idleMsPerSecond * marks.durationMs) / 1000),
    cpuExcessMs: cpu === null || idleCpu === null ? null : Math.max(0, cpu - (idleCpu / marks.idleMs) * marks.durationMs),
  };
}
