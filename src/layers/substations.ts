import { ScatterplotLayer } from '@deck.gl/layers';
import type { SubstationCollection } from '../api/schemas/assets';
import { voltageLevels } from '../api/schemas/enums';
import { VOLTAGE_COLORS } from './palette';
import type { CategoricalLegend, SizeLegend } from './legend';
import type { BaseLayerOptions } from './layer-options';
import { baseProps, selectionColorOf } from './layer-options';
import { defineLayer } from './layer-entry';
import { pickedWithId } from './pick';

/** Substations (变电站) by voltage: hue and size both encode it, so it reads without colour vision. */
export type SubstationFeature = SubstationCollection['features'][number];

const ID = 'substations';
export const SUBSTATION_RADIUS_PIXELS: Readonly<Record<110 | 220, number>> = { 110: 5, 220: 8 };

export interface SubstationsOptions extends BaseLayerOptions {
  selectedId?: string | null;
  highlightedIds?: ReadonlySet<string>;
}

export function buildSubstationsLayer(substations: SubstationCollection, options: SubstationsOptions = {}) {
  const { selectedId = null, highlightedIds } = options;
  const selection = selectionColorOf(options);
  const emphasised = (f: SubstationFeature) => f.id === selectedId || (highlightedIds?.has(f.id) ?? false);
  return new ScatterplotLayer<SubstationFeature>({
    id: ID,
    ...baseProps(options),
    data: substations.features,
    getPosition: (f) => f.geometry.coordinates,
    getFillColor: (f) => VOLTAGE_COLORS[f.properties.voltageKv],
    getRadius: (f) => SUBSTATION_RADIUS_PIXELS[f.properties.voltageKv],
    radiusUnits: 'pixels',
    stroked: true,
    lineWidthUnits: 'pixels',
    getLineColor: (f) => (emphasised(f) ? selection : [20, 20, 20, 200]),
    getLineWidth: (f) => (emphasised(f) ? 3 : 1),
    updateTriggers: { getLineColor: [selectedId, highlightedIds, selection], getLineWidth: [selectedId, highlightedIds] },
  });
}

export const substationsLegend: CategoricalLegend = {
  kind: 'categorical',
  items: voltageLevels.map((kv) => ({ key: `${kv}kV`, color: VOLTAGE_COLORS[kv] })),
};

export const substationsSizeLegend: SizeLegend = {
  kind: 'size',
  unit: 'kV',
  items: voltageLevels.map((kv) => ({ value: kv, radiusPixels: SUBSTATION_RADIUS_PIXELS[kv] })),
  color: VOLTAGE_COLORS[220],
};

const selectedOf = (selection: { kind: string; id: string } | null) => (selection?.kind === 'substation' ? selection.id : null);

export const substationsEntry = defineLayer({
  key: 'substations',
  id: ID,
  group: 'production',
  names: { zh: '变电站', en: 'Substations' },
  defaultVisible: true,
  needs: () => ['substations'],
  inputs: (c) => [c.data.substations, c.visible, c.opacity, selectedOf(c.selection), c.linked.substationIds, c.theme],
  build: (c) => [
    buildSubstationsLayer(c.data.substations, {
      visible: c.visible,
      opacity: c.opacity,
      selectedId: selectedOf(c.selection),
      highlightedIds: c.linked.substationIds,
      theme: c.theme,
    }),
  ],
  legend: () => [substationsLegend, substationsSizeLegend],
  pick: (info) => {
    const f = pickedWithId<SubstationFeature>(info);
    return f
      ? {
          layer: 'substations',
          kind: 'substation',
          target: { selection: { kind: 'substation', id: f.id } },
          describe: (t) => ({ title: f.properties.name, lines: [t('tooltip.voltage', { value: f.properties.voltageKv })] }),
        }
      : null;
  },
  details: {
    kind: 'substation',
    needs: ['substations', 'feeders'],
    describe: (id, data, _fetched, t) => {
      const s = data.substations.features.find((x) => x.id === id);
      if (!s) return null;
      const out = data.feeders.features.filter((f) => f.properties.substationId === id);
      return {
        title: s.properties.name,
        rows: [
          { label: 'details.voltage', value: t('tooltip.voltage', { value: s.properties.voltageKv }) },
          { label: 'details.has5g', value: t(s.properties.has5g ? 'details.yes' : 'details.no') },
          { label: 'details.feeders', value: out.map((f) => ({ text: f.properties.name, to: { selection: { kind: 'feeder', id: f.id } } })) },
        ],
      };
    },
  },
});
