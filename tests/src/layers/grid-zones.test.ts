import { describe, expect, it } from 'vitest';
import { buildGridZonesLayer, makeZoneIndicatorScale, zoneIndicatorLegend } from '../../../src/layers/grid-zones';
import { ATTENTION_RAMP, NO_DATA_COLOR, SELECTION_COLOR } from '../../../src/layers/palette';
import { LAYER_IDS } from '../../../src/layers/layer-ids';
import { collection, makeZone } from '../../factories/layers-features';
import { evalAccessor, plain } from '../../factories/layers-accessors';

const zones = collection([makeZone('Z001'), makeZone('Z002'), makeZone('Z003')]);
const [z1, z2, z3] = zones.features;

describe('grid zone indicator scales', () => {
  it('closure rate: fixed 60/70/80/90 % classes, low rates in the red end', () => {
    const s = makeZoneIndicatorScale('closureRate', []);
    expect(s.thresholds).toEqual([0.6, 0.7, 0.8, 0.9]);
    expect(s.colorOf(0.5)).toBe(ATTENTION_RAMP[4]);
    expect(s.colorOf(0.95)).toBe(ATTENTION_RAMP[0]);
  });

  it('counts: quantized over the values with readable breaks, high counts red', () => {
    const s = makeZoneIndicatorScale('overdueIssues', [3, 17, 42, null]);
    // max 42 over 5 classes → step 10 → breaks 10, 20, 30, 40.
    expect(s.domain).toEqual([0, 50]);
    expect(s.thresholds).toEqual([10, 20, 30, 40]);
    expect(s.colorOf(42)).toBe(ATTENTION_RAMP[4]);
    const legend = zoneIndicatorLegend(s);
    expect(legend.unit).toBe('count');
    expect(legend.bins.map((b) => b.from)).toEqual([0, 10, 20, 30, 40]);
    expect(legend.bins.map((b) => b.color)).toEqual(ATTENTION_RAMP);
  });

  it('win-order completion treats 100 % as a class break', () => {
    expect(makeZoneIndicatorScale('winOrderCompletion', []).thresholds).toContain(1);
  });
});

describe('buildGridZonesLayer', () => {
  const values = new Map<string, number | null>([
    ['Z001', 0.95],
    ['Z002', 0.5],
    ['Z003', null],
  ]);

  it('fills zones from the indicator scale, with no-data grey', () => {
    const layer = buildGridZonesLayer(zones, { indicator: 'closureRate', values, opacity: 0.7, visible: false });
    expect(layer.id).toBe(LAYER_IDS.gridZones);
    expect(layer.props.opacity).toBe(0.7);
    expect(layer.props.visible).toBe(false);
    const fill = layer.props.getFillColor;
    expect(plain(evalAccessor(fill, z1))).toEqual(plain(ATTENTION_RAMP[0]));
    expect(plain(evalAccessor(fill, z2))).toEqual(plain(ATTENTION_RAMP[4]));
    expect(plain(evalAccessor(fill, z3))).toEqual(plain(NO_DATA_COLOR));
  });

  it('outlines the selected zone and re-triggers on indicator and selection', () => {
    const layer = buildGridZonesLayer(zones, { indicator: 'overdueIssues', values, selectedZoneId: 'Z002' });
    expect(plain(evalAccessor(layer.props.getLineColor, z2))).toEqual(plain(SELECTION_COLOR));
    expect(plain(evalAccessor(layer.props.getLineColor, z1))).not.toEqual(plain(SELECTION_COLOR));
    expect(evalAccessor(layer.props.getLineWidth, z2)).toBeGreaterThan(evalAccessor<number>(layer.props.getLineWidth, z1));
    const triggers = layer.props.updateTriggers as Record<string, unknown[]>;
    expect(triggers.getFillColor?.[0]).toBe('overdueIssues');
    expect(triggers.getLineColor?.[0]).toBe('Z002');
  });
});
