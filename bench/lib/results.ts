import type { AnalysisRun } from '../analysis';
import type { WallRun } from '../wall';
import type { SoakLap } from './heap-plot';
/*
 * The shape of bench/results.json. Every figure is a plain number (ms or bytes) or null when it could
 * not be measured; a page run that failed says how (timeout, crash, error) and at which step.
 */

export type Scale = 'default' | 'province';
export type PageKind = 'ours' | 'baseline';
export type RunStatus = 'ok' | 'timeout' | 'crash' | 'error';

export interface Viewport {
  width: number;
  height: number;
}

/** One time-window change. */
export interface FilterSample {
  from: string;
  to: string;
  /** Change → end of the first frame drawn after it (the next painted frame). */
  firstFrameMs: number | null;
  /** Change → the frame that completes it: ours: the last frame of the burst that follows; baseline: MapLibre's next 'idle'. */
  latencyMs: number | null;
  /**
   * Renderer main-thread time the change cost: traced top-level tasks of the page's main thread from
   * the change until latencyMs, less the page's idle rate over that time (mainThreadIdleMsPerSecond).
   */
  mainThreadMs: number | null;
  /** All main-thread tasks from the change until latencyMs, idle background included. */
  mainThreadRawMs?: number | null;
  /** mainThreadMs as the thread's CPU time (without the time it waited to be scheduled); a diagnostic. */
  mainThreadCpuMs?: number | null;
  /** Main-thread ms per second of the same page while idle, measured just before the change. */
  mainThreadIdleMsPerSecond?: number | null;
  /** WebGL frames drawn from the change until it settled. */
  frames: number;
  /** 'no-redraw': nothing was drawn after the change (the page ignored it). */
  outcome: 'ok' | 'no-redraw' | 'timeout';
}

export interface FilterFigures {
  samples: FilterSample[];
  firstFrameMedianMs: number | null;
  latencyMedianMs: number | null;
  mainThreadMedianMs: number | null;
  mainThreadCpuMedianMs?: number | null;
}

export interface LoadedScript {
  url: string;
  /** gzip -9 of the file in dist/ (null when the URL is not a file there). */
  gzipBytes: number | null;
  /** Response body bytes as transferred (after the server's content-encoding). */
  wireBytes: number | null;
}

export interface PageRun {
  page: PageKind;
  url: string;
  status: RunStatus;
  /** The step that failed, e.g. 'map-ready'. */
  failedStep?: string;
  error?: string;
  /** Navigation start → performance.mark('map-ready') (the median when there were several loads). */
  mapReadyMs: number | null;
  /** Every cold load's map-ready, null for a load that failed (with --loads N). */
  mapReadySamplesMs?: (number | null)[];
  /** Navigation start → map-ready's frame on screen: no frame queued behind it any more (median, like mapReadyMs). */
  onScreenMs: number | null;
  onScreenSamplesMs?: (number | null)[];
  /** Navigation start → the end of the first frame with WebGL drawing (diagnostic). */
  firstDrawMs: number | null;
  /** WebGL frames drawn before map-ready (diagnostic). */
  framesBeforeReady: number | null;
  /** Main-isolate JS heap after map-ready and a forced GC. */
  heapUsedBytes: number | null;
  /** JS loaded before map-ready (page and workers). */
  initialJsGzipBytes: number | null;
  initialJsWireBytes: number | null;
  scripts: LoadedScript[];
  /** The violation columns response: bytes on the wire and its content-encoding. */
  payloadWireBytes: number | null;
  payloadEncoding: string | null;
  /** Whether the columns response had arrived when map-ready was marked. */
  payloadBeforeReady: boolean | null;
  filter: FilterFigures | null;
  /**
   * The same for changes made once the page's code is warm: after `filter`'s changes and the bench's
   * --warm-up changes, to windows the page has not seen (null when not measured).
   */
  filterWarm?: FilterFigures | null;
  /** Requests to anything but this machine (there should be none). */
  externalRequests: string[];
  warnings: string[];
  wallSeconds: number;
}

export interface Scenario {
  scale: Scale;
  violations: number;
  viewport: Viewport;
  ours: PageRun;
  baseline: PageRun | null;
  /** ours / baseline for every figure both have. */
  ratios: Partial<Record<FigureKey, number | null>>;
}

export type FigureKey =
  | 'mapReadyMs'
  | 'onScreenMs'
  | 'firstDrawMs'
  | 'filterLatencyMs'
  | 'filterFirstFrameMs'
  | 'filterWarmMainThreadMs'
  | 'filterWarmMainThreadCpuMs'
  | 'filterMainThreadMs'
  | 'filterMainThreadCpuMs'
  | 'heapUsedBytes'
  | 'initialJsGzipBytes'
  | 'payloadWireBytes';

export type TargetStatus = 'pass' | 'miss' | 'not measured';

