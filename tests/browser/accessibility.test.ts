import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { setUpAppAndBrowser, waitForMapReady } from './harness';

/*
 * An automated accessibility check of the map screen, as a new user gets it (signed in by the link,
 * every default layer and panel showing): axe-core in the real browser, in both themes and both
 * languages, must find no serious or critical violation. axe is the package's own build
 * (node_modules/axe-core/axe.min.js), injected into the page: nothing is fetched from outside.
 */

function axePath(): string {
  try {
    return createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  } catch {
    throw new Error('axe-core is not installed: it is a devDependency of the accessibility check (npm install).');
  }
}

interface AxeNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: axePath() });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, {
      resultTypes: ['violations'],
      // WCAG 2.5.3 label in name: enabled by default in recent axe, experimental in older ones.
      rules: { 'label-content-name-mismatch': { enabled: true } },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 200), failureSummary: n.failureSummary })),
    }));
  });
}

/** One line per failing node, to read in the test output. */
const describeViolations = (violations: readonly AxeViolation[]) =>
  violations.flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id} (${v.help}): ${JSON.stringify(n.target)} ${n.html}\n    ${(n.failureSummary ?? '').replace(/\n/g, '\n    ')}`));

/**
 * The zones' key on the map: its title, the indicator the layers panel colours the zones by, whether it is in
 * view and clear of every panel, the timeline and the zoom buttons, and how close two of its numbers on one line come.
 */
async function readMapKey(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const keyBox = box(document.querySelector('.map-key') as Element);
    const others = [...document.querySelectorAll('.app-overlay--left > *, .app-overlay--right > :not(.app-overlay__foot), .app-overlay--bottom > *, .maplibregl-ctrl-group')];
    const numbers = [...document.querySelectorAll('.map-key .class-key__edges > span')].map(box);
    const gaps = numbers.flatMap((a, i) => numbers.slice(i + 1).filter((b) => Math.abs(a.top - b.top) < 2).map((b) => Math.max(a.left, b.left) - Math.min(a.right, b.right)));
    return {
      title: document.querySelector('.map-key .class-key__title')?.textContent ?? '',
      indicators: [...document.querySelectorAll('.app-overlay--left select option:checked')].map((o) => o.textContent ?? ''),
      inView: keyBox.left >= 0 && keyBox.right <= innerWidth && keyBox.bottom <= innerHeight,
      overlapping: others
        .map((el) => ({ el: el.className, b: box(el) }))
        .filter(({ b }) => b.right > b.left && keyBox.left < b.right && b.left < keyBox.right && keyBox.top < b.bottom && b.top < keyBox.bottom)
        .map(({ el }) => el),
      closestNumbersPx: Math.min(...gaps),
    };
  });
}

const app = setUpAppAndBrowser();

describe('accessibility of the map screen (axe-core)', () => {
  for (const { name, query, mapName, lang } of [
    { name: 'dark theme, Chinese', query: '', mapName: '地图', lang: 'zh-CN' },
    { name: 'light theme, English', query: '&theme=light&lang=en', mapName: 'Map', lang: 'en' },
  ]) {
    it(`${name}: no serious or critical violation`, async () => {
      const page = await app.browser.newPage();
      await page.goto(`${app.server.url}/?account=bureau-manager${query}`);
      await waitForMapReady(page, mapName);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      // The place panel's indicators and the legends are in: the screen as a user reads it.
      await page.locator('.legend--threshold').first().waitFor({ timeout: 60_000 });

      const violations = await axeViolations(page);
      const severe = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      const lines = describeViolations(severe);
      if (lines.length) console.error(`axe, ${name}:\n${lines.join('\n')}`);
      expect(lines).toEqual([]);
      // The minor and moderate ones are printed, to be looked at, not failed on.
      const rest = describeViolations(violations.filter((v) => !severe.includes(v)));
      if (rest.length) console.warn(`axe, ${name}, minor or moderate:\n${rest.join('\n')}`);

      // Text that reflows still reads: at an office PC's 1366 px the place panel's title wraps (in English),
      // but between its dates, never inside one (2026-12-03 broken at a hyphen reads as two figures).
      await page.setViewportSize({ width: 1366, height: 768 });
      const dates = page.locator('.panel__section h3 .panel__date');
      await expect.poll(() => dates.count(), { timeout: 30_000 }).toBe(2);
      expect(await dates.evaluateAll((spans) => spans.map((d) => d.getClientRects().length))).toEqual([1, 1]);
      // The zones' key is on the map, named as the layers panel names the zones' indicator, clear of every panel,
      // the timeline and the zoom buttons.
      await page.locator('.map-key .class-key__step').first().waitFor({ timeout: 30_000 });
      for (const indicator of [null, 'severe_share']) {
        if (indicator) {
          // An indicator whose breaks need two decimals (2.41% … 11.54%): its numbers ran into each other.
          await page.getByLabel(lang === 'en' ? 'Grid zones coloured by' : '网格着色指标').selectOption(indicator);
          await expect.poll(() => page.locator('.map-key .class-key__title').textContent()).toContain(lang === 'en' ? 'Severe' : '严重');
        }
        const key = await readMapKey(page);
        expect(key.indicators).toContain(key.title.split(' · ').at(-1));
        expect(key.inView).toBe(true);
        expect(key.overlapping).toEqual([]);
        // Every number at the key's steps reads on its own: none touches another on its line.
        expect(key.closestNumbersPx).toBeGreaterThanOrEqual(4);
      }
      await page.close();
    }, 180_000);
  }
});
