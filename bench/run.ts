import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import type { Browser } from 'playwright-core';
import { startServer } from '../mock-api/server/start';
import { decodeViolationColumns } from '../src/api/violation-columns';
import { buildBaseline, startBaselineServer, type BuiltSite } from './baseline-server';
import { chromiumExecutable, launchChromium, readGpuInfo } from './browser';
import { measurePage } from './measure';
import { heapPlotSvg } from './lib/heap-plot';
import { measureWall, measureWallSoak } from './wall';
import { measureAnalysis } from './analysis';

/** Laps of the soak counted as warm-up (compiled code, cached figures, the browser's buffers), as the wall test does. */
const SOAK_WARM_UP_LAPS = 2;
import { parseArgs, USAGE, type BenchOptions } from './lib/args';
import { renderMarkdown, scenarioRatios } from './lib/report';
import type { BenchResults, DatasetInfo, PageRun, Scale, Scenario } from './lib/results';
import { median, roundOrNull } from './lib/stats';
import { checkTargets } from './lib/targets';
import { waitForQuietMachine } from './lib/quiet';
import { freshWindows, fullWindow, toDateWindow, windowSequence } from './lib/windows';

// Ours shows what the baseline shows (the violation points and a heat layer) over our base map, so
// the two are compared like for like; the URL's layers= list says so.
const OUR_LAYERS = 'violations,issueHeat';

/*
 * `npm run bench`: builds the app, and for each dataset scale starts the API server in-process, then
 * measures our app and the plain-MapLibre baseline in headless Chromium at each viewport. Writes
 * bench/results.json (every figure) and bench/results.md (the table for the README).
 */

const log = (message: string) => process.stderr.write(`${message}\n`);
const DIST = resolve('dist');

/*
 * The app is measured from a private copy: built straight into a temporary directory (or, with
 * --no-build, dist/ copied there at the start), so that a `vite build` running beside the benchmark
 * can neither swap the files under it nor be overwritten by it.
 */
function prepareApp(build: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'dangjian-bench-app-'));
  if (build) {
    log('bench: building the app (vite build)…');
    const vite = resolve('node_modules/.bin/vite');
    const result = spawnSync(vite, ['build', '--logLevel', 'warn', '--outDir', dir, '--emptyOutDir'], { stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status ?? result.signal})`);
  } else {
    if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/index.html is missing: build the app or run without --no-build');
    cpSync(DIST, dir, { recursive: true });
  }
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`the app build has no index.html (${dir})`);
  return dir;
}

/** A file of the app's build by URL path, never outside it. */
function appFile(appDir: string, pathname: string): Buffer | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const file = resolve(appDir, `.${decoded}`);
  const rel = relative(appDir, file);
  if (rel.startsWith('..') || rel.includes(`..${sep}`)) return null;
  try {
    return readFileSync(file);
  } catch {
    return null;
  }
}

async function datasetInfo(apiUrl: string, scale: Scale): Promise<DatasetInfo> {
  const session = await fetch(`${apiUrl}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ account: 'bureau-manager' }),
  });
  if (!session.ok) throw new Error(`POST /api/v1/session: HTTP ${session.status}`);
  const { token } = (await session.json()) as { token: string };
  // Chromium's Accept-Encoding: Content-Length is then the size on the wire (fetch decodes the body).
  const response = await fetch(`${apiUrl}/api/v1/violations/columns`, {
    headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip, deflate, br, zstd' },
  });
  if (!response.ok) throw new Error(`GET /api/v1/violations/columns: HTTP ${response.status}`);
  const length = Number(response.headers.get('content-length'));
  const buffer = await response.arrayBuffer();
  const columns = decodeViolationColumns(buffer);
  let maxDay = 0;
  for (let i = 0; i < columns.count; i++) maxDay = Math.max(maxDay, columns.day[i] ?? 0);
  return {
    scale,
    violations: columns.count,
    dayZero: columns.dayZero,
    maxDay,
    identityBytes: buffer.byteLength,
    servedBytes: Number.isFinite(length) && length > 0 ? length : null,
    servedEncoding: response.headers.get('content-encoding') ?? 'identity',
  };
}

/** The first load with every figure, and the median map-ready and on-screen times over all loads. */
function mergeLoads(runs: readonly PageRun[]): PageRun {
  const first = runs[0] as PageRun;
  if (runs.length === 1) return first;
  const samples = runs.map((r) => r.mapReadyMs);
  const onScreen = runs.map((r) => r.onScreenMs);
  return { ...first, mapReadyMs: roundOrNull(median(samples)), mapReadySamplesMs: samples, onScreenMs: roundOrNull(median(onScreen)), onScreenSamplesMs: onScreen };
}

