import type { Scale, Viewport } from './results';

export interface BenchOptions {
  build: boolean;
  scales: Scale[];
  viewports: Viewport[];
  /** Drop the SwiftShader flags: use the machine's GPU. */
  gpu: boolean;
  /** Time-window changes per page (the median is reported). */
  changes: number;
  /** Unmeasured changes after those, then `changes` more measured once the page's code is warm (0: none). */
  warmUp: number;
  /** Cold loads per page (the median map-ready is reported; the other figures come from the first). */
  loads: number;
  baseline: boolean;
  /** Seconds to wait for map-ready, per scale; a page that takes longer is recorded as a timeout. */
  readyTimeoutS: Record<Scale, number>;
  /** The same for the baseline page, which is expected to give up at province scale. */
  baselineReadyTimeoutS: Record<Scale, number>;
  /** Seconds to wait for one window change to be drawn. */
  changeTimeoutS: number;
  /** Where results.json and results.md go. */
  outDir: string;
  /** Tour steps measured on the wall screen at 3840×2160, per scale (0: the wall is not measured). */
  wallSteps: number;
  /** Tour laps of the wall's soak at 1920×1080, per scale (0: no soak); its heap curve goes to wall-soak-<scale>.svg. */
  wallSoakLaps: number;
  /** Rounds of drill steps (bureau → member, each round along another row) in the analysis measurement; 0: no analysis measurement. */
  analysisRounds: number;
  /** Measure the map screen and the baseline (false: only the wall). */
  map: boolean;
  help: boolean;
}

export const DEFAULT_OPTIONS: BenchOptions = {
  build: true,
  scales: ['default', 'province'],
  viewports: [
    { width: 1920, height: 1080 },
    { width: 3840, height: 2160 },
  ],
  gpu: false,
  changes: 5,
  warmUp: 15,
  // Three: the first page a fresh browser loads pays its GPU process's start (always ours, which goes
  // first), so the median of three, the pages taking turns, compares like with like.
  loads: 3,
  baseline: true,
  readyTimeoutS: { default: 180, province: 300 },
  baselineReadyTimeoutS: { default: 180, province: 180 },
  changeTimeoutS: 60,
  outDir: 'bench',
  wallSteps: 4,
  wallSoakLaps: 0,
  analysisRounds: 2,
  map: true,
  help: false,
};

export const USAGE = `Usage: npm run bench -- [options]

  --no-build              use the existing dist/ (default: vite build first)
  --scale default|province  only this scale (repeat or comma-separate; default: default,province)
  --viewport WxH          only this viewport (repeatable; default: 1920x1080 and 3840x2160)
  --changes N             time-window changes per page, median reported (default 5)
  --warm-up N             then N unmeasured changes, and as many measured again once warm (default 15; 0: none)
  --loads N               cold loads per page, taking turns, median map-ready reported (default 3)
  --analysis-rounds N     drill rounds (bureau → member) of the analysis steps, also map and workspace cross-filters (default 2; 0: none)
  --no-baseline           skip the plain MapLibre baseline page
  --ready-timeout S       seconds to wait for our map-ready (default 180 at default scale, 300 at province)
  --baseline-timeout S    seconds to wait for the baseline's map-ready (default 180)
  --change-timeout S      seconds to wait for one window change to be drawn (default 60)
  --gpu                   use the machine's GPU instead of SwiftShader
  --out DIR               where results.json and results.md go (default bench)
  --wall-steps N          tour steps measured on the wall screen at 3840x2160 per scale (default 4; 0 skips the wall)
  --wall-soak-laps N      the wall's soak at 1920x1080 for N tour laps of 60 s (default 0: none), plotted to DIR/wall-soak-<scale>.svg
  --no-map                only the wall: skip the map screen and the baseline
Environment: CHROMIUM_PATH picks the browser (default /usr/bin/chromium).`;

function positiveNumber(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || !Number.isFinite(n) || n <= 0) throw new Error(`${flag} needs a positive number; got ${value ?? 'nothing'}`);
  return n;
}

