import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CHANGE_START_MARK, IDLE_MS, IDLE_START_MARK, PROMPT_FRAME_MS, QUIET_MS, TRACE_CATEGORIES, call } from './measure';
import { median, roundOrNull } from './lib/stats';
import { changeCostMs, traceEventsOf } from './lib/trace';
import { CHANGE_URL, HAS_READY_OR_FAILED, INSTRUMENT_FRAMES, WAIT_DRAINED, WAIT_QUIET } from './page-scripts';

/*
 * The analysis steps of issue #10, each under a trace of the renderer's main thread (its time above the
 * page's idle rate, as for a window change), at 1920×1080:
 * - a cross-filter on the map: a category, a work type, a severity or a state set through the URL (what a
 *   chart click does), until the map's last frame of the burst that follows: the GPU filter's uniforms and
 *   the zone counts the choropleth and labels use (on the CPU, from the columns);
 * - a drill step in the workspace: a click on the ranking's first name until the level's heading and
 *   figures are shown (the API's answer included), bureau → district bureau → branch → zone → member;
 * - a cross-filter in the workspace: a click on a category or severity of the matrix until the charts and
 *   tables have settled (no change for 300 ms): the API aggregates, the page redraws its charts. As a mouse
 *   clicks: the pointer comes to rest on the segment for POINTER_REST_MS first, and the page fetches, as it
 *   does for any pointer over a segment, what the click will show (its API time is then spent before the
 *   click, where it is not counted). Then, as a worst case, clicks on other segments by script, with no
 *   pointer and nothing fetched ahead: the API's answer and the drawing of its placeholder state counted.
 */

export interface AnalysisStep {
  name: string;
  latencyMs: number | null;
  mainThreadMs: number | null;
  /** The same as the thread's CPU time (not waiting for a core); a diagnostic. */
  cpuMs?: number | null;
}

export interface AnalysisRun {
  status: 'ok' | 'error';
  error: string | null;
  mapFilter: AnalysisStep[];
  drill: AnalysisStep[];
  chartFilter: AnalysisStep[];
  /** The same, clicked by script with nothing fetched ahead (absent from runs before it was measured). */
  chartFilterNoPrefetch?: AnalysisStep[];
}

/** How long a mouse rests on a segment before it clicks (a conservative figure: users rest about 300 ms). */
const POINTER_REST_MS = 250;

/** The map's cross-filter steps: each sets its parameters (null clears one), so each differs from the last. */
const MAP_FILTERS: { name: string; params: Record<string, string | null> }[] = [
  { name: 'cat=behaviour', params: { cat: 'behaviour' } },
  { name: 'wt=live_work', params: { cat: null, wt: 'live_work' } },
  { name: 'sev=severe', params: { wt: null, sev: 'severe' } },
  { name: 'st=closed', params: { sev: null, st: 'closed' } },
  { name: 'none', params: { st: null } },
];

/**
 * Clicks the element and marks the instant, watching the DOM under `root` from before the click (React may
 * commit within the click's own task): the time from the click to its last change before `quietMs` without one.
 */
const CLICK_SETTLED = `({ click, root, quietMs, startMark, timeoutMs }) => new Promise((resolve) => {
  const target = document.querySelector(click);
  if (!target) return resolve({ error: 'nothing to click: ' + click });
  let last = null;
  const observer = new MutationObserver(() => { last = performance.now(); });
  observer.observe(document.querySelector(root), { subtree: true, childList: true, characterData: true, attributes: true });
  const t0 = performance.mark(startMark).startTime;
  target.click();
  const check = () => {
    const now = performance.now();
    if ((last !== null && now - last >= quietMs) || now - t0 > timeoutMs) {
      observer.disconnect();
      resolve({ latencyMs: last === null || now - t0 > timeoutMs ? null : last - t0 });
    } else setTimeout(check, 50);
  };
  setTimeout(check, quietMs);
})`;

