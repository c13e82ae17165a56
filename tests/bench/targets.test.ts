import { describe, expect, it } from 'vitest';
import { markdownTable, renderMarkdown, scenarioRatios } from '../../bench/lib/report';
import type { BenchResults, PageRun, Scenario } from '../../bench/lib/results';
import { emptyPageRun } from '../../bench/lib/results';
import { checkTargets } from '../../bench/lib/targets';

function makePageRun(overrides: Partial<PageRun> = {}): PageRun {
  return {
    ...emptyPageRun('ours', 'http://127.0.0.1:1/'),
    mapReadyMs: 2000,
    heapUsedBytes: 40e6,
    initialJsGzipBytes: 600_000,
    payloadWireBytes: 500_000,
    payloadEncoding: 'br',
    payloadBeforeReady: true,
    filter: {
      samples: [],
      firstFrameMedianMs: 20,
      latencyMedianMs: 30,
      mainThreadMedianMs: 12,
    },
    ...overrides,
  };
}

function makeScenario(overrides: Partial<Scenario> = {}): Scenario {
  const ours = overrides.ours ?? makePageRun();
  const baseline = overrides.baseline === undefined ? makePageRun({ page: 'baseline', mapReadyMs: 6500, filter: { samples: [], firstFrameMedianMs: 300, latencyMedianMs: 900, mainThreadMedianMs: 1000 } }) : overrides.baseline;
  return {
    scale: 'default',
    violations: 100_000,
    viewport: { width: 1920, height: 1080 },
    ...overrides,
    ours,
    baseline,
    ratios: scenarioRatios(ours, baseline),
  };
}

const find = (checks: ReturnType<typeof checkTargets>, id: string) => checks.filter((c) => c.id === id);

describe('checkTargets', () => {
  it('passes the 2× targets when ours is more than twice as fast, and misses them when not', () => {
    const fast = checkTargets([makeScenario()]);
    expect(find(fast, 'default-first-render')[0]?.status).toBe('pass');
    expect(find(fast, 'default-filter-latency')[0]?.status).toBe('pass');

    const slow = checkTargets([makeScenario({ ours: makePageRun({ mapReadyMs: 4000 }) })]);
    expect(find(slow, 'default-first-render')[0]?.status).toBe('miss');
    expect(find(slow, 'default-first-render')[0]?.measured).toContain('1.63× faster');
  });

  it('counts a baseline that crashed as beaten, and says so', () => {
    const crashed = makePageRun({ page: 'baseline', status: 'crash', failedStep: 'map-ready', mapReadyMs: null, filter: null });
    const [check] = find(checkTargets([makeScenario({ baseline: crashed })]), 'default-first-render');
    expect(check?.status).toBe('pass');
    expect(check?.note).toBe('baseline crash at map-ready');
  });

  it('does not credit a first render that did not include the violations', () => {
    const early = makePageRun({ payloadBeforeReady: false });
    const [check] = find(checkTargets([makeScenario({ ours: early })]), 'default-first-render');
    expect(check?.status).toBe('not measured');
    expect(check?.note).toMatch(/not loaded/);
  });

  it('checks the initial JS budget on the largest figure of the run', () => {
    const checks = checkTargets([
      makeScenario(),
      makeScenario({ viewport: { width: 3840, height: 2160 }, ours: makePageRun({ initialJsGzipBytes: 800_001 }) }),
    ]);
    expect(find(checks, 'initial-js')[0]?.status).toBe('miss');
    expect(find(checks, 'initial-js')[0]?.measured).toBe('800.0 kB');
  });

  it('checks the province payload, main-thread budget and that our map works at a million', () => {
    const province = (ours: PageRun) =>
      makeScenario({ scale: 'province', violations: 1_000_000, ours, baseline: makePageRun({ page: 'baseline', status: 'timeout', failedStep: 'map-ready', mapReadyMs: null, filter: null }) });
    const good = checkTargets([province(makePageRun({ payloadWireBytes: 11_000_000 }))]);
    expect(find(good, 'province-payload')[0]?.status).toBe('pass');
    expect(find(good, 'province-filter-main-thread')[0]?.status).toBe('pass');
    expect(find(good, 'province-works')[0]?.status).toBe('pass');
    expect(find(good, 'province-works')[0]?.measured).toContain('baseline timeout at map-ready');

    const bad = checkTargets([
      province(makePageRun({ payloadWireBytes: 12_500_000, filter: { samples: [], firstFrameMedianMs: 40, latencyMedianMs: 90, mainThreadMedianMs: 75 } })),
    ]);
    expect(find(bad, 'province-payload')[0]?.status).toBe('miss');
    expect(find(bad, 'province-filter-main-thread')[0]?.status).toBe('miss');
  });

  it('judges the changes once warm on their own, where they were measured', () => {
    const figures = (mainThreadMedianMs: number) => ({ samples: [], firstFrameMedianMs: 40, latencyMedianMs: 90, mainThreadMedianMs });
    const at = (ours: PageRun) => checkTargets([makeScenario({ scale: 'province', violations: 1_000_000, ours })]);
    const warmOnly = at(makePageRun({ filter: figures(75), filterWarm: figures(45) }));
    expect(find(warmOnly, 'province-filter-main-thread')[0]?.status).toBe('miss');
    expect(find(warmOnly, 'province-filter-main-thread-warm')[0]).toMatchObject({ status: 'pass', measured: '45.0 ms' });
    expect(find(warmOnly, 'province-filter-main-thread-warm')[0]?.description).toMatch(/once warm/);
    expect(find(at(makePageRun({ filter: figures(45), filterWarm: figures(51) })), 'province-filter-main-thread-warm')[0]?.status).toBe('miss');
    expect(find(at(makePageRun({ filter: figures(45) })), 'province-filter-main-thread-warm')).toHaveLength(0);
  });

  it('does not count a million-point map that never loaded the violations as working, nor as failing', () => {
    const noLayer = makePageRun({ payloadBeforeReady: false, payloadWireBytes: null });
    const crashed = makePageRun({ status: 'crash', failedStep: 'map-ready', mapReadyMs: null, filter: null });
    const at = (ours: PageRun) => find(checkTargets([makeScenario({ scale: 'province', violations: 1_000_000, ours })]), 'province-works')[0]?.status;
    expect(at(noLayer)).toBe('not measured');
    expect(at(crashed)).toBe('miss');
  });

  it('says a target was not measured when its scale was not run', () => {
    const checks = checkTargets([makeScenario()]);
    expect(find(checks, 'province-payload')[0]?.status).toBe('not measured');
    expect(find(checks, 'province-filter-main-thread')).toHaveLength(0);
  });

  it('does not pass the main-thread budget of a page that ignored the window change', () => {
    const ignored = makePageRun({
      filter: {
        samples: [{ from: 'a', to: 'b', firstFrameMs: null, latencyMs: null, mainThreadMs: null, frames: 0, outcome: 'no-redraw' }],
        firstFrameMedianMs: null,
        latencyMedianMs: null,
        mainThreadMedianMs: null,
      },
    });
    const checks = checkTargets([makeScenario({ scale: 'province', violations: 1_000_000, ours: ignored })]);
    expect(find(checks, 'province-filter-main-thread')[0]?.status).toBe('not measured');
  });
});

