import type { BenchResults, FigureKey, PageRun, Scenario, TargetCheck } from './results';
import { FIGURES, figureOf } from './results';
import { formatBytes, formatMs, formatRatio, ratio, roundOrNull } from './stats';
import { wallSummary } from '../wall';
import { analysisSummary } from '../analysis';

/** ours / baseline for every figure both runs have (null where one is missing). */
export function scenarioRatios(ours: PageRun, baseline: PageRun | null): Partial<Record<FigureKey, number | null>> {
  const out: Partial<Record<FigureKey, number | null>> = {};
  for (const { key } of FIGURES) out[key] = roundOrNull(ratio(figureOf(ours, key), figureOf(baseline, key)), 3);
  return out;
}

function cell(run: PageRun | null, key: FigureKey, unit: 'ms' | 'bytes'): string {
  if (!run) return 'not run';
  const value = figureOf(run, key);
  if (value !== null) return unit === 'ms' ? formatMs(value) : formatBytes(value);
  if (run.status !== 'ok') return `${run.status}${run.failedStep ? ` (${run.failedStep})` : ''}`;
  return '—';
}

const escapeCell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

export function figuresTable(scenarios: readonly Scenario[]): string {
  const rows: string[][] = [];
  for (const s of scenarios) {
    for (const { key, label, unit } of FIGURES) {
      rows.push([
        `${s.scale} (${s.violations.toLocaleString('en-US')})`,
        `${s.viewport.width}×${s.viewport.height}`,
        label,
        cell(s.ours, key, unit),
        cell(s.baseline, key, unit),
        formatRatio(s.ratios[key] ?? null),
      ]);
    }
  }
  return markdownTable(['Scale (violations)', 'Viewport', 'Figure', 'Ours', 'Baseline (MapLibre GeoJSON)', 'Ours / baseline'], rows);
}

export function wallTable(runs: NonNullable<BenchResults['wall']>): string {
  return markdownTable(
    ['Scale', 'Viewport', 'First render (navigation → map-ready)', 'Tour step: start → settled (median)', 'Frame time during a step, p50 / p95 (median over steps)', 'Steps'],
    runs.map((r) => {
      const s = wallSummary(r);
      const failed = r.status === 'ok' ? '' : ` (${r.status}: ${r.error ?? '?'})`;
      return [r.scale, `${r.viewport.width}×${r.viewport.height}`, formatMs(r.firstRenderMs) + failed, formatMs(s.settledMs), `${formatMs(s.frameP50Ms)} / ${formatMs(s.frameP95Ms)}`, String(r.steps.length)];
    }),
  );
}

export function analysisTable(runs: NonNullable<BenchResults['analysis']>): string {
  const kinds = [
    ['mapFilter', 'Cross-filter on the map (URL → last frame drawn)'],
    ['chartFilter', 'Cross-filter in the workspace (a pointer’s click → charts settled)'],
    ['chartFilterNoPrefetch', 'The same, clicked by script: nothing fetched ahead (worst case)'],
    ['drill', 'Drill step (click → the level’s figures shown)'],
  ] as const;
  return markdownTable(
    ['Scale', 'Step', 'Time, median / worst', 'Main-thread time above idle, median / worst', 'Of which CPU (diagnostic), median / worst', 'Steps'],
    runs.flatMap((r) =>
      kinds.map(([key, label]) => {
        const steps = r[key] ?? [];
        const s = analysisSummary(steps);
        const failed = r.status === 'ok' ? '' : ` (${r.status}: ${r.error ?? '?'})`;
        return [r.scale, label + failed, `${formatMs(s.latencyMs)} / ${formatMs(s.latencyMaxMs)}`, `${formatMs(s.mainThreadMs)} / ${formatMs(s.mainThreadMaxMs)}`, `${formatMs(s.cpuMs)} / ${formatMs(s.cpuMaxMs)}`, String(steps.length)];
      }),
    ),
  );
}

const STATUS_MARK: Record<TargetCheck['status'], string> = { pass: '✅ pass', miss: '❌ miss', 'not measured': '⚠️ not measured' };

export function targetsTable(targets: readonly TargetCheck[]): string {
  return markdownTable(
    ['Target', 'Where', 'Measured', 'Status'],
    targets.map((t) => [t.description, t.where ?? 'all', t.note ? `${t.measured} — ${t.note}` : t.measured, STATUS_MARK[t.status]]),
  );
}