/** Clicks the element and marks the instant; resolves when `done()` is true after a DOM change (page time). */
const CLICK_UNTIL = `({ click, heading, before, startMark, timeoutMs }) => new Promise((resolve) => {
  const target = document.querySelector(click);
  if (!target) return resolve({ error: 'nothing to click: ' + click });
  const t0 = performance.mark(startMark).startTime;
  const done = () => { const h = document.querySelector(heading); return h && h.textContent !== before; };
  const observer = new MutationObserver(() => {
    if (done()) { observer.disconnect(); clearTimeout(timer); resolve({ t0, at: performance.now() }); }
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  const timer = setTimeout(() => { observer.disconnect(); resolve({ t0, at: null }); }, timeoutMs);
  target.click();
})`;

async function traced(browser: Browser, page: Page, act: () => Promise<number | null>): Promise<Omit<AnalysisStep, 'name'>> {
  await page.evaluate(call(WAIT_QUIET, { quietMs: QUIET_MS, timeoutMs: 10_000 }));
  await page.evaluate(call(WAIT_DRAINED, { promptMs: PROMPT_FRAME_MS, timeoutMs: 60_000 }));
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  let latencyMs: number | null = null;
  let trace: Buffer | null = null;
  try {
    await page.evaluate(`performance.mark(${JSON.stringify(IDLE_START_MARK)})`);
    await new Promise((r) => setTimeout(r, IDLE_MS));
    latencyMs = await act();
  } finally {
    trace = await browser.stopTracing().catch(() => null);
  }
  const cost =
    latencyMs !== null && trace
      ? changeCostMs(traceEventsOf(trace.toString('utf8')), { idleMark: IDLE_START_MARK, idleMs: IDLE_MS, changeMark: CHANGE_START_MARK, durationMs: latencyMs })
      : null;
  return { latencyMs: roundOrNull(latencyMs), mainThreadMs: roundOrNull(cost?.excessMs ?? null), cpuMs: roundOrNull(cost?.cpuExcessMs ?? null) };
}

const fmt = (ms: number | null) => (ms === null ? '—' : `${Math.round(ms)} ms`);

