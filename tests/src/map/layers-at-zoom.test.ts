import { describe, expect, it } from 'vitest';
import { ScatterplotLayer } from '@deck.gl/layers';
import type { Layer, LayersList } from '@deck.gl/core';
import { atZoom } from '../../../src/map/layers-at-zoom';
import type { ZoomFade } from '../../../src/layers/scale-rules';

const fades: readonly ZoomFade[] = [
  { id: 'points', from: 11.5, to: 12.5, direction: 'in' },
  { id: 'aggregate', from: 11.5, to: 12.5, direction: 'out' },
];
const layer = (id: string, visible = true) => new ScatterplotLayer({ id, data: [], visible, opacity: 0.8 });
const shown = (list: LayersList): string[] =>
  list.flat(Infinity as 1).flatMap((l) => (l && (l as Layer).props.visible ? [`${(l as Layer).id}@${(l as Layer).props.opacity.toFixed(2)}`] : []));
const ids = (list: LayersList): string[] => list.flat(Infinity as 1).map((l) => (l as Layer).id);

describe('atZoom', () => {
  const zones = layer('zones');
  const layers: LayersList = [zones, [layer('aggregate'), layer('aggregate-labels')], layer('points'), layer('members', false)];

  it('leaves out what draws nothing at this zoom (faded out, or switched off) until hidden layers are wanted', () => {
    expect(ids(atZoom(layers, fades, 9, 'labels', false))).toEqual(['zones', 'aggregate', 'aggregate-labels']);
    expect(ids(atZoom(layers, fades, 14, 'labels', false))).toEqual(['zones', 'points']);
    // Halfway through the fade both show, each at its share of the opacity.
    expect(shown(atZoom(layers, fades, 12, 'labels', false))).toEqual(['zones@0.80', 'aggregate@0.40', 'aggregate-labels@0.40', 'points@0.40']);
  });

  it('with hidden layers, hands every layer over, those that draw nothing switched off', () => {
    const all = atZoom(layers, fades, 9, 'labels', true);
    expect(ids(all)).toEqual(['zones', 'aggregate', 'aggregate-labels', 'points', 'members']);
    expect(shown(all)).toEqual(['zones@0.80', 'aggregate@0.80', 'aggregate-labels@0.80']);
  });

  it('keeps a layer as it is where nothing changes, and places every layer under the labels', () => {
    const placed = atZoom(layers, fades, 9, 'labels', false);
    const again = atZoom(placed, fades, 9, 'labels', false);
    expect(again[0]).toBe(placed[0]);
    expect(placed[0]).not.toBe(zones);
    for (const l of placed.flat(Infinity as 1)) expect((l as Layer).props).toHaveProperty('beforeId', 'labels');
  });
});
