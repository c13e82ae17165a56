import { useSyncExternalStore } from 'react';

/**
 * How much larger than a desk's the map's labels are on a wall, read from 5 m: 1.5× at 1080 px of
 * height, growing with the height (2.25× at 1620, 3× at 2160), in steps of 0.25.
 */
export function wallTextScaleFor(cssHeight: number): number {
  const raw = Math.min(3.5, Math.max(1.25, (1.5 * cssHeight) / 1080));
  return Math.round(raw * 4) / 4;
}

/**
 * How much larger than a desk's the map's dots, rings and outlines are on a wall: half-way to the labels'
 * scale (1.25× at 1080 px, 2× at 2160): a city's hundred thousand dots at the labels' full scale would merge.
 */
export const wallSizeScaleFor = (textScale: number): number => 1 + (textScale - 1) / 2;

function subscribe(onChange: () => void) {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

export function useWallTextScale(): number {
  return useSyncExternalStore(subscribe, () => wallTextScaleFor(window.innerHeight), () => 1.5);
}
