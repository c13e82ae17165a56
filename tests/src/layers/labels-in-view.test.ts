import { describe, expect, it } from 'vitest';
import type { Feature, Point, Polygon, Position } from 'geojson';
import { ringArea } from '../../../src/layers/base-map-labels';
import { clipRingToBox, placeLabelsInView, thinRing, type Box, type LabelRoom } from '../../../src/layers/labels-in-view';

const square = (w: number, s: number, e: number, n: number): Position[] => [[w, s], [e, s], [e, n], [w, n], [w, s]];
const label = (name: string, at: [number, number]): Feature<Point, { name: string }> => ({ type: 'Feature', geometry: { type: 'Point', coordinates: at }, properties: { name } });
const inside = ([x, y]: Position, [w, s, e, n]: Box) => x! >= w && x! <= e && y! >= s && y! <= n;

describe('labels kept in view', () => {
  it('clips a ring to a box: the part inside, closed, or nothing', () => {
    const clipped = clipRingToBox(square(0, 0, 4, 4), [1, 1, 3, 6]);
    expect(ringArea(clipped)).toBeCloseTo(2 * 3);
    expect(clipped[0]).toEqual(clipped[clipped.length - 1]);
    for (const p of clipped) expect(inside(p, [1, 1, 3, 6])).toBe(true);
    // An L shape cut across both arms: the two arms' parts, joined along the box's edge (area 1 + 1).
    const l: Position[] = [[0, 0], [4, 0], [4, 1], [1, 1], [1, 4], [0, 4], [0, 0]];
    expect(ringArea(clipRingToBox(l, [0, 0, 4, 4]))).toBeCloseTo(7);
    expect(ringArea(clipRingToBox(l, [0.5, 0, 2, 2]))).toBeCloseTo(0.5 * 1 + 1 * 1 + 0.5 * 1);
    expect(clipRingToBox(square(0, 0, 1, 1), [2, 2, 3, 3])).toEqual([]);
  });

  it('thins a ring to vertices at least the tolerance apart, keeping its ends', () => {
    const dense: Position[] = [...Array.from({ length: 101 }, (_, i): Position => [i / 100, 0]), [1, 1], [0, 1], [0, 0]];
    const thin = thinRing(dense, 0.1);
    expect(thin.length).toBeLessThan(20);
    expect(thin[0]).toEqual([0, 0]);
    expect(thin.at(-1)).toEqual([0, 0]);
    expect(ringArea(thin)).toBeCloseTo(1, 1);
  });

  // A wide area reaching out of the view's box [0, 0, 10, 10] to the north, and a thin one along its western edge.
  const wide: Polygon = { type: 'Polygon', coordinates: [square(2, 6, 9, 14)] };
  const sliver: Polygon = { type: 'Polygon', coordinates: [square(-5, 0, 0.5, 10)] };
  const room: LabelRoom = { boxes: [[0, 0, 10, 10]], clearance: 0.5, halfWidth: 1.5 };
  const outlines: Record<string, Polygon> = { wide, sliver };

  it('keeps a label whose anchor has room as it is, and one with no outline', () => {
    const shown = label('wide', [5, 8]);
    const unknown = label('unknown', [50, 50]);
    const placed = placeLabelsInView([shown, unknown], (f) => outlines[f.properties.name], () => room);
    expect(placed[0]).toBe(shown);
    expect(placed[1]).toBe(unknown);
  });

  it('moves a label out of view into the part of its area in view, with room for the label there', () => {
    const [moved] = placeLabelsInView([label('wide', [5.5, 12])], (f) => outlines[f.properties.name], () => room);
    const [x, y] = moved!.geometry.coordinates as [number, number];
    // In the box, and in the visible part of its area [2, 6, 9, 10] with both ends and the clearance inside.
    expect(inside([x, y], [2 + 1.5, 6 + 0.5, 9 - 1.5, 10 - 0.5])).toBe(true);
    expect(moved!.properties.name).toBe('wide');
  });

  it('leaves out a label whose area shows too little of itself to hold it', () => {
    // The sliver's visible part is 0.5 wide: a label 3 wide would lie mostly over its neighbour (even one
    // low enough for the clearance), and a label needing more clearance than 0.25 fits nowhere in it.
    const low: LabelRoom = { ...room, clearance: 0.2 };
    expect(placeLabelsInView([label('sliver', [-2, 5])], (f) => outlines[f.properties.name], () => low)).toEqual([]);
    expect(placeLabelsInView([label('sliver', [-2, 5])], (f) => outlines[f.properties.name], () => ({ ...room, halfWidth: 0.1 }))).toEqual([]);
    // Where the view has another free part, the label may go there.
    const twoParts: LabelRoom = { ...room, boxes: [[0, 0, 10, 10], [-4, 0, 0.5, 10]] };
    const [moved] = placeLabelsInView([label('sliver', [-20, 5])], (f) => outlines[f.properties.name], () => twoParts);
    expect(inside(moved!.geometry.coordinates, [-4, 0, 0.5, 10])).toBe(true);
  });
});
