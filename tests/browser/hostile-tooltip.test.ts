import { describe, expect, it } from 'vitest';
import type { GridZoneCollection } from '../../src/api/schemas/org';
import { waitForMapReady, setUpAppAndBrowser } from './harness';
import { getJson, hideAllLayers, pointInside, settle, tokenFor } from './map-helpers';

// Issue 3 §3: text from the API is shown as text. With the hostile dataset a zone's name carries
// `<img src=x onerror=…>`; hovering it must show those characters, and create no element from them.

const app = setUpAppAndBrowser({ hostile: true });

describe('tooltip', () => {
  it('shows a hostile zone name as literal text', async () => {
    const token = await tokenFor(app.server.url);
    const zones = await getJson<GridZoneCollection>(app.server.url, '/zones', token);
    const zone = zones.features.find((f) => f.properties.name.includes('<img'));
    if (!zone) throw new Error('the hostile dataset has no zone named with <img');
    const [lng, lat] = pointInside(zone);

    const page = await app.browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${app.server.url}/?account=bureau-manager&c=${lng.toFixed(5)},${lat.toFixed(5)},14.00`);
    await waitForMapReady(page, '地图');
    // Only the zones: nothing else may win the pick at the map's centre.
    await hideAllLayers(page);
    await page.getByRole('checkbox', { name: '网格', exact: true }).check();
    const region = await settle(page, '地图');

    const box = await region.boundingBox();
    if (!box) throw new Error('no map box');
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await page.mouse.move(cx - 5, cy - 5);
    await page.mouse.move(cx, cy);
    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor({ timeout: 20_000 });
    const text = (await tooltip.textContent()) ?? '';
    expect(text).toContain('<img');
    expect(text).toContain(zone.properties.name.slice(0, 10));
    // Nothing was parsed out of it: no <img> anywhere in the tooltip or the page, no handler ran.
    expect(await tooltip.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('img[src="x"], [onerror], [onload]').length)).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  }, 180_000);
});
