import { useEffect, useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { BBox } from '../../../api/schemas/geojson';
import { snapBBox } from '../../../api/queries/assets';
import { TRANSFORMER_AREA_MIN_ZOOM } from '../../../layers/transformer-districts';

export interface Viewport {
  /** Floored to quarter steps: enough for zoom thresholds, and no re-render per tiny zoom. */
  zoom: number;
  /** The snapped view bbox, only at service-area zoom (null further out). */
  areaBBox: BBox | null;
}

function viewportOf(map: MapLibreMap): Viewport {
  const zoom = Math.floor(map.getZoom() * 4) / 4;
  if (zoom < TRANSFORMER_AREA_MIN_ZOOM) return { zoom, areaBBox: null };
  const b = map.getBounds();
  return { zoom, areaBBox: snapBBox([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]) };
}

const same = (a: Viewport, b: Viewport) => a.zoom === b.zoom && (a.areaBBox?.join() ?? '') === (b.areaBBox?.join() ?? '');

/** The map's zoom and (close in) bbox, updated when a move ends, never per frame. */
export function useViewport(map: MapLibreMap | null, initialZoom: number): Viewport {
  const [viewport, setViewport] = useState<Viewport>({ zoom: initialZoom, areaBBox: null });
  useEffect(() => {
    if (!map) return;
    const update = () => {
      const next = viewportOf(map);
      setViewport((prev) => (same(prev, next) ? prev : next));
    };
    update();
    map.on('moveend', update);
    return () => {
      map.off('moveend', update);
    };
  }, [map]);
  return viewport;
}
