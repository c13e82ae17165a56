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
 * less (a tall area beside a wide key moves aside; a wide one moves up). `padding` as it is when the box
 * is empty or neither leaves room.
 */
export function paddingClearOfCorner(padding: Padding, view: Size, corner: Size, bounds: FrameBounds): Padding {
  if (corner.width <= 0 || corner.height <= 0) return padding;
  const size = mercatorSize(bounds);
  const aside = { ...padding, right: padding.right + corner.width };
  const above = { ...padding, bottom: padding.bottom + corner.height };
  const [asideScale, aboveScale] = [fitScale(size, view, aside), fitScale(size, view, above)];
  if (asideScale <= 0 && aboveScale <= 0) return padding;
  return asideScale >= aboveScale ? aside : above;
}
