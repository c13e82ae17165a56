import { describe, expect, it } from 'vitest';
import { buildSubstationsLayer, SUBSTATION_RADIUS_PIXELS, substationsLegend } from '../../../src/layers/substations';
import { buildFeedersLayer, FEEDER_WIDTH_PIXELS } from '../../../src/layers/feeders';
import { buildBaseStationsLayer } from '../../../src/layers/base-stations';
import { buildTransformerDistrictsLayers, transformerDistrictsLegend, TRANSFORMER_AREA_MIN_ZOOM } from '../../../src/layers/transformer-districts';
import {
  BASE_STATION_COLOR,
  BASE_STATION_DEMO_COLOR,
  FEEDER_COLOR,
  FEEDER_HIGHLIGHT_COLOR,
  NEUTRAL_GREY,
  SELECTION_COLOR,
  SELECTION_COLORS,
  VOLTAGE_COLORS,
  colorForId,
} from '../../../src/layers/palette';
import { baseStationsEntry } from '../../../src/layers/base-stations';
import { feedersEntry } from '../../../src/layers/feeders';
import { substationsEntry } from '../../../src/layers/substations';
import { transformerDistrictsEntry } from '../../../src/layers/transformer-districts';
import {
  collection,
  makeBaseStation,
  makeFeeder,
  makeSubstation,
  makeTransformerArea,
  makeTransformerPoint,
} from '../../factories/layers-features';
import { evalAccessor, plain } from '../../factories/layers-accessors';

describe('buildSubstationsLayer', () => {
  const s110 = makeSubstation('S110', 110, [113.1, 23.2]);
  const s220 = makeSubstation('S220', 220);
  const layer = buildSubstationsLayer(collection([s110, s220]), { opacity: 0.5, selectedId: 'S220' });

  it('colours and sizes by voltage, at the feature position', () => {
    expect(layer.id).toBe(substationsEntry.id);
    expect(layer.props.opacity).toBe(0.5);
    expect(plain(evalAccessor(layer.props.getPosition, s110))).toEqual([113.1, 23.2]);
    expect(plain(evalAccessor(layer.props.getFillColor, s110))).toEqual(plain(VOLTAGE_COLORS[110]));
    expect(plain(evalAccessor(layer.props.getFillColor, s220))).toEqual(plain(VOLTAGE_COLORS[220]));
    expect(evalAccessor(layer.props.getRadius, s220)).toBe(SUBSTATION_RADIUS_PIXELS[220]);
    expect(evalAccessor(layer.props.getRadius, s110)).toBeLessThan(SUBSTATION_RADIUS_PIXELS[220]);
    expect(plain(evalAccessor(layer.props.getLineColor, s220))).toEqual(plain(SELECTION_COLOR));
  });

  it('legend matches the colours drawn', () => {
    expect(substationsLegend.items.map((i) => [i.key, plain(i.color)])).toEqual([
      ['110kV', plain(VOLTAGE_COLORS[110])],
      ['220kV', plain(VOLTAGE_COLORS[220])],
    ]);
  });
});

describe('buildFeedersLayer', () => {
  const f1 = makeFeeder('F1');
  const f2 = makeFeeder('F2');
  it('draws each LineString as a path and highlights linked feeders', () => {
    const layer = buildFeedersLayer(collection([f1, f2]), { highlightedIds: new Set(['F2']), visible: false });
    expect(layer.id).toBe(feedersEntry.id);
    expect(layer.props.visible).toBe(false);
    expect(evalAccessor(layer.props.getPath, f1)).toBe(f1.geometry.coordinates);
    expect(plain(evalAccessor(layer.props.getColor, f1))).toEqual(plain(FEEDER_COLOR));
    expect(plain(evalAccessor(layer.props.getColor, f2))).toEqual(plain(FEEDER_HIGHLIGHT_COLOR));
    expect(evalAccessor(layer.props.getWidth, f2)).toBe(FEEDER_WIDTH_PIXELS.highlighted);
  });
});

describe('buildBaseStationsLayer', () => {
  it('rings demo-area stations in yellow, others in blue', () => {
    const demo = makeBaseStation('BS1', '明珠湾');
    const plainStation = makeBaseStation('BS2');
    const layer = buildBaseStationsLayer(collection([demo, plainStation]), { opacity: 0.3 });
    expect(layer.id).toBe(baseStationsEntry.id);
    expect(layer.props.opacity).toBe(0.3);
    expect(plain(evalAccessor(layer.props.getLineColor, demo))).toEqual(plain(BASE_STATION_DEMO_COLOR));
    expect(plain(evalAccessor(layer.props.getLineColor, plainStation))).toEqual(plain(BASE_STATION_COLOR));
    expect(plain(evalAccessor(layer.props.getPosition, plainStation))).toEqual([113.6, 22.7]);
  });
});

