import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, CDPSession, Page, Request } from 'playwright-core';
import { isLocalUrl } from './browser';
import type { DateWindow } from './lib/windows';
import type { FilterFigures, FilterSample, PageKind, PageRun, Viewport } from './lib/results';
import { emptyPageRun } from './lib/results';
import { median, round, roundOrNull } from './lib/stats';
import { changeCostMs, traceEventsOf } from './lib/trace';
import { CHANGE_URL, HAS_READY_OR_FAILED, INSTRUMENT_FRAMES, READ_ON_SCREEN, READ_READY, WAIT_DRAINED, WAIT_QUIET } from './page-scripts';

/*
 * One cold page load in a fresh browser context, then a series of time-window changes. Every step has
 * its own time limit and races the renderer's crash, so a page that dies or hangs is recorded as such
 * (with the step and the error) and the run goes on.
 */

export interface MeasureConfig {
  kind: PageKind;
  url: string;
  viewport: Viewport;
  readyTimeoutMs: number;
  changeTimeoutMs: number;
  windows: DateWindow[];
  /** Changes made unmeasured after `windows` … */
  warmUpWindows: DateWindow[];
  /** … and the changes then measured again (run.filterWarm). */
  warmWindows: DateWindow[];
  /** The mark the page sets when a window change is drawn (baseline), or null to watch the frames. */
  doneMark: string | null;
  /** The bytes behind a script URL's path, for its gzip size (null when unknown). */
  resolveScript(pathname: string): Buffer | null;
  log(message: string): void;
}

/** A frame-less gap this long ends the burst of frames that follows a change. */
export const QUIET_MS = 500;
/** A frame answered this fast means nothing is queued ahead of the next one. */
export const PROMPT_FRAME_MS = 50;
/** A page that draws nothing this long after a change ignored it. */
const FIRST_FRAME_TIMEOUT_MS = 10_000;
const COLUMNS_PATH = '/api/v1/violations/columns';
/** Marked by the page script at the instant of each change; main-thread time is counted from it. */
export const CHANGE_START_MARK = 'bench:window-change';
/** Marks a quiet stretch just before each change, traced too: the page's idle main-thread rate. */
export const IDLE_START_MARK = 'bench:idle';
export const IDLE_MS = 2000;
/** Light: top-level tasks and user timing marks only (devtools.timeline would slow the page down). */
export const TRACE_CATEGORIES = ['toplevel', 'blink.user_timing'];

interface ChangeResult {
  outcome: FilterSample['outcome'];
  firstFrameMs: number | null;
  latencyMs: number | null;
  frames: number;
}

const fmt = (ms: number | null) => (ms === null || !Number.isFinite(ms) ? '—' : `${Math.round(ms)} ms`);

class StepError extends Error {
  constructor(
    readonly step: string,
    readonly kind: 'timeout' | 'crash' | 'error',
    message: string,
  ) {
    super(message);
  }
}

async function heapUsed(cdp: CDPSession): Promise<number | null> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
  return typeof value === 'number' ? Math.round(value) : null;
}

export const call = (source: string, arg?: unknown) => `(${source})(${arg === undefined ? '' : JSON.stringify(arg)})`;

interface TrackedRequest {
  request: Request;
  at: number;
}

