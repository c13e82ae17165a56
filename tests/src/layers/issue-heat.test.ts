import { HexagonLayer } from '@deck.gl/aggregation-layers';
import { afterEach, describe, expect, it } from 'vitest';
import { LayerManager, WebMercatorViewport } from '@deck.gl/core';
import { NullDevice } from '@luma.gl/test-utils';
import {
  buildIssueHeatLayers,
  CLOSURE_RATE_SCALE,
  closureRateLegend,
  HEXAGON_RADIUS_METERS,
  hexagonClosureData,
} from '../../../src/layers/issue-heat-layers';
import * as heatLayers from '../../../src/layers/issue-heat-layers';
import {
  HEAT_RASTER,
  NOMINAL_DEADLINE_DAYS,
  gaussianBlur,
  hotLevel,
  prepareIssueHeat,
  rasterizeIssueHeat,
  type PreparedIssueHeat,
} from '../../../src/layers/issue-heat-raster';
import { prepareViolationTable } from '../../../src/data/violation-table';
import { issueHeatEntry, loadHexagonLayer, loadIssueHeatLayers } from '../../../src/layers/issue-heat';
import { ATTENTION_RAMP } from '../../../src/layers/palette';
import { collection, makeZone } from '../../factories/layers-features';
import { makeViolationColumns, makeViolationRow } from '../../factories/layers-violations';
import { evalAccessor, plain } from '../../factories/layers-accessors';

const rows = [
  makeViolationRow({ lon: 113.3, lat: 23.1, day: 100, status: 'closed', zone: 0 }),
  makeViolationRow({ lon: 113.4, lat: 23.2, day: 100, status: 'rectifying', severity: 'severe', overdue: true, zone: 0 }),
  makeViolationRow({ lon: 113.5, lat: 23.3, day: 990, status: 'found', zone: 1 }),
  makeViolationRow({ lon: 113.6, lat: 23.4, day: 500, status: 'closed', overdue: true, zone: 1 }),
];
const prepared = prepareViolationTable(makeViolationColumns(rows));
const asOfDay = 1000;

describe('prepareIssueHeat', () => {
  const heat = prepareIssueHeat(prepared, { asOfDay });

  it('keeps only open issues, with their positions', () => {
    expect(heat.count).toBe(2);
    expect(Array.from(heat.rows)).toEqual([1, 2]);
    expect(heat.positions).toHaveLength(4);
    expect(heat.positions[0]).toBeCloseTo(113.4, 4);
  });

  it('weights by days overdue: estimated from the severity deadline, or exact when given', () => {
    // severe → 7-day nominal deadline; 1000 − (100 + 7) = 893 days late.
    expect(Array.from(heat.weights)).toEqual([1 + (asOfDay - 100 - (NOMINAL_DEADLINE_DAYS[2] ?? 0)), 1]);
    const exact = prepareIssueHeat(prepared, { asOfDay, daysOverdue: [0, 12, 0, 3] });
    expect(Array.from(exact.weights)).toEqual([13, 1]);
  });

  it('marks closed rows with colour weight 1 for the hexagon closure rate', () => {
    const data = hexagonClosureData(heat);
    expect(Array.from(data.attributes.getColorWeight.value)).toEqual([1, 0, 0, 1]);
    expect(data.length).toBe(4);
    expect(Array.from(data.attributes.getPosition.value.slice(3, 6)).map((v) => Number(v.toFixed(4)))).toEqual([113.4, 23.2, 0]);
    expect(hexagonClosureData(heat)).toBe(data);
  });
});

