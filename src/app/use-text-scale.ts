import { useSyncExternalStore } from 'react';

/**
 * How much larger than at 1920 CSS px the map's labels should be: 1 on desks and on walls that
 * scale by device pixel ratio, up to 2 on a 3840-px-wide wall at ratio 1. In steps of 0.25 so a
 * window being dragged does not restyle the map on every pixel.
 */
export function textScaleFor(cssWidth: number): number {
  const raw = Math.min(2, Math.max(1, cssWidth / 1920));
  return Math.round(raw * 4) / 4;
}

function subscribe(onChange: () => void) {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

export function useTextScale(): number {
  return useSyncExternalStore(subscribe, () => textScaleFor(window.innerWidth), () => 1);
}
