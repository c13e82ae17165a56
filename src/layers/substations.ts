import { ScatterplotLayer } from '@deck.gl/layers';
import type { SubstationCollection } from '../api/schemas/assets';
import { voltageLevels } from '../api/schemas/enums';
import { SELECTION_COLOR, VOLTAGE_COLORS } from './palette';
import type { CategoricalLegend, SizeLegend } from './legend';
import { LAYER_IDS } from './layer-ids';
import type { BaseLayerOptions } from './layer-options';
import { baseProps } from './layer-options';

/** Substations (变电站) by voltage: hue and size both encode it, so it reads without colour vision. */
export type SubstationFeature = SubstationCollection['features'][number];

export const SUBSTATION_RADIUS_PIXELS: Readonly<Record<110 | 220, number>> = { 110: 5, 220: 8 };

export interface SubstationsOptions extends BaseLayerOptions {
  selectedId?: string | null;
  highlightedIds?: ReadonlySet<string>;
}

export function buildSubstationsLayer(substations: SubstationCollection, options: SubstationsOptions = {}) {
  const { selectedId = null, highlightedIds } = options;
  const emphasised = (f: SubstationFeature) => f.id === selectedId || (highlightedIds?.has(f.id) ?? false);
  return new ScatterplotLayer<SubstationFeature>({
    id: LAYER_IDS.substations,
    ...baseProps(options),
    data: substations.features,
    getPosition: (f) => f.geometry.coordinates,
    getFillColor: (f) => VOLTAGE_COLORS[f.properties.voltageKv],
    getRadius: (f) => SUBSTATION_RADIUS_PIXELS[f.properties.voltageKv],
    radiusUnits: 'pixels',
    stroked: true,
    lineWidthUnits: 'pixels',
    getLineColor: (f) => (emphasised(f) ? SELECTION_COLOR : [20, 20, 20, 200]),
    getLineWidth: (f) => (emphasised(f) ? 3 : 1),
    updateTriggers: { getLineColor: [selectedId, highlightedIds], getLineWidth: [selectedId, highlightedIds] },
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
