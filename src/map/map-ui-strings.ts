import type { Map as MapLibreMap } from 'maplibre-gl';

/** The strings MapLibre puts on its own canvas and controls, as its `locale` option expects them. */
export interface MapUiStrings {
  canvas: string;
  zoomIn: string;
  zoomOut: string;
  resetBearing: string;
  toggleAttribution: string;
}

export function toMapLibreLocale(s: MapUiStrings): Record<string, string> {
  return {
    'Map.Title': s.canvas,
    'NavigationControl.ZoomIn': s.zoomIn,
    'NavigationControl.ZoomOut': s.zoomOut,
    'NavigationControl.ResetBearing': s.resetBearing,
    'AttributionControl.ToggleAttribution': s.toggleAttribution,
  };
}

/**
 * MapLibre reads `locale` only when it builds its DOM; on a language switch we relabel that DOM
 * rather than rebuild the map (which would cost a full reload of the style).
 */
export function relabelMapUi(map: MapLibreMap, s: MapUiStrings): void {
  const container = map.getContainer();
  map.getCanvas().setAttribute('aria-label', s.canvas);
  const label = (selector: string, text: string) => {
    for (const el of container.querySelectorAll<HTMLElement>(selector)) {
      el.setAttribute('aria-label', text);
      el.title = text;
    }
  };
  label('.maplibregl-ctrl-zoom-in', s.zoomIn);
  label('.maplibregl-ctrl-zoom-out', s.zoomOut);
  label('.maplibregl-ctrl-compass', s.resetBearing);
  label('.maplibregl-ctrl-attrib-button', s.toggleAttribution);
}
