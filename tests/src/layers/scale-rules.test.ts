import { describe, expect, it } from 'vitest';
import { fadeFactor, fadeIn, SCALE, showsAt, type ZoomFade } from '../../../src/layers/scale-rules';
import { LAYER_REGISTRY } from '../../../src/layers/registry';
import type { LayerEntry } from '../../../src/layers/layer-entry';
import { withZoneLabels, zoneLabelPoints, ZONE_LABELS_SOURCE } from '../../../src/layers/zone-labels';
import { buildBaseMapStyle } from '../../../src/layers/base-map-style';
import { collection, makeZone } from '../../factories/layers-features';

const fades: readonly ZoomFade[] = (LAYER_REGISTRY as readonly LayerEntry[]).flatMap((e) => e.fades ?? []);
/** What the map draws of each fading layer at a zoom: its share of the layer's opacity, by deck id. */
const drawnAt = (zoom: number) => Object.fromEntries(fades.map((f) => [f.id, Number(fadeFactor(f, zoom).toFixed(3))]));

describe('fadeIn', () => {
  it('is 0 before the range, 1 after it, and rises smoothly and steadily over it', () => {
    expect(fadeIn(9, 10, 11)).toBe(0);
    expect(fadeIn(10, 10, 11)).toBe(0);
    expect(fadeIn(11, 10, 11)).toBe(1);
    expect(fadeIn(15, 10, 11)).toBe(1);
    expect(fadeIn(10.5, 10, 11)).toBeCloseTo(0.5, 10);
    const steps = Array.from({ length: 21 }, (_, i) => fadeIn(10 + i / 20, 10, 11));
    for (let i = 1; i < steps.length; i++) expect(steps[i]).toBeGreaterThanOrEqual(steps[i - 1] ?? 0);
    // Eased: it starts and ends gently (a quarter of the way in, well under a quarter of the opacity).
    expect(fadeIn(10.25, 10, 11)).toBeLessThan(0.2);
  });

  it('fades out as the mirror image of fading in; a layer at zero is not drawn', () => {
    const out: ZoomFade = { id: 'x', from: 10, to: 11, direction: 'out' };
    const into: ZoomFade = { ...out, direction: 'in' };
    for (const zoom of [9, 10.3, 10.7, 12]) expect(fadeFactor(out, zoom) + fadeFactor(into, zoom)).toBeCloseTo(1, 10);
    expect(showsAt(out, 10.99)).toBe(true);
    expect(showsAt(out, 11)).toBe(false);
    expect(showsAt(into, 10)).toBe(false);
  });
});

describe('what each scale shows', () => {
  it('city scale: violations aggregated per zone; no points, feeders, members or transformer districts', () => {
    expect(drawnAt(9)).toEqual({
      feeders: 0,
      violations: 0,
      'violations-by-zone': 1,
      'party-members': 0,
      'transformer-districts': 0,
      'transformer-districts-areas': 0,
    });
  });

  it('district scale: the network is drawn; violations still per zone', () => {
    expect(drawnAt(11)).toMatchObject({ feeders: 1, violations: 0, 'violations-by-zone': 1, 'party-members': 0 });
  });

  it('between district and zone scale the points take over from the aggregate, never both at full strength', () => {
    const mid = drawnAt((SCALE.violationPoints.from + SCALE.violationPoints.to) / 2);
    expect(mid.violations).toBeCloseTo(0.5, 3);
    expect(mid['violations-by-zone']).toBeCloseTo(0.5, 3);
  });

  it('zone scale: points, members and transformer districts; service areas from street scale', () => {
    expect(drawnAt(13.25)).toEqual({
      feeders: 1,
      violations: 1,
      'violations-by-zone': 0,
      'party-members': 1,
      'transformer-districts': 1,
      'transformer-districts-areas': 0,
    });
    expect(drawnAt(14.5)['transformer-districts-areas']).toBe(1);
  });

  it('orders the scales: network, then zone names, then points, then the zone scale, then service areas', () => {
    const order = [SCALE.network, SCALE.zoneLabels, SCALE.violationPoints, SCALE.zoneScale, SCALE.serviceAreas];
    for (const range of order) expect(range.from).toBeLessThan(range.to);
    for (let i = 1; i < order.length; i++) expect(order[i]?.from).toBeGreaterThanOrEqual(order[i - 1]?.from ?? Infinity);
  });
});

