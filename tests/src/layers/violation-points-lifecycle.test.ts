import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Attribute, LayerManager, WebMercatorViewport } from '@deck.gl/core';
import type { Layer } from '@deck.gl/core';
import { NullDevice } from '@luma.gl/test-utils';
import { buildViolationPointsLayer } from '../../../src/layers/violation-points';
import type { ViolationPointsOptions } from '../../../src/layers/violation-points';
import type { ViolationFilter } from '../../../src/lib/violation-filter';
import { prepareViolationTable } from '../../../src/data/violation-table';
import { makeViolationColumns, makeViolationRow } from '../../factories/layers-violations';

/*
 * Issue 3 §4: a filter change must not rebuild layer data. This runs the real deck.gl layer lifecycle
 * (LayerManager → ScatterplotLayer + DataFilterExtension → AttributeManager) on luma.gl's NullDevice,
 * counts every attribute regeneration (accessor runs) and upload (setData), changes the filter, and
 * asserts zero of either — while a colorBy change, as the control, does regenerate the colours.
 * NullDevice comes from @luma.gl/test-utils (matching @luma.gl/core).
 */

const rows = Array.from({ length: 50 }, (_, i) =>
  makeViolationRow({
    day: i * 20,
    category: (['behaviour', 'equipment', 'management'] as const)[i % 3],
    severity: (['general', 'serious', 'severe'] as const)[i % 3],
    status: (['found', 'assigned', 'rectifying', 'awaiting_verification', 'closed'] as const)[i % 5],
    overdue: i % 4 === 0,
  }),
);
const prepared = prepareViolationTable(makeViolationColumns(rows));
const allFilter: ViolationFilter = {
  fromDay: 0,
  toDay: 1000,
  categories: ['behaviour', 'equipment', 'management'],
  severities: ['general', 'serious', 'severe'],
  statuses: ['found', 'assigned', 'rectifying', 'awaiting_verification', 'closed'],
  workTypes: ['patrol', 'switching', 'maintenance', 'emergency_repair', 'live_work', 'construction'],
};
const baseOptions: ViolationPointsOptions = { filter: allFilter, colorBy: 'category' };

// Captured before any spy replaces them.
type AnyMethod = (...args: unknown[]) => unknown;
const dataColumnProto = Object.getPrototypeOf(Attribute.prototype) as { setData: AnyMethod };
const methodOf = (proto: object, name: string) => Object.getOwnPropertyDescriptor(proto, name)?.value as AnyMethod;
const original = { updateBuffer: methodOf(Attribute.prototype, 'updateBuffer'), setData: methodOf(dataColumnProto, 'setData') };

type Counts = { regenerated: Map<string, number>; uploaded: Map<string, number> };

