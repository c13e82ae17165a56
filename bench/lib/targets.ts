import type { PageRun, Scenario, TargetCheck, TargetStatus } from './results';
import { figureOf } from './results';
import { formatBytes, formatMs, formatRatio, ratio } from './stats';

/*
 * The targets of issue 3 §5, checked against the scenarios of one run. Decimal units as stated:
 * 800 kB = 800,000 bytes, 12 MB = 12,000,000 bytes.
 */

export const TARGETS = {
  initialJsGzipBytes: 800_000,
  provincePayloadWireBytes: 12_000_000,
  provinceFilterMainThreadMs: 50,
  /** First render and filter latency at default scale: at least this many times faster than the baseline. */
  speedupVsBaseline: 2,
} as const;

const vp = (s: Scenario) => `${s.viewport.width}×${s.viewport.height}`;

/** Why a figure of our page cannot be trusted, or null when it can. */
function oursProblem(run: PageRun): string | null {
  if (run.status !== 'ok' && run.mapReadyMs === null) return `our page ${run.status} at ${run.failedStep ?? '?'}: ${run.error ?? ''}`.trim();
  if (run.payloadBeforeReady === false) return 'the violation columns had not loaded when map-ready was marked';
  return null;
}

function baselineState(run: PageRun | null): string {
  if (!run) return 'baseline not run';
  if (run.status === 'ok') return 'baseline ok';
  return `baseline ${run.status} at ${run.failedStep ?? '?'}`;
}

function atMost(value: number | null, limit: number): TargetStatus {
  if (value === null) return 'not measured';
  return value <= limit ? 'pass' : 'miss';
}

function speedup(id: string, description: string, s: Scenario, key: 'mapReadyMs' | 'filterLatencyMs'): TargetCheck {
  const ours = figureOf(s.ours, key);
  const base = figureOf(s.baseline, key);
  const where = `${s.scale}, ${vp(s)}`;
  const problem = oursProblem(s.ours);
  if (problem || ours === null) {
    return { id, description, where, measured: formatMs(ours), status: 'not measured', note: problem ?? 'our figure is missing' };
  }
  if (base === null) {
    // The baseline never got there: ours is faster by more than any factor we could measure.
    const failed = s.baseline && s.baseline.status !== 'ok';
    return {
      id,
      description,
      where,
      measured: `${formatMs(ours)} vs baseline —`,
      status: failed ? 'pass' : 'not measured',
      note: baselineState(s.baseline),
    };
  }
  const r = ratio(ours, base) as number;
  return {
    id,
    description,
    where,
    measured: `${formatMs(ours)} vs ${formatMs(base)} (${formatRatio(r)}, ${formatRatio(base / ours)} faster)`,
    status: base / ours >= TARGETS.speedupVsBaseline ? 'pass' : 'miss',
  };
}

export function checkTargets(scenarios: readonly Scenario[]): TargetCheck[] {
  const checks: TargetCheck[] = [];

  const js = scenarios.map((s) => s.ours.initialJsGzipBytes).filter((v): v is number => v !== null);
  const maxJs = js.length ? Math.max(...js) : null;
  checks.push({
    id: 'initial-js',
    description: `Initial JS ≤ ${formatBytes(TARGETS.initialJsGzipBytes)} gzip`,
    measured: formatBytes(maxJs),
    status: atMost(maxJs, TARGETS.initialJsGzipBytes),
  });

  const province = scenarios.filter((s) => s.scale === 'province');
  const payloads = province.map((s) => s.ours.payloadWireBytes).filter((v): v is number => v !== null);
  const maxPayload = payloads.length ? Math.max(...payloads) : null;
  checks.push({
    id: 'province-payload',
    description: `Province payload ≤ ${formatBytes(TARGETS.provincePayloadWireBytes)} on the wire`,
    where: 'province',
    measured: formatBytes(maxPayload),
    status: atMost(maxPayload, TARGETS.provincePayloadWireBytes),
    ...(province.length === 0 && { note: 'province scale not run' }),
  });

  for (const s of province) {
    // The first changes after a load, and (when measured) changes once the page's code is warm.
    const phases = [
      { id: 'province-filter-main-thread', when: 'the first changes after a load', figures: s.ours.filter, key: 'filterMainThreadMs' },
      { id: 'province-filter-main-thread-warm', when: 'once warm', figures: s.ours.filterWarm, key: 'filterWarmMainThreadMs' },
    ] as const;
    for (const phase of phases) {
      if (phase.id === 'province-filter-main-thread-warm' && !phase.figures) continue;
      const ms = figureOf(s.ours, phase.key);
      const samples = phase.figures?.samples ?? [];
      const ignored = samples.length > 0 && samples.every((x) => x.outcome === 'no-redraw');
      checks.push({
        id: phase.id,
        description: `Window change at ${s.violations.toLocaleString('en-US')} violations ≤ ${TARGETS.provinceFilterMainThreadMs} ms main thread, ${phase.when}`,
        where: `${s.scale}, ${vp(s)}`,
        measured: formatMs(ms),
        status: ignored ? 'not measured' : atMost(ms, TARGETS.provinceFilterMainThreadMs),
        ...(ignored && { note: 'the page drew nothing after the window changed' }),
      });
    }
  }

  for (const s of scenarios.filter((x) => x.scale === 'default')) {
    checks.push(speedup('default-first-render', `First render at ${s.violations.toLocaleString('en-US')} ≥ ${TARGETS.speedupVsBaseline}× faster than baseline`, s, 'mapReadyMs'));
    checks.push(speedup('default-filter-latency', `Window-change latency at ${s.violations.toLocaleString('en-US')} ≥ ${TARGETS.speedupVsBaseline}× faster than baseline`, s, 'filterLatencyMs'));
  }

  for (const s of province) {
    const problem = oursProblem(s.ours);
    const works = !problem && s.ours.mapReadyMs !== null && s.ours.filter?.latencyMedianMs != null;
    checks.push({
      id: 'province-works',
      description: `At ${s.violations.toLocaleString('en-US')} violations our map loads and filters`,
      where: `${s.scale}, ${vp(s)}`,
      measured: works ? `ready in ${formatMs(s.ours.mapReadyMs)}; ${baselineState(s.baseline)}` : (problem ?? 'no filter figure'),
      // A page that loaded but never showed the violations has not been measured; one that failed has missed.
      status: works ? 'pass' : s.ours.status === 'ok' ? 'not measured' : 'miss',
    });
  }
  return checks;
}
