import { computableFrom, indicatorDefinition, isIndicatorKey } from '../api/indicator-catalogue';
import type { GridZoneCollection } from '../api/schemas/org';
import { CLIENT_TALLY_FIELDS } from '../data/zone-tallies';
import type { ZoneClasses } from '../data/zone-classes';
import { formatValue } from '../lib/format-number';
import { AreaLayer } from './area-layer';
import type { Theme } from '../lib/view-options';
import { ATTENTION_RAMPS, NO_DATA_COLOR, rampColors, withAlpha } from './palette';
import type { Rgba } from './palette';
import { makeThresholdScale, thresholdLegend, type ThresholdLegend, type ThresholdScale } from './legend';
import type { BaseLayerOptions } from './layer-options';
import { baseProps, selectionColorOf, sizeScaleOf } from './layer-options';
import { defineLayer } from './layer-entry';
import { pickedWithId } from './pick';

/*
 * Grid zones (网格) filled by the app's indicator, in the classes src/data computes for it (the
 * legend lists the same classes, with how many zones each holds). The theme's "needs attention" ramp
 * runs from calm to loud: where higher is better, the low classes are the loud ones.
 */

export type GridZoneFeature = GridZoneCollection['features'][number];

const ID = 'grid-zones';
/**
 * Grid zones are areas under everything else: their fill is drawn at this share of its colour's alpha (the
 * legend's swatches too), per base map. White land takes 60 % of a pale ramp for the loud class to stand out
 * 3:1 and neighbouring classes to stay apart; the dark ramp carries its own opacity per class (palette.ts).
 * tests/src/layers/palette.test.ts checks both as drawn.
 */
export const ZONE_FILL_ALPHA: Readonly<Record<Theme, number>> = { dark: 1, light: 0.6 };
/** Zone outlines: faint, in the land's opposite (white vanishes on the light map). */
const OUTLINES: Record<Theme, Rgba> = { dark: [255, 255, 255, 90], light: [20, 36, 59, 80] };
const LINKED_OUTLINE: Rgba = [255, 209, 0, 230];

/** A colour at a share of its alpha. */
const atShareOfAlpha = (c: Rgba, share: number): Rgba => (share === 1 ? c : withAlpha(c, Math.round(c[3] * share)));

/**
 * The colour scale of a set of zone classes on the theme's base map. Fewer classes take colours spread
 * over the whole ramp; a single class (all values equal) is the calm end whichever way is better. Every
 * colour (no data's too) at `fillAlpha` of its alpha: the colours the zones are drawn in, which the
 * legend's swatches show over the same land.
 */
export function zoneScaleOf(classes: Pick<ZoneClasses, 'domain' | 'thresholds' | 'better' | 'unit'>, theme: Theme = 'dark', fillAlpha = 1): ThresholdScale {
  const drawn = (c: Rgba) => atShareOfAlpha(c, fillAlpha);
  const colors = rampColors(ATTENTION_RAMPS[theme], classes.thresholds.length + 1).map(drawn);
  return makeThresholdScale(classes.domain, classes.thresholds, classes.better === 'higher' ? colors.reverse() : colors, classes.unit, drawn(NO_DATA_COLOR));
}

/** The legend of zone classes: the scale's classes, zones per class, and where the data lies. */
export function zoneLegendOf(classes: ZoneClasses, scale: ThresholdScale): ThresholdLegend {
  return thresholdLegend(scale, {
    counts: classes.counts,
    noDataCount: classes.noData,
    ends: classes.method === 'anchored' ? 'open' : 'data',
    extent: classes.extent,
  });
}

export interface GridZonesOptions extends BaseLayerOptions {
  /** zone id → value; missing or null is drawn as "no data". */
  values: ReadonlyMap<string, number | null>;
  scale: ThresholdScale;
  selectedZoneId?: string | null;
  /** Zones linked to the focus elsewhere (e.g. those a selected feeder serves): outlined, not filled. */
  linkedZoneIds?: ReadonlySet<string>;
  /** Override the id, e.g. for the closure-rate-by-zone view of the issue heat entry. */
  id?: string;
}