describe('zone labels', () => {
  const square = makeZone('Z001');
  square.properties.name = '东区网格';
  square.geometry = { type: 'Polygon', coordinates: [[[113, 23], [113.02, 23], [113.02, 23.02], [113, 23.02], [113, 23]]] };
  const twoParts = makeZone('Z002');
  twoParts.properties.name = '西区网格';
  twoParts.geometry = {
    type: 'MultiPolygon',
    coordinates: [
      [[[113.1, 23], [113.101, 23], [113.101, 23.001], [113.1, 23]]],
      [[[113.2, 23], [113.24, 23], [113.24, 23.04], [113.2, 23.04], [113.2, 23]]],
    ],
  };
  const points = zoneLabelPoints(collection([square, twoParts]));

  it('puts one label per zone at the centre of its largest part, bigger zones ranked first', () => {
    expect(points.features.map((f) => f.properties.name)).toEqual(['东区网格', '西区网格']);
    const [a, b] = points.features.map((f) => f.geometry.coordinates);
    expect(a?.[0]).toBeCloseTo(113.01, 6);
    expect(a?.[1]).toBeCloseTo(23.01, 6);
    expect(b?.[0]).toBeCloseTo(113.22, 6);
    expect(b?.[1]).toBeCloseTo(23.02, 6);
    // symbol-sort-key places lower keys first: the larger zone (the west one's main part, 4× the east one) gets the lower key.
    const [ra, rb] = points.features.map((f) => f.properties.rank);
    expect(rb).toBeLessThan(ra ?? 0);
  });

  it('adds the labels beneath the base map\'s own labels, fading in over their range, without changing the style given', () => {
    const style = buildBaseMapStyle({ theme: 'dark', lang: 'zh-CN' });
    const layerCount = style.layers.length;
    const withLabels = withZoneLabels(style, points, { theme: 'dark', visible: true });
    expect(style.layers).toHaveLength(layerCount);
    expect(style.sources[ZONE_LABELS_SOURCE]).toBeUndefined();
    expect(withLabels.sources[ZONE_LABELS_SOURCE]).toEqual({ type: 'geojson', data: points });
    const at = withLabels.layers.findIndex((l) => l.id === 'zone-label');
    const firstOtherSymbol = withLabels.layers.findIndex((l) => l.type === 'symbol' && l.id !== 'zone-label');
    expect(at).toBeGreaterThan(-1);
    if (firstOtherSymbol !== -1) expect(at).toBeLessThan(firstOtherSymbol);
    const label = withLabels.layers[at];
    expect(label?.minzoom).toBe(SCALE.zoneLabels.from);
    expect(label && 'paint' in label ? label.paint : undefined).toMatchObject({
      'text-opacity': ['interpolate', ['linear'], ['zoom'], SCALE.zoneLabels.from, 0, SCALE.zoneLabels.to, 0.9],
    });
    const hidden = withZoneLabels(style, points, { theme: 'dark', visible: false }).layers.find((l) => l.id === 'zone-label');
    expect(hidden && 'layout' in hidden ? hidden.layout?.visibility : undefined).toBe('none');
  });

  it('brings names twice the size in a zoom level later, where the zones are twice as large (a wall’s larger type)', () => {
    const style = buildBaseMapStyle({ theme: 'dark', lang: 'zh-CN' });
    const label = withZoneLabels(style, points, { theme: 'dark', visible: true, textScale: 2 }).layers.find((l) => l.id === 'zone-label');
    expect(label?.minzoom).toBe(SCALE.zoneLabels.from + 1);
    expect(label && 'paint' in label ? label.paint : undefined).toMatchObject({
      'text-opacity': ['interpolate', ['linear'], ['zoom'], SCALE.zoneLabels.from + 1, 0, SCALE.zoneLabels.to + 1, 0.9],
    });
    // Their size still grows with the zoom from where they come in, at twice a desk's.
    expect(label && 'layout' in label ? label.layout : undefined).toMatchObject({
      'text-size': ['interpolate', ['linear'], ['zoom'], SCALE.zoneLabels.from + 1, 24, 14, 30, 16, 36],
    });
  });
});
