import { describe, expect, it } from 'vitest';
import type { StyleSpecification } from 'maplibre-gl';
import { keepLoadedGeoJson } from '../../../src/map/keep-loaded-geojson';

const loaded = { type: 'FeatureCollection' as const, features: [] };
const style = (sources: StyleSpecification['sources']): StyleSpecification => ({ version: 8, sources, layers: [] });

/** MapLibre's serialisation of the current style: a GeoJSON source loaded from a URL holds its features. */
const serialised = () =>
  style({
    districts: { type: 'geojson', data: loaded },
    labels: { type: 'geojson', data: loaded },
    tiles: { type: 'vector', url: 'https://tiles.example/a.json' },
  });

describe('keepLoadedGeoJson', () => {
  it('gives the serialised style back the URL of each GeoJSON source whose URL did not change', () => {
    const applied = style({
      districts: { type: 'geojson', data: 'https://app/basemap/districts.geojson' },
      labels: { type: 'geojson', data: 'https://app/basemap/labels-zh.geojson' },
      tiles: { type: 'vector', url: 'https://tiles.example/a.json' },
    });
    // The language changed the labels' file; the districts are the same.
    const next = style({ ...applied.sources, labels: { type: 'geojson', data: 'https://app/basemap/labels-en.geojson' } });
    const previous = serialised();

    expect(keepLoadedGeoJson(applied)(previous, next)).toBe(next);
    expect(previous.sources.districts).toEqual({ type: 'geojson', data: 'https://app/basemap/districts.geojson' });
    // A changed URL is left to MapLibre's diff, which loads the new file.
    expect(previous.sources.labels).toEqual({ type: 'geojson', data: loaded });
    expect(previous.sources.tiles).toEqual({ type: 'vector', url: 'https://tiles.example/a.json' });
  });

  it('changes nothing for a first style, a style given by URL, or data given inline', () => {
    const next = style({ districts: { type: 'geojson', data: loaded } });
    for (const applied of [null, 'https://tiles.example/style.json', next]) {
      const previous = serialised();
      keepLoadedGeoJson(applied)(previous, next);
      expect(previous).toEqual(serialised());
    }
    expect(keepLoadedGeoJson(null)(undefined, next)).toBe(next);
  });
});
