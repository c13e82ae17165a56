import { useEffect } from 'react';
import { Marker, type Map as MapLibreMap } from 'maplibre-gl';
import type { Violation } from '../../../api/schemas/violations';
import type { DatumConverter } from '../../../data/use-datum-converter';

/** At most this many places pulse at once: more would be noise from across the room. */
export const MAX_PULSES = 3;

/**
 * A pulsing ring on the map at each violation the room has not acknowledged. DOM markers, not a deck.gl
 * layer: the browser animates them in CSS, so the map is not redrawn each frame for them (a 4K wall in
 * software rendering could not), and `prefers-reduced-motion` stills them as it does the ticker.
 */
export function useMapPulses(map: MapLibreMap | null, items: readonly Violation[], converter: DatumConverter | null): void {
  useEffect(() => {
    if (!map || !converter) return;
    const markers = items.slice(0, MAX_PULSES).map((v) => {
      // MapLibre places a marker by its element's transform: the ring that swells is a child.
      const element = document.createElement('div');
      element.className = 'wall-pulse';
      element.appendChild(document.createElement('div')).className = 'wall-pulse__ring';
      // The ticker says what and where in words; the ring is for the eye only.
      element.setAttribute('aria-hidden', 'true');
      const [lng, lat] = converter.point([v.position[0] ?? 0, v.position[1] ?? 0]);
      return new Marker({ element }).setLngLat([lng, lat]).addTo(map);
    });
    return () => {
      for (const marker of markers) marker.remove();
    };
  }, [map, items, converter]);
}