describe('report', () => {
  it('gives ours / baseline per figure, null where the baseline has none', () => {
    const s = makeScenario({ baseline: makePageRun({ page: 'baseline', mapReadyMs: 8000, payloadWireBytes: null }) });
    expect(s.ratios.mapReadyMs).toBe(0.25);
    expect(s.ratios.payloadWireBytes).toBeNull();
  });

  it('escapes pipes in Markdown cells', () => {
    expect(markdownTable(['a'], [['x | y']])).toBe('| a |\n| --- |\n| x \\| y |');
  });

  it('renders a table with every figure, the targets and the failures', () => {
    const crashed = makePageRun({ page: 'baseline', status: 'crash', failedStep: 'map-ready', error: 'the page crashed', mapReadyMs: null, filter: null });
    const scenarios = [makeScenario(), makeScenario({ scale: 'province', violations: 1_000_000, baseline: crashed })];
    const results: BenchResults = {
      date: '2026-11-24T00:00:00.000Z',
      machine: { platform: 'linux', cpuModel: 'CPU', cpus: 2, memoryBytes: 8e9, loadAverageStart: 1, loadAverageEnd: 2, node: 'v20' },
      chromium: { version: '156', executable: '/usr/bin/chromium', gpuMode: 'swiftshader', renderer: 'SwiftShader', vendor: 'Google' },
      options: { changes: 5 },
      datasets: [{ scale: 'default', violations: 100_000, dayZero: '2023-11-25', maxDay: 1095, identityBytes: 1_100_000, servedBytes: 580_000, servedEncoding: 'br' }],
      scenarios,
      targets: checkTargets(scenarios),
    };
    const md = renderMarkdown(results);
    expect(md).toContain('| default (100,000) | 1920×1080 | Navigation → map-ready | 2,000 ms | 6,500 ms | 0.31× |');
    expect(md).toContain('| province (1,000,000) | 1920×1080 | Navigation → map-ready | 2,000 ms | crash (map-ready) | — |');
    expect(md).toContain('median of 5 changes');
    expect(md).toContain('- default: 100,000 violations over 1096 days from 2023-11-25; violation columns 1.10 MB raw, 580.0 kB as served (br).');
    expect(md).toContain('- baseline, province, 1920×1080: crash at map-ready: the page crashed');
    expect(md).toMatch(/Province payload ≤ 12\.00 MB on the wire \| province \| 500\.0 kB \| ✅ pass/);
  });
});
