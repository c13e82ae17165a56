import type { HexagonLayer } from '@deck.gl/aggregation-layers';
import { BitmapLayer } from '@deck.gl/layers';
import type { GridZoneCollection } from '../api/schemas/org';
import type { ViolationTable } from '../data/violation-table';
import { zoneIndicatorValues, type ZoneTallies } from '../data/zone-tallies';
import { zoneClassesOf } from '../data/zone-classes';
import { formatValue } from '../lib/format-number';
import { ATTENTION_RAMPS, HEAT_RAMP } from './palette';
import { prepareIssueHeat, rasterizeIssueHeat, type HeatImage, type PreparedIssueHeat } from './issue-heat-raster';
import type { Theme } from '../lib/view-options';
import type { GradientLegend, ThresholdLegend } from './legend';
import { makeQuantizeScale, thresholdLegend } from './legend';
import type { ThresholdScale } from './legend';
import type { BaseLayerOptions } from './layer-options';
import { baseProps } from './layer-options';
import { buildGridZonesLayer, zoneScaleOf, type GridZoneFeature } from './grid-zones';
import type { LayerContext, PickInfoLike, Picked } from './layer-entry';
import { ISSUE_HEAT_ID as ID, type IssueHeatView } from './issue-heat';
import { pickedWithId } from './pick';

/*
 * The issue closure heat's layers, loaded the first time the layer is switched on (issue-heat.ts holds
 * its registry entry). Three views of one entry, all built every render with stable
 * ids and only one `visible` (switching views re-creates nothing):
 *  - 'heat': open issues weighted by days overdue, as a raster made once per data (rasterizeIssueHeat);
 *  - 'closureByZone': closure rate per grid zone (the grid-zones builder, closure-rate scale);
 *  - 'closureByHexagon': closure rate per 1 km hexagon (HexagonLayer, MEAN of a 0/1 "closed" weight),
 *    for where zones are too coarse or not loaded.
 * Rates use the same classes everywhere (60/70/80/90 %), so the zone and hexagon views agree.
 */

/** The hexagon view's binary data: all rows, colour weight 1 where the issue is closed. */
export interface HexagonClosureData {
  length: number;
  attributes: {
    getPosition: { value: Float32Array; size: 3 };
    getColorWeight: { value: Float32Array; size: 1 };
  };
}

const hexagonDataCache = new WeakMap<PreparedIssueHeat, HexagonClosureData>();

/**
 * The hexagon view's data, made on first use and once per heat. Positions go as (lon, lat, 0):
 * deck.gl's HexagonLayer measures its data's bounds only over three-component positions, and without
 * them it bins with a radius of one common unit (hexagons ~80 km across) whatever the radius asked.
 */
export function hexagonClosureData(heat: PreparedIssueHeat): HexagonClosureData {
  const cached = hexagonDataCache.get(heat);
  if (cached) return cached;
  const length = heat.closed.length;
  const positions = new Float32Array(length * 3);
  for (let i = 0; i < length; i++) {
    positions[3 * i] = heat.allPositions[2 * i] ?? 0;
    positions[3 * i + 1] = heat.allPositions[2 * i + 1] ?? 0;
  }
  const data: HexagonClosureData = {
    length,
    attributes: { getPosition: { value: positions, size: 3 }, getColorWeight: { value: heat.closed, size: 1 } },
  };
  hexagonDataCache.set(heat, data);
  return data;
}

/** The hexagons' closure-rate classes: quantize [0.5, 1] in 5 → 60/70/80/90 %, the zones' closure classes as fractions. */
const closureRateScaleOf = (theme: Theme): ThresholdScale => makeQuantizeScale([0.5, 1], [...ATTENTION_RAMPS[theme]].reverse(), 'ratio');
/** The closure scales on each theme's base map: hexagons (fractions) and zones (the catalogue's %, anchored classes). */
const CLOSURE_SCALES: Record<Theme, { hexagons: ThresholdScale; zones: ThresholdScale }> = {
  dark: { hexagons: closureRateScaleOf('dark'), zones: zoneScaleOf(zoneClassesOf('issue_closure_rate', new Map()), 'dark') },
  light: { hexagons: closureRateScaleOf('light'), zones: zoneScaleOf(zoneClassesOf('issue_closure_rate', new Map()), 'light') },
};
export const CLOSURE_RATE_SCALE: ThresholdScale = CLOSURE_SCALES.dark.hexagons;

