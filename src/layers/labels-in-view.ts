import type { Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { pointInRing, poleOfInaccessibility, ringArea } from './base-map-labels';

/*
 * Area labels kept whole on a fixed frame (the wall). A district's or a city's label sits at one point of
 * its outline; where that point lies at or beyond the view's edge, MapLibre draws the label cut in half
 * (it places labels that cross the viewport's edge). Such a label moves to the part of its area that is
 * in view, or is left out where too little of the area shows to hold it.
 */

/** [west, south, east, north] in degrees. */
export type Box = [number, number, number, number];

/** Where a label can be anchored for all of it to show. */
export interface LabelRoom {
  /** Parts of the view clear of anything laid over the map, each already less the label's half size. */
  boxes: readonly Box[];
  /** How far inside its area (degrees) a moved label's anchor must lie: about half the label's height. */
  clearance: number;
  /** Half the label's width (degrees of longitude): both its ends must lie in its area too. */
  halfWidth: number;
}

export type AreaOutline = Polygon | MultiPolygon;

const inBox = (p: Position, [w, s, e, n]: Box) => (p[0] ?? NaN) >= w && (p[0] ?? NaN) <= e && (p[1] ?? NaN) >= s && (p[1] ?? NaN) <= n;

/**
 * A ring clipped to a box (Sutherland–Hodgman: exact for any ring against a convex window), closed;
 * empty when nothing of it lies inside.
 */
export function clipRingToBox(ring: readonly Position[], box: Box): Position[] {
  const [w, s, e, n] = box;
  // Each edge of the box: which side is inside, and where a segment crosses it.
  const edges: { inside: (p: Position) => boolean; cross: (a: Position, b: Position) => Position }[] = [
    { inside: (p) => p[0]! >= w, cross: (a, b) => [w, a[1]! + ((b[1]! - a[1]!) * (w - a[0]!)) / (b[0]! - a[0]!)] },
    { inside: (p) => p[0]! <= e, cross: (a, b) => [e, a[1]! + ((b[1]! - a[1]!) * (e - a[0]!)) / (b[0]! - a[0]!)] },
    { inside: (p) => p[1]! >= s, cross: (a, b) => [a[0]! + ((b[0]! - a[0]!) * (s - a[1]!)) / (b[1]! - a[1]!), s] },
    { inside: (p) => p[1]! <= n, cross: (a, b) => [a[0]! + ((b[0]! - a[0]!) * (n - a[1]!)) / (b[1]! - a[1]!), n] },
  ];
  // Open ring in, open ring out of each pass.
  let points = ring.length > 1 && ring[0]![0] === ring[ring.length - 1]![0] && ring[0]![1] === ring[ring.length - 1]![1] ? ring.slice(0, -1) : ring.slice();
  for (const edge of edges) {
    if (points.length === 0) break;
    const next: Position[] = [];
    for (let i = 0; i < points.length; i++) {
      const current = points[i]!;
      const previous = points[(i + points.length - 1) % points.length]!;
      const currentIn = edge.inside(current);
      if (currentIn !== edge.inside(previous)) next.push(edge.cross(previous, current));
      if (currentIn) next.push(current);
    }
    points = next;
  }
  return points.length >= 3 ? [...points, points[0]!] : [];
}

/** A closed ring with the vertices closer than `tolerance` to the last kept one left out (the first and last kept). */
export function thinRing(ring: readonly Position[], tolerance: number): Position[] {
  if (ring.length <= 4 || !(tolerance > 0)) return ring.slice();
  const kept: Position[] = [ring[0]!];
  const t2 = tolerance * tolerance;
  for (let i = 1; i < ring.length - 1; i++) {
    const p = ring[i]!;
    const q = kept[kept.length - 1]!;
    const dx = p[0]! - q[0]!;
    const dy = p[1]! - q[1]!;
    if (dx * dx + dy * dy >= t2) kept.push(p);
  }
  kept.push(ring[ring.length - 1]!);
  return kept.length >= 4 ? kept : ring.slice();
}

const inPolygon = (x: number, y: number, rings: readonly Position[][]) => pointInRing(x, y, rings[0] ?? []) && !rings.slice(1).some((hole) => pointInRing(x, y, hole));

/**
 * The pole of the area's part inside one of the boxes that lies farthest from its edges, among those
 * with room for the label (null when none has).
 */
function bestPoleInView(outline: AreaOutline, room: LabelRoom): { point: [number, number]; distance: number } | null {
  const polygons = outline.type === 'Polygon' ? [outline.coordinates] : outline.coordinates;
  let best: { point: [number, number]; distance: number } | null = null;
  for (const box of room.boxes) {
    for (const polygon of polygons) {
      const outer = clipRingToBox(polygon[0] ?? [], box);
      if (outer.length === 0 || ringArea(outer) === 0) continue;
      // Thinned to a quarter of the clearance: the pole moves by less, and its search costs a few ms, not tens.
      const rings = [outer, ...polygon.slice(1).map((hole) => clipRingToBox(hole, box))].filter((r) => r.length > 0).map((r) => thinRing(r, room.clearance / 4));
      const pole = poleOfInaccessibility(rings, 32);
      const [x, y] = pole.point;
      const fits = pole.distance >= room.clearance && inPolygon(x - room.halfWidth, y, rings) && inPolygon(x + room.halfWidth, y, rings);
      if (fits && (!best || pole.distance > best.distance)) best = pole;
    }
  }
  return best;
}

/**
 * The labels as they should be drawn on this frame: a label whose anchor has room is kept as it is (the
 * same object); one without is moved to the pole of its area's part in view where the label fits in its
 * area there (the anchor the room's clearance inside, both ends inside), and otherwise left out. A label
 * with no outline is kept.
 */
export function placeLabelsInView<P>(
  labels: readonly Feature<Point, P>[],
  outlineOf: (label: Feature<Point, P>) => AreaOutline | undefined,
  roomOf: (label: Feature<Point, P>) => LabelRoom,
): Feature<Point, P>[] {
  const placed: Feature<Point, P>[] = [];
  for (const label of labels) {
    const room = roomOf(label);
    const outline = outlineOf(label);
    if (!outline || room.boxes.some((box) => inBox(label.geometry.coordinates, box))) {
      placed.push(label);
      continue;
    }
    const pole = bestPoleInView(outline, room);
    if (pole) placed.push({ ...label, geometry: { type: 'Point', coordinates: pole.point } });
  }
  return placed;
}
