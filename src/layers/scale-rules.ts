/*
 * What each scale shows (the cartography's scale rules), in zoom levels of the map:
 *  - city and district scale (below ~11.5): violations aggregated per grid zone (proportional
 *    symbols; the zone colouring carries the indicator), no individual points;
 *  - from ~11.5 to 12.5 the points fade in as the aggregate fades out;
 *  - zone scale (13 and closer): party members and transformer districts; their service areas at 14.
 * Transitions are fades over a zoom range, applied per frame while the map zooms (see ZoomFade), so
 * nothing pops in at a threshold.
 */

export const SCALE = {
  /** Individual violation points fade in over this range; the per-zone aggregate fades out over it. */
  violationPoints: { from: 11.5, to: 12.5 },
  /** Party members and transformer-district points. */
  zoneScale: { from: 12.5, to: 13 },
  /** Transformer districts' service areas. */
  serviceAreas: { from: 13.75, to: 14.25 },
  /** Zone names on the base map. */
  zoneLabels: 11.5,
} as const;

/** A layer (by deck id, sub-layers included) drawn at `opacity × fade(zoom)`: in over [from, to], or out. */
export interface ZoomFade {
  /** A deck.gl layer id; its sub-layers (`<id>-…`) fade with it. */
  id: string;
  from: number;
  to: number;
  direction: 'in' | 'out';
}

/** 0 → 1 over [from, to], eased (smoothstep): the share of a fading-in layer's opacity at `zoom`. */
export function fadeIn(zoom: number, from: number, to: number): number {
  if (zoom <= from) return 0;
  if (zoom >= to) return 1;
  const t = (zoom - from) / (to - from);
  return t * t * (3 - 2 * t);
}

export function fadeFactor(fade: ZoomFade, zoom: number): number {
  const f = fadeIn(zoom, fade.from, fade.to);
  return fade.direction === 'in' ? f : 1 - f;
}

/** Whether anything of a fading layer shows at `zoom` (a layer at zero opacity is switched off, not drawn). */
export const showsAt = (fade: ZoomFade, zoom: number) => fadeFactor(fade, zoom) > 0;