export interface TargetCheck {
  id: string;
  description: string;
  /** e.g. "3840×2160" or "province"; absent when the target is one figure for the whole run. */
  where?: string;
  measured: string;
  status: TargetStatus;
  note?: string;
}

export interface DatasetInfo {
  scale: Scale;
  violations: number;
  dayZero: string;
  maxDay: number;
  /** The columns uncompressed. */
  identityBytes: number;
  /** What the server sends a browser that accepts br/gzip (its Content-Length), whoever asks. */
  servedBytes: number | null;
  servedEncoding: string | null;
}

export interface BenchResults {
  date: string;
  machine: {
    platform: string;
    cpuModel: string;
    cpus: number;
    memoryBytes: number;
    /** 1-minute load average when the run started and ended: this machine is shared. */
    loadAverageStart: number;
    loadAverageEnd: number;
    node: string;
  };
  chromium: { version: string; executable: string; gpuMode: 'swiftshader' | 'gpu'; renderer: string | null; vendor: string | null };
  options: Record<string, unknown>;
  datasets: DatasetInfo[];
  scenarios: Scenario[];
  targets: TargetCheck[];
  /** The wall screen at 3840×2160, per scale (absent in results written before it was measured). */
  wall?: (WallRun & { scale: Scale })[];
  /** The wall's soak at 1920×1080, per scale: one reading per tour lap (absent unless --wall-soak-laps). */
  wallSoak?: { scale: Scale; warmUpLaps: number; laps: SoakLap[] }[];
  /** Cross-filter and drill steps (issue #10), per scale. */
  analysis?: (AnalysisRun & { scale: Scale })[];
}

export function emptyPageRun(page: PageKind, url: string): PageRun {
  return {
    page,
    url,
    status: 'ok',
    mapReadyMs: null,
    onScreenMs: null,
    firstDrawMs: null,
    framesBeforeReady: null,
    heapUsedBytes: null,
    initialJsGzipBytes: null,
    initialJsWireBytes: null,
    scripts: [],
    payloadWireBytes: null,
    payloadEncoding: null,
    payloadBeforeReady: null,
    filter: null,
    externalRequests: [],
    warnings: [],
    wallSeconds: 0,
  };
}

/** A figure of a page run, or null when the run did not produce it. */
export function figureOf(run: PageRun | null | undefined, key: FigureKey): number | null {
  if (!run) return null;
  switch (key) {
    case 'mapReadyMs':
      return run.mapReadyMs;
    case 'onScreenMs':
      return run.onScreenMs;
    case 'firstDrawMs':
      return run.firstDrawMs;
    case 'filterLatencyMs':
      return run.filter?.latencyMedianMs ?? null;
    case 'filterFirstFrameMs':
      return run.filter?.firstFrameMedianMs ?? null;
    case 'filterMainThreadMs':
      return run.filter?.mainThreadMedianMs ?? null;
    case 'filterMainThreadCpuMs':
      return run.filter?.mainThreadCpuMedianMs ?? null;
    case 'filterWarmMainThreadMs':
      return run.filterWarm?.mainThreadMedianMs ?? null;
    case 'filterWarmMainThreadCpuMs':
      return run.filterWarm?.mainThreadCpuMedianMs ?? null;
    case 'heapUsedBytes':
      return run.heapUsedBytes;
    case 'initialJsGzipBytes':
      return run.initialJsGzipBytes;
    case 'payloadWireBytes':
      return run.payloadWireBytes;
  }
}

export const FIGURES: { key: FigureKey; label: string; unit: 'ms' | 'bytes' }[] = [
  { key: 'mapReadyMs', label: 'Navigation → map-ready', unit: 'ms' },
  { key: 'onScreenMs', label: 'Navigation → map-ready’s frame on screen (diagnostic)', unit: 'ms' },
  { key: 'firstDrawMs', label: 'Navigation → first WebGL frame (diagnostic)', unit: 'ms' },
  { key: 'filterLatencyMs', label: 'Time-window change → drawn (median)', unit: 'ms' },
  { key: 'filterFirstFrameMs', label: 'Time-window change → next painted frame (median)', unit: 'ms' },
  { key: 'filterMainThreadMs', label: 'Main-thread time of a window change, above idle (median)', unit: 'ms' },
  { key: 'filterMainThreadCpuMs', label: 'The same as the thread’s CPU time, not waiting for a core (diagnostic)', unit: 'ms' },
  { key: 'filterWarmMainThreadMs', label: 'Main-thread time of a window change once warm, above idle (median)', unit: 'ms' },
  { key: 'filterWarmMainThreadCpuMs', label: 'The same as the thread’s CPU time (diagnostic)', unit: 'ms' },
  { key: 'heapUsedBytes', label: 'JS heap after load (after GC)', unit: 'bytes' },
  { key: 'initialJsGzipBytes', label: 'Initial JS (gzip)', unit: 'bytes' },
  { key: 'payloadWireBytes', label: 'Violation payload on the wire', unit: 'bytes' },
];
