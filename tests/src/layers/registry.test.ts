import { describe, expect, it } from 'vitest';
import { LAYER_CATALOGUE, LAYER_GROUPS, LAYER_KEYS, LAYER_REGISTRY, entryOfPick } from '../../../src/layers/registry';
import type { LayerContext, LayerEntry } from '../../../src/layers/layer-entry';
import { SELECTION_KINDS } from '../../../src/lib/url-state';
import { layerContext } from '../../factories/layer-context';

const entries = LAYER_REGISTRY as readonly LayerEntry[];

// The heat entry hands deck.gl an ImageData, a browser class node lacks: a stand-in of its shape.
globalThis.ImageData ??= class {
  constructor(
    readonly data: Uint8ClampedArray | number,
    readonly width: number,
    readonly height = width,
  ) {}
} as unknown as typeof ImageData;
const contextOf = (entry: LayerEntry, over: Partial<LayerContext> = {}): LayerContext => layerContext({ option: entry.option?.default ?? '', ...over });

describe('the layer registry', () => {
  it('names every layer exactly as the product spells them', () => {
    expect(entries.map((e) => `${e.names.zh} / ${e.names.en}`).sort()).toEqual(
      [
        '变电站 / Substations',
        '10kV馈线 / Feeders',
        '台区 / Transformer districts',
        '5G基站 / 5G base stations',
        '网格 / Grid zones',
        '党支部 / Party branches',
        '党员 / Party members',
        '党员身边违章 / Violations around members',
        '问题闭环热力 / Issue closure heat',
      ].sort(),
    );
  });

  it('has every part for every entry, and builds layers that pick back to their entry', async () => {
    for (const entry of entries) {
      const name = entry.key;
      expect(entry.key, name).toMatch(/^[a-z][A-Za-z]+$/);
      expect(entry.id, name).toMatch(/^[a-z][a-z-]+$/);
      expect(['production', 'party'], name).toContain(entry.group);
      expect(entry.names.zh.length * entry.names.en.length, `${name} names`).toBeGreaterThan(0);
      expect(typeof entry.defaultVisible, name).toBe('boolean');
      // A lazy entry builds once its parts have arrived, as the app gives them.
      const context = contextOf(entry, { lazy: await Promise.all((entry.lazy ?? []).map((part) => part.load())) });
      expect(Array.isArray(entry.needs(context.option, context.zoom)), `${name} needs`).toBe(true);
      expect(entry.inputs(context).length, `${name} inputs`).toBeGreaterThan(0);
      const layers = entry.build(context);
      expect(layers.length, `${name} builds`).toBeGreaterThan(0);
      for (const layer of layers) expect(entryOfPick({ layer, index: 0 })?.key, `${layer.id} picks back to ${name}`).toBe(name);
      expect(Array.isArray(entry.legend(context)), `${name} legend`).toBe(true);
      expect(entry.pick({ layer: { id: entry.id }, index: -1, object: null }, context), `${name} picks nothing on empty`).toBeNull();
      if (entry.details) {
        expect(SELECTION_KINDS, `${name} details kind`).toContain(entry.details.kind);
        expect(typeof entry.details.describe, name).toBe('function');
      }
      if (entry.option) expect(entry.option.values, `${name} option default`).toContain(entry.option.default);
    }
    // Every selectable kind has details somewhere, and only one entry describes each.
    const described = entries.flatMap((e) => (e.details ? [e.details.kind] : []));
    expect([...described].sort()).toEqual([...SELECTION_KINDS].sort());
  });

  it('has unique keys and ids, no id a prefix of another', () => {
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(LAYER_KEYS).size).toBe(LAYER_KEYS.length);
    for (const a of ids) for (const b of ids) if (a !== b) expect(b.startsWith(`${a}-`)).toBe(false);
    expect(entryOfPick({ layer: { id: 'transformer-districts-areas' }, index: 0 })?.key).toBe('transformerDistricts');
    expect(entryOfPick({ layer: { id: 'grid-zones-polygons-fill' }, index: 0 })?.key).toBe('gridZones');
    expect(entryOfPick({ layer: { id: 'base-map' }, index: 0 })).toBeUndefined();
  });

  it('lists each layer in exactly one group, the top-drawn first, and tells the store its defaults', () => {
    const grouped = [...LAYER_GROUPS.production, ...LAYER_GROUPS.party].map((e) => e.key);
    expect([...grouped].sort()).toEqual([...LAYER_KEYS].sort());
    expect(LAYER_GROUPS.production.map((e) => e.key)).toEqual(['baseStations', 'substations', 'feeders', 'transformerDistricts']);
    expect([...LAYER_CATALOGUE.defaultVisible].sort()).toEqual(['feeders', 'gridZones', 'substations', 'violations']);
    expect(LAYER_CATALOGUE.options.violations?.values).toEqual(['category', 'severity']);
    // The zone colouring's option is the app's indicator, not a layer option of its own.
    expect(LAYER_CATALOGUE.options.gridZones).toBeUndefined();
  });
});
