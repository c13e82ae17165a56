import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareWithReference, referencePaths, type Tolerance } from '../browser/screenshot-compare';

// The visual regression tests' comparison (tests/browser/screenshot-compare.ts), on small synthetic
// images, in the unit project: no browser needed to see that it fails when it should, writes what it
// says, and updates a reference only when asked.

const TOLERANCE: Tolerance = { threshold: 0.1, maxDiffShare: 0.01 };

/** A 40×20 image of one colour, with an optional block of another colour. */
function image(rgb: [number, number, number], block?: { x: number; y: number; w: number; h: number; rgb: [number, number, number] }): Buffer {
  const png = new PNG({ width: 40, height: 20 });
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const inBlock = block && x >= block.x && x < block.x + block.w && y >= block.y && y < block.y + block.h;
      const [r, g, b] = inBlock ? block.rgb : rgb;
      const i = (y * png.width + x) * 4;
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

const NAVY: [number, number, number] = [10, 20, 40];
const GOLD: [number, number, number] = [240, 180, 40];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'screenshot-compare-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('compareWithReference', () => {
  it('fails on a missing reference, keeps the screenshot and says how to create the reference', () => {
    const result = compareWithReference(dir, 'view', image(NAVY), TOLERANCE, false);
    const paths = referencePaths(dir, 'view');
    expect(result.pass).toBe(false);
    expect(result.message).toContain('no reference image');
    expect(result.message).toContain('UPDATE_SCREENSHOTS=1');
    expect(existsSync(paths.reference)).toBe(false);
    expect(existsSync(paths.actual)).toBe(true);
  });

  it('writes the reference only when asked to, and then passes', () => {
    const paths = referencePaths(dir, 'view');
    const result = compareWithReference(dir, 'view', image(NAVY), TOLERANCE, true);
    expect(result.pass).toBe(true);
    expect(readFileSync(paths.reference).equals(image(NAVY))).toBe(true);
    // Updating over an old reference says how much changed.
    const again = compareWithReference(dir, 'view', image(NAVY, { x: 0, y: 0, w: 40, h: 10, rgb: GOLD }), TOLERANCE, true);
    expect(again.message).toContain('50.000 % of its pixels differ from the previous reference');
  });

  it('passes an identical image and one within the tolerance, and removes outputs of an earlier failure', () => {
    writeFileSync(referencePaths(dir, 'view').reference, image(NAVY));
    const paths = referencePaths(dir, 'view');
    writeFileSync(paths.actual, 'stale');
    writeFileSync(paths.diff, 'stale');
    const same = compareWithReference(dir, 'view', image(NAVY), TOLERANCE, false);
    expect(same).toMatchObject({ pass: true, diffPixels: 0, diffShare: 0 });
    expect(existsSync(paths.actual) || existsSync(paths.diff)).toBe(false);
    // 8 of 800 pixels (1 %) is at the limit; a colour step below the threshold is no difference at all.
    expect(compareWithReference(dir, 'view', image(NAVY, { x: 0, y: 0, w: 4, h: 2, rgb: GOLD }), TOLERANCE, false)).toMatchObject({
      pass: true,
      diffPixels: 8,
    });
    expect(compareWithReference(dir, 'view', image(NAVY, { x: 0, y: 0, w: 40, h: 20, rgb: [12, 21, 42] }), TOLERANCE, false).diffPixels).toBe(0);
  });

  it('fails beyond the tolerance with the share and the paths, writing the actual and the diff image', () => {
    const paths = referencePaths(dir, 'view');
    writeFileSync(paths.reference, image(NAVY));
    const result = compareWithReference(dir, 'view', image(NAVY, { x: 10, y: 5, w: 6, h: 3, rgb: GOLD }), TOLERANCE, false);
    expect(result).toMatchObject({ pass: false, diffPixels: 18, diffShare: 18 / 800 });
    expect(result.message).toContain('18 pixels (2.250 %) differ');
    expect(result.message).toContain(paths.actual);
    expect(result.message).toContain(paths.diff);
    // The reference is untouched; the diff marks the changed block in red.
    expect(readFileSync(paths.reference).equals(image(NAVY))).toBe(true);
    const diff = PNG.sync.read(readFileSync(paths.diff));
    const at = (x: number, y: number) => [...diff.data.subarray((y * 40 + x) * 4, (y * 40 + x) * 4 + 3)];
    expect(at(12, 6)).toEqual([255, 0, 0]);
    expect(at(0, 0)).not.toEqual([255, 0, 0]);
    expect(readFileSync(paths.actual).equals(image(NAVY, { x: 10, y: 5, w: 6, h: 3, rgb: GOLD }))).toBe(true);
  });

  it('fails when the sizes differ', () => {
    writeFileSync(referencePaths(dir, 'view').reference, image(NAVY));
    const small = new PNG({ width: 20, height: 20 });
    const result = compareWithReference(dir, 'view', PNG.sync.write(small), TOLERANCE, false);
    expect(result.pass).toBe(false);
    expect(result.message).toContain('20×20, the reference 40×20');
  });
});