/** Failures and warnings worth reading next to the table. */
export function notes(scenarios: readonly Scenario[]): string[] {
  const out: string[] = [];
  for (const s of scenarios) {
    for (const run of [s.ours, s.baseline]) {
      if (!run) continue;
      const where = `${run.page}, ${s.scale}, ${s.viewport.width}×${s.viewport.height}`;
      if (run.status !== 'ok') out.push(`${where}: ${run.status} at ${run.failedStep ?? '?'}${run.error ? `: ${run.error}` : ''}`);
      for (const w of run.warnings) out.push(`${where}: ${w}`);
      if (run.externalRequests.length) out.push(`${where}: requests leaving the machine: ${run.externalRequests.join(', ')}`);
    }
  }
  return out;
}

export function renderMarkdown(results: BenchResults): string {
  const m = results.machine;
  const c = results.chromium;
  const lines = [
    `Benchmark of ${results.date.slice(0, 10)} (\`npm run bench\`): Chromium ${c.version} headless, ` +
      `WebGL renderer “${c.renderer ?? 'unknown'}” (${c.gpuMode}), ${m.cpus} × ${m.cpuModel}, ` +
      `${formatBytes(m.memoryBytes)} RAM, load average ${m.loadAverageStart.toFixed(2)} → ${m.loadAverageEnd.toFixed(2)}, Node ${m.node}. ` +
      'Device scale factor 1; every page load is cold (fresh browser context), started once the machine is quiet (under 20 % of its cores busy over 250 ms, at most 10 s: the page before it gone). ' +
      (typeof results.options.loads === 'number' && results.options.loads > 1
        ? `Map-ready is the median of ${results.options.loads} loads per page, ours and the baseline taking turns (the first page a fresh browser loads pays its start-up); the other figures come from each page's first load. `
        : '') +
      'Window changes are the median of ' +
      `${typeof results.options.changes === 'number' ? results.options.changes : '?'} changes made through the URL (\`history.replaceState\` + \`popstate\`), each once the page has drawn nothing for 500 ms ` +
      'and answers a requestAnimationFrame within 50 ms (nothing queued ahead of its frame); ' +
      'the main-thread time of a change is the traced main-thread tasks from the change until it was drawn, less what the same page spends while idle ' +
      '(its rate over 2 s just before the change: timers and frame loops run whether or not anything changes).' +
      (typeof results.options.warmUp === 'number' && results.options.warmUp > 0
        ? ` “Once warm”: as many changes again, to windows the page has not seen, after ${results.options.warmUp} unmeasured ones (V8 compiles a change's code over the first changes after a load).`
        : ''),
    '',
    ...results.datasets.map(
      (d) =>
        `- ${d.scale}: ${d.violations.toLocaleString('en-US')} violations over ${d.maxDay + 1} days from ${d.dayZero}; ` +
        `violation columns ${formatBytes(d.identityBytes)} raw, ${formatBytes(d.servedBytes)} as served (${d.servedEncoding ?? '?'}).`,
    ),
    ...(results.datasets.length ? [''] : []),
    ...(results.scenarios.length ? [figuresTable(results.scenarios), '', targetsTable(results.targets)] : []),
  ];
  if (results.wall?.length) {
    lines.push('', 'The wall screen (`/wall?account=bureau-manager&tour=districts&interval=15`, dark, zh-CN), a step measured from the tour moving on to 500 ms without a WebGL frame:', '', wallTable(results.wall));
  }
  if (results.analysis?.length) {
    lines.push('', 'Analysis steps (issue #10) at 1920×1080, each under a trace of the main thread (its time above the page’s idle rate):', '', analysisTable(results.analysis));
  }
  for (const soak of results.wallSoak ?? []) {
    lines.push(
      '',
      `The wall's soak (${soak.scale} scale, 1920×1080, 5 s a stop, 2 s a refresh; laps 1–${soak.warmUpLaps} warm-up), after a forced GC each lap: ` +
        soak.laps.map((l, i) => `${i + 1}: ${(l.heapBytes / 1e6).toFixed(1)} MB, ${l.nodes} nodes, ${l.listeners} listeners`).join('; ') +
        ` (wall-soak-${soak.scale}.svg).`,
    );
  }
  const n = notes(results.scenarios);
  if (n.length) lines.push('', 'Notes:', '', ...n.map((x) => `- ${x}`));
  return `${lines.join('\n')}\n`;
}