describe('buildTransformerDistrictsLayers', () => {
  const a = makeTransformerPoint('TD1', 'Z001', 'T-A');
  const b = makeTransformerPoint('TD2', 'Z001', 'T-B');
  const c = makeTransformerPoint('TD3', 'Z002', 'T-C');
  const points = collection([a, b, c]);
  const areas = collection([makeTransformerArea('TD1', 'Z001', 'T-A')]);

  it('always returns the points and the areas layer, areas visible only at close zoom', () => {
    const far = buildTransformerDistrictsLayers(points, areas, { zoom: TRANSFORMER_AREA_MIN_ZOOM - 1 });
    const near = buildTransformerDistrictsLayers(points, areas, { zoom: TRANSFORMER_AREA_MIN_ZOOM });
    const none = buildTransformerDistrictsLayers(points, null, { zoom: 16 });
    // Areas drawn first, under the transformers.
    expect(far.map((l) => l.id)).toEqual([`${transformerDistrictsEntry.id}-areas`, transformerDistrictsEntry.id]);
    expect(far[0].props.visible).toBe(false);
    expect(near[0].props.visible).toBe(true);
    expect(none[0].props.visible).toBe(false);
    const off = buildTransformerDistrictsLayers(points, areas, { zoom: 16, visible: false });
    expect(off.map((l) => l.props.visible)).toEqual([false, false]);
  });

  it('grey without a selected zone; team colours inside the selected zone, dimmed outside', () => {
    const [, unselected] = buildTransformerDistrictsLayers(points, null, { zoom: 10 });
    expect(plain(evalAccessor(unselected.props.getFillColor, a))).toEqual(plain(NEUTRAL_GREY));
    const [, selected] = buildTransformerDistrictsLayers(points, null, { zoom: 10, selectedZoneId: 'Z001' });
    expect(plain(evalAccessor(selected.props.getFillColor, a))).toEqual(plain(colorForId('T-A')));
    expect(plain(evalAccessor(selected.props.getFillColor, b))).toEqual(plain(colorForId('T-B')));
    const outside = evalAccessor<number[]>(selected.props.getFillColor, c);
    expect(outside[3]).toBeLessThan(NEUTRAL_GREY[3]);
    expect((selected.props.updateTriggers as Record<string, unknown>).getFillColor).toBe('Z001');
    expect(transformerDistrictsLegend(points, 'Z001').items.map((i) => i.key)).toEqual(['T-A', 'T-B']);
  });

  it('places a service area by its ring', () => {
    const [, layer] = buildTransformerDistrictsLayers(areas, null, { zoom: 10 });
    const [lon, lat] = plain(evalAccessor(layer.props.getPosition, areas.features[0]));
    expect(lon).toBeGreaterThan(113.4);
    expect(lat).toBeGreaterThan(23.2);
  });
});

describe('the selection on each base map', () => {
  it('is outlined white on the dark map and near-black on the light one, for every production layer', () => {
    const substation = makeSubstation('S1', 110);
    const feeder = makeFeeder('F1');
    const station = makeBaseStation('BS1');
    const point = makeTransformerPoint('T1', 'Z001', 'GT1');
    for (const theme of ['dark', 'light'] as const) {
      const expected = plain(SELECTION_COLORS[theme]);
      expect(plain(evalAccessor(buildSubstationsLayer(collection([substation]), { selectedId: 'S1', theme }).props.getLineColor, substation))).toEqual(expected);
      expect(plain(evalAccessor(buildFeedersLayer(collection([feeder]), { selectedId: 'F1', theme }).props.getColor, feeder))).toEqual(expected);
      expect(plain(evalAccessor(buildBaseStationsLayer(collection([station]), { selectedId: 'BS1', theme }).props.getLineColor, station))).toEqual(expected);
      const [points] = buildTransformerDistrictsLayers(collection([point]), null, { selectedId: 'T1', theme, zoom: 14 });
      expect(plain(evalAccessor(points.props.getLineColor, point))).toEqual(expected);
    }
    expect(SELECTION_COLORS.light).not.toEqual(SELECTION_COLORS.dark);
  });
});
