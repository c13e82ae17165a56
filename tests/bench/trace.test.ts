import { describe, expect, it } from 'vitest';
import { changeCostMs, mainThreadBusyMs, mainThreadCpuMs, TASK_EVENT, traceEventsOf, type TraceEvent } from '../../bench/lib/trace';

const MAIN = { pid: 10, tid: 10 };
const mark = (ts: number, name = 'bench:change-start'): TraceEvent => ({ name, cat: 'blink.user_timing', ph: 'I', ts, ...MAIN });
const task = (ts: number, durMs: number, where = MAIN): TraceEvent => ({ name: TASK_EVENT, cat: 'toplevel', ph: 'X', ts, dur: durMs * 1000, ...where });
/** A task that ran `cpuMs` of its `durMs` on the CPU (descheduled for the rest). */
const cpuTask = (ts: number, durMs: number, cpuMs: number): TraceEvent => ({ ...task(ts, durMs), tdur: cpuMs * 1000 });

describe('mainThreadBusyMs', () => {
  it('sums the main-thread tasks after the mark, clipped to the interval', () => {
    const events = [
      task(0, 10), // ends before the mark at 5 ms: only its last 5 ms count
      mark(5_000),
      task(20_000, 30),
      task(90_000, 40), // runs past the end at 105 ms: 15 ms count
      task(200_000, 50), // after the end
    ];
    expect(mainThreadBusyMs(events, 'bench:change-start', 100)).toBeCloseTo(5 + 30 + 15);
  });

  it('counts only the thread that made the mark', () => {
    const events = [mark(0), task(1_000, 20), task(1_000, 500, { pid: 10, tid: 11 }), task(1_000, 500, { pid: 99, tid: 10 })];
    expect(mainThreadBusyMs(events, 'bench:change-start', 100)).toBeCloseTo(20);
  });

  it('counts nested tasks once', () => {
    const events = [mark(0), task(0, 30), task(10_000, 5)];
    expect(mainThreadBusyMs(events, 'bench:change-start', 100)).toBeCloseTo(30);
  });

  it('is null without the mark', () => {
    expect(mainThreadBusyMs([task(0, 30)], 'bench:change-start', 100)).toBeNull();
  });
});

describe('mainThreadCpuMs', () => {
  it("sums the tasks' thread time, in proportion to the part inside the interval, nested tasks once", () => {
    const events = [
      cpuTask(0, 10, 8), // half of it after the mark at 5 ms: 4 ms
      mark(5_000),
      cpuTask(20_000, 30, 20),
      cpuTask(25_000, 5, 5), // nested in the task before
      cpuTask(90_000, 40, 40), // 15 of its 40 ms inside: 15 ms
    ];
    expect(mainThreadCpuMs(events, 'bench:change-start', 100)).toBeCloseTo(4 + 20 + 15);
    expect(mainThreadBusyMs(events, 'bench:change-start', 100)).toBeCloseTo(5 + 30 + 15);
  });

  it('is null without thread times or without the mark', () => {
    expect(mainThreadCpuMs([mark(0), task(1_000, 20)], 'bench:change-start', 100)).toBeNull();
    expect(mainThreadCpuMs([cpuTask(0, 20, 10)], 'bench:change-start', 100)).toBeNull();
  });

  it('takes the idle CPU rate off the change, like the wall time', () => {
    const events = [mark(0, 'bench:idle'), cpuTask(100_000, 10, 5), mark(1_000_000), cpuTask(1_000_000, 60, 40), cpuTask(1_500_000, 10, 5)];
    const cost = changeCostMs(events, { idleMark: 'bench:idle', idleMs: 1000, changeMark: 'bench:change-start', durationMs: 1000 });
    expect(cost?.excessMs).toBeCloseTo(60);
    expect(cost?.cpuExcessMs).toBeCloseTo(40);
  });
});

describe('traceEventsOf', () => {
  it('reads both trace file shapes', () => {
    expect(traceEventsOf(JSON.stringify({ traceEvents: [mark(1)] }))).toHaveLength(1);
    expect(traceEventsOf(JSON.stringify([mark(1), mark(2)]))).toHaveLength(2);
    expect(traceEventsOf('{}')).toEqual([]);
  });
});

describe('changeCostMs', () => {
  it('takes the idle rate measured before the change off the time traced during it', () => {
    const events = [
      mark(0, 'bench:idle'),
      task(100_000, 5), // idle: 5 ms in 1 s → 5 ms/s
      mark(1_000_000),
      task(1_000_000, 40), // the change itself
      task(1_500_000, 5), // the idle background carries on during the 2 s the change takes
      task(2_500_000, 5),
    ];
    const cost = changeCostMs(events, { idleMark: 'bench:idle', idleMs: 1000, changeMark: 'bench:change-start', durationMs: 2000 });
    expect(cost?.rawMs).toBeCloseTo(50);
    expect(cost?.idleMsPerSecond).toBeCloseTo(5);
    expect(cost?.excessMs).toBeCloseTo(40);
  });

  it('never goes below zero, and is null without its marks', () => {
    const busyIdle = [mark(0, 'bench:idle'), task(0, 500), mark(1_000_000), task(1_000_000, 1)];
    expect(changeCostMs(busyIdle, { idleMark: 'bench:idle', idleMs: 1000, changeMark: 'bench:change-start', durationMs: 1000 })?.excessMs).toBe(0);
    expect(changeCostMs([mark(0)], { idleMark: 'bench:idle', idleMs: 1000, changeMark: 'bench:change-start', durationMs: 10 })).toBeNull();
  });
});
