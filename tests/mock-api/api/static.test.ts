import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
