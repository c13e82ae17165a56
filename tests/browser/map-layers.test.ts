import { describe, expect, it } from 'vitest';
import type { GridZoneCollection } from '../../src/api/schemas/org';
import type { FeederCollection } from '../../src/api/schemas/assets';
import { LAYER_REGISTRY } from '../../src/layers/registry';
import { waitForMapReady, setUpAppAndBrowser, type Pixels } from './harness';
import { changedPixels, getJson, hideAllLayers, isBlack, isWarm, pointInside, readPixels, settle, tokenFor } from './map-helpers';

// Issue 3 §2, §3, §7: every layer draws something, the URL round-trips the view (camera and
// selection), and nothing leaves the machine. Two page loads plus one reload: software WebGL is slow.

const app = setUpAppAndBrowser();

/** The map between the side panels, above the timeline (at 1920×1080): where no panel covers it. */
function between(p: Pixels): Pixels {
  const [x0, x1, y1] = [Math.round(p.width * 0.21), Math.round(p.width * 0.76), Math.round(p.height * 0.76)];
  const width = x1 - x0;
  const rgb = new Uint8Array(width * y1 * 3);
  for (let y = 0; y < y1; y++) rgb.set(p.rgb.subarray((y * p.width + x0) * 3, (y * p.width + x1) * 3), y * width * 3);
  return { width, height: y1, rgb };
}

describe('map layers', () => {
  it('draws something for every layer switched on through its checkbox, at the scale it shows at', async () => {
    const page = await app.browser.newPage();
    // The fixed camera: the fit to Guangzhou at 1920×1080 (every asset kind is in view, Nansha's 5G too).
    await page.goto(`${app.server.url}/?account=bureau-manager`);
    await waitForMapReady(page, '地图');
    await hideAllLayers(page);
    let region = await settle(page, '地图');
    // Only the map between the panels counts: a legend appearing in the layer panel is not the layer.
    let baseline = between(await readPixels(page, region));

    // Party members need zone zoom and a branch: checked on the zone page below. Feeders show from
    // district scale and transformer districts at zone scale only (scale-rules.ts): checked last, from a
    // zone-scale view of Huangpu.
    const closeUp = new Set(['feeders', 'transformerDistricts']);
    const cityScale = LAYER_REGISTRY.filter((e) => e.key !== 'partyMembers' && !closeUp.has(e.key));
    for (const [i, { key, names }] of [...cityScale, ...LAYER_REGISTRY.filter((e) => closeUp.has(e.key))].entries()) {
      if (i === cityScale.length) {
        await page.evaluate(() => {
          history.replaceState(null, '', '/?account=bureau-manager&layers=&c=113.45900,23.10600,14.50');
          dispatchEvent(new PopStateEvent('popstate'));
        });
        region = await settle(page, '地图');
        baseline = between(await readPixels(page, region));
      }
      const box = page.getByRole('checkbox', { name: names.zh, exact: true });
      await box.check();
      await settle(page, '地图');
      const after = between(await readPixels(page, region));
      const changed = changedPixels(baseline, after);
      expect(changed, `pixels changed by ${names.zh}`).toBeGreaterThan(300);
      // Nothing we draw is black: a layer whose data or texture failed to upload paints a black box.
      expect(changedPixels(baseline, after, 40, isBlack), `black pixels from ${names.zh}`).toBeLessThan(changed / 10);
      if (key === 'issueHeat') {
        expect(changedPixels(baseline, after, 40, isWarm), 'warm pixels of the heat').toBeGreaterThan(300);
        // The hexagon view's layer is loaded on first use: it must arrive and draw, in colour.
        await page.getByRole('combobox', { name: '闭环视图' }).selectOption('closureByHexagon');
        await settle(page, '地图');
        const hexagons = between(await readPixels(page, region));
        const hexChanged = changedPixels(after, hexagons);
        expect(hexChanged, 'pixels changed by the hexagon view').toBeGreaterThan(300);
        expect(changedPixels(after, hexagons, 40, isBlack), 'black pixels from the hexagon view').toBeLessThan(hexChanged / 10);
      }
      // No wait here: the next layer's settle covers this one going away too.
      await box.uncheck();
    }
    await page.close();
  }, 240_000);

  it('reopens the camera and the selection from the URL, and a changed selection survives a reload', async () => {
    const token = await tokenFor(app.server.url);
    const zones = await getJson<GridZoneCollection>(app.server.url, '/zones', token);
    const feeders = await getJson<FeederCollection>(app.server.url, '/feeders', token);
    const feeder = feeders.features.find((f) => f.properties.zoneIds.length > 0);
    const zone = zones.features.find((f) => f.id === feeder?.properties.zoneIds[0]);
    if (!zone || !feeder) throw new Error('no zone with a feeder');
    const [lng, lat] = pointInside(zone);
    const camera = `${lng.toFixed(5)},${lat.toFixed(5)},14.00`;
    const page = await app.browser.newPage();
    await page.goto(`${app.server.url}/?account=bureau-manager&c=${camera}&at=zone:${zone.id}`);
    await waitForMapReady(page, '地图');

    const placePanel = page.getByRole('complementary', { name: '当前位置' });
    const details = page.getByRole('complementary', { name: '详情' });
    await expect.poll(() => placePanel.getByRole('heading', { level: 2 }).textContent(), { timeout: 30_000 }).toBe(zone.properties.name);
    // The link's camera wins over fitting to the place.
    const url = new URL(page.url());
    expect(url.searchParams.get('c')).toBe(camera);
    expect(url.searchParams.get('at')).toBe(`zone:${zone.id}`);

    // Party members draw at zone zoom, for the selected zone's branch.
    const region = page.getByRole('region', { name: '地图', exact: true });
    const before = await readPixels(page, region);
    await page.getByRole('checkbox', { name: '党员', exact: true }).check();
    await settle(page, '地图');
    expect(changedPixels(before, await readPixels(page, region)), 'pixels changed by 党员').toBeGreaterThan(30);

    // Select a feeder through the zone from the place panel: the URL follows; a reload reopens it.
    const feederName = feeder.properties.name;
    await placePanel.getByRole('button', { name: feederName, exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sel') ?? '').toMatch(/^feeder:/);
    await expect.poll(() => details.getByRole('heading', { level: 2 }).textContent(), { timeout: 30_000 }).toBe(feederName);
    await page.reload();
    await waitForMapReady(page, '地图');
    await expect.poll(() => details.getByRole('heading', { level: 2 }).textContent(), { timeout: 30_000 }).toBe(feederName);

    // Escape clears the selection, and the URL with it; the place stays.
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBeNull();
    expect(await details.count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('at')).toBe(`zone:${zone.id}`);
    await page.close();
  }, 240_000);
});
