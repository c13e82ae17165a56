import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { StyleSpecification, VectorSourceSpecification } from 'maplibre-gl';
import { buildBaseMapStyle } from '../../../src/layers/base-map-style';
import { buildPmtilesStyle } from '../../../src/map/pmtiles-style';
import {
  OFFLINE_CONFIG,
  loadPmtilesStyle,
  loadRuntimeConfig,
  parseRuntimeConfig,
  registerPmtilesProtocol,
  resolveBaseMapStyle,
} from '../../../src/map/base-map-source';

const offline = buildBaseMapStyle({ theme: 'dark', lang: 'zh-CN' });
const resolveUrl = (path: string) => new URL(path, 'http://wall.intranet:8080/').href;

function response(body: string, init: { status?: number; type?: string } = {}): Response {
  return new Response(body, { status: init.status ?? 200, headers: { 'content-type': init.type ?? 'application/json' } });
}

describe('runtime config', () => {
  it('accepts the three kinds of base map', () => {
    expect(parseRuntimeConfig({ basemap: { kind: 'offline' } })).toEqual({ config: OFFLINE_CONFIG, fallbackReason: null });
    expect(parseRuntimeConfig({}).config).toEqual(OFFLINE_CONFIG);
    const pmtiles = parseRuntimeConfig({ basemap: { kind: 'pmtiles', url: '/tiles/guangzhou.pmtiles', datum: 'WGS84' } });
    expect(pmtiles).toEqual({
      config: { basemap: { kind: 'pmtiles', url: '/tiles/guangzhou.pmtiles', flavor: 'protomaps', datum: 'WGS84' } },
      fallbackReason: null,
    });
    const style = parseRuntimeConfig({ basemap: { kind: 'style', url: 'http://gis.intranet/styles/dark.json', datum: 'GCJ02' } });
    expect(style.fallbackReason).toBeNull();
  });

  it('turns a bad config into the offline base map, saying why', () => {
    const cases: [unknown, RegExp][] = [
      [{ basemap: { kind: 'tiles', url: '/x' } }, /basemap\.kind/],
      [{ basemap: { kind: 'pmtiles', url: '/x.pmtiles' } }, /basemap\.datum/],
      [{ basemap: { kind: 'style', url: 'http://gis/s.json', datum: 'BD09' } }, /basemap\.datum/],
      [{ basemap: { kind: 'style', url: 'javascript:alert(1)', datum: 'WGS84' } }, /basemap\.url: must be a same-origin path or an http\(s\) URL/],
      [{ basemap: { kind: 'style', url: '//cdn.example.com/s.json', datum: 'WGS84' } }, /basemap\.url/],
      [{ basemap: { kind: 'offline', url: '/typo' } }, /basemap/],
      ['offline', /\(root\)/],
    ];
    for (const [json, reason] of cases) {
      const loaded = parseRuntimeConfig(json);
      expect(loaded.config).toEqual(OFFLINE_CONFIG);
      expect(loaded.fallbackReason).toMatch(/^invalid config: /);
      expect(loaded.fallbackReason).toMatch(reason);
    }
  });

  it('ships public/config.json as a valid offline config', () => {
    const shipped: unknown = JSON.parse(readFileSync('public/config.json', 'utf8'));
    expect(parseRuntimeConfig(shipped)).toEqual({ config: OFFLINE_CONFIG, fallbackReason: null });
  });

  it('loads the file, and falls back with a warning when it is absent, unreadable or invalid', async () => {
    const good = { basemap: { kind: 'style', url: '/styles/intranet.json', datum: 'GCJ02' } };
    const cases: [() => Promise<Response>, RegExp | null][] = [
      [() => Promise.resolve(response(JSON.stringify(good))), null],
      [() => Promise.resolve(response('not found', { status: 404, type: 'text/plain' })), /absent \(404\)/],
      [() => Promise.resolve(response('<!doctype html><title>app</title>', { type: 'text/html; charset=utf-8' })), /absent \(HTML answered\)/],
      [() => Promise.resolve(response('{ "basemap": ', { type: 'application/json' })), /not JSON/],
      [() => Promise.resolve(response('oops', { status: 500, type: 'text/plain' })), /HTTP 500/],
      [() => Promise.resolve(response(JSON.stringify({ basemap: { kind: 'pmtiles' } }))), /invalid config/],
      [() => Promise.reject(new TypeError('connection refused')), /could not be read \(connection refused\)/],
    ];
    for (const [answer, reason] of cases) {
      const warn = vi.fn();
      const fetch = vi.fn(answer);
      const loaded = await loadRuntimeConfig({ fetch, warn });
      expect(fetch).toHaveBeenCalledWith('/config.json', expect.objectContaining({ cache: 'no-cache' }));
      if (reason === null) {
        expect(loaded).toEqual({ config: good, fallbackReason: null });
        expect(warn).not.toHaveBeenCalled();
      } else {
        expect(loaded.config).toEqual(OFFLINE_CONFIG);
        expect(loaded.fallbackReason).toMatch(reason);
        expect(warn).toHaveBeenCalledOnce();
        expect(warn.mock.calls[0]?.[0]).toMatch(/using the offline base map/);
      }
    }
  });

  it('gives up on a config file that never answers', async () => {
    const fetch = vi.fn(
      (_url: string | URL | Request, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new Error('aborted')));
        }),
    );
    const loaded = await loadRuntimeConfig({ fetch, warn: () => {}, timeoutMs: 10 });
    expect(loaded.config).toEqual(OFFLINE_CONFIG);
    expect(loaded.fallbackReason).toMatch(/aborted/);
  });
});

