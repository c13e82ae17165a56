import { describe, expect, it } from 'vitest';
import { waitForMapReady, setUpAppAndBrowser } from './harness';

// Issue 3 §4: at province scale (10⁶ violations) the map loads. Generation takes ~20 s the first
// time and is cached in .cache/dataset afterwards.

const app = setUpAppAndBrowser({ scale: 'province' }, 300_000);

describe('province scale', () => {
  it('becomes ready with a million violations', async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.server.url}/?account=bureau-manager`);
    await waitForMapReady(page, '地图', 240_000);
    expect(await page.evaluate(() => performance.getEntriesByName('map-ready', 'mark').length)).toBe(1);
    // The violation columns were fetched (binary, once).
    expect(app.browser.requests.filter((u) => u.includes('/api/v1/violations/columns'))).toHaveLength(1);
    await page.close();
  }, 300_000);
});
