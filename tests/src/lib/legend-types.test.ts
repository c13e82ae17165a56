import { describe, expect, it } from 'vitest';
import { thresholdClassOf, thresholdColourOf } from '../../../src/lib/legend-types';
import { makeThresholdScale, thresholdLegend } from '../../../src/layers/legend';

const colours = [
  [1, 0, 0, 255],
  [2, 0, 0, 255],
  [3, 0, 0, 255],
] as const;

describe('thresholdClassOf (a value in a legend’s classes, as the map colours it)', () => {
  const scale = makeThresholdScale([2.5, 55.8], [8.5, 14], colours, 'perDistrictYear');
  const legend = thresholdLegend(scale, { ends: 'data', extent: [2.5, 55.8] });

  it('puts a value in the class whose range holds it, a break in the class it opens', () => {
    expect([2.5, 8.49, 8.5, 13.9, 14, 55.8].map((v) => thresholdClassOf(legend, v))).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it('gives a value the colour the layer’s scale gives it, beyond the data’s ends and for no value too', () => {
    for (const v of [-1, 0, 2.5, 8.5, 9, 14, 20, 55.8, 99, null]) expect(thresholdColourOf(legend, v)).toEqual(scale.colorOf(v));
  });

  it('no class for no value, or where the legend has none', () => {
    expect(thresholdClassOf(legend, null)).toBeNull();
    expect(thresholdClassOf(legend, Number.NaN)).toBeNull();
    expect(thresholdClassOf({ bins: [] }, 4)).toBeNull();
  });
});
