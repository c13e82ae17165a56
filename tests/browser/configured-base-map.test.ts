import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import { WebMercatorViewport } from '@deck.gl/core';
import type { SubstationCollection } from '../../src/api/schemas/assets';
import { countNear, waitForMapReady, setUpAppAndBrowser, type Pixels } from './harness';
import { changedPixels, getJson, readPixels, settle, tokenFor } from './map-helpers';

// Issue 3 §1: a real base map by configuration, without rebuilding — here a MapLibre style URL in
// WGS-84, as an intranet tile server would offer. The page must draw that style, and convert the
// dataset's GCJ-02 coordinates so that assets sit where that base map has them (~500 m apart here).

const app = setUpAppAndBrowser();

const STYLE_PATH = '/fixtures/wgs84-style.json';
const BACKGROUND = '#ff00ff';
const WGS84_STYLE = {
  version: 8,
  name: 'test WGS-84 base map',
  sources: {},
  layers: [{ id: 'background', type: 'background', paint: { 'background-color': BACKGROUND } }],
};

/** The pixels of a box centred on (x, y), as their own image. */
function box(p: Pixels, x: number, y: number, half: number): Pixels {
  const w = 2 * half;
  const rgb = new Uint8Array(w * w * 3);
  for (let row = 0; row < w; row++) {
    const from = ((y - half + row) * p.width + (x - half)) * 3;
    rgb.set(p.rgb.subarray(from, from + w * 3), row * w * 3);
  }
  return { width: w, height: w, rgb };
}

describe('a base map from config.json', () => {
  it('draws the configured style and puts the substations where its datum has them', async () => {
    const token = await tokenFor(app.server.url);
    const stations = await getJson<SubstationCollection>(app.server.url, '/substations', token);
    // A substation with no other within 2 km, so that nothing else is drawn near either spot.
    const far = (a: [number, number], b: [number, number]) => Math.hypot(a[0] - b[0], (a[1] - b[1]) * 1.1) > 0.02;
    const station = stations.features.find((s) =>
      stations.features.every((o) => o === s || far(s.geometry.coordinates, o.geometry.coordinates)),
    );
    if (!station) throw new Error('no isolated substation');
    const [gcjLng, gcjLat] = station.geometry.coordinates;
    const [lng, lat] = gcoord.transform([gcjLng, gcjLat], gcoord.GCJ02, gcoord.WGS84);

    const page = await app.browser.newPage();
    await page.route('**/config.json', (route) =>
      route.fulfill({ json: { basemap: { kind: 'style', url: STYLE_PATH, datum: 'WGS84' } } }),
    );
    await page.route(`**${STYLE_PATH}`, (route) => route.fulfill({ json: WGS84_STYLE }));
    await page.goto(`${app.server.url}/?account=bureau-manager&layers=&c=${lng.toFixed(6)},${lat.toFixed(6)},16.00`);
    const region = await waitForMapReady(page, '地图');
    const before = await readPixels(page, region);
    // The configured style, not the offline one: its background fills the map (in the middle, between the panels).
    const middle = box(before, Math.round(before.width / 2), Math.round(before.height / 2), 150);
    expect(countNear(middle, BACKGROUND)).toBeGreaterThan(0.95 * middle.width * middle.height);

    await page.getByRole('checkbox', { name: '变电站', exact: true }).check();
    await settle(page, '地图');
    const after = await readPixels(page, region);
    const view = new WebMercatorViewport({ width: after.width, height: after.height, longitude: lng, latitude: lat, zoom: 16 });
    const [cx, cy] = view.project([lng, lat]).map(Math.round) as [number, number];
    // Converted: the station is drawn at the centre (its WGS-84 position) …
    expect(changedPixels(box(before, cx, cy, 20), box(after, cx, cy, 20)), 'pixels at the WGS-84 position').toBeGreaterThan(40);
    // … and not at its unconverted GCJ-02 position, ~230 px away at zoom 16.
    const [gx, gy] = view.project([gcjLng, gcjLat]).map(Math.round) as [number, number];
    expect(Math.hypot(gx - cx, gy - cy)).toBeGreaterThan(100);
    expect(changedPixels(box(before, gx, gy, 20), box(after, gx, gy, 20)), 'pixels at the GCJ-02 position').toBe(0);
    await page.close();
  }, 180_000);
});
