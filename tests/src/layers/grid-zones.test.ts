import { describe, expect, it } from 'vitest';
import { buildGridZonesLayer, gridZonesEntry, zoneLegendOf, zoneScaleOf, ZONE_FILL_ALPHA, ZONE_INDICATORS } from '../../../src/layers/grid-zones';
import { zoneClassesOf } from '../../../src/data/zone-classes';
import { ATTENTION_RAMP, ATTENTION_RAMPS, NO_DATA_COLOR, SELECTION_COLOR, rampColors } from '../../../src/layers/palette';
import { thresholdLabels } from '../../../src/lib/legend-labels';
import { collection, makeZone } from '../../factories/layers-features';
import { evalAccessor, plain } from '../../factories/layers-accessors';
import { EMPTY_MAP_DATA } from '../../../src/data/map-data';
import { layerContext } from '../../factories/layer-context';
import type { ThresholdLegend } from '../../../src/layers/legend';

const zones = collection([makeZone('Z001'), makeZone('Z002'), makeZone('Z003')]);
const [z1, z2, z3] = zones.features;

describe('grid zone colour scales', () => {
  it('closure rate: fixed 60/70/80/90 % classes, low rates at the loud end', () => {
    const s = zoneScaleOf(zoneClassesOf('issue_closure_rate', new Map()));
    expect(s.thresholds).toEqual([60, 70, 80, 90]);
    expect(s.colorOf(50)).toBe(ATTENTION_RAMP[4]);
    expect(s.colorOf(95)).toBe(ATTENTION_RAMP[0]);
  });

  it('counts: the highest class loudest, and the legend lists the scale’s classes with zones per class', () => {
    const classes = zoneClassesOf('overdue_open_issues', new Map([['a', 3], ['b', 17], ['c', 42], ['d', null]]));
    const s = zoneScaleOf(classes);
    // Three distinct values, three classes: the ramp's two ends and its middle.
    expect(s.colors).toEqual([ATTENTION_RAMP[0], ATTENTION_RAMP[2], ATTENTION_RAMP[4]]);
    expect(s.colorOf(42)).toBe(ATTENTION_RAMP[4]);
    const legend = zoneLegendOf(classes, s);
    expect(legend.unit).toBe('count');
    expect(legend.bins.map((b) => b.from)).toEqual([3, ...s.thresholds]);
    expect(legend.bins.map((b) => b.to)).toEqual([...s.thresholds, 42]);
    expect(legend.bins.map((b) => b.color)).toEqual(s.colors);
    expect(legend.bins.map((b) => b.count)).toEqual([1, 1, 1]);
    expect(legend.noDataCount).toBe(1);
    expect(thresholdLabels(legend, 'en')).toEqual(['3 – 9', '10 – 19', '20 – 42']);
    // Every bin's colour is the scale's colour for the values it lists.
    for (const b of legend.bins) expect(s.colorOf(b.from)).toBe(b.color);
  });

  it('colours by theme: each theme’s ramp, a single class calm, anchored legends open-ended with the data’s range', () => {
    const values = new Map<string, number | null>([['a', 95], ['b', 72]]);
    const classes = zoneClassesOf('issue_closure_rate', values);
    expect(zoneScaleOf(classes, 'light').colorOf(95)).toBe(ATTENTION_RAMPS.light[0]);
    expect(zoneScaleOf(classes, 'light').colorOf(10)).toBe(ATTENTION_RAMPS.light[4]);
    const legend = zoneLegendOf(classes, zoneScaleOf(classes, 'light'));
    expect(legend.ends).toBe('open');
    expect(legend.extent).toEqual([72, 95]);
    expect(thresholdLabels(legend, 'en')).toEqual(['< 60%', '60% – 70%', '70% – 80%', '80% – 90%', '≥ 90%']);
    const equal = zoneClassesOf('win_orders', new Map([['a', 4], ['b', 4]]));
    expect(zoneScaleOf(equal, 'dark').colors).toEqual([ATTENTION_RAMPS.dark[0]]);
    const none = zoneClassesOf('violation_count', new Map([['a', null]]));
    expect(zoneLegendOf(none, zoneScaleOf(none)).bins).toEqual([]);
  });

  it('offers the indicators the client can compute per zone, from the catalogue', () => {
    expect(ZONE_INDICATORS).toContain('violations_per_transformer_district_per_year');
    expect(ZONE_INDICATORS).toContain('win_order_completion');
    expect(ZONE_INDICATORS).not.toContain('mean_days_to_close');
    expect(gridZonesEntry.option?.values).toBe(ZONE_INDICATORS);
  });
});