describe('violation points lifecycle on a NullDevice', () => {
  let layerManager: LayerManager;
  let counts: Counts;

  beforeEach(() => {
    const device = new NullDevice({});
    layerManager = new LayerManager(device, {
      viewport: new WebMercatorViewport({ width: 800, height: 600, longitude: 113.3, latitude: 23.1, zoom: 9 }),
    });
    layerManager.setProps({
      onError: (error: Error) => {
        throw error;
      },
    });
    counts = { regenerated: new Map(), uploaded: new Map() };
    const bump = (m: Map<string, number>, id: string) => m.set(id, (m.get(id) ?? 0) + 1);
    // Spy on deck.gl's own attribute classes: updateBuffer = an accessor/updater run,
    // setData (on the DataColumn base) = a value handed to the GPU buffer.
    vi.spyOn(Attribute.prototype, 'updateBuffer').mockImplementation(function (this: Attribute, ...args: unknown[]) {
      bump(counts.regenerated, this.id);
      return original.updateBuffer.apply(this, args) as boolean;
    });
    vi.spyOn(dataColumnProto, 'setData').mockImplementation(function (this: { id: string }, ...args: unknown[]) {
      // Constant accessors (radius, line width…) are re-set as generic vertex values on every update:
      // no buffer is written, so they are not uploads of layer data.
      const value = args[0] as { constant?: boolean } | undefined;
      if (!value?.constant) bump(counts.uploaded, this.id);
      return original.setData.apply(this, args);
    });
  });

  afterEach(() => {
    vi.restoreAllMocks();
    layerManager.finalize();
  });


  const render = (options: ViolationPointsOptions) => {
    layerManager.setLayers([buildViolationPointsLayer(prepared, options)]);
    const layer = layerManager.getLayers()[0];
    if (!layer) throw new Error('layer not initialised');
    return layer;
  };
  const reset = () => {
    counts.regenerated.clear();
    counts.uploaded.clear();
  };
  const attributeIds = (layer: Layer) => Object.keys(layer.getAttributeManager()?.attributes ?? {});

  it('first render builds positions, colours and both filter attributes once', () => {
    const layer = render(baseOptions);
    const ids = attributeIds(layer);
    expect(ids).toEqual(expect.arrayContaining(['instancePositions', 'instanceFillColors', 'filterValues', 'filterCategoryValues']));
    // Binary columns are handed over, not regenerated; the accessor-built ones run exactly once.
    expect(counts.regenerated.get('instancePositions')).toBeUndefined();
    expect(counts.regenerated.get('filterValues')).toBeUndefined();
    expect(counts.regenerated.get('instanceFillColors')).toBe(1);
    expect(counts.regenerated.get('filterCategoryValues')).toBe(1);
  });

  it('a filter change regenerates and uploads no attribute, only the filter uniforms change', () => {
    const first = render(baseOptions);
    const extension = first.props.extensions[0] as unknown as {
      _updateCategoryBitMask: (this: Layer, params: unknown, ext: unknown) => void;
    };
    extension._updateCategoryBitMask.call(first, {}, extension);
    const bitMaskBefore = Array.from((first.state as { categoryBitMask: Uint32Array }).categoryBitMask);
    reset();

    const layer = render({
      ...baseOptions,
      filter: { ...allFilter, fromDay: 200, toDay: 600, categories: ['equipment'], severities: ['severe'], statuses: ['closed'], overdue: 'only' },
    });

    expect(layer).not.toBe(first); // a new layer instance was matched to the old state…
    expect(Object.fromEntries(counts.regenerated)).toEqual({}); // …and no accessor ran,
    expect(Object.fromEntries(counts.uploaded)).toEqual({}); // nothing was re-uploaded,
    for (const id of attributeIds(layer)) expect(layer.getAttributeManager()?.attributes[id]?.needsUpdate()).toBeFalsy();
    // while the uniforms did change: the range prop, and the category bitmask recomputed from the new lists.
    expect((layer.props as unknown as { filterRange: unknown }).filterRange).toEqual([200, 600]);
    extension._updateCategoryBitMask.call(layer, {}, extension);
    const bitMaskAfter = Array.from((layer.state as { categoryBitMask: Uint32Array }).categoryBitMask);
    expect(bitMaskAfter).not.toEqual(bitMaskBefore);
  });

  it('control: a colorBy change regenerates the colour attribute, and only it', () => {
    render(baseOptions);
    reset();
    render({ ...baseOptions, colorBy: 'severity' });
    expect(counts.regenerated.get('instanceFillColors')).toBe(1);
    expect(counts.regenerated.get('instancePositions')).toBeUndefined();
    expect(counts.regenerated.get('filterValues')).toBeUndefined();
    expect(counts.regenerated.get('filterCategoryValues')).toBeUndefined();
  });

  it('a selection change regenerates nothing (highlight is a uniform)', () => {
    render(baseOptions);
    reset();
    render({ ...baseOptions, selectedRow: 7 });
    expect(Object.fromEntries(counts.regenerated)).toEqual({});
  });
});
