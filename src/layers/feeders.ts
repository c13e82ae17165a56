import { PathLayer } from '@deck.gl/layers';
import type { FeederCollection } from '../api/schemas/assets';
import { FEEDER_COLOR, FEEDER_HIGHLIGHT_COLOR } from './palette';
import type { CategoricalLegend } from './legend';
import type { BaseLayerOptions } from './layer-options';
import { baseProps, selectionColorOf } from './layer-options';
import { defineLayer } from './layer-entry';
import { formatValue } from '../lib/format-number';
import { pickedWithId } from './pick';
import { SCALE } from './scale-rules';

/** 10 kV feeders (10kV馈线) as paths: PathLayer takes the LineStrings as they come, no GeoJSON parsing pass. */
export type FeederFeature = FeederCollection['features'][number];

const ID = 'feeders';

export interface FeedersOptions extends BaseLayerOptions {
  selectedId?: string | null;
  /** Feeders linked to the selection (e.g. those through the selected zone). */
  highlightedIds?: ReadonlySet<string>;
}

export const FEEDER_WIDTH_PIXELS = { normal: 1.25, highlighted: 3, selected: 4 } as const;

export function buildFeedersLayer(feeders: FeederCollection, options: FeedersOptions = {}) {
  const { selectedId = null, highlightedIds } = options;
  const selection = selectionColorOf(options);
  const state = (f: FeederFeature) =>
    f.id === selectedId ? 'selected' : highlightedIds?.has(f.id) ? 'highlighted' : 'normal';
  return new PathLayer<FeederFeature>({
    id: ID,
    ...baseProps(options),
    data: feeders.features,
    getPath: (f) => f.geometry.coordinates,
    widthUnits: 'pixels',
    widthMinPixels: 1,
    capRounded: true,
    jointRounded: true,
    getColor: (f) => {
      const s = state(f);
      return s === 'selected' ? selection : s === 'highlighted' ? FEEDER_HIGHLIGHT_COLOR : FEEDER_COLOR;
    },
    getWidth: (f) => FEEDER_WIDTH_PIXELS[state(f)],
    updateTriggers: { getColor: [selectedId, highlightedIds, selection], getWidth: [selectedId, highlightedIds] },
  });
}

export const feedersLegend: CategoricalLegend = {
  kind: 'categorical',
  items: [
    { key: 'feeder', color: FEEDER_COLOR },
    { key: 'linked', color: FEEDER_HIGHLIGHT_COLOR },
  ],
};

const selectedOf = (selection: { kind: string; id: string } | null) => (selection?.kind === 'feeder' ? selection.id : null);

export const feedersEntry = defineLayer({
  key: 'feeders',
  id: ID,
  group: 'production',
  names: { zh: '10kV馈线', en: 'Feeders' },
  defaultVisible: true,
  needs: () => ['feeders'],
  fades: [{ id: ID, from: SCALE.network.from, to: SCALE.network.to, direction: 'in' }],
  inputs: (c) => [c.data.feeders, c.visible, c.opacity, selectedOf(c.selection), c.linked.feederIds, c.theme],
  build: (c) => [
    buildFeedersLayer(c.data.feeders, { visible: c.visible, opacity: c.opacity, selectedId: selectedOf(c.selection), highlightedIds: c.linked.feederIds, theme: c.theme }),
  ],
  legend: () => [feedersLegend],
  pick: (info) => {
    const f = pickedWithId<FeederFeature>(info);
    return f
      ? {
          layer: 'feeders',
          kind: 'feeder',
          target: { selection: { kind: 'feeder', id: f.id } },
          describe: (t, language) => ({
            title: f.properties.name,
            lines: [t('tooltip.length', { value: formatValue(f.properties.lengthKm, 'km', language) })],
          }),
        }
      : null;
  },
  details: {
    kind: 'feeder',
    needs: ['feeders', 'substations', 'zones'],
    describe: (id, data) => {
      const f = data.feeders.features.find((x) => x.id === id);
      if (!f) return null;
      const p = f.properties;
      const substation = data.substations.features.find((s) => s.id === p.substationId);
      const zoneName = (zid: string) => data.zones.features.find((z) => z.id === zid)?.properties.name ?? zid;
      return {
        title: p.name,
        rows: [
          { label: 'details.substation', value: { text: substation?.properties.name ?? p.substationId, to: { selection: { kind: 'substation', id: p.substationId } } } },
          { label: 'details.length', value: `${p.lengthKm.toFixed(1)} km` },
          { label: 'details.zonesServed', value: p.zoneIds.map((zid) => ({ text: zoneName(zid), to: { place: { level: 'zone', id: zid } } })) },
        ],
      };
    },
  },
});
