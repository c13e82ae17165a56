import { ScatterplotLayer } from '@deck.gl/layers';
import { AreaLayer } from './area-layer';
import type { TransformerDistrictCollection } from '../api/schemas/assets';
import type { Position } from '../api/schemas/geojson';
import { NEUTRAL_GREY, colorForId, withAlpha } from './palette';
import type { Rgba } from './palette';
import type { CategoricalLegend } from './legend';
import type { BaseLayerOptions } from './layer-options';
import { baseProps, selectionColorOf } from './layer-options';
import { defineLayer } from './layer-entry';
import { SCALE } from './scale-rules';
import { pickedWithId } from './pick';

/*
 * Transformer districts (台区): a dot per transformer; their service areas only at close zoom, where
 * they are few enough on screen to read (and cheap enough to fill in software WebGL). When a zone is
 * selected, its districts take the colour of the grid team they are assigned to (包干到户) and the
 * rest fade to grey; team colours come from a hash of the team id, so they are the same everywhere.
 */

export type TransformerDistrictFeature = TransformerDistrictCollection['features'][number];

const ID = 'transformer-districts';
type Props = TransformerDistrictFeature['properties'];

/** Service areas fade in from this zoom on (street level: a district is a few blocks). */
export const TRANSFORMER_AREA_MIN_ZOOM = SCALE.serviceAreas.from;
export const TRANSFORMER_RADIUS_PIXELS = 3;

const DIMMED: Rgba = withAlpha(NEUTRAL_GREY, 110);
// Module constant: an absent areas collection is always the same object, so deck.gl sees no data change.
const EMPTY: TransformerDistrictCollection = { type: 'FeatureCollection', features: [] };

export interface TransformerDistrictsOptions extends BaseLayerOptions {
  /** The current zoom; the areas layer is `visible` only at areaMinZoom and closer. */
  zoom: number;
  areaMinZoom?: number;
  selectedZoneId?: string | null;
  selectedId?: string | null;
  highlightedIds?: ReadonlySet<string>;
}

export function transformerDistrictColor(props: Props, selectedZoneId: string | null | undefined): Rgba {
  if (!selectedZoneId) return NEUTRAL_GREY;
  return props.zoneId === selectedZoneId ? colorForId(props.gridTeamId) : DIMMED;
}

/** A point for any district geometry: the vertex mean of a service area's outer ring. */
function anchorOf(f: TransformerDistrictFeature): Position {
  const g = f.geometry;
  if (g.type === 'Point') return g.coordinates;
  const ring = g.coordinates[0] ?? [];
  let x = 0;
  let y = 0;
  for (const [lon, lat] of ring) {
    x += lon;
    y += lat;
  }
  return ring.length ? [x / ring.length, y / ring.length] : [0, 0];
}

/**
 * Returns [areas, points]; both always exist (stable ids), the areas one is hidden far out or when
 * there are no areas yet. `areas` is the `geometry=area` collection, fetched only at close zoom.
 */
export function buildTransformerDistrictsLayers(
  points: TransformerDistrictCollection,
  areas: TransformerDistrictCollection | null,
  options: TransformerDistrictsOptions,
) {
  const { selectedZoneId = null, selectedId = null, highlightedIds } = options;
  const base = baseProps(options);
  const selection = selectionColorOf(options);
  const minZoom = options.areaMinZoom ?? TRANSFORMER_AREA_MIN_ZOOM;
  const emphasised = (id: string | number | undefined) =>
    id !== undefined && (String(id) === selectedId || (highlightedIds?.has(String(id)) ?? false));
  const pointsLayer = new ScatterplotLayer<TransformerDistrictFeature>({
    id: ID,
    ...base,
    data: points.features,
    getPosition: anchorOf,
    radiusUnits: 'pixels',
    // A selected or linked district grows: a 3-pixel dot with a ring is easy to miss.
    getRadius: (f) => (emphasised(f.id) ? 2 * TRANSFORMER_RADIUS_PIXELS : TRANSFORMER_RADIUS_PIXELS),
    stroked: true,
    lineWidthUnits: 'pixels',
    getFillColor: (f) => transformerDistrictColor(f.properties, selectedZoneId),
    getLineColor: (f) => (emphasised(f.id) ? selection : [0, 0, 0, 0]),
    getLineWidth: (f) => (emphasised(f.id) ? 2 : 0),
    updateTriggers: {
      getRadius: [selectedId, highlightedIds],
      getFillColor: selectedZoneId,
      getLineColor: [selectedId, highlightedIds, selection],
      getLineWidth: [selectedId, highlightedIds],
    },
  });
  const areasLayer = new AreaLayer<TransformerDistrictFeature>({
    id: `${ID}-areas`,
    ...base,
    visible: base.visible && areas !== null && options.zoom >= minZoom,
    data: areas ?? EMPTY,
    filled: true,
    stroked: true,
    lineWidthUnits: 'pixels',
    getFillColor: (f: TransformerDistrictFeature) => withAlpha(transformerDistrictColor(f.properties, selectedZoneId), 60),
    getLineColor: (f: TransformerDistrictFeature) =>
      emphasised(f.id) ? selection : withAlpha(transformerDistrictColor(f.properties, selectedZoneId), 200),
    getLineWidth: (f: TransformerDistrictFeature) => (emphasised(f.id) ? 2 : 1),
    updateTriggers: {
      getFillColor: selectedZoneId,
      getLineColor: [selectedZoneId, selectedId, highlightedIds, selection],
      getLineWidth: [selectedId, highlightedIds],
    },
  });
  // Areas under the transformers: a selected transformer's ring is not tinted by its own service area.
  return [areasLayer, pointsLayer] as const;
}

