import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { GridZoneCollection } from '../../src/api/schemas/org';
import { readPixels, waitForMapReady, type Pixels } from './harness';

/** A bearer token for the API, as the app gets one (POST /session). */
export async function tokenFor(baseUrl: string, account = 'bureau-manager'): Promise<string> {
  const res = await fetch(`${baseUrl}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ account }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}

export async function getJson<T>(baseUrl: string, path: string, token: string): Promise<T> {
  const res = await fetch(`${baseUrl}/api/v1${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return (await res.json()) as T;
}

type ZoneFeature = GridZoneCollection['features'][number];

/** A point inside a zone: the first of a grid of candidates over its extent that falls inside it, nearest the middle. */
export function pointInside(zone: ZoneFeature): [number, number] {
  const coords = zone.geometry.type === 'Polygon' ? zone.geometry.coordinates.flat() : zone.geometry.coordinates.flat(2);
  const xs = coords.map((c) => c[0]);
  const ys = coords.map((c) => c[1]);
  const [w, e, s, n] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const candidates: [number, number][] = [];
  for (let i = 1; i < 20; i++) for (let j = 1; j < 20; j++) candidates.push([w + ((e - w) * i) / 20, s + ((n - s) * j) / 20]);
  const mid: [number, number] = [(w + e) / 2, (s + n) / 2];
  candidates.sort((a, b) => Math.hypot(a[0] - mid[0], a[1] - mid[1]) - Math.hypot(b[0] - mid[0], b[1] - mid[1]));
  const inside = candidates.find((p) => booleanPointInPolygon(p, zone.geometry));
  if (!inside) throw new Error(`no point found inside ${zone.id}`);
  return inside;
}

/** Pixels that differ by more than `tolerance` in any channel (and, with `where`, whose new colour passes it). */
export function changedPixels(a: Pixels, b: Pixels, tolerance = 40, where?: (r: number, g: number, bl: number) => boolean): number {
  let n = 0;
  for (let i = 0; i < a.rgb.length; i += 3) {
    const [r, g, bl] = [b.rgb[i] ?? 0, b.rgb[i + 1] ?? 0, b.rgb[i + 2] ?? 0];
    if (
      (Math.abs((a.rgb[i] ?? 0) - r) > tolerance || Math.abs((a.rgb[i + 1] ?? 0) - g) > tolerance || Math.abs((a.rgb[i + 2] ?? 0) - bl) > tolerance) &&
      (!where || where(r, g, bl))
    ) {
      n++;
    }
  }
  return n;
}

/** Near-black: what a layer whose texture or data failed to upload paints. */
export const isBlack = (r: number, g: number, b: number) => r + g + b < 30;
/** The heat ramp's yellows, oranges and reds. */
export const isWarm = (r: number, g: number, b: number) => r > 150 && r > b + 60;

/** Waits for the map to have redrawn everything after a change (busy → ready), then a beat for debounced layers. */
export async function settle(page: Page, name: string): Promise<Locator> {
  await page.waitForTimeout(300);
  const region = await waitForMapReady(page, name);
  await page.waitForTimeout(700);
  return region;
}

/** Unticks every layer checkbox that is ticked. */
export async function hideAllLayers(page: Page): Promise<void> {
  const panel = page.getByRole('region', { name: '图层' });
  const boxes = panel.getByRole('checkbox');
  const n = await boxes.count();
  for (let i = 0; i < n; i++) {
    const box = boxes.nth(i);
    if (await box.isChecked()) await box.uncheck();
  }
}

export { readPixels };

/**
 * Checks that each row of a ranking of zones carries the colour of its class on the map: one of the class key's
 * steps, the one whose edges hold the row's value (as shown, rounded: within half its last digit). Returns the rows.
 */
export async function expectRowsInKeyClasses(page: Page, selectors: { key: string; row: string; value: string }): Promise<number> {
  const shown = await page.evaluate(({ key, row, value }) => {
    const swatch = (el: Element | null) => (el instanceof HTMLElement ? el.style.getPropertyValue('--swatch') : null);
    return {
      steps: [...document.querySelectorAll(`${key} .class-key__bar .class-key__step`)].map(swatch),
      edges: [...document.querySelectorAll(`${key} .class-key__edges > span`)].map((e) => e.textContent ?? ''),
      rows: [...document.querySelectorAll(row)].map((r) => ({ swatch: swatch(r.querySelector('.class-swatch')), value: r.querySelector(value)?.textContent ?? '' })),
    };
  }, selectors);
  const number = (text: string) => Number(text.replace(/[^\d.]/g, ''));
  for (const row of shown.rows) {
    const step = shown.steps.indexOf(row.swatch);
    expect(step, `${row.value}: ${row.swatch} is not a step of the key ${shown.steps.join(' ')}`).toBeGreaterThanOrEqual(0);
    const half = 0.5 * 10 ** -(row.value.split('.')[1]?.replace(/\D/g, '').length ?? 0);
    const [low, high] = [number(shown.edges[step] ?? ''), number(shown.edges[step + 1] ?? '')];
    expect(number(row.value) + half, `${row.value} in step ${step}`).toBeGreaterThanOrEqual(low);
    expect(number(row.value) - half, `${row.value} in step ${step}`).toBeLessThanOrEqual(high);
  }
  return shown.rows.length;
}
