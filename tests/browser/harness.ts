import { accessSync, constants, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { startServer, type StartServerOptions } from '../../mock-api/server/start';
import type { LoadOptions } from '../../mock-api/dataset/load';

/*
 * Real-browser harness: Debian's Chromium (WebGL through SwiftShader) against the built app and the
 * real API server on an ephemeral port. Every request is recorded and anything that would leave
 * the machine is aborted, so a test can assert that none was even attempted.
 */

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/lib/chromium/chromium'];

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // A hidden or occluded headless window must still render frames.
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  const found = CHROMIUM_CANDIDATES.find(isExecutable);
  if (!found) {
    throw new Error('No Chromium found: run `node scripts/ensure-chromium.mjs` (or apt-get install chromium), or set CHROMIUM_PATH.');
  }
  return found;
}

/** Loopback only: 127.0.0.0/8, localhost, ::1; data: and blob: never leave the page. */
export function isLocalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.href === 'about:blank') return true;
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

export interface AppServer {
  url: string;
  close(): Promise<void>;
}

/** What a test may fix about the server besides its dataset: its clock (issue deadlines, tokens, the midnight ETag) and its injected faults. */
export type AppServerOptions = Pick<StartServerOptions, 'now' | 'faults'>;

/** The app (from dist/) and the API on one origin, on an ephemeral port, with a fresh data directory (no journal). */
export async function startApp(datasetOptions?: LoadOptions, serverOptions: AppServerOptions = {}): Promise<AppServer> {
  const dist = resolve('dist');
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error('dist/index.html is missing: build the app first (`npx vite build`; `npm test` does it).');
  }
  return startServer({ port: 0, host: '127.0.0.1', staticDir: dist, ...(datasetOptions && { datasetOptions }), ...serverOptions });
}

/**
 * One server and one browser for a test file, closed after it; after every test, nothing may have
 * tried to leave the machine. The fields are filled in beforeAll.
 */
export function setUpAppAndBrowser(
  datasetOptions?: LoadOptions,
  setupTimeoutMs = 180_000,
  serverOptions?: AppServerOptions,
): { server: AppServer; browser: BrowserSession } {
  const ctx = {} as { server: AppServer; browser: BrowserSession };
  beforeAll(async () => {
    ctx.server = await startApp(datasetOptions, serverOptions);
    ctx.browser = await launchBrowser();
  }, setupTimeoutMs);
  afterAll(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
  });
  afterEach(() => {
    expect(ctx.browser.externalRequests()).toEqual([]);
  });
  return ctx;
}

export interface BrowserSession {
  context: BrowserContext;
  /** Every URL the browser asked for, in order. */
  requests: string[];
  /** The ones that would have left the machine (they were aborted). */
  externalRequests(): string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function launchBrowser(viewport = { width: 1920, height: 1080 }): Promise<BrowserSession> {
  // A fresh profile per run: no cache, no service worker, no state from an earlier run.
  const userDataDir = mkdtempSync(join(tmpdir(), 'dangjian-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    deviceScaleFactor: 1,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const requests: string[] = [];
  context.on('request', (request) => {
    requests.push(request.url());
  });
  await context.route('**/*', (route) =>
    isLocalUrl(route.request().url()) ? route.continue() : route.abort('blockedbyclient'),
  );
  // The persistent context opens one blank page; start from that one.
  for (const page of context.pages()) await page.close();
  return {
    context,
    requests,
    externalRequests: () => requests.filter((url) => !isLocalUrl(url)),
    async newPage() {
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error('[page error]', error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') console.error('[console]', message.text());
      });
      return page;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** A rectangle of the page, in CSS pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Pixels {
  width: number;
  height: number;
  /** RGB triples, row by row. */
  rgb: Uint8Array;
}

/**
 * What the element shows on screen, as RGB pixels. A screenshot of the composited page, decoded by
 * the page itself (no PNG decoder needed in node): this reads what WebGL drew without needing
 * `preserveDrawingBuffer`, and it reads it the way a person would see it.
 */
export async function readPixels(page: Page, element: Locator | Box): Promise<Pixels> {
  // A box is shot as it is, without waiting for the element to be stable over two animation frames
  // (a page that flies its map by itself may not give two frames within the timeout in software WebGL).
  const png = 'screenshot' in element
    ? await element.screenshot({ type: 'png', animations: 'disabled' })
    : await page.screenshot({ type: 'png', animations: 'disabled', clip: element });
  const { width, height, rgb } = await page.evaluate(async (base64: string) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    let binary = '';
    for (let i = 0; i < data.length; i += 4) {
      binary += String.fromCharCode(data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0);
    }
    return { width: bitmap.width, height: bitmap.height, rgb: btoa(binary) };
  }, png.toString('base64'));
  return { width, height, rgb: new Uint8Array(Buffer.from(rgb, 'base64')) };
}

export function hexToRgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1] ?? '0', 16), parseInt(m[2] ?? '0', 16), parseInt(m[3] ?? '0', 16)];
}

/** How many pixels lie within `tolerance` (Euclidean, 0–441) of `colour`. */
export function countNear(pixels: Pixels, colour: string, tolerance = 24): number {
  const [r, g, b] = hexToRgb(colour);
  const t2 = tolerance * tolerance;
  let count = 0;
  for (let i = 0; i < pixels.rgb.length; i += 3) {
    const dr = (pixels.rgb[i] ?? 0) - r;
    const dg = (pixels.rgb[i + 1] ?? 0) - g;
    const db = (pixels.rgb[i + 2] ?? 0) - b;
    if (dr * dr + dg * dg + db * db <= t2) count++;
  }
  return count;
}

/** Colours (quantised to 4 bits a channel) that cover at least `minPixels` pixels. */
export function distinctColours(pixels: Pixels, minPixels = 50): number {
  const bins = new Map<number, number>();
  for (let i = 0; i < pixels.rgb.length; i += 3) {
    const key = (((pixels.rgb[i] ?? 0) >> 4) << 8) | (((pixels.rgb[i + 1] ?? 0) >> 4) << 4) | ((pixels.rgb[i + 2] ?? 0) >> 4);
    bins.set(key, (bins.get(key) ?? 0) + 1);
  }
  return [...bins.values()].filter((n) => n >= minPixels).length;
}

export function pixelAt(pixels: Pixels, x: number, y: number): [number, number, number] {
  const i = (Math.round(y) * pixels.width + Math.round(x)) * 3;
  return [pixels.rgb[i] ?? 0, pixels.rgb[i + 1] ?? 0, pixels.rgb[i + 2] ?? 0];
}

/** The map region, found the way a screen-reader user would: by role and exact name. */
export function mapRegion(page: Page, name: string): Locator {
  return page.getByRole('region', { name, exact: true });
}

/** Waits until the map region says it has drawn everything (aria-busy="false"). */
export async function waitForMapReady(page: Page, name: string, timeout = 120_000): Promise<Locator> {
  const region = mapRegion(page, name);
  await region.and(page.locator('[aria-busy="false"]')).waitFor({ timeout });
  return region;
}