describe('buildGridZonesLayer', () => {
  const values = new Map<string, number | null>([
    ['Z001', 95],
    ['Z002', 50],
    ['Z003', null],
  ]);
  const scale = zoneScaleOf(zoneClassesOf('issue_closure_rate', values));

  it('fills zones from the scale, with no-data grey', () => {
    const layer = buildGridZonesLayer(zones, { values, scale, opacity: 0.7, visible: false });
    expect(layer.id).toBe(gridZonesEntry.id);
    expect(layer.props.opacity).toBe(0.7);
    expect(layer.props.visible).toBe(false);
    const fill = layer.props.getFillColor;
    expect(plain(evalAccessor(fill, z1))).toEqual(plain(ATTENTION_RAMP[0]));
    expect(plain(evalAccessor(fill, z2))).toEqual(plain(ATTENTION_RAMP[4]));
    expect(plain(evalAccessor(fill, z3))).toEqual(plain(NO_DATA_COLOR));
  });

  it('widens every outline on a wall by a uniform, 1 on a desk', () => {
    expect(buildGridZonesLayer(zones, { values, scale }).props.lineWidthScale).toBe(1);
    expect(buildGridZonesLayer(zones, { values, scale, sizeScale: 1.75 }).props.lineWidthScale).toBe(1.75);
  });

  it('outlines the selected zone and re-triggers on values and selection', () => {
    const layer = buildGridZonesLayer(zones, { values, scale, selectedZoneId: 'Z002' });
    expect(plain(evalAccessor(layer.props.getLineColor, z2))).toEqual(plain(SELECTION_COLOR));
    expect(plain(evalAccessor(layer.props.getLineColor, z1))).not.toEqual(plain(SELECTION_COLOR));
    expect(evalAccessor(layer.props.getLineWidth, z2)).toBeGreaterThan(evalAccessor<number>(layer.props.getLineWidth, z1));
    const triggers = layer.props.updateTriggers as Record<string, unknown[]>;
    expect(triggers.getFillColor?.[0]).toBe(values);
    expect(triggers.getLineColor?.[0]).toBe('Z002');
  });
});

describe('the grid zones on the map and in the legend', () => {
  const values = new Map<string, number | null>([
    ['Z001', 3],
    ['Z002', 42],
    ['Z003', null],
  ]);
  const context = (theme: 'dark' | 'light') =>
    layerContext({ data: { ...EMPTY_MAP_DATA, zones, zoneClasses: zoneClassesOf('overdue_open_issues', values) }, theme, option: 'overdue_open_issues' });

  for (const theme of ['dark', 'light'] as const) {
    it(`${theme}: each zone is drawn in its legend class's colour, translucent, and no data in the legend's no-data colour`, () => {
      const c = context(theme);
      const [layer] = gridZonesEntry.build(c);
      const [legend] = gridZonesEntry.legend(c) as ThresholdLegend[];
      if (!layer || !legend) throw new Error('no layer or legend');
      const fill = (f: typeof z1) => plain(evalAccessor((layer.props as { getFillColor?: unknown }).getFillColor, f));
      expect(fill(z1)).toEqual(plain(legend.bins[0]?.color));
      expect(fill(z2)).toEqual(plain(legend.bins.at(-1)?.color));
      expect(fill(z3)).toEqual(plain(legend.noData));
      // A translucent fill: the land shows through every class (at the theme's share of the ramp's own
      // opacity), and through no data's grey.
      const classColors = rampColors(ATTENTION_RAMPS[theme], legend.bins.length);
      expect(legend.bins.map((b) => b.color[3])).toEqual(classColors.map((c) => Math.round(c[3] * ZONE_FILL_ALPHA[theme])));
      for (const bin of legend.bins) expect(bin.color[3]).toBeLessThan(255);
      expect(legend.noData[3]).toBeLessThanOrEqual(NO_DATA_COLOR[3]);
    });
  }
});

