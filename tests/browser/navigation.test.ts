import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { WebMercatorViewport } from '@deck.gl/core';
import type { BaseStationCollection, FeederCollection, SubstationCollection, TransformerDistrictCollection } from '../../src/api/schemas/assets';
import type { Branch, GridZoneCollection, Member } from '../../src/api/schemas/org';
import type { ViolationPage } from '../../src/api/schemas/violations';
import { placeMembers } from '../../src/data/member-markers';
import { areaAnchor } from '../../src/lib/geometry';
import { parseCamera } from '../../src/lib/url-state';
import { setUpAppAndBrowser, waitForMapReady, type Pixels } from './harness';
import { getJson, pointInside, readPixels, settle, tokenFor } from './map-helpers';

// Issue 8 §8 and "done when": a click selects on every pickable layer (URL, highlight, details), and
// the drill path is history: bureau → district bureau → zone, then back restores each place with its
// camera, selection and panel. One page: the view moves as a link or the back button would.

const app = setUpAppAndBrowser();

type LngLat = [number, number];

/** Moves the open page to another view without a reload: the URL replaced, then popstate (as back/forward). */
async function goTo(page: Page, search: string): Promise<void> {
  await page.evaluate((s) => {
    history.replaceState(null, '', `/?${s}`);
    dispatchEvent(new PopStateEvent('popstate'));
  }, search);
  await settle(page, '地图');
}

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

/** Near-white pixels (the selection colour) within `half` px of (x, y). */
function whiteNear(p: Pixels, x: number, y: number, half: number): number {
  let n = 0;
  for (let row = Math.max(0, y - half); row < Math.min(p.height, y + half); row++) {
    for (let col = Math.max(0, x - half); col < Math.min(p.width, x + half); col++) {
      const i = (row * p.width + col) * 3;
      if ((p.rgb[i] ?? 0) > 200 && (p.rgb[i + 1] ?? 0) > 200 && (p.rgb[i + 2] ?? 0) > 200) n++;
    }
  }
  return n;
}

/** Where a position is on the map region now, from the camera the URL holds. */
function screenOf(page: Page, size: { width: number; height: number }, at: LngLat): [number, number] {
  const camera = parseCamera(param(page, 'c'));
  if (!camera) throw new Error('no camera in the URL');
  const view = new WebMercatorViewport({ ...size, longitude: camera.lng, latitude: camera.lat, zoom: camera.zoom });
  return view.project(at).map(Math.round) as [number, number];
}