/** The grid teams of the selected zone's districts, in id order, with their colours. */
export function transformerDistrictsLegend(
  points: TransformerDistrictCollection,
  selectedZoneId: string | null,
): CategoricalLegend {
  if (!selectedZoneId) return { kind: 'categorical', items: [{ key: 'transformerDistrict', color: NEUTRAL_GREY }] };
  const teams = new Set<string>();
  for (const f of points.features) if (f.properties.zoneId === selectedZoneId) teams.add(f.properties.gridTeamId);
  return {
    kind: 'categorical',
    items: [...teams].sort().map((key) => ({ key, color: colorForId(key) })),
  };
}

const selectedOf = (selection: { kind: string; id: string } | null) => (selection?.kind === 'transformer-district' ? selection.id : null);

export const transformerDistrictsEntry = defineLayer({
  key: 'transformerDistricts',
  id: ID,
  group: 'production',
  names: { zh: '台区', en: 'Transformer districts' },
  defaultVisible: false,
  // Transformers at zone scale, their service areas closer in (scale-rules.ts).
  fades: [
    { id: ID, from: SCALE.zoneScale.from, to: SCALE.zoneScale.to, direction: 'in' },
    { id: `${ID}-areas`, from: SCALE.serviceAreas.from, to: SCALE.serviceAreas.to, direction: 'in' },
  ],
  needs: (_option, zoom) => (zoom >= TRANSFORMER_AREA_MIN_ZOOM ? ['transformerDistricts', 'transformerDistrictAreas'] : ['transformerDistricts']),
  inputs: (c) => [
    c.data.transformerDistricts,
    c.data.transformerDistrictAreas,
    c.visible,
    c.opacity,
    c.zoom >= TRANSFORMER_AREA_MIN_ZOOM,
    c.linked.teamColoursZoneId,
    selectedOf(c.selection),
    c.linked.transformerDistrictIds,
    c.theme,
  ],
  build: (c) =>
    buildTransformerDistrictsLayers(c.data.transformerDistricts, c.data.transformerDistrictAreas.features.length ? c.data.transformerDistrictAreas : null, {
      visible: c.visible,
      opacity: c.opacity,
      zoom: c.zoom,
      selectedZoneId: c.linked.teamColoursZoneId,
      selectedId: selectedOf(c.selection),
      highlightedIds: c.linked.transformerDistrictIds,
      theme: c.theme,
    }),
  legend: (c) => [transformerDistrictsLegend(c.data.transformerDistricts, c.linked.teamColoursZoneId)],
  pick: (info) => {
    const f = pickedWithId<TransformerDistrictFeature>(info);
    return f
      ? {
          layer: 'transformerDistricts',
          kind: 'transformer-district',
          target: { selection: { kind: 'transformer-district', id: f.id } },
          describe: (t) => ({
            title: f.properties.name,
            lines: [t('tooltip.capacity', { value: f.properties.capacityKva }), t('tooltip.customers', { count: f.properties.customers })],
          }),
        }
      : null;
  },
  details: {
    kind: 'transformer-district',
    needs: ['transformerDistricts', 'zones', 'feeders'],
    describe: (id, data) => {
      const f = data.transformerDistricts.features.find((x) => x.id === id);
      if (!f) return null;
      const p = f.properties;
      const zoneName = data.zones.features.find((z) => z.id === p.zoneId)?.properties.name ?? p.zoneId;
      const feederName = data.feeders.features.find((x) => x.id === p.feederId)?.properties.name ?? p.feederId;
      return {
        title: p.name,
        rows: [
          { label: 'details.capacity', value: `${p.capacityKva} kVA` },
          { label: 'details.customers', value: p.customers },
          { label: 'details.zone', value: { text: zoneName, to: { place: { level: 'zone', id: p.zoneId } } } },
          { label: 'details.team', value: p.gridTeamId },
          { label: 'details.feeder', value: { text: feederName, to: { selection: { kind: 'feeder', id: p.feederId } } } },
        ],
      };
    },
  },
});
