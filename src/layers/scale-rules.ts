/*
 * What each scale shows (the cartography's scale rules), in zoom levels of the map:
 *  - city scale (below ~10): no feeders (at that scale the network is a mesh over the zones);
 *  - city and district scale (below ~11.5): violations aggregated per grid zone (proportional
 *    symbols; the zone colouring carries the indicator), no individual points;
 *  - from ~11.5 to 12.5 the points fade in as the aggregate fades out;
 *  - zone scale (13 and closer): party members and transformer districts; their service areas at 14.
 * Transitions are fades over a zoom range, applied per frame while the map zooms (see ZoomFade), so
 * nothing pops in at a threshold.
 */

export const SCALE = {
  /** 10 kV feeders: the network reads at district scale; over the whole city it is a mesh hiding the zones. */
  network: { from: 9.75, to: 10.5 },
  /** Individual violation points fade in over this range; the per-zone aggregate fades out over it. */
  violationPoints: { from: 11.5, to: 12.5 },
  /** Party members and transformer-district points. */
  zoneScale: { from: 12.5, to: 13 },
  /** Transformer districts' service areas. */
  serviceAreas: { from: 13.75, to: 14.25 },
  /** Zone names, a label layer of the base map (zone-labels.ts): in as the zones grow big enough to hold them. */
  zoneLabels: { from: 11.25, to: 12 },
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
