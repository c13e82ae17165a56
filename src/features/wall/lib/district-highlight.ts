import type { GeoJSONSourceSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';

/*
 * The tour's current place, outlined on the base map under the labels: a district bureau as a line
 * on the base map's own district outlines (the `districts` source, its features keyed by adcode), a
 * grid zone as a line on its own polygon (a source of one feature, in the base map's datum). A
 * configured style given by URL has no districts source and is left as it is for a district.
 */
export const HIGHLIGHT_LAYER_ID = 'wall-district-highlight';
export const ZONE_HIGHLIGHT_ID = 'wall-zone-highlight';

interface HighlightOptions {
  colour: string;
  width: number;
}

/**
 * The style with `layer` under its labels: names stay readable over the outline. `skip` label layers
 * stay under it: the map draws its data layers (deck.gl) just before the first label layer, so a line
 * that must show over the data (a zone's, whose fill and focus outline are data) goes after that one.
 */
function underLabels(style: StyleSpecification, layer: LayerSpecification, sources: StyleSpecification['sources'] = {}, skip = 0): StyleSpecification {
  const first = style.layers.findIndex((l) => l.type === 'symbol');
  const at = first < 0 ? style.layers.length : first + skip;
  const layers = [...style.layers];
  layers.splice(at, 0, layer);
  return { ...style, sources: { ...style.sources, ...sources }, layers };
}

const outline = (id: string, source: string, options: HighlightOptions) => ({
  id,
  type: 'line' as const,
  source,
  layout: { 'line-join': 'round' as const },
  paint: { 'line-color': options.colour, 'line-width': options.width },
});

export function withDistrictHighlight(style: StyleSpecification, adcode: string | null, options: HighlightOptions): StyleSpecification {
  if (adcode === null || !style.sources.districts) return style;
  return underLabels(style, { ...outline(HIGHLIGHT_LAYER_ID, 'districts', options), filter: ['==', ['get', 'adcode'], adcode] });
}

/**
 * A grid zone's outline (`zone`: its feature as the map draws it, already in the base map's datum),
 * over the data and the first label layer (the zones' names, at their centres, away from the
 * outline), under the district and city names.
 */
export function withZoneHighlight(style: StyleSpecification, zone: GeoJSONSourceSpecification['data'] | null, options: HighlightOptions): StyleSpecification {
  if (zone === null) return style;
  return underLabels(style, outline(ZONE_HIGHLIGHT_ID, ZONE_HIGHLIGHT_ID, options), { [ZONE_HIGHLIGHT_ID]: { type: 'geojson', data: zone } }, 1);
}