async function ensureBrowser(browser: Browser | null, options: BenchOptions): Promise<Browser> {
  if (browser?.isConnected()) return browser;
  if (browser) log('bench: the browser went away; starting a new one');
  return launchChromium(options.gpu);
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    log(USAGE);
    return 0;
  }
  const loadStart = loadavg()[0] ?? 0;
  const appDir = prepareApp(options.build);
  try {
    return await measureAll(options, appDir, loadStart);
  } finally {
    rmSync(appDir, { recursive: true, force: true });
  }
}

async function measureAll(options: BenchOptions, appDir: string, loadStart: number): Promise<number> {
  const baselineSite: BuiltSite | null = options.baseline && options.map ? await buildBaseline() : null;
  let browser: Browser | null = await launchChromium(options.gpu);
  const version = browser.version();
  const gpu = await readGpuInfo(browser);
  log(`bench: Chromium ${version}, WebGL renderer: ${gpu.renderer ?? 'none'}`);
  if (!gpu.renderer) log('bench: warning: no WebGL in this browser; every map figure will be missing');

  const datasets: DatasetInfo[] = [];
  const scenarios: Scenario[] = [];
  const wall: NonNullable<BenchResults['wall']> = [];
  const wallSoak: NonNullable<BenchResults['wallSoak']> = [];
  const analysis: NonNullable<BenchResults['analysis']> = [];
  try {
    for (const scale of options.scales) {
      log(`bench: ${scale} scale: starting the API server (province scale loads ~1,000,000 violations; the first time takes minutes)…`);
      const t = Date.now();
      const server = await startServer({
        port: 0,
        host: '127.0.0.1',
        staticDir: appDir,
        datasetOptions: { scale, log: (m) => log(`  ${m}`) },
        logger: false,
      });
      const baselineServer = baselineSite ? await startBaselineServer(baselineSite, server.url) : null;
      try {
        // Also warms the server's encoded columns, so neither page pays for building them.
        const info = await datasetInfo(server.url, scale);
        datasets.push(info);
        log(`bench: ${scale}: ${info.violations.toLocaleString('en-US')} violations, ${info.maxDay + 1} days from ${info.dayZero}; ready in ${Math.round((Date.now() - t) / 1000)} s`);
        const initial = toDateWindow(info.dayZero, fullWindow(info.maxDay));
        const windows = windowSequence(info.maxDay, options.changes).map((w) => toDateWindow(info.dayZero, w));
        const fresh = options.warmUp > 0 ? freshWindows(info.maxDay, options.warmUp + options.changes).map((w) => toDateWindow(info.dayZero, w)) : [];
        const [warmUpWindows, warmWindows] = [fresh.slice(0, options.warmUp), fresh.slice(options.warmUp)];
        const query = `?from=${initial.from}&to=${initial.to}`;
        const readyTimeoutMs = options.readyTimeoutS[scale] * 1000;
        if (options.wallSteps > 0) {
          log(`bench: ${scale}: the wall screen at 3840×2160, ${options.wallSteps} tour steps`);
          browser = await ensureBrowser(browser, options);
          wall.push({ scale, ...(await measureWall(browser, { baseUrl: server.url, viewport: { width: 3840, height: 2160 }, steps: options.wallSteps, readyTimeoutMs, log })) });
        }
        if (options.wallSoakLaps > 0) {
          log(`bench: ${scale}: the wall's soak at 1920×1080, ${options.wallSoakLaps} laps of about a minute`);
          browser = await ensureBrowser(browser, options);
          const laps = await measureWallSoak(browser, { baseUrl: server.url, laps: options.wallSoakLaps, log });
          wallSoak.push({ scale, warmUpLaps: Math.min(SOAK_WARM_UP_LAPS, laps.length), laps });
        }
        if (options.analysisRounds > 0) {
          log(`bench: ${scale}: cross-filters on the map and in the workspace, ${options.analysisRounds} rounds of drill steps, at 1920×1080`);
          browser = await ensureBrowser(browser, options);
          analysis.push({ scale, ...(await measureAnalysis(browser, { baseUrl: server.url, readyTimeoutMs, drillRounds: options.analysisRounds, log })) });
        }
        for (const viewport of options.map ? options.viewports : []) {
          const common = { viewport, readyTimeoutMs, changeTimeoutMs: options.changeTimeoutS * 1000, log };
          const oursConfig = { ...common, kind: 'ours' as const, url: `${server.url}/${query}&account=bureau-manager&layers=${OUR_LAYERS}`, doneMark: null, resolveScript: (path: string) => appFile(appDir, path) };
          const baselineConfig =
            baselineServer && baselineSite
              ? {
                  ...common,
                  readyTimeoutMs: options.baselineReadyTimeoutS[scale] * 1000,
                  kind: 'baseline' as const,
                  url: `${baselineServer.url}/${query}`,
                  doneMark: 'window-drawn',
                  resolveScript: (path: string) => baselineSite.get(path)?.body ?? null,
                }
              : null;
          // Ours and the baseline take turns, so that the load of this shared machine drifts on both alike.
          const oursRuns: PageRun[] = [];
          const baselineRuns: PageRun[] = [];
          for (let load = 0; load < options.loads; load++) {
            const windowsThisLoad = load === 0 ? { windows, warmUpWindows, warmWindows } : { windows: [], warmUpWindows: [], warmWindows: [] };
            const tag = options.loads > 1 ? ` (load ${load + 1} of ${options.loads})` : '';
            // A page that failed once (the baseline at a million) is not made to fail again.
            const oursFailed = oursRuns.some((r) => r.status !== 'ok');
            const baselineFailed = baselineRuns.some((r) => r.status !== 'ok');
            if (!oursFailed) {
              log(`bench: ${scale}, ${viewport.width}×${viewport.height}: our app${tag}`);
              browser = await ensureBrowser(browser, options);
              await waitForQuietMachine();
              oursRuns.push(await measurePage(browser, { ...oursConfig, ...windowsThisLoad }));
            }
            if (baselineConfig && !baselineFailed) {
              log(`bench: ${scale}, ${viewport.width}×${viewport.height}: baseline (plain MapLibre, GeoJSON)${tag}`);
              browser = await ensureBrowser(browser, options);
              await waitForQuietMachine();
              baselineRuns.push(await measurePage(browser, { ...baselineConfig, ...windowsThisLoad }));
            }
          }
          const ours = mergeLoads(oursRuns);
          const baseline = baselineRuns.length ? mergeLoads(baselineRuns) : null;
          scenarios.push({ scale, violations: info.violations, viewport, ours, baseline, ratios: scenarioRatios(ours, baseline) });
        }
      } finally {
        await baselineServer?.close();
        await server.close();
      }
    }
  } finally {
    await browser?.close().catch(() => undefined);
  }

  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: {
      platform: `${platform()} ${release()}`,
      cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
      cpus: cpus().length,
      memoryBytes: totalmem(),
      loadAverageStart: loadStart,
      loadAverageEnd: loadavg()[0] ?? 0,
      node: process.version,
    },
    chromium: { version, executable: chromiumExecutable(), gpuMode: options.gpu ? 'gpu' : 'swiftshader', ...gpu },
    options: {
      build: options.build,
      scales: options.scales,
      viewports: options.viewports.map((v) => `${v.width}x${v.height}`),
      changes: options.changes,
      warmUp: options.warmUp,
      loads: options.loads,
      baseline: options.baseline,
      readyTimeoutS: options.readyTimeoutS,
      baselineReadyTimeoutS: options.baselineReadyTimeoutS,
      changeTimeoutS: options.changeTimeoutS,
      wallSteps: options.wallSteps,
      wallSoakLaps: options.wallSoakLaps,
      analysisRounds: options.analysisRounds,
      map: options.map,
    },
    datasets,
    scenarios,
    targets: checkTargets(scenarios),
    wall,
    wallSoak,
    analysis,
  };
  mkdirSync(options.outDir, { recursive: true });
  const markdown = renderMarkdown(results);
  writeFileSync(join(options.outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(options.outDir, 'results.md'), markdown);
  for (const soak of wallSoak) {
    const title = `Wall soak, ${soak.scale} scale: JS heap per tour lap (laps 1–${soak.warmUpLaps} warm-up)`;
    writeFileSync(join(options.outDir, `wall-soak-${soak.scale}.svg`), heapPlotSvg(soak.laps, { warmUp: soak.warmUpLaps, title }));
  }
  process.stdout.write(markdown);
  log(`bench: wrote ${join(options.outDir, 'results.json')} and ${join(options.outDir, 'results.md')}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
