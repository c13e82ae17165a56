import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/*
 * Screenshot comparison for the visual regression tests: an actual PNG against the reference
 * `<dir>/<name>.png` kept in the repository, with pixelmatch (anti-aliasing aware). A failing
 * comparison writes `<name>.actual.png` and `<name>.diff.png` beside the reference (git-ignored);
 * a passing one removes them. With `update` the reference is written instead: the only way one
 * changes, and only when asked for (UPDATE_SCREENSHOTS=1).
 */

export interface Tolerance {
  /** pixelmatch's per-pixel threshold (0–1, YIQ colour distance): below it two pixels are the same. */
  threshold: number;
  /** The largest share (0–1) of the image's pixels that may differ (anti-aliased pixels not counted). */
  maxDiffShare: number;
}

export interface Comparison {
  pass: boolean;
  /** What happened, in words: for the test's failure message and the log. */
  message: string;
  /** Differing pixels and their share of the image; null when nothing was compared. */
  diffPixels: number | null;
  diffShare: number | null;
}

export const UPDATE_COMMAND = 'UPDATE_SCREENSHOTS=1 npx vitest run --project browser tests/browser/visual.test.ts';

export function referencePaths(dir: string, name: string) {
  return {
    reference: join(dir, `${name}.png`),
    actual: join(dir, `${name}.actual.png`),
    diff: join(dir, `${name}.diff.png`),
  };
}

const percent = (share: number) => `${(share * 100).toFixed(3)} %`;

/** Differing pixels of two PNGs of the same size, and the diff image (differences red, anti-aliasing yellow). */
export function diffPngs(a: PNG, b: PNG, threshold: number): { diffPixels: number; diff: PNG } {
  const diff = new PNG({ width: a.width, height: a.height });
  const diffPixels = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold, includeAA: false });
  return { diffPixels, diff };
}

export function compareWithReference(dir: string, name: string, actualPng: Buffer, tolerance: Tolerance, update: boolean): Comparison {
  const paths = referencePaths(dir, name);
  const clearOutputs = () => {
    rmSync(paths.actual, { force: true });
    rmSync(paths.diff, { force: true });
  };
  const actual = PNG.sync.read(actualPng);
  const previous = existsSync(paths.reference) ? PNG.sync.read(readFileSync(paths.reference)) : null;

  if (update) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(paths.reference, actualPng);
    clearOutputs();
    let was = 'a new reference';
    if (previous && previous.width === actual.width && previous.height === actual.height) {
      const { diffPixels } = diffPngs(previous, actual, tolerance.threshold);
      was = `${percent(diffPixels / (actual.width * actual.height))} of its pixels differ from the previous reference`;
    } else if (previous) {
      was = `the previous reference was ${previous.width}×${previous.height}`;
    }
    return { pass: true, message: `${name}: wrote ${paths.reference} (${actual.width}×${actual.height}; ${was})`, diffPixels: null, diffShare: null };
  }

  if (!previous) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(paths.actual, actualPng);
    rmSync(paths.diff, { force: true });
    return {
      pass: false,
      message:
        `${name}: no reference image at ${paths.reference}; the screenshot is at ${paths.actual}. ` +
        `Look at it, then create the reference with \`${UPDATE_COMMAND}\` and commit it with a message that says why.`,
      diffPixels: null,
      diffShare: null,
    };
  }

  if (previous.width !== actual.width || previous.height !== actual.height) {
    writeFileSync(paths.actual, actualPng);
    rmSync(paths.diff, { force: true });
    return {
      pass: false,
      message: `${name}: the screenshot is ${actual.width}×${actual.height}, the reference ${previous.width}×${previous.height} (${paths.reference}); actual: ${paths.actual}`,
      diffPixels: null,
      diffShare: null,
    };
  }

  const { diffPixels, diff } = diffPngs(previous, actual, tolerance.threshold);
  const diffShare = diffPixels / (actual.width * actual.height);
  const summary = `${name}: ${diffPixels} pixels (${percent(diffShare)}) differ from the reference at threshold ${tolerance.threshold}; at most ${percent(tolerance.maxDiffShare)} may`;
  if (diffShare <= tolerance.maxDiffShare) {
    clearOutputs();
    return { pass: true, message: summary, diffPixels, diffShare };
  }
  writeFileSync(paths.actual, actualPng);
  writeFileSync(paths.diff, PNG.sync.write(diff));
  return {
    pass: false,
    message:
      `${summary}. Reference: ${paths.reference}; actual: ${paths.actual}; diff (differences red, anti-aliasing yellow): ${paths.diff}. ` +
      `If the change is intended, regenerate with \`${UPDATE_COMMAND}\` and commit the references with a message that says why.`,
    diffPixels,
    diffShare,
  };
}
