import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../../mock-api/server/start';
import type { RunningServer } from '../../../mock-api/server/start';
import { makeApiDataset } from '../../factories/api-dataset';

// The built app and the API from one origin: hashed assets cached for good, index.html revalidated,
// client-side routes answered with index.html, /api never.

const dist = mkdtempSync(join(tmpdir(), 'dangjian-dist-'));
let server: RunningServer;

beforeAll(async () => {
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>党建智图</title><script src="/assets/index-AbC123xy.js"></script>');
  writeFileSync(join(dist, 'assets', 'index-AbC123xy.js'), 'console.log(1);'.repeat(200));
  writeFileSync(join(dist, 'assets', 'favicon-32-C87urmA3.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  server = await startServer({ port: 0, staticDir: dist, dataset: makeApiDataset() });
});
afterAll(async () => {
  await server.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('static app', () => {
  it('serves index.html with no-cache, and hashed assets immutable', async () => {
    const index = await fetch(`${server.url}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(await index.text()).toContain('党建智图');
    const asset = await fetch(`${server.url}/assets/index-AbC123xy.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    const icon = await fetch(`${server.url}/assets/favicon-32-C87urmA3.png`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('cache-control')).toContain('immutable');
  });

  it("index.html's icons are built under a hashed name, cached for good like any hashed asset", () => {
    // Chromium fetches the icon again at every URL change: from public/ it would be revalidated each time.
    const icons = [...readFileSync('index.html', 'utf8').matchAll(/<link rel="(?:icon|apple-touch-icon)"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(icons).toHaveLength(2);
    for (const href of icons) {
      expect(href).toMatch(/^\/src\//);
      expect(existsSync(`.${href}`)).toBe(true);
    }
  });

  it('falls back to index.html for client routes but not for /api', async () => {
    const route = await fetch(`${server.url}/zone/Z-440112-01?lang=en`);
    expect(route.status).toBe(200);
    expect(route.headers.get('content-type')).toMatch(/text\/html/);
    const api = await fetch(`${server.url}/api/v1/unknown`);
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toMatch(/problem\+json/);
  });
});
