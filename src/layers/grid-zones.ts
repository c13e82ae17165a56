import { AreaLayer } from './area-layer';
import type { GridZoneCollection } from '../api/schemas/org';
import { ATTENTION_RAMP, SELECTION_COLOR } from './palette';
import type { Rgba } from './palette';
import { makeQuantizeScale, makeThresholdScale, niceStep, thresholdLegend } from './legend';
import type { ThresholdLegend, ThresholdScale } from './legend';
import { LAYER_IDS } from './layer-ids';
import type { BaseLayerOptions } from './layer-options';
import { baseProps } from './layer-options';

/*
 * Grid zones (网格) filled by one indicator the user picks. Rates have fixed, meaningful class
 * breaks (so colours mean the same thing on every screen and every day); counts have no natural
 * scale, so they are quantized over the values shown, rounded to readable steps.
 */

export type GridZoneFeature = GridZoneCollection['features'][number];

export const ZONE_INDICATORS = ['violationsPer100Staff', 'closureRate', 'overdueIssues', 'winOrderCompletion'] as const;
export type ZoneIndicator = (typeof ZONE_INDICATORS)[number];

/** Rates are fractions (0.83 = 83 %); the UI formats them as percentages. */
export const ZONE_INDICATOR_UNITS: Readonly<Record<ZoneIndicator, string>> = {
  violationsPer100Staff: 'per100',
  closureRate: 'ratio',
  overdueIssues: 'count',
  winOrderCompletion: 'ratio',
};

const HIGH_IS_GOOD: ReadonlySet<ZoneIndicator> = new Set(['closureRate', 'winOrderCompletion']);
const reversedRamp = [...ATTENTION_RAMP].reverse();

/**
 * The scale for an indicator over the values on the map. Red always means "needs attention":
 * for closure rate and win-order completion the low classes are the red ones.
 */
export function makeZoneIndicatorScale(indicator: ZoneIndicator, values: Iterable<number | null>): ThresholdScale {
  const unit = ZONE_INDICATOR_UNITS[indicator];
  switch (indicator) {
    case 'closureRate':
      return makeThresholdScale([0, 1], [0.6, 0.7, 0.8, 0.9], reversedRamp, unit);
    case 'winOrderCompletion':
      // 100 % is the target; Huangpu's 274 % amount completion must not flatten the rest.
      return makeThresholdScale([0, 3], [0.6, 0.8, 1, 1.5], reversedRamp, unit);
    case 'violationsPer100Staff':
    case 'overdueIssues': {
      let max = 0;
      for (const v of values) if (v !== null && Number.isFinite(v) && v > max) max = v;
      const n = ATTENTION_RAMP.length;
      const step = indicator === 'overdueIssues' ? Math.max(1, Math.ceil(niceStep(max / n))) : niceStep(max / n);
      return makeQuantizeScale([0, step * n], ATTENTION_RAMP, unit);
    }
  }
}

export function zoneIndicatorLegend(scale: ThresholdScale): ThresholdLegend {
  return thresholdLegend(scale);
}

export function isHighGood(indicator: ZoneIndicator): boolean {
  return HIGH_IS_GOOD.has(indicator);
}

export interface GridZonesOptions extends BaseLayerOptions {
  indicator: ZoneIndicator;
  /** zone id → value of the indicator; missing or null is drawn as "no data". */
  values: ReadonlyMap<string, number | null>;
  /** Defaults to makeZoneIndicatorScale(indicator, values); pass one to share it with the legend. */
  scale?: ThresholdScale;
  selectedZoneId?: string | null;
  /** Zones linked to the selection elsewhere (e.g. those a selected feeder serves): outlined, not filled. */
  linkedZoneIds?: ReadonlySet<string>;
  /** Override the id, e.g. for the closure-rate-by-zone view of the issue heat entry. */
  id?: string;
}

const OUTLINE: Rgba = [255, 255, 255, 90];
const LINKED_OUTLINE: Rgba = [255, 209, 0, 230];

export function buildGridZonesLayer(zones: GridZoneCollection, options: GridZonesOptions) {
  const { indicator, values, selectedZoneId = null, linkedZoneIds } = options;
  const scale = options.scale ?? makeZoneIndicatorScale(indicator, values.values());
  const isSelected = (f: { id: string }) => f.id === selectedZoneId;
  const isLinked = (f: { id: string }) => linkedZoneIds?.has(f.id) ?? false;
  return new AreaLayer<GridZoneFeature>({
    id: options.id ?? LAYER_IDS.gridZones,
    ...baseProps(options),
    data: zones,
    filled: true,
    stroked: true,
    lineWidthUnits: 'pixels',
    getFillColor: (f) => scale.colorOf(values.get(f.id)),
    getLineColor: (f) => (isSelected(f) ? SELECTION_COLOR : isLinked(f) ? LINKED_OUTLINE : OUTLINE),
    getLineWidth: (f) => (isSelected(f) ? 3 : isLinked(f) ? 2 : 1),
    updateTriggers: {
      // The fill depends on which indicator, its values and its scale; outlines on the selection.
      getFillColor: [indicator, values, scale],
      getLineColor: [selectedZoneId, linkedZoneIds],
      getLineWidth: [selectedZoneId, linkedZoneIds],
    },
  });
}