export const HEXAGON_RADIUS_METERS = 1000;

export interface IssueHeatOptions extends BaseLayerOptions {
  view: IssueHeatView;
  /**
   * The heat raster as an image (ImageData of rasterizeIssueHeat's data, made where there is a DOM)
   * and its bounds; null before there is any. Once the layer exists it must keep an image: pass a
   * blank one rather than null (deck.gl fails on a null image).
   */
  heatImage: HeatImage | null;
  zones: GridZoneCollection;
  /** Per-zone issue closure rates (the catalogue's issue_closure_rate, in %), for the 'closureByZone' view. */
  zoneClosure: ReadonlyMap<string, number | null>;
  selectedZoneId?: string | null;
  hexagonRadiusMeters?: number;
  /**
   * deck.gl's HexagonLayer class, loaded the first time the hexagon view is chosen; null or absent:
   * no hexagon layer.
   */
  hexagonLayer?: typeof HexagonLayer | null;
}

/**
 * Returns [heat, closure by zone, closure by hexagon]; exactly one is visible (none when switched off).
 * The hexagon layer is null until its class has been loaded (options.hexagonLayer).
 */
export function buildIssueHeatLayers(heat: PreparedIssueHeat, options: IssueHeatOptions) {
  const base = baseProps(options);
  const { view, heatImage } = options;
  const scales = CLOSURE_SCALES[options.theme ?? 'dark'];
  const heatLayer = new BitmapLayer({
    id: ID,
    ...base,
    // A heatmap has nothing to pick; tooltips come from the points and zones.
    pickable: false,
    visible: base.visible && view === 'heat' && heatImage !== null,
    image: heatImage?.image ?? null,
    bounds: heatImage?.bounds ?? [0, 0, 0, 0],
    // Interpolated between cells at every zoom: no visible 250 m squares.
    textureParameters: { minFilter: 'linear', magFilter: 'linear', addressModeU: 'clamp-to-edge', addressModeV: 'clamp-to-edge' },
  });
  const zoneLayer = buildGridZonesLayer(options.zones, {
    ...base,
    id: `${ID}-closure-zones`,
    visible: base.visible && view === 'closureByZone',
    values: options.zoneClosure,
    scale: scales.zones,
    selectedZoneId: options.selectedZoneId ?? null,
    theme: options.theme ?? 'dark',
  });
  const HexagonLayerClass = options.hexagonLayer ?? null;
  const hexLayer = HexagonLayerClass
    ? new HexagonLayerClass<null>({
        id: `${ID}-closure-hexagons`,
        ...base,
        visible: base.visible && view === 'closureByHexagon',
        data: hexagonClosureData(heat),
        radius: options.hexagonRadiusMeters ?? HEXAGON_RADIUS_METERS,
        coverage: 0.9,
        extruded: false,
        // CPU binning: once per data and radius (bins live in world space, not screen space), the same
        // on every GPU, and it lets the scale use fixed class breaks.
        gpuAggregation: false,
        colorAggregation: 'MEAN',
        colorScaleType: 'quantize',
        colorDomain: scales.hexagons.domain,
        colorRange: scales.hexagons.colors.map((c) => [...c] as [number, number, number, number]),
      })
    : null;
  return [heatLayer, zoneLayer, hexLayer] as const;
}

export const issueHeatLegend: GradientLegend = {
  kind: 'gradient',
  measure: 'openIssuesWeightedByDaysOverdue',
  colors: HEAT_RAMP,
  relative: true,
};

