import { ScatterplotLayer } from '@deck.gl/layers';
import type { BaseStationCollection } from '../api/schemas/assets';
import { BASE_STATION_COLOR, BASE_STATION_DEMO_COLOR, withAlpha } from './palette';
import type { Rgba } from './palette';
import type { CategoricalLegend } from './legend';
import type { BaseLayerOptions } from './layer-options';
import { baseProps, selectionColorOf } from './layer-options';
import { defineLayer, type DetailRow } from './layer-entry';
import { pickedWithId } from './pick';

/**
 * 5G base stations (5G基站): small rings, so one mounted on a substation stays visible around the
 * substation's dot; stations of a demonstration area (Nansha, Mingzhu Bay) are filled in yellow.
 */
export type BaseStationFeature = BaseStationCollection['features'][number];

const ID = 'base-stations';
export const BASE_STATION_RADIUS_PIXELS = 10;
const DEMO_FILL = withAlpha(BASE_STATION_DEMO_COLOR, 90);
const TRANSPARENT: Rgba = [0, 0, 0, 0];

export interface BaseStationsOptions extends BaseLayerOptions {
  selectedId?: string | null;
}

export function buildBaseStationsLayer(stations: BaseStationCollection, options: BaseStationsOptions = {}) {
  const { selectedId = null } = options;
  const selection = selectionColorOf(options);
  return new ScatterplotLayer<BaseStationFeature>({
    id: ID,
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
      f.id === selectedId ? selection : f.properties.demoArea ? BASE_STATION_DEMO_COLOR : BASE_STATION_COLOR,
    getLineWidth: (f) => (f.id === selectedId ? 3 : 2),
    updateTriggers: { getLineColor: [selectedId, selection], getLineWidth: selectedId },
  });
}

export const baseStationsLegend: CategoricalLegend = {
  kind: 'categorical',
  items: [
    { key: 'baseStation', color: BASE_STATION_COLOR },
    { key: 'demoArea', color: BASE_STATION_DEMO_COLOR },
  ],
};

const selectedOf = (selection: { kind: string; id: string } | null) => (selection?.kind === 'base-station' ? selection.id : null);

export const baseStationsEntry = defineLayer({
  key: 'baseStations',
  id: ID,
  group: 'production',
  names: { zh: '5G基站', en: '5G base stations' },
  defaultVisible: false,
  needs: () => ['baseStations'],
  inputs: (c) => [c.data.baseStations, c.visible, c.opacity, selectedOf(c.selection), c.theme],
  build: (c) => [buildBaseStationsLayer(c.data.baseStations, { visible: c.visible, opacity: c.opacity, selectedId: selectedOf(c.selection), theme: c.theme })],
  legend: () => [baseStationsLegend],
  pick: (info) => {
    const f = pickedWithId<BaseStationFeature>(info);
    return f
      ? {
          layer: 'baseStations',
          kind: 'base-station',
          target: { selection: { kind: 'base-station', id: f.id } },
          describe: (t) => ({
            title: f.properties.name,
            lines: f.properties.demoArea ? [t('tooltip.demoArea', { name: f.properties.demoArea })] : [],
          }),
        }
      : null;
  },
  details: {
    kind: 'base-station',
    needs: ['baseStations', 'substations'],
    describe: (id, data) => {
      const f = data.baseStations.features.find((x) => x.id === id);
      if (!f) return null;
      const { demoArea, substationId } = f.properties;
      const rows: DetailRow[] = [];
      if (demoArea) rows.push({ label: 'legend.keys.demoArea', value: demoArea });
      if (substationId) {
        const name = data.substations.features.find((s) => s.id === substationId)?.properties.name ?? substationId;
        rows.push({ label: 'details.substation', value: { text: name, to: { selection: { kind: 'substation', id: substationId } } } });
      }
      return { title: f.properties.name, rows };
    },
  },
});
