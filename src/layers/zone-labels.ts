import type { FeatureCollection, Point } from 'geojson';
import type { StyleSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import type { GridZoneCollection } from '../api/schemas/org';
import { largestPart } from '../lib/geometry';
import type { Theme } from '../lib/view-options';
import { BASEMAP_FONTS, baseMapPalettes, zoomSizes } from './base-map-style';
import { SCALE } from './scale-rules';

/*
 * Zone names (网格名) as a label layer of the base map's own style, not a deck.gl layer: MapLibre's
 * symbol placement keeps them from colliding with each other and with the district names, which
 * outrank them (the style's later label layers are placed first), and all of them stay above the
 * data. They fade in from SCALE.zoneLabels, where a zone is big enough to hold its name (later for larger names).
 */

export const ZONE_LABELS_SOURCE = 'zone-labels';

/** One label point per zone (the centroid of its largest part), ranked by area: bigger zones are placed first. */
export function zoneLabelPoints(zones: GridZoneCollection): FeatureCollection<Point, { name: string; rank: number }> {
  return {
    type: 'FeatureCollection',
    features: zones.features.map((zone) => {
      const largest = largestPart(zone.geometry);
      return {
        type: 'Feature',
        id: zone.id,
        geometry: { type: 'Point', coordinates: largest.position },
        properties: { name: zone.properties.name, rank: -largest.area },
      };
    }),
  };
}

export interface ZoneLabelOptions {
  theme: Theme;
  /** The base map's label scale (a 4K wall at pixel ratio 1 wants about 2). */
  textScale?: number;
  visible: boolean;
}

/** The style with the zone labels added under its own labels (which then outrank them); the style itself is not changed. */
export function withZoneLabels(
  style: StyleSpecification,
  labels: FeatureCollection<Point, { name: string; rank: number }>,
  { theme, textScale = 1, visible }: ZoneLabelOptions,
): StyleSpecification {
  const c = baseMapPalettes[theme];
  // Larger names need larger zones: names k times the size come in log2(k) zoom levels later, where the zones
  // are k times as large (a 1080-px wall's 1.5× names at ~11.8, not half-faded over its district stops' zones).
  const later = Math.log2(Math.max(1, textScale));
  const [from, to] = [SCALE.zoneLabels.from + later, SCALE.zoneLabels.to + later];
  const layer: SymbolLayerSpecification = {
    id: 'zone-label',
    type: 'symbol',
    source: ZONE_LABELS_SOURCE,
    minzoom: from,
    layout: {
      visibility: visible ? 'visible' : 'none',
      'text-field': ['get', 'name'],
      'text-font': BASEMAP_FONTS,
      'text-size': zoomSizes(textScale, [Math.min(from, 13.5), 12], [14, 15], [16, 18]),
      'text-max-width': 6,
      'text-padding': 4,
      'symbol-sort-key': ['get', 'rank'],
    },
    paint: {
      'text-color': c.districtLabel,
      'text-halo-color': c.labelHalo,
      'text-halo-width': 1.5,
      'text-opacity': ['interpolate', ['linear'], ['zoom'], from, 0, to, 0.9],
    },
  };
  const firstLabel = style.layers.findIndex((l) => l.type === 'symbol');
  const at = firstLabel === -1 ? style.layers.length : firstLabel;
  return {
    ...style,
    sources: { ...style.sources, [ZONE_LABELS_SOURCE]: { type: 'geojson', data: labels } },
    layers: [...style.layers.slice(0, at), layer, ...style.layers.slice(at)],
  };
}
