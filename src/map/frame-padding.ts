import type { Position } from 'geojson';
import { pointInRing } from '../layers/base-map-labels';

/** An area to frame: [[west, south], [east, north]] or [west, south, east, north], in degrees. */
export type FrameBounds = [[number, number], [number, number]] | [number, number, number, number];

/** Room left free at each edge of the view, in CSS px (MapLibre's PaddingOptions, every side given). */
export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface Size {
  width: number;
  height: number;
}

const mercatorX = (lng: number) => (lng + 180) / 360;
const mercatorY = (lat: number) => {
  const s = Math.sin((Math.max(-85, Math.min(85, lat)) * Math.PI) / 180);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
};

const edgesOf = (bounds: FrameBounds): [number, number, number, number] => (bounds.length === 4 ? bounds : [bounds[0][0], bounds[0][1], bounds[1][0], bounds[1][1]]);

/** The bounds' width and height in Web Mercator units (what a fit scales to the free space). */
function mercatorSize(bounds: FrameBounds): Size {
  const [w, s, e, n] = edgesOf(bounds);
  return { width: Math.abs(mercatorX(e) - mercatorX(w)), height: Math.abs(mercatorY(s) - mercatorY(n)) };
}

/** How large `bounds` can be drawn inside `view` less `padding` (0 when nothing is left). */
function fitScale(bounds: Size, view: Size, padding: Padding): number {
  const free = { width: view.width - padding.left - padding.right, height: view.height - padding.top - padding.bottom };
  if (free.width <= 0 || free.height <= 0) return 0;
  return Math.min(free.width / Math.max(bounds.width, 1e-12), free.height / Math.max(bounds.height, 1e-12));
}

/**
 * The padding that frames `bounds` as large as it can be while a box in the view's bottom-right corner
 * (the map's key, `corner` measured from the view's right and bottom edges) covers none of it: `padding`
 * widened on the right by the box's width or at the bottom by its height, whichever shrinks the fit
 * less (a tall area beside a wide key moves aside; a wide one moves up). The room the fit leaves along
 * the other axis is not all given to the area's far side: the area sits as near the middle of `padding`'s
 * view as the key lets it (a tall district in a wide view is centred, not pushed left by the key's width).
 * With the area's `shape` (its outer rings, in degrees, inside `bounds`), the box only has to miss the shape,
 * not the bounds' corner: a district whose bounds' corner is empty (Conghua's) is framed larger and centred, a zone
 * whose side slants away from the key nearer the middle.
 * `padding` as it is when the box is empty or neither leaves room.
 */
export function paddingClearOfCorner(padding: Padding, view: Size, corner: Size, bounds: FrameBounds, shape?: readonly Position[][]): Padding {
  if (corner.width <= 0 || corner.height <= 0) return padding;
  const size = mercatorSize(bounds);
  const options = [
    { ...padding, right: padding.right + corner.width },
    { ...padding, bottom: padding.bottom + corner.height },
  ].map((option) => ({ option, scale: fitScale(size, view, option) }));
  const scale = Math.max(...options.map((o) => o.scale));
  if (scale <= 0) return padding;
  const middle = { x: (padding.left + view.width - padding.right) / 2, y: (padding.top + view.height - padding.bottom) / 2 };
  let best: { padding: Padding; off: number } | null = null;
  for (const { option, scale: optionScale } of options) {
    if (optionScale < scale * (1 - 1e-9)) continue;
    const [x, y] = [
      nearestCentre(middle.x, option.left, view.width - option.right, scale * size.width),
      nearestCentre(middle.y, option.top, view.height - option.bottom, scale * size.height),
    ];
    const off = Math.hypot(x.centre - middle.x, y.centre - middle.y);
    if (best && best.off <= off) continue;
    best = { padding: { left: x.from, right: view.width - x.to, top: y.from, bottom: view.height - y.to }, off };
  }
  const clearOfBounds = best?.padding ?? padding;
  return shape?.length ? clearOfShape({ padding, view, corner, bounds, size, middle }, shape, scale, clearOfBounds) : clearOfBounds;
}

/**
 * Along one axis: where an area `length` long is centred inside [from, to], as near `target` as it goes, and the
 * span around that centre, as wide as fits in [from, to] (never narrower than the area: the fit's scale stays).
 */
