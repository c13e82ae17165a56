import { ScatterplotLayer } from '@deck.gl/layers';
import type { BaseStationCollection } from '../api/schemas/assets';
import { BASE_STATION_COLOR, BASE_STATION_DEMO_COLOR, SELECTION_COLOR, withAlpha } from './palette';
import type { Rgba } from './palette';
import type { CategoricalLegend } from './legend';
import { LAYER_IDS } from './layer-ids';
import type { BaseLayerOptions } from './layer-options';
import { baseProps } from './layer-options';

/**
 * 5G base stations (5G基站): small rings, so one mounted on a substation stays visible around the
 * substation's dot; stations of a demonstration area (Nansha, Mingzhu Bay) are filled in yellow.
 */
export type BaseStationFeature = BaseStationCollection['features'][number];

export const BASE_STATION_RADIUS_PIXELS = 10;
const DEMO_FILL = withAlpha(BASE_STATION_DEMO_COLOR, 90);
const TRANSPARENT: Rgba = [0, 0, 0, 0];

export interface BaseStationsOptions extends BaseLayerOptions {
  selectedId?: string | null;
}

export function buildBaseStationsLayer(stations: BaseStationCollection, options: BaseStationsOptions = {}) {
  const { selectedId = null } = options;
  return new ScatterplotLayer<BaseStationFeature>({
    id: LAYER_IDS.baseStations,
    ...baseProps(options),
    data: stations.features,
    getPosition: (f) => f.geometry.coordinates,
    radiusUnits: 'pixels',
    getRadius: BASE_STATION_RADIUS_PIXELS,
    lineWidthUnits: 'pixels',
    stroked: true,
    filled: true,
    getFillColor: (f) => (f.properties.demoArea ? DEMO_FILL : TRANSPARENT),
    getLineColor: (f) =>
      f.id === selectedId ? SELECTION_COLOR : f.properties.demoArea ? BASE_STATION_DEMO_COLOR : BASE_STATION_COLOR,
    getLineWidth: (f) => (f.id === selectedId ? 3 : 2),
    updateTriggers: { getLineColor: selectedId, getLineWidth: selectedId },
  });
}

export const baseStationsLegend: CategoricalLegend = {
  kind: 'categorical',
  items: [
    { key: 'baseStation', color: BASE_STATION_COLOR },
    { key: 'demoArea', color: BASE_STATION_DEMO_COLOR },
  ],
};