describe('rasterizeIssueHeat', () => {
  /** Open issues at these [lon, lat, weight]. */
  const openIssues = (points: [number, number, number][]): PreparedIssueHeat => ({
    count: points.length,
    rows: new Uint32Array(points.map((_, i) => i)),
    positions: new Float32Array(points.flatMap(([lon, lat]) => [lon, lat])),
    weights: new Float32Array(points.map(([, , w]) => w)),
    allPositions: new Float32Array(0),
    closed: new Float32Array(0),
  });
  /** The alpha of the cell under [lon, lat]. */
  const alphaAt = (r: NonNullable<ReturnType<typeof rasterizeIssueHeat>>, lon: number, lat: number) => {
    const [w, s, e, n] = r.bounds;
    const col = Math.floor(((lon - w) / (e - w)) * r.width);
    const row = Math.floor(((n - lat) / (n - s)) * r.height);
    return r.data[(row * r.width + col) * 4 + 3] ?? -1;
  };

  it('covers the issues with the Gaussian reach as margin, in cells of the set size', () => {
    const r = rasterizeIssueHeat(openIssues([[113.3, 23.1, 1], [113.4, 23.2, 1]]));
    expect(r).not.toBeNull();
    if (!r) return;
    const [w, s, e, n] = r.bounds;
    expect(w).toBeLessThan(113.3 - 0.01);
    expect(e).toBeGreaterThan(113.4 + 0.01);
    expect(s).toBeLessThan(23.1 - 0.01);
    expect(n).toBeGreaterThan(23.2 + 0.01);
    // ~10 km + 2 × 1.5 km across at 250 m a cell.
    expect(r.width).toBeGreaterThan(45);
    expect(r.width).toBeLessThan(60);
    expect(r.data).toHaveLength(r.width * r.height * 4);
  });

  it('is hottest at the heaviest issue and clear far from every issue', () => {
    const r = rasterizeIssueHeat(openIssues([[113.3, 23.1, 1], [113.4, 23.2, 50]]));
    if (!r) throw new Error('no raster');
    expect(alphaAt(r, 113.4, 23.2)).toBeGreaterThan(200);
    expect(alphaAt(r, 113.35, 23.15)).toBe(0); // halfway: ~7 km from both
    // The light issue is under 5 % of the heaviest after the same spread: below the threshold.
    expect(alphaAt(r, 113.3, 23.1)).toBe(0);
    const even = rasterizeIssueHeat(openIssues([[113.3, 23.1, 1], [113.4, 23.2, 1]]));
    if (!even) throw new Error('no raster');
    expect(alphaAt(even, 113.3, 23.1)).toBeGreaterThan(200);
  });

  it('keeps a province within its cell budget, and gives nothing without open issues', () => {
    const r = rasterizeIssueHeat(openIssues([[110, 20, 1], [117, 25.5, 1]]));
    expect(Math.max(r?.width ?? 0, r?.height ?? 0)).toBeLessThanOrEqual(HEAT_RASTER.maxCells);
    expect(rasterizeIssueHeat(openIssues([]))).toBeNull();
  });
});

describe('gaussianBlur', () => {
  it('equals the 2-D Gaussian over the grid, cut off at 2σ and at the edges', () => {
    const [width, height, sigma] = [23, 17, 1.5];
    const grid = new Float32Array(width * height);
    // A few cells, two at the edges and two sharing a row, as issues fall.
    for (const [x, y, w] of [[0, 0, 3], [5, 8, 1], [9, 8, 7], [22, 16, 2], [11, 2, 0.5]] as const) grid[y * width + x] = w;
    const r = Math.ceil(sigma * 2);
    const g = (d: number) => (Math.abs(d) > r ? 0 : Math.exp(-(d * d) / (2 * sigma * sigma)));
    const blurred = gaussianBlur(grid, width, height, sigma);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        let expected = 0;
        for (let i = 0; i < grid.length; i++) expected += (grid[i] ?? 0) * g((i % width) - x) * g(Math.floor(i / width) - y);
        expect(blurred[y * width + x], `cell ${x},${y}`).toBeCloseTo(expected, 5);
      }
    }
    // The input is left as it was.
    expect(grid[8 * width + 9]).toBe(7);
  });
});

describe('hotLevel', () => {
  // The quantile as the definition has it: of the warm cells sorted, the one at floor(q × n).
  const byDefinition = (grid: Float32Array, q: number) => {
    const warm = [...grid].filter((v) => v > 0).sort((a, b) => a - b);
    return warm[Math.min(warm.length - 1, Math.floor(q * warm.length))] ?? 0;
  };

  it('is the quantile of the warm cells exactly, ties, a long tail and cold cells included', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const grid = new Float32Array(20_000);
    // Most cells cold, many tied at the same level, a long tail (one issue years overdue) far above the rest.
    for (let i = 0; i < grid.length; i++) grid[i] = i % 3 === 0 ? 0 : i % 7 === 0 ? 0.25 : random() ** 4;
    grid[123] = 5000;
    for (const q of [0, 0.5, 0.9, 0.98, 0.999, 1]) expect(hotLevel(grid, q), `q = ${q}`).toBe(byDefinition(grid, q));
  });

  it('is 0 with no warm cell, and the one value with one', () => {
    expect(hotLevel(new Float32Array(10), 0.98)).toBe(0);
    const one = new Float32Array(10);
    one[4] = 0.3;
    expect(hotLevel(one, 0.98)).toBeCloseTo(0.3, 6);
  });
});

