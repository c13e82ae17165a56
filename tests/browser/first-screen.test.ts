import { describe, expect, it } from 'vitest';
import { baseMapPalettes } from '../../src/layers/base-map-style';
import { countNear, distinctColours, readPixels, waitForMapReady, setUpAppAndBrowser } from './harness';
import { hideAllLayers, settle } from './map-helpers';

// Issue 2 §7–§8: the first screen opens on a dark offline base map of Guangzhou, zh-CN by default
// and English with ?lang=en, and nothing leaves the machine. Two page loads: software WebGL is slow.

const app = setUpAppAndBrowser();

describe('first screen', () => {
  it('opens in Chinese on a dark map whose pixels show the district outlines', async () => {
    const page = await app.browser.newPage();
    // Signed in directly by the link (a wall screen), so no account picker covers the map.
    await page.goto(`${app.server.url}/?account=bureau-manager`);

    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('党建智图');

    const region = await waitForMapReady(page, '地图');
    const marks = await page.evaluate(() => performance.getEntriesByName('map-ready', 'mark').length);
    expect(marks).toBe(1);

    // The base map is served by the app itself.
    const basemap = app.browser.requests.filter((url) => url.includes('/basemap/'));
    expect(basemap.some((url) => url.endsWith('/basemap/guangzhou-districts.geojson'))).toBe(true);

    // The base map alone: the data layers off (they are checked in map-layers.test.ts).
    await hideAllLayers(page);
    await settle(page, '地图');
    const dark = baseMapPalettes.dark;
    const pixels = await readPixels(page, region);
    const total = pixels.width * pixels.height;
    const outline = countNear(pixels, dark.districtOutline, 40);
    const districtFill = countNear(pixels, dark.districtFill, 6);
    const background = countNear(pixels, dark.background, 6);
    const cityFill = countNear(pixels, dark.cityFill, 6);
    // The outlines of 11 districts run for thousands of pixels at 1920×1080; a blank or
    // single-colour canvas has none, and the district fills cover a good part of the view.
    expect(outline, 'pixels in the district outline colour').toBeGreaterThan(2000);
    expect(districtFill / total, 'share of pixels in the district fill colour').toBeGreaterThan(0.05);
    expect(cityFill / total, 'share of pixels in the neighbouring cities colour').toBeGreaterThan(0.1);
    expect(background, 'pixels in the background colour').toBeGreaterThan(0);
    expect(distinctColours(pixels), 'distinct colours on the map').toBeGreaterThanOrEqual(6);

    // The header reads the dataset's metadata from the real API.
    await expect.poll(() => page.locator('time').first().getAttribute('datetime'), { timeout: 30_000 }).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await page.close();
  }, 180_000);

  it('speaks English with ?lang=en, switches back, and recovers from a lost WebGL context', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.server.url}/?lang=en`);

    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Party-Building Smart Map');
    await waitForMapReady(page, 'Map');
    // The initial fit to Guangzhou is not written into the URL: a plain link fits any screen.
    expect(new URL(page.url()).searchParams.get('c')).toBeNull();

    // The map is keyboard operable, and where you are goes into the URL (a link reopens it).
    await page.locator('.maplibregl-canvas').focus();
    await page.keyboard.press('Equal');
    await expect.poll(() => new URL(page.url()).searchParams.get('c'), { timeout: 30_000 }).toMatch(/^113\.\d+,23\.\d+,\d+\.\d+$/);

    // Every control has a name; the language switch is a real, keyboard-operable button.
    const switchLanguage = page.getByRole('button', { name: 'Switch language: 中文' });
    await switchLanguage.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
    await waitForMapReady(page, '地图');

    // Lose the WebGL context as a GPU reset would: the map goes busy and comes back by itself.
    await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas');
      const gl = canvas?.getContext('webgl2');
      const ext = gl?.getExtension('WEBGL_lose_context');
      if (!ext) throw new Error('no WEBGL_lose_context');
      ext.loseContext();
    });
    await page.locator('[role="region"][aria-busy="true"]').waitFor({ timeout: 10_000 });
    await waitForMapReady(page, '地图');
    expect(await page.locator('.maplibregl-canvas').count()).toBe(1);
    await page.close();
  }, 180_000);
});
