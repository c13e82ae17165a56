import type { StyleSpecification } from 'maplibre-gl';

/*
 * The tour's current district bureau, outlined on the base map: a line on the base map's own
 * district outlines (the `districts` source, its features keyed by adcode), under the labels.
 * A configured style given by URL has no such source and is left as it is.
 */
export const HIGHLIGHT_LAYER_ID = 'wall-district-highlight';

export function withDistrictHighlight(style: StyleSpecification, adcode: string | null, options: { colour: string; width: number }): StyleSpecification {
  if (adcode === null || !style.sources.districts) return style;
  const layer = {
    id: HIGHLIGHT_LAYER_ID,
    type: 'line' as const,
    source: 'districts',
    filter: ['==', ['get', 'adcode'], adcode] as ['==', ['get', string], string],
    layout: { 'line-join': 'round' as const },
    paint: { 'line-color': options.colour, 'line-width': options.width },
  };
  // Under the first label layer: names stay readable over the outline.
  const at = style.layers.findIndex((l) => l.type === 'symbol');
  const layers = [...style.layers];
  layers.splice(at < 0 ? layers.length : at, 0, layer);
  return { ...style, layers };
}