describe('buildIssueHeatLayers', () => {
  const heat = prepareIssueHeat(prepared, { asOfDay });
  const zones = collection([makeZone('Z001'), makeZone('Z002'), makeZone('Z003')]);
  // Closure rates in % (the catalogue's issue_closure_rate), as the data tier computes them per zone.
  const zoneClosure = new Map<string, number | null>([['Z001', 50], ['Z002', 50], ['Z003', null]]);
  // ImageData is a browser type: the builder only hands it to deck.gl.
  const heatImage = { image: { width: 2, height: 1 } as ImageData, bounds: [113, 23, 114, 24] as [number, number, number, number] };
  const build = (view: 'heat' | 'closureByZone' | 'closureByHexagon', visible = true, closure = zoneClosure) =>
    buildIssueHeatLayers(heat, { view, heatImage, zones, zoneClosure: closure, visible, opacity: 0.8, hexagonLayer: HexagonLayer });

  it('returns the three views with stable ids, exactly one visible', () => {
    const layers = build('heat');
    expect(layers[0].id).toBe(issueHeatEntry.id);
    expect(new Set(layers.map((l) => l?.id)).size).toBe(3);
    expect(layers.map((l) => l?.props.visible)).toEqual([true, false, false]);
    expect(build('closureByZone').map((l) => l?.props.visible)).toEqual([false, true, false]);
    expect(build('closureByHexagon').map((l) => l?.props.visible)).toEqual([false, false, true]);
    expect(build('heat', false).map((l) => l?.props.visible)).toEqual([false, false, false]);
    expect(build('heat').map((l) => l?.props.opacity)).toEqual([0.8, 0.8, 0.8]);
  });

  it('has no hexagon layer without its class; the entry loads the layers module on demand', async () => {
    const layers = buildIssueHeatLayers(heat, { view: 'closureByHexagon', heatImage, zones, zoneClosure });
    expect(layers[2]).toBeNull();
    expect(layers[1].props.visible).toBe(false);
    expect(await loadIssueHeatLayers()).toBe(heatLayers);
    expect(await loadHexagonLayer()).toBe(HexagonLayer);
    // The layers' code is wanted in every view; the hexagon class only in its own.
    expect((issueHeatEntry.lazy ?? []).map((part) => ['heat', 'closureByZone', 'closureByHexagon'].filter((view) => part.wanted(view)))).toEqual([
      ['heat', 'closureByZone', 'closureByHexagon'],
      ['closureByHexagon'],
    ]);
  });

  it('heat draws its image over its bounds, and nothing before there is one', () => {
    const [h] = build('heat');
    expect(h.props.image).toBe(heatImage.image);
    expect(h.props.bounds).toEqual(heatImage.bounds);
    const [none] = buildIssueHeatLayers(heat, { view: 'heat', heatImage: null, zones, zoneClosure });
    expect(none.props.visible).toBe(false);
  });

  it('zone and hexagon views share the closure-rate classes', () => {
    const [, zonesLayer, hexOrNull] = build('closureByZone');
    const hex = hexOrNull!;
    expect(CLOSURE_RATE_SCALE.thresholds.map((t) => Number(t.toFixed(6)))).toEqual([0.6, 0.7, 0.8, 0.9]);
    // The zones' rates are in %, in the same classes: 59 % and 0.59 in one class, 61 % and 0.61 in the next.
    for (const rate of [0.55, 0.65, 0.75, 0.85, 0.95]) {
      expect(plain(evalAccessor(build('closureByZone', true, new Map([['Z001', rate * 100]]))[1].props.getFillColor, zones.features[0]))).toEqual(
        plain(CLOSURE_RATE_SCALE.colorOf(rate)),
      );
    }
    expect(plain(evalAccessor(zonesLayer.props.getFillColor, zones.features[0]))).toEqual(plain(CLOSURE_RATE_SCALE.colorOf(0.5)));
    expect(plain(CLOSURE_RATE_SCALE.colorOf(0.5))).toEqual(plain(ATTENTION_RAMP[4]));
    expect(hex.props.colorDomain).toEqual(CLOSURE_RATE_SCALE.domain);
    expect(hex.props.colorRange.map(plain)).toEqual(CLOSURE_RATE_SCALE.colors.map(plain));
    expect(hex.props.colorAggregation).toBe('MEAN');
    expect(closureRateLegend.bins).toHaveLength(5);
  });
});

describe('the hexagon view on a NullDevice', () => {
  let manager: LayerManager | null = null;
  afterEach(() => manager?.finalize());

  it('bins in hexagons of the radius asked for, measured from the data', () => {
    const heat = prepareIssueHeat(prepared, { asOfDay });
    const zones = collection([makeZone('Z001')]);
    const [, , hex] = buildIssueHeatLayers(heat, { view: 'closureByHexagon', heatImage: null, zones, zoneClosure: new Map(), hexagonLayer: HexagonLayer });
    const viewport = new WebMercatorViewport({ width: 800, height: 600, longitude: 113.45, latitude: 23.25, zoom: 9 });
    manager = new LayerManager(new NullDevice({}), { viewport });
    manager.setProps({
      onError: (error: Error) => {
        throw error;
      },
    });
    manager.setLayers([hex!]);
    const layer = manager.getLayers().find((l) => l.id === hex!.id) as unknown as { getBounds(): number[][] | null; state: { radiusCommon: number } };
    // deck.gl measures the bounds from the positions it was given; without them it bins with a radius
    // of one common unit (~80 km hexagons over Guangzhou).
    const bounds = layer.getBounds();
    expect(bounds?.[0]?.[0]).toBeCloseTo(113.3, 3);
    expect(bounds?.[1]?.[1]).toBeCloseTo(23.4, 3);
    const { unitsPerMeter } = viewport.getDistanceScales([113.45, 23.25]);
    expect(layer.state.radiusCommon).toBeCloseTo((unitsPerMeter[0] ?? 0) * HEXAGON_RADIUS_METERS, 6);
  });
});