export const closureRateLegend: ThresholdLegend = thresholdLegend(CLOSURE_RATE_SCALE);

// Once per table: the open backlog compacted, then rasterised (tens of milliseconds, a hundred at 10⁶).
const heatCache = new WeakMap<ViolationTable, { asOfDay: number; heat: PreparedIssueHeat; image: HeatImage }>();
function heatOf(table: ViolationTable, asOfDay: number) {
  const cached = heatCache.get(table);
  if (cached && cached.asOfDay === asOfDay) return cached;
  const heat = prepareIssueHeat(table, { asOfDay });
  const raster = rasterizeIssueHeat(heat);
  // Without a raster, a blank pixel: deck.gl cannot take the heat layer's image away once it exists.
  const image: HeatImage = raster
    ? { image: new ImageData(raster.data, raster.width, raster.height), bounds: raster.bounds }
    : { image: new ImageData(1, 1), bounds: [0, 0, 0, 0] };
  const entry = { asOfDay, heat, image };
  heatCache.set(table, entry);
  return entry;
}
const closureCache = new WeakMap<ZoneTallies, ReadonlyMap<string, number | null>>();
function closureOf(tallies: ZoneTallies | null): ReadonlyMap<string, number | null> {
  if (!tallies) return NO_VALUES;
  let values = closureCache.get(tallies);
  if (!values) closureCache.set(tallies, (values = zoneIndicatorValues('issue_closure_rate', tallies)));
  return values;
}
const NO_VALUES: ReadonlyMap<string, number | null> = new Map();

/** The entry's layers for a context, in the view asked for. */
export function issueHeatLayersOf(c: LayerContext, view: IssueHeatView, selectedZoneId: string | null, hexagonLayer: typeof HexagonLayer | null) {
  const { heat, image } = heatOf(c.data.violations, c.data.asOfDay);
  return buildIssueHeatLayers(heat, {
    visible: c.visible,
    opacity: c.opacity,
    view,
    heatImage: image,
    zones: c.data.zones,
    zoneClosure: closureOf(c.data.zoneTallies),
    selectedZoneId,
    hexagonLayer,
    theme: c.theme,
  }).filter((layer) => layer !== null);
}

export const issueHeatLegendOf = (view: IssueHeatView, theme: Theme) =>
  view === 'heat' ? issueHeatLegend : thresholdLegend(CLOSURE_SCALES[theme][view === 'closureByZone' ? 'zones' : 'hexagons']);

export function pickIssueHeat(info: PickInfoLike, c: LayerContext): Picked | null {
  const id = info.layer?.id;
  if (id?.startsWith(`${ID}-closure-zones`)) {
    const f = pickedWithId<GridZoneFeature>(info);
    if (!f) return null;
    const rate = closureOf(c.data.zoneTallies).get(f.id);
    return {
      layer: 'issueHeat',
      kind: 'zone',
      target: { place: { level: 'zone', id: f.id } },
      describe: (t, language) => ({ title: f.properties.name, lines: [t('tooltip.closureRate', { value: formatValue(rate, '%', language, 0) })] }),
    };
  }
  const o = info.object as { count?: unknown; points?: unknown; colorValue?: unknown } | null | undefined;
  if (id?.startsWith(`${ID}-closure-hexagons`) && o) {
    const count = typeof o.count === 'number' ? o.count : Array.isArray(o.points) ? o.points.length : 0;
    const rate = typeof o.colorValue === 'number' && Number.isFinite(o.colorValue) ? o.colorValue : null;
    return {
      layer: 'issueHeat',
      kind: 'hexagon',
      target: null,
      describe: (t, language) => ({
        title: t('kinds.hexagon'),
        lines: [t('tooltip.closureRate', { value: formatValue(rate, 'ratio', language) }), t('tooltip.violations', { count })],
      }),
    };
  }
  return null;
}
