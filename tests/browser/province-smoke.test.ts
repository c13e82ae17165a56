import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { startServer } from '../../mock-api/server/start';
import { launchBrowser, waitForMapReady, type AppServer, type BrowserSession } from './harness';

// Issue 3 §4: at province scale (10⁶ violations) the map loads. Generation takes ~20 s the first
// time and is cached in .cache/dataset afterwards.

let server: AppServer;
let browser: BrowserSession;

beforeAll(async () => {
  server = await startServer({ port: 0, host: '127.0.0.1', staticDir: resolve('dist'), datasetOptions: { scale: 'province' } });
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(() => {
  expect(browser.externalRequests()).toEqual([]);
});

describe('province scale', () => {
  it('becomes ready with a million violations', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/?account=bureau-manager`);
    await waitForMapReady(page, '地图', 240_000);
    expect(await page.evaluate(() => performance.getEntriesByName('map-ready', 'mark').length)).toBe(1);
    // The violation columns were fetched (binary, once).
    expect(browser.requests.filter((u) => u.includes('/api/v1/violations/columns'))).toHaveLength(1);
    await page.close();
  }, 300_000);
});