export async function measurePage(browser: Browser, config: MeasureConfig): Promise<PageRun> {
  const run = emptyPageRun(config.kind, config.url);
  const started = Date.now();
  let context: BrowserContext | null = null;
  let crashed = false;
  let onCrash: (() => void) | null = null;
  const crash = new Promise<never>((_, reject) => {
    onCrash = () => reject(new StepError('?', 'crash', 'the page crashed (renderer process gone)'));
  });
  crash.catch(() => undefined);

  /** Runs one step against the clock and the crash. */
  const step = async <T>(name: string, timeoutMs: number, work: () => Promise<T>): Promise<T> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new StepError(name, 'timeout', `no result within ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
    });
    try {
      return await Promise.race([work(), timeout, crash]);
    } catch (error) {
      if (error instanceof StepError) throw new StepError(name, error.kind, error.message);
      const message = error instanceof Error ? error.message.split('\n')[0] ?? error.message : String(error);
      if (crashed || /crash|Target (page, context or browser )?closed/i.test(message)) throw new StepError(name, 'crash', message);
      throw new StepError(name, /timeout/i.test(message) ? 'timeout' : 'error', message);
    } finally {
      clearTimeout(timer);
    }
  };

  const requests: TrackedRequest[] = [];
  /** A trace left running by a failed step is stopped in finally, or the next page could not trace. */
  let tracingStarted = false;
  try {
    context = await browser.newContext({ viewport: config.viewport, deviceScaleFactor: 1, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    await context.addInitScript({ content: INSTRUMENT_FRAMES });
    context.on('request', (request) => requests.push({ request, at: Date.now() }));
    const page: Page = await context.newPage();
    page.on('crash', () => {
      crashed = true;
      onCrash?.();
    });
    page.on('pageerror', (error) => config.log(`  [${config.kind} page error] ${error.message.split('\n')[0] ?? ''}`));
    page.on('console', (message) => {
      if (message.type() === 'error') config.log(`  [${config.kind} console] ${message.text().slice(0, 300)}`);
    });

    const changeArgs = (w: DateWindow) => ({
      params: { from: w.from, to: w.to },
      quietMs: QUIET_MS,
      firstFrameTimeoutMs: Math.max(FIRST_FRAME_TIMEOUT_MS, config.changeTimeoutMs),
      timeoutMs: config.changeTimeoutMs,
      doneMark: config.doneMark,
      startMark: CHANGE_START_MARK,
    });

    /** Waits until nothing has been drawn for QUIET_MS and a frame is answered promptly; false if that never came. */
    const waitForFreePipeline = async (): Promise<boolean> => {
      await step('quiet before change', 30_000, () => page.evaluate(call(WAIT_QUIET, { quietMs: QUIET_MS, timeoutMs: 10_000 })));
      const drained = await step('quiet before change', 90_000, () =>
        page.evaluate<{ drained: boolean; waitedMs: number }>(call(WAIT_DRAINED, { promptMs: PROMPT_FRAME_MS, timeoutMs: 60_000 })),
      );
      return drained.drained;
    };

    /** One traced change per window, and their medians. */
    const measureChanges = async (windows: readonly DateWindow[], label: string): Promise<FilterFigures> => {
      const samples: FilterSample[] = [];
      const figures: FilterFigures = { samples, firstFrameMedianMs: null, latencyMedianMs: null, mainThreadMedianMs: null };
      for (const w of windows) {
        if (!(await waitForFreePipeline())) run.warnings.push(`the frame pipeline was still busy a minute before change ${samples.length + 1}${label}`);
        await step('window change', 30_000, () => browser.startTracing(page, { categories: TRACE_CATEGORIES }));
        tracingStarted = true;
        await step('idle before change', 30_000, async () => {
          await page.evaluate(`performance.mark(${JSON.stringify(IDLE_START_MARK)})`);
          await new Promise((r) => setTimeout(r, IDLE_MS));
        });
        let r: ChangeResult;
        let trace: Buffer | null = null;
        try {
          r = await step('window change', config.changeTimeoutMs + 10_000, () => page.evaluate<ChangeResult>(call(CHANGE_URL, changeArgs(w))));
        } finally {
          tracingStarted = false;
          trace = await step('window change', 60_000, () => browser.stopTracing()).catch(() => null);
        }
        const events = trace ? traceEventsOf(trace.toString('utf8')) : [];
        const cost =
          r.outcome === 'ok' && r.latencyMs !== null
            ? changeCostMs(events, { idleMark: IDLE_START_MARK, idleMs: IDLE_MS, changeMark: CHANGE_START_MARK, durationMs: r.latencyMs })
            : null;
        const mainThreadMs = cost?.excessMs ?? null;
        samples.push({
          from: w.from,
          to: w.to,
          firstFrameMs: roundOrNull(r.firstFrameMs),
          latencyMs: roundOrNull(r.latencyMs),
          mainThreadMs: roundOrNull(mainThreadMs),
          mainThreadRawMs: roundOrNull(cost?.rawMs ?? null),
          mainThreadCpuMs: roundOrNull(cost?.cpuExcessMs ?? null),
          mainThreadIdleMsPerSecond: roundOrNull(cost?.idleMsPerSecond ?? null),
          frames: r.frames,
          outcome: r.outcome,
        });
        config.log(
          `  ${config.kind}: window ${w.from}…${w.to}${label}: ${r.outcome}, first frame ${fmt(r.firstFrameMs)}, drawn ${fmt(r.latencyMs)}, ` +
            `main thread ${fmt(mainThreadMs)} (${fmt(cost?.rawMs ?? null)} with the idle ${fmt(cost?.idleMsPerSecond ?? null)}/s; CPU ${fmt(cost?.cpuExcessMs ?? null)}), ${r.frames} frames`,
        );
        if (samples.length >= 2 && samples.slice(-2).every((x) => x.outcome === 'no-redraw')) break; // the page ignores changes
      }
      figures.firstFrameMedianMs = roundOrNull(median(samples.map((s) => s.firstFrameMs)));
      figures.latencyMedianMs = roundOrNull(median(samples.map((s) => s.latencyMs)));
      figures.mainThreadMedianMs = roundOrNull(median(samples.map((s) => s.mainThreadMs)));
      figures.mainThreadCpuMedianMs = roundOrNull(median(samples.map((s) => s.mainThreadCpuMs)));
      if (samples.every((s) => s.outcome === 'no-redraw')) {
        run.warnings.push('nothing was drawn after any time-window change: the page does not apply from/to on popstate');
      } else if (samples.some((s) => s.outcome !== 'ok')) {
        run.warnings.push(`${samples.filter((s) => s.outcome !== 'ok').length} of ${samples.length} window changes${label} did not complete`);
      }
      return figures;
    };

    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });

    // 1. Navigation → map-ready.
    await step('navigate', 60_000, () => page.goto(config.url, { waitUntil: 'commit', timeout: 60_000 }));
    await step('map-ready', config.readyTimeoutMs, () =>
      page.waitForFunction(call(HAS_READY_OR_FAILED), undefined, { polling: 250, timeout: config.readyTimeoutMs + 1000 }),
    );
    const ready = await step('map-ready', 30_000, () =>
      page.evaluate<{ readyMs: number | null; failed: string | null; timeOrigin: number; firstDrawMs: number | null; framesBeforeReady: number }>(
        call(READ_READY),
      ),
    );
    run.firstDrawMs = roundOrNull(ready.firstDrawMs);
    run.framesBeforeReady = ready.framesBeforeReady;
    if (ready.failed) throw new StepError('load data', 'error', ready.failed);
    run.mapReadyMs = roundOrNull(ready.readyMs);
    const readyEpoch = ready.timeOrigin + (ready.readyMs ?? 0);
    const onScreen = await step('on screen', 30_000, () =>
      page.waitForFunction(call(READ_ON_SCREEN), undefined, { polling: 100, timeout: 30_000 }).then((handle) => handle.jsonValue() as Promise<number>),
    );
    run.onScreenMs = roundOrNull(onScreen);
    config.log(`  ${config.kind}: map-ready after ${Math.round(ready.readyMs ?? 0)} ms, on screen after ${Math.round(onScreen)} ms`);

    // 2. What was loaded by then: the JS (page and workers) and the violation columns.
    await collectLoads(run, requests, readyEpoch, config);

    // 3. Heap once the page has settled, after a full GC.
    const settled = await step('settle', 30_000, () =>
      page.evaluate<{ quiet: boolean }>(call(WAIT_QUIET, { quietMs: QUIET_MS, timeoutMs: 15_000 })),
    );
    if (!settled.quiet) run.warnings.push('the map kept drawing frames after map-ready (never quiet for 500 ms within 15 s)');
    await step('heap', 60_000, async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      run.heapUsedBytes = await heapUsed(cdp);
    });

    // 4. Time-window changes, each under a trace of the renderer's main thread; then, after unmeasured
    // ones, as many again once the page's code is warm (V8 compiles a change's code over its first ones).
    if (config.windows.length > 0) {
      run.filter = await measureChanges(config.windows, '');
      if (config.warmUpWindows.length > 0 && config.warmWindows.length > 0 && run.filter.samples.some((x) => x.outcome === 'ok')) {
        for (const w of config.warmUpWindows) {
          await waitForFreePipeline();
          await step('warm-up change', config.changeTimeoutMs + 10_000, () => page.evaluate<ChangeResult>(call(CHANGE_URL, changeArgs(w))));
        }
        config.log(`  ${config.kind}: ${config.warmUpWindows.length} unmeasured changes made`);
        run.filterWarm = await measureChanges(config.warmWindows, ' once warm');
      }
    }
  } catch (error) {
    const e = error instanceof StepError ? error : new StepError('?', 'error', String(error));
    run.status = e.kind;
    run.failedStep = e.step;
    run.error = e.message;
    config.log(`  ${config.kind}: ${e.kind} at ${e.step}: ${e.message}`);
  } finally {
    run.externalRequests = [...new Set(requests.map((r) => r.request.url()).filter((u) => !isLocalUrl(u)))];
    run.wallSeconds = round((Date.now() - started) / 1000);
    if (tracingStarted) await browser.stopTracing().catch(() => undefined);
    if (context) {
      const ctx = context;
      await Promise.race([ctx.close().catch(() => undefined), new Promise((r) => setTimeout(r, 30_000))]);
    }
  }
  return run;
}

async function collectLoads(run: PageRun, requests: readonly TrackedRequest[], readyEpoch: number, config: MeasureConfig): Promise<void> {
  const isScript = (r: Request) => r.resourceType() === 'script' || /\.m?js$/.test(new URL(r.url()).pathname);
  const scripts = requests.filter(({ request, at }) => isScript(request) && at <= readyEpoch + 50 && isLocalUrl(request.url()));
  let gzipTotal = 0;
  let wireTotal = 0;
  let gzipKnown = true;
  const seen = new Set<string>();
  for (const { request } of scripts) {
    const url = request.url();
    if (seen.has(url) || url.startsWith('data:') || url.startsWith('blob:')) continue;
    seen.add(url);
    const bytes = config.resolveScript(new URL(url).pathname);
    const gzipBytes = bytes ? gzipSync(bytes, { level: 9 }).byteLength : null;
    // Playwright reports 0 bytes for a worker's own script: unknown, not free.
    const measured = await bodySize(request);
    const wireBytes = measured === 0 && (bytes?.byteLength ?? 0) > 0 ? null : measured;
    if (gzipBytes === null) gzipKnown = false;
    gzipTotal += gzipBytes ?? 0;
    wireTotal += wireBytes ?? 0;
    run.scripts.push({ url: new URL(url).pathname, gzipBytes, wireBytes });
  }
  // A total with a file missing would understate the figure the target is checked on: leave it out.
  run.initialJsGzipBytes = run.scripts.length && gzipKnown ? gzipTotal : null;
  run.initialJsWireBytes = run.scripts.length ? wireTotal : null;
  if (!gzipKnown) run.warnings.push('some initial scripts were not found among the built files: their gzip size is missing');

  const columns = requests.find(({ request }) => new URL(request.url()).pathname === COLUMNS_PATH && request.method() === 'GET');
  if (!columns) {
    run.payloadBeforeReady = false;
    run.warnings.push('the violation columns were not requested before map-ready: first render and payload do not include the violations');
    return;
  }
  const response = await columns.request.response().catch(() => null);
  if (response) await Promise.race([response.finished().catch(() => null), new Promise((r) => setTimeout(r, 60_000))]);
  run.payloadWireBytes = await bodySize(columns.request);
  run.payloadEncoding = response ? (response.headers()['content-encoding'] ?? 'identity') : null;
  const timing = columns.request.timing();
  const endEpoch = timing.responseEnd >= 0 ? timing.startTime + timing.responseEnd : Infinity;
  run.payloadBeforeReady = endEpoch <= readyEpoch + 50;
  if (!run.payloadBeforeReady) run.warnings.push('the violation columns finished loading after map-ready');
}

/** Response body bytes as transferred (encoded), or null when unknown. */
async function bodySize(request: Request): Promise<number | null> {
  try {
    const sizes = await Promise.race([request.sizes(), new Promise<null>((r) => setTimeout(() => r(null), 15_000))]);
    return sizes ? sizes.responseBodySize : null;
  } catch {
    return null;
  }
}