export function buildGridZonesLayer(zones: GridZoneCollection, options: GridZonesOptions) {
  const { values, scale, selectedZoneId = null, linkedZoneIds } = options;
  const outline = OUTLINES[options.theme ?? 'dark'];
  const selectionOutline = selectionColorOf(options);
  const isSelected = (f: { id: string }) => f.id === selectedZoneId;
  const isLinked = (f: { id: string }) => linkedZoneIds?.has(f.id) ?? false;
  return new AreaLayer<GridZoneFeature>({
    id: options.id ?? ID,
    ...baseProps(options),
    data: zones,
    filled: true,
    stroked: true,
    lineWidthUnits: 'pixels',
    lineWidthScale: sizeScaleOf(options),
    getFillColor: (f) => scale.colorOf(values.get(f.id)),
    getLineColor: (f) => (isSelected(f) ? selectionOutline : isLinked(f) ? LINKED_OUTLINE : outline),
    getLineWidth: (f) => (isSelected(f) ? 3 : isLinked(f) ? 2 : 1),
    updateTriggers: {
      // The fill depends on the values and their scale; outlines on the focus.
      getFillColor: [values, scale],
      getLineColor: [selectedZoneId, linkedZoneIds, outline, selectionOutline],
      getLineWidth: [selectedZoneId, linkedZoneIds],
    },
  });
}

const scales: Record<Theme, WeakMap<ZoneClasses, ThresholdScale>> = { dark: new WeakMap(), light: new WeakMap() };
const scaleOf = (classes: ZoneClasses, theme: Theme) => {
  let scale = scales[theme].get(classes);
  if (!scale) scales[theme].set(classes, (scale = zoneScaleOf(classes, theme, ZONE_FILL_ALPHA[theme])));
  return scale;
};

/** The zones' classes as the map draws them in a theme: the layer's legend (the zones' key), and a ranking of zones beside it. */
export const zoneClassLegendOf = (classes: ZoneClasses, theme: Theme): ThresholdLegend => zoneLegendOf(classes, scaleOf(classes, theme));
const NO_VALUES: ReadonlyMap<string, number | null> = new Map();
const noDataScaleOf = (theme: Theme) => makeThresholdScale([0, 1], [], [[0, 0, 0, 0]], 'count', atShareOfAlpha(NO_DATA_COLOR, ZONE_FILL_ALPHA[theme]));
const NO_DATA_SCALES: Record<Theme, ThresholdScale> = { dark: noDataScaleOf('dark'), light: noDataScaleOf('light') };

/** The indicators a zone can be coloured by: those the client tallies itself, from the catalogue. */
export const ZONE_INDICATORS = computableFrom(CLIENT_TALLY_FIELDS, 'zone').map((d) => d.key);

const zoneOfPlace = (place: { level: string; id?: string }) => (place.level === 'zone' ? (place.id ?? null) : null);

export const gridZonesEntry = defineLayer({
  key: 'gridZones',
  id: ID,
  group: 'party',
  names: { zh: '网格', en: 'Grid zones' },
  defaultVisible: true,
  option: {
    label: 'layers.zoneIndicator',
    values: ZONE_INDICATORS,
    default: 'violations_per_transformer_district_per_year',
    valueLabel: (value, _t, language) => (isIndicatorKey(value) ? indicatorDefinition(value).label[language === 'en' ? 'en' : 'zh'] : value),
    bind: 'indicator',
  },
  needs: () => ['zones', 'zoneClasses'],
  inputs: (c) => [c.data.zones, c.data.zoneClasses, c.theme, c.visible, c.opacity, zoneOfPlace(c.place), c.linked.zoneIds, c.sizeScale],
  build: (c) => {
    const classes = c.data.zoneClasses;
    return [
      buildGridZonesLayer(c.data.zones, {
        visible: c.visible,
        opacity: c.opacity,
        values: classes?.values ?? NO_VALUES,
        scale: classes ? scaleOf(classes, c.theme) : NO_DATA_SCALES[c.theme],
        selectedZoneId: zoneOfPlace(c.place),
        linkedZoneIds: c.linked.zoneIds,
        theme: c.theme,
        sizeScale: c.sizeScale,
      }),
    ];
  },
  legend: (c) => (c.data.zoneClasses ? [zoneClassLegendOf(c.data.zoneClasses, c.theme)] : []),
  pick: (info, c) => {
    const f = pickedWithId<GridZoneFeature>(info);
    if (!f) return null;
    const value = c.data.zoneClasses?.values.get(f.id);
    const classes = c.data.zoneClasses;
    return {
      layer: 'gridZones',
      kind: 'zone',
      target: { place: { level: 'zone', id: f.id } },
      describe: (t, language) => {
        const lines = [`${t('details.transformerDistricts')}: ${f.properties.transformerDistrictCount}`];
        if (f.properties.redGrid) lines.unshift(t('details.redGrid'));
        if (classes) lines.push(`${indicatorDefinition(classes.indicator).label[language === 'en' ? 'en' : 'zh']}: ${formatValue(value, classes.unit, language)}`);
        return { title: f.properties.name, lines };
      },
    };
  },
  details: null,
});
