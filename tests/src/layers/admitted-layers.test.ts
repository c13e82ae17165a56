import { describe, expect, it } from 'vitest';
import { BitmapLayer, ScatterplotLayer } from '@deck.gl/layers';
import { admitLayers, admittedLayers, hasContent, isEmptyLayerData } from '../../../src/layers/admitted-layers';

const layer = (id: string, visible: boolean, data: unknown) => new ScatterplotLayer({ id, visible, data: data as never });

describe('isEmptyLayerData', () => {
  it('knows empty arrays, binary tables and feature collections', () => {
    expect(isEmptyLayerData([])).toBe(true);
    expect(isEmptyLayerData({ length: 0, attributes: {} })).toBe(true);
    expect(isEmptyLayerData({ type: 'FeatureCollection', features: [] })).toBe(true);
    expect(isEmptyLayerData([1])).toBe(false);
    expect(isEmptyLayerData({ length: 3, attributes: {} })).toBe(false);
    expect(isEmptyLayerData({ type: 'FeatureCollection', features: [{}] })).toBe(false);
  });
});

describe('admitLayers', () => {
  it('admits a layer once it is visible with data, and keeps it when it is switched off', () => {
    const none: ReadonlySet<string> = new Set();
    const first = [layer('a', true, [1]), layer('b', false, [1]), layer('c', true, [])];
    const admitted = admitLayers(first, none);
    expect([...admitted]).toEqual(['a']);
    expect(admittedLayers(first, admitted).map((l) => l.id)).toEqual(['a']);

    // Nothing new: the very same set (the hook then sets no state).
    expect(admitLayers(first, admitted)).toBe(admitted);

    // 'a' switched off stays (toggled by `visible`), 'c' got data, in the list's order.
    const later = [layer('a', false, [1]), layer('b', false, [1]), layer('c', true, [1])];
    const next = admitLayers(later, admitted);
    expect(admittedLayers(later, next).map((l) => [l.id, l.props.visible])).toEqual([
      ['a', false],
      ['c', true],
    ]);
  });
});

describe('hasContent', () => {
  it('asks a bitmap layer for its image, any other layer for its data', () => {
    expect(hasContent(new BitmapLayer({ id: 'heat', image: null }))).toBe(false);
    expect(hasContent(new BitmapLayer({ id: 'heat', image: { width: 1, height: 1 } as ImageData }))).toBe(true);
    expect(hasContent(layer('p', true, []))).toBe(false);
    expect(hasContent(layer('p', true, [1]))).toBe(true);
  });
});
