import { useEffect } from 'react';
import { Marker, type Map as MapLibreMap } from 'maplibre-gl';
import type { DatumConverter } from '../../../data/use-datum-converter';
import type { Pulse } from '../lib/attention';

/**
 * A pulsing ring on the map at each place the room has not acknowledged (pulsesOf chose them: a few
 * at most; red for a severe violation, amber for an overdue issue). DOM markers, not a deck.gl layer:
 * the browser animates them in CSS, so the map is not redrawn each frame for them (a 4K wall in
 * software rendering could not), and `prefers-reduced-motion` stills them as it does the ticker.
 */
export function useMapPulses(map: MapLibreMap | null, pulses: readonly Pulse[], converter: DatumConverter | null): void {
  useEffect(() => {
    if (!map || !converter) return;
    const markers = pulses.map((p) => {
      // MapLibre places a marker by its element's transform: the ring that swells is a child.
      const element = document.createElement('div');
      element.className = `wall-pulse wall-pulse--${p.kind}`;
      element.appendChild(document.createElement('div')).className = 'wall-pulse__ring';
      // The ticker says what and where in words; the ring is for the eye only.
      element.setAttribute('aria-hidden', 'true');
      const [lng, lat] = converter.point([p.position[0] ?? 0, p.position[1] ?? 0]);
      return new Marker({ element }).setLngLat([lng, lat]).addTo(map);
    });
    return () => {
      for (const marker of markers) marker.remove();
    };
  }, [map, pulses, converter]);
}
