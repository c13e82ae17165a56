import type { Browser, BrowserContext } from 'playwright-core';
import type { SoakLap } from './lib/heap-plot';
import type { Viewport } from './lib/results';
import { median, round, roundOrNull } from './lib/stats';
import { INSTRUMENT_FRAMES, WAIT_QUIET } from './page-scripts';

/*
 * The wall screen (issue 11) in a fresh context: its first render (navigation → the map's first full
 * render, the `map-ready` mark) and a few steps of its tour. A step starts when the tour's progress
 * names the next stop (a MutationObserver notes the instant in the page) and is settled at the last
 * WebGL frame before 500 ms without one: the fly, the new unit's figures and its layers all drawn.
 * Frame times are the gaps between drawn frames from the step's start to settled.
 */

export interface WallStep {
  settledMs: number | null;
  frames: number;
  frameP50Ms: number | null;
  frameP95Ms: number | null;
}

export interface WallRun {
  viewport: Viewport;
  url: string;
  status: 'ok' | 'timeout' | 'error';
  error: string | null;
  firstRenderMs: number | null;
  steps: WallStep[];
}

const WATCH_STOPS = `(() => {
  const el = document.querySelector('.wall-tour');
  const state = { changes: [] };
  window.__wallStops = state;
  if (!el) return false;
  new MutationObserver(() => state.changes.push({ at: performance.now(), stop: el.getAttribute('data-stop') })).observe(el, { attributes: true, attributeFilter: ['data-stop'] });
  return true;
})()`;

const READ_STEP = `(since) => {
  const frames = window.__benchFrames.frames.filter((f) => f.end >= since);
  return frames.map((f) => f.end);
}`;

function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? null;
}

export async function measureWall(browser: Browser, config: { baseUrl: string; viewport: Viewport; steps: number; readyTimeoutMs: number; log(m: string): void }): Promise<WallRun> {
  const url = `${config.baseUrl}/wall?account=bureau-manager&tour=districts&interval=15&refresh=60&theme=dark&lang=zh-CN`;
  const run: WallRun = { viewport: config.viewport, url, status: 'ok', error: null, firstRenderMs: null, steps: [] };
  let context: BrowserContext | null = null;
  try {
    context = await browser.newContext({ viewport: config.viewport, deviceScaleFactor: 1, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    await context.addInitScript({ content: INSTRUMENT_FRAMES });
    const page = await context.newPage();
    await page.goto(url, { timeout: config.readyTimeoutMs });
    await page.waitForFunction(() => performance.getEntriesByName('map-ready', 'mark').length > 0, undefined, { timeout: config.readyTimeoutMs, polling: 100 });
    run.firstRenderMs = roundOrNull(await page.evaluate(() => performance.getEntriesByName('map-ready', 'mark')[0]?.startTime ?? null));
    config.log(`  wall ${config.viewport.width}×${config.viewport.height}: first render ${Math.round(run.firstRenderMs ?? NaN)} ms`);
    if (!(await page.evaluate(WATCH_STOPS))) throw new Error('the wall shows no tour');
    for (let i = 0; i < config.steps; i++) {
      // The next stop: the instant the tour moved on, noted in the page.
      const handle = await page.waitForFunction((n) => (window as unknown as { __wallStops: { changes: { at: number }[] } }).__wallStops.changes[n]?.at ?? null, i, { timeout: 60_000, polling: 100 });
      const start = (await handle.jsonValue()) as number;
      // The fly's first frame (a quiet wait started before it would end at once), then quiet.
      await page.waitForFunction((since) => (window as unknown as { __benchFrames: { frames: { end: number }[] } }).__benchFrames.frames.some((f) => f.end > since), start, { timeout: 15_000, polling: 50 });
      await page.evaluate(`(${WAIT_QUIET})(${JSON.stringify({ quietMs: 500, timeoutMs: 30_000 })})`);
      const ends = await page.evaluate<number[]>(`(${READ_STEP})(${start})`);
      const gaps = ends.map((end, j) => end - (j === 0 ? start : (ends[j - 1] ?? start))).sort((a, b) => a - b);
      const last = ends.at(-1);
      const step: WallStep = { settledMs: last === undefined ? null : round(last - start), frames: ends.length, frameP50Ms: roundOrNull(quantile(gaps, 0.5)), frameP95Ms: roundOrNull(quantile(gaps, 0.95)) };
      run.steps.push(step);
      config.log(`  tour step ${i + 1}: settled after ${Math.round(step.settledMs ?? NaN)} ms, ${step.frames} frames, p50 ${Math.round(step.frameP50Ms ?? NaN)} ms, p95 ${Math.round(step.frameP95Ms ?? NaN)} ms`);
    }
  } catch (error) {
    run.status = error instanceof Error && /timeout/i.test(error.message) ? 'timeout' : 'error';
    run.error = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
    config.log(`  wall: ${run.status}: ${run.error}`);
  } finally {
    await context?.close().catch(() => undefined);
  }
  return run;
}

/** The medians over a run's steps. */
export function wallSummary(run: WallRun): { settledMs: number | null; frameP50Ms: number | null; frameP95Ms: number | null } {
  return {
    settledMs: roundOrNull(median(run.steps.map((s) => s.settledMs))),
    frameP50Ms: roundOrNull(median(run.steps.map((s) => s.frameP50Ms))),
    frameP95Ms: roundOrNull(median(run.steps.map((s) => s.frameP95Ms))),
  };
}

/**
 * The soak of the wall test, for the record: a wall at 1920×1080 touring every 5 s and refreshing every
 * 2 s, its JS heap (after a forced GC), DOM nodes and listeners read each time the tour comes back to
 * its first district bureau (one lap: 12 stops, 60 s, 30 refreshes of every panel).
 */
export async function measureWallSoak(browser: Browser, config: { baseUrl: string; laps: number; log(m: string): void }): Promise<SoakLap[]> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  try {
    const page = await context.newPage();
    const opened = Date.now();
    await page.goto(`${config.baseUrl}/wall?account=bureau-manager&tour=districts&interval=5&refresh=2&idle=5&wall=bench-soak&theme=dark&lang=zh-CN`);
    const cdp = await context.newCDPSession(page);
    const stop = () => page.locator('.wall-tour').getAttribute('data-stop', { timeout: 60_000 });
    const until = async (want: (s: string | null) => boolean) => {
      for (let waited = 0; !want(await stop()); waited += 200) {
        if (waited > 120_000) throw new Error('the wall tour stopped moving');
        await page.waitForTimeout(200);
      }
    };
    const laps: SoakLap[] = [];
    for (let lap = 0; lap < config.laps; lap++) {
      await until((s) => s !== '1');
      await until((s) => s === '1');
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      const dom = await cdp.send('Memory.getDOMCounters');
      laps.push({ atS: Math.round((Date.now() - opened) / 1000), heapBytes: heap.usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners });
      config.log(`  soak lap ${lap + 1}: heap ${(heap.usedSize / 1e6).toFixed(1)} MB, ${dom.nodes} nodes, ${dom.jsEventListeners} listeners`);
    }
    return laps;
  } finally {
    await context.close();
  }
}