function nearestCentre(target: number, from: number, to: number, length: number): { centre: number; from: number; to: number } {
  const centre = Math.min(Math.max(target, from + length / 2), Math.max(from + length / 2, to - length / 2));
  const half = Math.max(length / 2, Math.min(centre - from, to - centre));
  return { centre, from: centre - half, to: centre + half };
}

/**
 * The frame of `bounds` in which `shape` stays clear of the corner box (and of `padding`'s room beside it), as large
 * and as near the middle of `padding`'s view as that allows: centred at the largest scale that keeps it clear, down
 * to `atLeast` (the scale at which its bounds clear the box, `clearOfBounds`); where even that one does not, at that
 * scale, moved from `clearOfBounds` towards the middle as far as it stays clear.
 */
function clearOfShape(
  { padding, view, corner, bounds, size, middle }: { padding: Padding; view: Size; corner: Size; bounds: FrameBounds; size: Size; middle: { x: number; y: number } },
  shape: readonly Position[][],
  atLeast: number,
  clearOfBounds: Padding,
): Padding {
  const [w, s, e, n] = edgesOf(bounds);
  const origin = { x: (mercatorX(w) + mercatorX(e)) / 2, y: (mercatorY(s) + mercatorY(n)) / 2 };
  const box = { left: view.width - corner.width - padding.right, top: view.height - corner.height - padding.bottom, right: view.width, bottom: view.height };
  // The shape in Web Mercator units from the bounds' centre, once; at a scale and centre, the box in the same units.
  const rings = shape.map((ring) => ring.map(([lon = 0, lat = 0]) => [mercatorX(lon) - origin.x, mercatorY(lat) - origin.y]));
  const placed = (scale: number, centre: { x: number; y: number }) => {
    const unitBox = { left: (box.left - centre.x) / scale, top: (box.top - centre.y) / scale, right: (box.right - centre.x) / scale, bottom: (box.bottom - centre.y) / scale };
    const [width, height] = [scale * size.width, scale * size.height];
    const [left, top] = [centre.x - width / 2, centre.y - height / 2];
    return { clear: !ringsTouchBox(rings, unitBox), padding: { left, top, right: view.width - left - width, bottom: view.height - top - height } };
  };
  const largest = (clear: (t: number) => boolean) => {
    let [lo, hi] = [0, 1];
    for (let i = 0; i < 12; i++) {
      const mid = (lo + hi) / 2;
      if (clear(mid)) lo = mid;
      else hi = mid;
    }
    return lo;
  };
  const most = fitScale(size, view, padding);
  if (most >= atLeast && placed(atLeast, middle).clear) {
    const whole = placed(most, middle);
    if (whole.clear) return whole.padding;
    const scaleAt = (t: number) => atLeast + t * (most - atLeast);
    return placed(scaleAt(largest((t) => placed(scaleAt(t), middle).clear)), middle).padding;
  }
  const from = { x: (clearOfBounds.left + view.width - clearOfBounds.right) / 2, y: (clearOfBounds.top + view.height - clearOfBounds.bottom) / 2 };
  const centreAt = (t: number) => ({ x: from.x + t * (middle.x - from.x), y: from.y + t * (middle.y - from.y) });
  const t = largest((t) => placed(atLeast, centreAt(t)).clear);
  return t > 0 ? placed(atLeast, centreAt(t)).padding : clearOfBounds;
}

type Box = { left: number; top: number; right: number; bottom: number };

/** Whether any ring's edge reaches into the box, or the box lies inside a ring. */
function ringsTouchBox(rings: readonly Position[][], box: Box): boolean {
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) if (segmentTouchesBox(ring[i - 1] ?? [0, 0], ring[i] ?? [0, 0], box)) return true;
  }
  const [cx, cy] = [(box.left + box.right) / 2, (box.top + box.bottom) / 2];
  return rings.some((ring) => pointInRing(cx, cy, ring));
}

/** Liang–Barsky: whether the segment a–b has a point inside the box. */
function segmentTouchesBox([ax = 0, ay = 0]: Position, [bx = 0, by = 0]: Position, box: Box): boolean {
  let [t0, t1] = [0, 1];
  const [dx, dy] = [bx - ax, by - ay];
  for (const [p, q] of [
    [-dx, ax - box.left],
    [dx, box.right - ax],
    [-dy, ay - box.top],
    [dy, box.bottom - ay],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}
