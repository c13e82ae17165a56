import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { distinctColours, readPixels, setUpAppAndBrowser, waitForMapReady } from './harness';
import { changedPixels } from './map-helpers';

/*
 * The wall screen (issue 11) as only a browser shows it: the kiosk link at 1920×1080 signs in and
 * draws the map and the key figures with no cursor and nothing to scroll; the tour moves to a
 * district bureau by itself (heading, URL and the map's pixels change); a key pauses it and it resumes
 * after the idle time; an API outage keeps the last numbers on screen under a stale banner, and the
 * wall recovers by itself when the API is back; axe finds nothing serious. One page, one server whose
 * outage is switched by the test: the server's clock jumps into an injected outage window and back.
 */

const AS_OF = new Date('2026-09-30T23:59:59+08:00');
const OUTAGE = { start: new Date('2100-01-01T00:00:00Z'), end: new Date('2100-01-02T00:00:00Z') };
let outage = false;
const app = setUpAppAndBrowser({ asOf: AS_OF }, 180_000, {
  now: () => (outage ? new Date('2100-01-01T12:00:00Z') : new Date()),
  faults: { outage: OUTAGE },
});

const KIOSK = '/wall?account=bureau-manager&tour=districts&interval=10&refresh=5&idle=5&theme=dark&lang=zh-CN';

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
const at = (page: Page) => new URL(page.url()).searchParams.get('at');
const kpiValues = (page: Page) => page.locator('.wall-kpis .kpi-tile__value').allTextContents();

function axePath(): string {
  return createRequire(import.meta.url).resolve('axe-core/axe.min.js');
}

describe('the wall screen', () => {
  it('signs in by its link, tours, pauses, survives an outage and is accessible', async () => {
    const page = await app.browser.newPage();
    // A screenshot waits for a new compositor frame, which SwiftShader may deliver late while the
    // tour flies the map over 100,000 violations on a busy machine.
    page.setDefaultTimeout(90_000);
    await page.goto(`${app.server.url}${KIOSK}`);
    const region = await waitForMapReady(page, '地图');

    // Signed in by the link, no header or sign-in dialog: the wall's own heading and figures.
    await expect.poll(() => kpiValues(page), { timeout: 30_000 }).toHaveLength(6);
    expect((await kpiValues(page)).every((v) => /\d/.test(v))).toBe(true);
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.getByRole('button').count()).toBe(0);
    // No cursor anywhere, nothing to scroll.
    const layout = await page.evaluate(() => {
      const canvas = document.querySelector('canvas');
      return {
        cursor: [document.body, document.querySelector('.wall'), canvas].map((el) => (el ? getComputedStyle(el).cursor : 'missing')),
        scroll: [document.documentElement.scrollWidth - document.documentElement.clientWidth, document.documentElement.scrollHeight - document.documentElement.clientHeight],
      };
    });
    expect(layout).toEqual({ cursor: ['auto', 'none', 'none'], scroll: [0, 0] });
    // The map draws (a blank or black canvas has a colour or two).
    // The map region's box, shot as it is: the tour keeps the map busy (see readPixels).
    const box = await region.boundingBox();
    if (!box) throw new Error('the map region has no box');
    const first = await readPixels(page, box);
    expect(first.width).toBeGreaterThan(1000);
    expect(distinctColours(first)).toBeGreaterThan(12);

    // The tour moves on by itself: a district bureau in the heading and the URL, the map flown there.
    const firstAt = at(page);
    await expect.poll(() => at(page), { timeout: 40_000 }).not.toBe(firstAt);
    await expect.poll(() => at(page), { timeout: 40_000 }).toMatch(/^unit:U-44\d{4}$/);
    await expect.poll(() => heading(page), { timeout: 10_000 }).toMatch(/^(?!广州).+供电局$/);
    await waitForMapReady(page, '地图');
    const second = await readPixels(page, box);
    expect(changedPixels(first, second)).toBeGreaterThan(first.width * first.height * 0.05);

    // A key pauses it; it resumes by itself after the idle time (5 s).
    await page.keyboard.press('Space');
    const tour = page.locator('.wall-tour');
    await expect.poll(() => tour.getAttribute('class')).toContain('wall-tour--paused');
    const pausedAt = at(page);
    await page.waitForTimeout(2000);
    expect(at(page)).toBe(pausedAt);
    await expect.poll(() => tour.getAttribute('class'), { timeout: 15_000 }).not.toContain('wall-tour--paused');

    // An outage: the numbers stay, a stale banner says how old they are; then it recovers by itself.
    const freshness = page.locator('.wall-freshness');
    await expect.poll(() => freshness.getAttribute('data-state'), { timeout: 20_000 }).toBe('live');
    outage = true;
    const banner = page.getByRole('status').filter({ hasText: '数据未能按时刷新' });
    await banner.waitFor({ timeout: 40_000 });
    expect(await freshness.getAttribute('data-state')).toBe('stale');
    expect((await kpiValues(page)).every((v) => /\d/.test(v))).toBe(true);
    expect(await page.getByRole('dialog').count()).toBe(0);
    outage = false;
    await expect.poll(() => freshness.getAttribute('data-state'), { timeout: 40_000 }).toBe('live');
    expect(await banner.count()).toBe(0);

    // axe-core, injected from node_modules: nothing serious or critical.
    await page.addScriptTag({ path: axePath() });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe;
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.impact} ${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
    });
    const severe = violations.filter((v) => v.startsWith('serious') || v.startsWith('critical'));
    if (violations.length) console.warn(`axe on the wall:\n${violations.join('\n')}`);
    expect(severe).toEqual([]);
    await page.close();
  }, 360_000);
});
