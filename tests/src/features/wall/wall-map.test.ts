import { describe, expect, it } from 'vitest';
import { buildBaseMapStyle } from '../../../../src/layers/base-map-style';
import { HIGHLIGHT_LAYER_ID, withDistrictHighlight, withZoneHighlight, ZONE_HIGHLIGHT_ID } from '../../../../src/features/wall/lib/district-highlight';
import { wallSizeScaleFor, wallTextScaleFor } from '../../../../src/features/wall/hooks/use-wall-text-scale';

describe('the wall’s map', () => {
  const style = buildBaseMapStyle({ theme: 'dark', lang: 'zh-CN' });

  it('outlines the tour’s district bureau on the base map’s district outlines, under the labels', () => {
    const out = withDistrictHighlight(style, '440112', { colour: '#f4c542', width: 4 });
    const i = out.layers.findIndex((l) => l.id === HIGHLIGHT_LAYER_ID);
    const layer = out.layers[i];
    expect(layer).toMatchObject({ type: 'line', source: 'districts', filter: ['==', ['get', 'adcode'], '440112'], paint: { 'line-width': 4 } });
    expect(out.layers.slice(i + 1).some((l) => l.type === 'symbol')).toBe(true);
    expect(out.layers.slice(0, i).some((l) => l.type === 'symbol')).toBe(false);
    expect(style.layers.some((l) => l.id === HIGHLIGHT_LAYER_ID)).toBe(false);
  });

  it('outlines nothing at the bureau, or on a style without the district outlines', () => {
    expect(withDistrictHighlight(style, null, { colour: '#fff', width: 1 })).toBe(style);
    const bare = { ...style, sources: {} };
    expect(withDistrictHighlight(bare, '440112', { colour: '#fff', width: 1 })).toBe(bare);
  });

  it('outlines a grid zone on a source of its own polygon, over the data (drawn before the first label layer), under the names of places, and nothing without one', () => {
    const zone = { type: 'Feature' as const, id: 'Z-440112-001', properties: {}, geometry: { type: 'Polygon' as const, coordinates: [[[113.4, 23.1], [113.5, 23.1], [113.5, 23.2], [113.4, 23.1]]] } };
    const out = withZoneHighlight(style, zone, { colour: '#f4c542', width: 3 });
    expect(out.sources[ZONE_HIGHLIGHT_ID]).toEqual({ type: 'geojson', data: zone });
    const i = out.layers.findIndex((l) => l.id === ZONE_HIGHLIGHT_ID);
    expect(out.layers[i]).toMatchObject({ type: 'line', source: ZONE_HIGHLIGHT_ID, paint: { 'line-color': '#f4c542', 'line-width': 3 } });
    expect(out.layers.slice(0, i).filter((l) => l.type === 'symbol')).toHaveLength(1);
    expect(out.layers.slice(i + 1).some((l) => l.type === 'symbol')).toBe(true);
    expect(style.sources[ZONE_HIGHLIGHT_ID]).toBeUndefined();
    expect(withZoneHighlight(style, null, { colour: '#fff', width: 1 })).toBe(style);
  });

  it('sizes the map’s labels for 5 m: 1.5× at 1080 px, 2.25× at 1620 px, 3× at 2160 px', () => {
    expect([768, 1080, 1620, 2160, 4000].map(wallTextScaleFor)).toEqual([1.25, 1.5, 2.25, 3, 3.5]);
  });

  it('sizes its dots and outlines half-way to the labels: 1.25× at 1080 px, 2× at 2160 px', () => {
    expect([1080, 2160].map((h) => wallSizeScaleFor(wallTextScaleFor(h)))).toEqual([1.25, 2]);
  });
});
