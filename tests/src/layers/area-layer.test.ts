import { afterEach, describe, expect, it } from 'vitest';
import { LayerManager, WebMercatorViewport, type Layer } from '@deck.gl/core';
import { NullDevice } from '@luma.gl/test-utils';
import { AreaLayer, splitAreas, type AreaFeature } from '../../../src/layers/area-layer';

const square = (x: number, y: number) => [
  [
    [x, y],
    [x + 0.1, y],
    [x + 0.1, y + 0.1],
    [x, y + 0.1],
    [x, y],
  ],
];
const features: (AreaFeature & { properties: { fill: [number, number, number, number] } })[] = [
  { id: 'A', geometry: { type: 'Polygon', coordinates: square(113.3, 23.1) }, properties: { fill: [255, 0, 0, 255] } },
  {
    id: 'B',
    geometry: { type: 'MultiPolygon', coordinates: [square(113.5, 23.1), square(113.7, 23.1)] },
    properties: { fill: [0, 0, 255, 255] },
  },
  // Points are not areas: skipped.
  { id: 'C', geometry: { type: 'Point', coordinates: [113.4, 23.2] }, properties: { fill: [0, 255, 0, 255] } },
];

describe('splitAreas', () => {
  it('gives one polygon row per polygon and one segment row per edge of its rings, each pointing back to its feature', () => {
    const owner = new Map<object, [string, number]>();
    const { polygons, segments } = splitAreas(features, (row, feature, index) => {
      owner.set(row, [feature.id, index]);
      return row;
    });
    expect(polygons.map((p) => owner.get(p)?.[0])).toEqual(['A', 'B', 'B']);
    // Each closed square ring has five positions: four edges, and none from one ring to the next.
    expect(segments.map((s) => owner.get(s)?.[1])).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(segments[8]).toEqual({ source: [113.7, 23.1], target: [113.8, 23.1] });
    expect(segments[3]?.target).toEqual([113.3, 23.1]);
  });
});

describe('AreaLayer on a NullDevice', () => {
  let manager: LayerManager | null = null;
  afterEach(() => manager?.finalize());

  it('draws fills and outlines through sublayers whose accessors see the features', () => {
    manager = new LayerManager(new NullDevice({}), {
      viewport: new WebMercatorViewport({ width: 800, height: 600, longitude: 113.5, latitude: 23.15, zoom: 9 }),
    });
    manager.setProps({
      onError: (error: Error) => {
        throw error;
      },
    });
    const seen: string[] = [];
    manager.setLayers([
      new AreaLayer<(typeof features)[number]>({
        id: 'areas',
        data: { features },
        getFillColor: (f) => {
          seen.push(f.id);
          return f.properties.fill;
        },
        getLineWidth: 2,
      }),
    ]);
    manager.updateLayers();
    const sublayers = manager.getLayers().filter((l: Layer) => l.id !== 'areas');
    expect(sublayers.map((l) => l.id).sort()).toEqual(['areas-fill', 'areas-stroke']);
    expect(seen).toEqual(['A', 'B', 'B']);
  });
});