describe('clicking the map', () => {
  it('selects on every pickable layer: URL, highlight and details', async () => {
    const token = await tokenFor(app.server.url);
    const get = <T,>(path: string) => getJson<T>(app.server.url, path, token);
    const [substations, feeders, tds, stations, zones, branches] = await Promise.all([
      get<SubstationCollection>('/substations'),
      get<FeederCollection>('/feeders'),
      get<TransformerDistrictCollection>('/transformer-districts'),
      get<BaseStationCollection>('/base-stations'),
      get<GridZoneCollection>('/zones'),
      get<{ items: Branch[] }>('/branches'),
    ]);
    const nameOf = new Map<string, string>();
    for (const f of [...substations.features, ...feeders.features, ...tds.features, ...stations.features, ...zones.features]) nameOf.set(f.id, f.properties.name);
    for (const b of branches.items) nameOf.set(b.id, b.name);

    // One of each, where the map will draw it. A feeder at the middle of its longest segment.
    const feeder = feeders.features[0]!;
    const path = feeder.geometry.coordinates;
    let best = 0;
    for (let i = 1; i < path.length; i++) if (Math.hypot(path[i]![0] - path[i - 1]![0], path[i]![1] - path[i - 1]![1]) > Math.hypot(path[best + 1]![0] - path[best]![0], path[best + 1]![1] - path[best]![1])) best = i - 1;
    const feederAt: LngLat = [(path[best]![0] + path[best + 1]![0]) / 2, (path[best]![1] + path[best + 1]![1]) / 2];
    const zone = zones.features.find((f) => f.properties.unitId === 'U-440112') ?? zones.features[0]!;
    const branch = branches.items.find((b) => b.zoneIds.length > 0)!;
    const members = await get<{ items: Member[] }>(`/members?branchId=${branch.id}&limit=1000`);
    for (const m of members.items) nameOf.set(m.id, m.name);
    const zoneOfGridTeam = new Map(zones.features.map((f) => [f.properties.gridTeamId, areaAnchor(f.geometry)]));
    const marker = placeMembers(members.items, { zoneOfGridTeam, branchCenter: new Map(branches.items.map((b) => [b.id, b.center])) })[0]!;
    const violations = await get<ViolationPage>(`/violations?zoneId=${zone.id}&limit=1`);
    const violation = violations.items[0]!;
    const station = stations.features.find((s) => s.properties.demoArea) ?? stations.features[0]!;

    const cases: { name: string; search: string; at: LngLat; expect: RegExp; panel: '详情' | '当前位置'; offset?: [number, number] }[] = [
      { name: '变电站', search: 'layers=substations', at: substations.features[0]!.geometry.coordinates, expect: /^sel=substation:/, panel: '详情' },
      { name: '10kV馈线', search: 'layers=feeders', at: feederAt, expect: /^sel=feeder:/, panel: '详情' },
      { name: '台区', search: 'layers=transformerDistricts', at: tds.features[0]!.geometry.coordinates as unknown as LngLat, expect: /^sel=transformer-district:/, panel: '详情' },
      // A ring: clicked on its edge.
      { name: '5G基站', search: 'layers=baseStations', at: station.geometry.coordinates, expect: /^sel=base-station:/, panel: '详情', offset: [10, 0] },
      { name: '网格', search: 'layers=gridZones', at: pointInside(zone), expect: /^at=zone:/, panel: '当前位置' },
      { name: '问题闭环热力（按网格）', search: 'layers=issueHeat&lo=issueHeat:closureByZone', at: pointInside(zone), expect: /^at=zone:/, panel: '当前位置' },
      { name: '党支部', search: 'layers=partyBranches', at: branch.center, expect: /^at=branch:/, panel: '当前位置' },
      { name: '党员', search: `layers=partyMembers&at=branch:${branch.id}`, at: marker.position, expect: /^at=member:/, panel: '当前位置' },
      { name: '党员身边违章', search: 'layers=violations', at: violation.position, expect: /^sel=violation:/, panel: '详情' },
    ];

    const page = await app.browser.newPage();
    await page.goto(`${app.server.url}/?account=bureau-manager&layers=`);
    const region = await waitForMapReady(page, '地图');
    const box = (await region.boundingBox())!;
    for (const c of cases) {
      const zoom = 15;
      await goTo(page, `account=bureau-manager&${c.search}&c=${c.at[0].toFixed(6)},${c.at[1].toFixed(6)},${zoom}`);
      await page.mouse.move(box.x + 5, box.y + 5);
      const [dx, dy] = c.offset ?? [0, 0];
      await page.mouse.click(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy);
      // The URL says what was clicked …
      await expect.poll(() => `${param(page, 'sel') ? `sel=${param(page, 'sel')}` : `at=${param(page, 'at')}`}`, { message: c.name, timeout: 30_000 }).toMatch(c.expect);
      const id = (param(page, 'sel') ?? param(page, 'at') ?? '').split(':')[1] ?? '';
      // … its panel names it …
      const panel = page.getByRole('complementary', { name: c.panel, exact: true });
      const title = c.expect.source.includes('violation') ? id : nameOf.get(id);
      await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent(), { message: `${c.name} panel`, timeout: 30_000 }).toBe(title);
      // … and the map highlights it in the selection colour: more of it there than in the same view without it.
      await settle(page, '地图');
      const camera = param(page, 'c') ?? '';
      const selected = await readPixels(page, region);
      const position = c.expect.source.includes('zone') ? pointInside(zones.features.find((f) => f.id === id)!) : c.at;
      const [x, y] = screenOf(page, selected, position);
      const half = c.expect.source.includes('zone') ? Math.round(Math.min(selected.width, selected.height) / 2) : 24;
      await goTo(page, `account=bureau-manager&${c.search}&c=${camera}`);
      const unselected = await readPixels(page, region);
      const gain = whiteNear(selected, x + dx, y + dy, half) - whiteNear(unselected, x + dx, y + dy, half);
      expect(gain, `${c.name}: selection colour where it is`).toBeGreaterThan(c.expect.source.includes('violation') ? 2 : 10);
    }
    await page.close();
  }, 400_000);
});

