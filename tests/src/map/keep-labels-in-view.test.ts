import { describe, expect, it } from 'vitest';
import { labelHalfSize, labelReach, labelText, numberAtZoom } from '../../../src/map/keep-labels-in-view';
import { zoomSizes } from '../../../src/layers/base-map-style';
import type { LabelProperties } from '../../../src/layers/base-map-labels';

describe('a label as the style draws it', () => {
  it('reads a size at a zoom from a number or a linear zoom ramp', () => {
    expect(numberAtZoom(14, 9, 16)).toBe(14);
    const ramp = zoomSizes(2, [7, 15], [9, 20], [12, 30]);
    expect(numberAtZoom(ramp, 5, 16)).toBe(30);
    expect(numberAtZoom(ramp, 8, 16)).toBeCloseTo(35);
    expect(numberAtZoom(ramp, 10.5, 16)).toBeCloseTo(50);
    expect(numberAtZoom(ramp, 14, 16)).toBe(60);
    expect(numberAtZoom(['step', ['zoom'], 1, 5, 2], 8, 16)).toBe(16);
  });

  it('reads the text a text-field shows: the Chinese name, or the English one where there is one', () => {
    const huadu: LabelProperties = { kind: 'district', name: '花都区', name_en: 'Huadu', adcode: '440114' };
    expect(labelText(huadu, ['get', 'name'])).toBe('花都区');
    expect(labelText(huadu, ['coalesce', ['get', 'name_en'], ['get', 'name']])).toBe('Huadu');
    expect(labelText({ ...huadu, name_en: '' }, ['coalesce', ['get', 'name_en'], ['get', 'name']])).toBe('花都区');
  });

  it('sizes a label: a CJK character an em wide, a Latin one narrower, with its spacing and halo', () => {
    expect(labelHalfSize('花都区', 20, 0.1)).toEqual({ x: (3.2 * 20) / 2 + 2, y: 14 });
    expect(labelHalfSize('Huadu', 20, 0).x).toBeCloseTo((5 * 0.6 * 20) / 2 + 2);
    // Six ems in lines of at most five: two lines of about three.
    const wrapped = labelHalfSize('知识城东网格', 20, 0, 5);
    expect(wrapped.y).toBe(2 * 0.6 * 20 + 2);
    expect(wrapped.x).toBeLessThan((6 * 20) / 2);
  });

  it('reaches its whole size and offset from its anchor where MapLibre may move it to another side', () => {
    const half = { x: 34, y: 14 };
    expect(labelReach(half, 20, undefined, undefined)).toEqual(half);
    expect(labelReach(half, 20, ['center'], 0.5)).toEqual(half);
    expect(labelReach(half, 20, ['center', 'top', 'left'], 0.5)).toEqual({ x: 78, y: 38 });
  });
});