export async function measureAnalysis(
  browser: Browser,
  config: { baseUrl: string; readyTimeoutMs: number; drillRounds: number; log(m: string): void },
): Promise<AnalysisRun> {
  const run: AnalysisRun = { status: 'ok', error: null, mapFilter: [], drill: [], chartFilter: [], chartFilterNoPrefetch: [] };
  let context: BrowserContext | null = null;
  try {
    context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    await context.addInitScript({ content: INSTRUMENT_FRAMES });
    const page = await context.newPage();

    // The map: cross-filters through the URL, as a chart click sets them.
    await page.goto(`${config.baseUrl}/?account=bureau-manager`, { timeout: 60_000 });
    await page.waitForFunction(call(HAS_READY_OR_FAILED), undefined, { polling: 250, timeout: config.readyTimeoutMs });
    for (const change of MAP_FILTERS) {
      const step = await traced(browser, page, async () => {
        const r = await page.evaluate<{ outcome: string; latencyMs: number | null }>(
          call(CHANGE_URL, { params: change.params, quietMs: QUIET_MS, firstFrameTimeoutMs: 10_000, timeoutMs: 60_000, doneMark: null, startMark: CHANGE_START_MARK }),
        );
        return r.outcome === 'ok' ? r.latencyMs : null;
      });
      run.mapFilter.push({ name: change.name, ...step });
      config.log(`  map cross-filter ${change.name}: drawn ${fmt(step.latencyMs)}, main thread ${fmt(step.mainThreadMs)} (CPU ${fmt(step.cpuMs ?? null)})`);
    }

    // The workspace: drill steps down the ranking's names, each round from the bureau along another row.
    const heading = 'h2.analysis__title';
    for (let round = 0; round < config.drillRounds; round++) {
      await page.goto(`${config.baseUrl}/analysis?account=bureau-manager`, { timeout: 60_000 });
      await page.locator('.analysis__ranking-frame tbody tr button').first().waitFor({ timeout: 60_000 });
      for (const level of ['district bureau', 'branch', 'zone', 'member']) {
        const rows = page.locator('.analysis__ranking-frame tbody tr button');
        await rows.first().waitFor({ timeout: 60_000 });
        const index = Math.min(round, (await rows.count()) - 1);
        const before = await page.locator(heading).textContent();
        const step = await traced(browser, page, async () => {
          const r = await page.evaluate<{ t0?: number; at?: number | null; error?: string }>(
            call(CLICK_UNTIL, { click: `.analysis__ranking-frame tbody tr:nth-child(${index + 1}) button`, heading, before, startMark: CHANGE_START_MARK, timeoutMs: 30_000 }),
          );
          if (r.error) throw new Error(r.error);
          return r.at == null || r.t0 === undefined ? null : r.at - r.t0;
        });
        run.drill.push({ name: level, ...step });
        config.log(`  drill to a ${level}: shown ${fmt(step.latencyMs)}, main thread ${fmt(step.mainThreadMs)} (CPU ${fmt(step.cpuMs ?? null)})`);
      }
    }

    // The workspace's cross-filter, at Huangpu: a category on and off, a severity on and off, with a pointer;
    // then another category and severity by script.
    await page.goto(`${config.baseUrl}/analysis?account=bureau-manager&at=unit:U-440112`, { timeout: 60_000 });
    const matrix = page.locator('.analysis__matrix');
    await matrix.locator('tbody tr').first().waitFor({ timeout: 60_000 });
    await page.locator('.analysis__trend-chart svg').waitFor({ timeout: 60_000 });
    const category = (row: number) => `.analysis__matrix tbody tr:nth-child(${row}) th button`;
    const severity = (column: number) => `.analysis__matrix thead th:nth-child(${column}) button`;
    const clicks = [
      { steps: run.chartFilter, pointer: true, segments: [['category on', category(1)], ['category off', category(1)], ['severity on', severity(4)], ['severity off', severity(4)]] },
      { steps: run.chartFilterNoPrefetch ?? [], pointer: false, segments: [['category on', category(2)], ['category off', category(2)], ['severity on', severity(3)], ['severity off', severity(3)]] },
    ] as const;
    for (const { steps, pointer, segments } of clicks) {
      for (const [name, selector] of segments) {
        const step = await traced(browser, page, async () => {
          if (pointer) {
            await page.hover(selector);
            await new Promise((r) => setTimeout(r, POINTER_REST_MS));
          }
          const r = await page.evaluate<{ latencyMs?: number | null; error?: string }>(
            call(CLICK_SETTLED, { click: selector, root: '.analysis-screen', quietMs: 300, startMark: CHANGE_START_MARK, timeoutMs: 30_000 }),
          );
          if (r.error) throw new Error(r.error);
          return r.latencyMs ?? null;
        });
        steps.push({ name, ...step });
        const how = pointer ? 'pointer' : 'script, nothing fetched ahead';
        config.log(`  workspace cross-filter (${how}), ${name}: settled ${fmt(step.latencyMs)}, main thread ${fmt(step.mainThreadMs)} (CPU ${fmt(step.cpuMs ?? null)})`);
      }
    }
  } catch (error) {
    run.status = 'error';
    run.error = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
    config.log(`  analysis: error: ${run.error}`);
  } finally {
    await context?.close().catch(() => undefined);
  }
  return run;
}

/** Median and worst of each kind of step. */
export function analysisSummary(steps: readonly AnalysisStep[]): {
  latencyMs: number | null;
  latencyMaxMs: number | null;
  mainThreadMs: number | null;
  mainThreadMaxMs: number | null;
  cpuMs: number | null;
  cpuMaxMs: number | null;
} {
  const max = (values: (number | null)[]) => {
    const known = values.filter((v): v is number => v !== null);
    return known.length ? Math.max(...known) : null;
  };
  return {
    latencyMs: roundOrNull(median(steps.map((s) => s.latencyMs))),
    latencyMaxMs: max(steps.map((s) => s.latencyMs)),
    mainThreadMs: roundOrNull(median(steps.map((s) => s.mainThreadMs))),
    mainThreadMaxMs: max(steps.map((s) => s.mainThreadMs)),
    cpuMs: roundOrNull(median(steps.map((s) => s.cpuMs))),
    cpuMaxMs: max(steps.map((s) => s.cpuMs ?? null)),
  };
}