export function parseViewport(value: string): Viewport {
  const m = /^(\d{2,5})[x×](\d{2,5})$/i.exec(value.trim());
  if (!m) throw new Error(`--viewport must look like 1920x1080; got "${value}"`);
  return { width: Number(m[1]), height: Number(m[2]) };
}

/** Parses the command line (without node and the script); throws an Error with a clear message. */
export function parseArgs(argv: readonly string[]): BenchOptions {
  const o: BenchOptions = {
    ...DEFAULT_OPTIONS,
    scales: [...DEFAULT_OPTIONS.scales],
    viewports: [...DEFAULT_OPTIONS.viewports],
    readyTimeoutS: { ...DEFAULT_OPTIONS.readyTimeoutS },
    baselineReadyTimeoutS: { ...DEFAULT_OPTIONS.baselineReadyTimeoutS },
  };
  let scales: Scale[] | null = null;
  let viewports: Viewport[] | null = null;
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i] as string;
    const eq = raw.indexOf('=');
    const flag = raw.startsWith('--') && eq > 0 ? raw.slice(0, eq) : raw;
    const inline = raw.startsWith('--') && eq > 0 ? raw.slice(eq + 1) : undefined;
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--no-build':
        o.build = false;
        break;
      case '--build':
        o.build = true;
        break;
      case '--gpu':
        o.gpu = true;
        break;
      case '--no-baseline':
        o.baseline = false;
        break;
      case '--no-map':
        o.map = false;
        break;
      case '--wall-steps': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 0 || n > 20) throw new Error('--wall-steps must be a whole number from 0 to 20');
        o.wallSteps = n;
        break;
      }
      case '--analysis-rounds': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 0 || n > 10) throw new Error('--analysis-rounds must be a whole number from 0 to 10');
        o.analysisRounds = n;
        break;
      }
      case '--wall-soak-laps': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 0 || n > 120) throw new Error('--wall-soak-laps must be a whole number from 0 to 120');
        o.wallSoakLaps = n;
        break;
      }
      case '--help':
      case '-h':
        o.help = true;
        break;
      case '--scale': {
        const v = value();
        for (const s of (v ?? '').split(',').map((x) => x.trim()).filter(Boolean)) {
          if (s !== 'default' && s !== 'province') throw new Error(`--scale must be default or province; got "${s}"`);
          const scale: Scale = s;
          scales = [...(scales ?? []), scale].filter((x, j, all) => all.indexOf(x) === j);
        }
        if (!v) throw new Error('--scale needs a value');
        break;
      }
      case '--viewport': {
        const v = value();
        if (!v) throw new Error('--viewport needs a value');
        viewports = [...(viewports ?? []), parseViewport(v)];
        break;
      }
      case '--changes': {
        const n = positiveNumber(flag, value());
        if (!Number.isInteger(n) || n > 50) throw new Error('--changes must be a whole number from 1 to 50');
        o.changes = n;
        break;
      }
      case '--warm-up': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 0 || n > 50) throw new Error('--warm-up must be a whole number from 0 to 50');
        o.warmUp = n;
        break;
      }
      case '--loads': {
        const n = positiveNumber(flag, value());
        if (!Number.isInteger(n) || n > 20) throw new Error('--loads must be a whole number from 1 to 20');
        o.loads = n;
        break;
      }
      case '--ready-timeout': {
        const n = positiveNumber(flag, value());
        o.readyTimeoutS = { default: n, province: n };
        break;
      }
      case '--baseline-timeout': {
        const n = positiveNumber(flag, value());
        o.baselineReadyTimeoutS = { default: n, province: n };
        break;
      }
      case '--change-timeout':
        o.changeTimeoutS = positiveNumber(flag, value());
        break;
      case '--out': {
        const v = value();
        if (!v) throw new Error('--out needs a directory');
        o.outDir = v;
        break;
      }
      default:
        throw new Error(`unknown option "${raw}"\n\n${USAGE}`);
    }
  }
  if (scales) o.scales = scales.sort((a, b) => (a === b ? 0 : a === 'default' ? -1 : 1));
  if (viewports) o.viewports = viewports;
  return o;
}