describe('the drill path is history', () => {
  it('goes bureau → district bureau → zone, selects, and back restores each place with its camera, selection and panel', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.server.url}/?account=bureau-manager&layers=gridZones`);
    const region = await waitForMapReady(page, '地图');
    const place = page.getByRole('complementary', { name: '当前位置', exact: true });
    const heading = () => place.getByRole('heading', { level: 2 }).textContent();
    await expect.poll(heading, { timeout: 30_000 }).toBe('广州供电局');

    // Down by clicks: a district bureau from the bureau's list; the map frames it.
    await place.getByRole('button', { name: '黄埔供电局', exact: true }).click();
    await expect.poll(() => param(page, 'at')).toBe('unit:U-440112');
    await expect.poll(heading).toBe('黄埔供电局');
    await settle(page, '地图');
    await expect.poll(() => param(page, 'c'), { timeout: 30_000 }).not.toBeNull();
    const unitCamera = param(page, 'c');

    // A zone by clicking it on the map, then a feeder through it from its panel.
    const box = (await region.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => param(page, 'at') ?? '').toMatch(/^zone:/);
    const zoneAt = param(page, 'at');
    const zoneName = await (async () => {
      await expect.poll(heading, { timeout: 30_000 }).not.toBe('黄埔供电局');
      return heading();
    })();
    await settle(page, '地图');
    const zoneCamera = param(page, 'c');
    expect(zoneCamera, 'the camera framed the zone').not.toBe(unitCamera);
    const feeder = place.getByRole('list').last().getByRole('button').first();
    const feederName = await feeder.textContent();
    await feeder.click();
    await expect.poll(() => param(page, 'sel') ?? '').toMatch(/^feeder:/);
    const details = page.getByRole('complementary', { name: '详情', exact: true });
    await expect.poll(() => details.getByRole('heading', { level: 2 }).textContent()).toBe(feederName);
    await settle(page, '地图');

    // Back: the zone without the selection; back again: the district bureau, its camera and its panel.
    await page.goBack();
    await expect.poll(() => param(page, 'sel')).toBeNull();
    expect(param(page, 'at')).toBe(zoneAt);
    await expect.poll(heading).toBe(zoneName);
    expect(await details.count()).toBe(0);
    await page.goBack();
    await expect.poll(() => param(page, 'at')).toBe('unit:U-440112');
    await expect.poll(heading).toBe('黄埔供电局');
    await settle(page, '地图');
    expect(param(page, 'c'), 'the district bureau’s camera').toBe(unitCamera);
    // The breadcrumb says where we are.
    const crumbs = page.getByRole('navigation', { name: '钻取路径' });
    expect(await crumbs.getByRole('listitem').allTextContents()).toEqual(['广州供电局', '黄埔供电局']);

    // Forward twice: the zone and its selected feeder again.
    await page.goForward();
    await page.goForward();
    await expect.poll(() => param(page, 'sel') ?? '').toMatch(/^feeder:/);
    await expect.poll(() => details.getByRole('heading', { level: 2 }).textContent()).toBe(feederName);
    await page.close();
  }, 300_000);

  it('a district manager lands on their district bureau, the place panel takes them back from the city, and a drag of the timeline asks for its figures once', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.server.url}/?account=manager-U-440112`);
    const place = page.getByRole('complementary', { name: '当前位置', exact: true });
    const heading = () => place.getByRole('heading', { level: 2 }).textContent();
    const home = place.getByRole('button', { name: '回到我的供电局', exact: true });
    await expect.poll(() => param(page, 'at'), { timeout: 60_000 }).toBe('unit:U-440112');
    await expect.poll(heading, { timeout: 60_000 }).toBe('黄埔供电局');
    expect(await home.count(), 'no way home at home').toBe(0);
    // Up to the city by the breadcrumb (an entry of its own), then home again from the panel.
    await page.getByRole('navigation', { name: '钻取路径' }).getByRole('button', { name: '广州供电局', exact: true }).click();
    await expect.poll(heading).toBe('广州供电局');
    expect(param(page, 'at')).toBeNull();
    await home.click();
    await expect.poll(() => param(page, 'at')).toBe('unit:U-440112');
    await expect.poll(heading).toBe('黄埔供电局');

    // A drag of the timeline's end, a day per step as a pointer delivers them (each a task of its own): the map
    // follows every step, the district's figures are asked for once, for the window the drag rests on, and are
    // marked as updating meanwhile.
    const section = place.locator('section', { has: page.locator('.place-panel__tiles') });
    const tiles = section.locator('[aria-busy]');
    const titleDates = () => section.locator('h3 .panel__date').allTextContents();
    await expect.poll(async () => (await titleDates()).length, { timeout: 60_000 }).toBe(2);
    const [, toBefore = ''] = await titleDates();
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/v1/indicators?')) asked.push(new URL(request.url()).searchParams.get('to') ?? '');
    });
    const steps = 30;
    const busyAfterDrag = await page.getByRole('slider', { name: '时间窗口止', exact: true }).evaluate(async (thumb: HTMLInputElement, n) => {
      for (let step = 0; step < n; step++) {
        // The prototype's setter, as the browser sets a dragged value (React watches the element's own).
        Reflect.set(HTMLInputElement.prototype, 'value', String(Number(thumb.value) - 1), thumb);
        thumb.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((next) => setTimeout(next, 16));
      }
      return document.querySelector('.place-panel__tiles')?.parentElement?.getAttribute('aria-busy');
    }, steps);
    expect(busyAfterDrag, 'the last window\'s figures are marked while the drag settles').toBe('true');
    const toAfter = new Date(Date.parse(`${toBefore}T00:00:00Z`) - steps * 86_400_000).toISOString().slice(0, 10);
    await expect.poll(titleDates, { timeout: 30_000 }).toEqual([expect.any(String), toAfter]);
    await expect.poll(() => tiles.getAttribute('aria-busy')).toBe('false');
    expect(asked, 'one request, for the window the drag rests on').toEqual([toAfter]);
    await page.close();
  }, 120_000);
});
