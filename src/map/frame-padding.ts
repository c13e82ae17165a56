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

/** The bounds' width and height in Web Mercator units (what a fit scales to the free space). */
function mercatorSize(bounds: FrameBounds): Size {
  const [w, s, e, n] = bounds.length === 4 ? bounds : [bounds[0][0], bounds[0][1], bounds[1][0], bounds[1][1]];
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
 * `padding` as it is when the box is empty or neither leaves room.
 */
export function paddingClearOfCorner(padding: Padding, view: Size, corner: Size, bounds: FrameBounds): Padding {
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
  return best?.padding ?? padding;
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