describe('resolveBaseMapStyle', () => {
  const options = { theme: 'dark', lang: 'zh-CN', resolveUrl, pmtilesStyle: buildPmtilesStyle } as const;

  it('keeps the offline style as it is, in its datum (GCJ-02, like the data)', () => {
    const resolved = resolveBaseMapStyle(OFFLINE_CONFIG, offline, options);
    expect(resolved).toEqual({ kind: 'offline', style: offline, datum: 'GCJ02', needsPmtiles: false });
    expect(resolved.style).toBe(offline);
  });

  it('passes a MapLibre style URL through, resolved, with its datum', () => {
    const resolved = resolveBaseMapStyle({ kind: 'style', url: '/styles/intranet.json', datum: 'CGCS2000' }, offline, options);
    expect(resolved).toEqual({
      kind: 'style',
      style: 'http://wall.intranet:8080/styles/intranet.json',
      datum: 'CGCS2000',
      needsPmtiles: false,
    });
  });

  it('uses a PMTiles archive’s own style when configured', () => {
    const resolved = resolveBaseMapStyle(
      { kind: 'pmtiles', url: '/tiles/gz.pmtiles', flavor: 'protomaps', styleUrl: '/tiles/gz-style.json', datum: 'WGS84' },
      offline,
      options,
    );
    expect(resolved).toMatchObject({ style: 'http://wall.intranet:8080/tiles/gz-style.json', datum: 'WGS84', needsPmtiles: true });
  });

  it('needs the built-in PMTiles style (loaded on demand) only for an archive without its own', async () => {
    const bare = { kind: 'pmtiles', url: '/tiles/gz.pmtiles', flavor: 'protomaps', datum: 'WGS84' } as const;
    expect(() => resolveBaseMapStyle(bare, offline, { theme: 'dark', lang: 'zh-CN', resolveUrl })).toThrow(/loadPmtilesStyle/);
    expect(await loadPmtilesStyle()).toBe(buildPmtilesStyle);
  });

  it('builds a local-font style over the Protomaps layers for a bare PMTiles archive, dark or light', () => {
    const config = { basemap: { kind: 'pmtiles', url: '/tiles/gz.pmtiles', flavor: 'protomaps', datum: 'WGS84' } } as const;
    const dark = resolveBaseMapStyle(config, offline, options);
    expect(dark).toMatchObject({ kind: 'pmtiles', datum: 'WGS84', needsPmtiles: true });
    const style = dark.style as StyleSpecification;
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    const source = style.sources.protomaps as VectorSourceSpecification;
    expect(source).toMatchObject({ type: 'vector', url: 'pmtiles://http://wall.intranet:8080/tiles/gz.pmtiles' });
    expect(Object.keys(style.sources)).toEqual(['protomaps']);
    const sourceLayers = new Set(style.layers.map((l) => ('source-layer' in l ? l['source-layer'] : undefined)));
    for (const name of ['earth', 'water', 'roads', 'places']) expect(sourceLayers).toContain(name);
    const light = resolveBaseMapStyle(config, offline, { ...options, theme: 'light' }).style as StyleSpecification;
    const background = (s: StyleSpecification) => s.layers.find((l) => l.id === 'background')?.paint;
    expect(background(light)).not.toEqual(background(style));
    // English place names with ?lang=en.
    const en = resolveBaseMapStyle(config, offline, { ...options, lang: 'en' }).style as StyleSpecification;
    expect(JSON.stringify(en.layers.find((l) => l.id === 'places'))).toContain('name:en');
  });

  it('registers the pmtiles:// protocol once per page, loading the reader only then', async () => {
    const add = vi.fn();
    // Two callers at once: one registers, the other waits for it.
    const [first, second] = await Promise.all([registerPmtilesProtocol(add), registerPmtilesProtocol(add)]);
    expect([first, second]).toEqual([true, false]);
    expect(await registerPmtilesProtocol(add)).toBe(false);
    expect(add).toHaveBeenCalledOnce();
    expect(add.mock.calls[0]?.[0]).toBe('pmtiles');
    expect(typeof add.mock.calls[0]?.[1]).toBe('function');
  });
});
