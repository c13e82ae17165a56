import { useEffect, useRef } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Selection } from '../store/selection-slice';

export type SelectionTarget = { bounds: [number, number, number, number] } | { point: [number, number] } | null;

/** Points are shown at least this close; areas are fitted, but never closer than this. */
const POINT_ZOOM = 14;
const MAX_FIT_ZOOM = 15;

const keyOf = (s: Selection | null) => (s ? `${s.kind}:${s.id}` : '');

/**
 * Fits the map to each new selection once its geometry is known. A selection that came with a camera
 * in the URL (a link to a view) is not fitted: the link's camera wins.
 */
export function useFitToSelection(map: MapLibreMap | null, selection: Selection | null, target: SelectionTarget, skipFirst: boolean) {
  const pending = useRef<string | null>(skipFirst ? null : keyOf(selection) || null);
  const last = useRef(keyOf(selection));
  useEffect(() => {
    const key = keyOf(selection);
    if (key !== last.current) {
      last.current = key;
      pending.current = key || null;
    }
  }, [selection]);
  useEffect(() => {
    if (!map || !target || !pending.current || pending.current !== keyOf(selection)) return;
    pending.current = null;
    const padding = { top: 80, bottom: 80, left: 420, right: 480 };
    const width = map.getContainer().clientWidth;
    const pad = width > padding.left + padding.right + 200 ? padding : 40;
    if ('bounds' in target) {
      const [w, s, e, n] = target.bounds;
      map.fitBounds([w, s, e, n], { padding: pad, maxZoom: MAX_FIT_ZOOM, duration: 800 });
    } else {
      map.easeTo({ center: target.point, zoom: Math.max(map.getZoom(), POINT_ZOOM), duration: 800 });
    }
  }, [map, selection, target]);
}
