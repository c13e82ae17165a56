import { useCallback, useEffect, useRef } from 'react';
import type { Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import type { FocusTarget } from '../../../data/use-focus';
import type { Camera } from '../../../lib/url-state';
import type { FrameBounds } from '../../../map/frame-padding';
import { useCameraRequest } from '../../../store/hooks';

/** Points are shown at least this close; areas are fitted, but never closer than this. */
const POINT_ZOOM = 14;
const MAX_FIT_ZOOM = 15;
const DURATION_MS = 800;

const sameCamera = (map: MapLibreMap, c: Camera) => {
  const center = map.getCenter();
  return Math.abs(center.lng - c.lng) < 1e-5 && Math.abs(center.lat - c.lat) < 1e-5 && Math.abs(map.getZoom() - c.zoom) < 0.01;
};

/**
 * Moves the camera when where-you-are changes: to the camera a history entry left (back/forward), or
 * to frame the new place or selection once its geometry is known; back at the bureau, to `home`. The
 * first request is the URL's at start: the map was created there (a link's camera wins).
 * Until the map has been shown whole once (the returned callback, for MapView's `onReady`), a move jumps
 * rather than flies: a link to a place or a secretary's landing on their branch arrives there, as a link
 * does, rather than flying there while the page loads (in software WebGL each frame of such a flight with
 * 10⁶ violation points on it costs the GPU process seconds).
 */
export function useCameraFollow(
  map: MapLibreMap | null,
  target: FocusTarget | null,
  atHome: boolean,
  home: [[number, number], [number, number]],
  /** What a fit of these bounds must leave free. */
  framePadding: (bounds: FrameBounds) => PaddingOptions,
): () => void {
  const request = useCameraRequest();
  // The request last acted on (a rebuilt map after a lost context does not redo it).
  const done = useRef(-1);
  const shown = useRef(false);
  useEffect(() => {
    if (!map || done.current === request.seq) return;
    const duration = shown.current ? DURATION_MS : 0;
    const { camera } = request;
    if (camera) {
      done.current = request.seq;
      if (!sameCamera(map, camera)) map.jumpTo({ center: [camera.lng, camera.lat], zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch });
      return;
    }
    if (atHome) {
      done.current = request.seq;
      if (request.seq > 0) map.fitBounds(home, { padding: framePadding(home), duration });
      return;
    }
    if (!target) return; // its geometry is still on its way: this effect runs again when it is in
    done.current = request.seq;
    if ('bounds' in target) {
      map.fitBounds(target.bounds, { padding: framePadding(target.bounds), maxZoom: MAX_FIT_ZOOM, duration });
    } else {
      map.easeTo({ center: target.point, zoom: Math.max(map.getZoom(), POINT_ZOOM), duration });
    }
  }, [map, request, target, atHome, home, framePadding]);
  return useCallback(() => {
    shown.current = true;
  }, []);
}
