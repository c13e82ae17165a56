import { HeatmapLayer, HexagonLayer } from '@deck.gl/aggregation-layers';
import { OVERDUE_BIT } from '../api/violation-columns';
import { issueStatuses } from '../api/schemas/enums';
import type { GridZoneCollection } from '../api/schemas/org';
import { ATTENTION_RAMP, HEAT_RAMP } from './palette';
import type { GradientLegend, ThresholdLegend } from './legend';
import { makeQuantizeScale, thresholdLegend } from './legend';
import type { ThresholdScale } from './legend';
import { LAYER_IDS, SUBLAYER_IDS } from './layer-ids';
import type { BaseLayerOptions } from './layer-options';
import { baseProps } from './layer-options';
import type { PreparedViolationPoints } from './violation-points';
import { buildGridZonesLayer } from './grid-zones';

/*
 * Issue closure heat (问题闭环热力), three views of one entry, all built every render with stable
 * ids and only one `visible` (switching views re-creates nothing):
 *  - 'heat': open issues weighted by days overdue (HeatmapLayer over a compact binary subset);
 *  - 'closureByZone': closure rate per grid zone (the grid-zones builder, closure-rate scale);
 *  - 'closureByHexagon': closure rate per 1 km hexagon (HexagonLayer, MEAN of a 0/1 "closed" weight),
 *    for where zones are too coarse or not loaded.
 * Rates use the same classes everywhere (60/70/80/90 %), so the zone and hexagon views agree.
 */

const CLOSED = issueStatuses.indexOf('closed');
const STATUS_MASK = 0x7f;

/**
 * Rectification deadlines by severity (general, serious, severe), in days, used only to ESTIMATE how
 * long an overdue issue has been late when the caller has no exact figure: the binary columns carry
 * an overdue flag, not the deadline.
 */
export const NOMINAL_DEADLINE_DAYS: readonly number[] = [30, 15, 7];

export interface IssueHeatInput {
  /** "Today" in days since dayZero (the dataset's asOf). */
  asOfDay: number;
  /** Exact days overdue per violation row, when known (e.g. from the issues API); else estimated. */
  daysOverdue?: ArrayLike<number>;
}

export interface PreparedIssueHeat {
  /** Number of open issues. */
  count: number;
  /** The violation row of each open issue. */
  rows: Uint32Array;
  positions: Float32Array;
  weights: Float32Array;
  data: {
    length: number;
    attributes: {
      getPosition: { value: Float32Array; size: 2 };
      getWeight: { value: Float32Array; size: 1 };
    };
  };
  /** For the hexagon view: all rows, 1 where the issue is closed, 0 where open. */
  closureData: {
    length: number;
    attributes: {
      getPosition: { value: Float32Array; size: 2 };
      getColorWeight: { value: Float32Array; size: 1 };
    };
  };
}

/** Weight of an open issue: 1 for being open, plus one per day past its deadline. */
export function openIssueWeight(daysOverdue: number): number {
  return 1 + Math.max(0, daysOverdue);
}

/**
 * Compacts the open issues out of the prepared points, once per data: the heat then splats only the
 * open backlog (a fraction of the three years), which is what makes it affordable in software WebGL.
 */
export function prepareIssueHeat(prepared: PreparedViolationPoints, input: IssueHeatInput): PreparedIssueHeat {
  const { count, status, severity, days } = prepared;
  let open = 0;
  for (let i = 0; i < count; i++) if (((status[i] ?? 0) & STATUS_MASK) !== CLOSED) open++;
  const rows = new Uint32Array(open);
  const positions = new Float32Array(open * 2);
  const weights = new Float32Array(open);
  const closed = new Float32Array(count);
  let j = 0;
  for (let i = 0; i < count; i++) {
    const s = status[i] ?? 0;
    if ((s & STATUS_MASK) === CLOSED) {
      closed[i] = 1;
      continue;
    }
    let late = 0;
    if (input.daysOverdue) late = input.daysOverdue[i] ?? 0;
    else if (s & OVERDUE_BIT) {
      const deadline = (days[i] ?? 0) + (NOMINAL_DEADLINE_DAYS[severity[i] ?? 0] ?? 30);
      late = Math.max(1, input.asOfDay - deadline);
    }
    rows[j] = i;
    positions[2 * j] = prepared.positions[2 * i] ?? 0;
    positions[2 * j + 1] = prepared.positions[2 * i + 1] ?? 0;
    weights[j] = openIssueWeight(late);
    j++;
  }
  return {
    count: open,
    rows,
    positions,
    weights,
    data: {
      length: open,
      attributes: { getPosition: { value: positions, size: 2 }, getWeight: { value: weights, size: 1 } },
    },
    closureData: {
      length: count,
      attributes: {
        getPosition: { value: prepared.positions, size: 2 },
        getColorWeight: { value: closed, size: 1 },
      },
    },
  };
}

export interface ZoneClosure {
  closed: number;
  total: number;
  /** closed / total; null when the zone has no issues in the window. */
  rate: number | null;
}

/** Closure rate per zone id over an optional day window: one pass over the columns (~ms at 10⁶ rows). */
export function computeZoneClosureRates(
  prepared: PreparedViolationPoints,
  window?: { fromDay: number; toDay: number },
): Map<string, ZoneClosure> {
  const n = prepared.zoneIds.length;
  const closed = new Uint32Array(n);
  const total = new Uint32Array(n);
  const from = window?.fromDay ?? -Infinity;
  const to = window?.toDay ?? Infinity;
  for (let i = 0; i < prepared.count; i++) {
    const d = prepared.days[i] ?? 0;
    if (d < from || d > to) continue;
    const z = prepared.zone[i] ?? 0;
    total[z] = (total[z] ?? 0) + 1;
    if (((prepared.status[i] ?? 0) & STATUS_MASK) === CLOSED) closed[z] = (closed[z] ?? 0) + 1;
  }
  const out = new Map<string, ZoneClosure>();
  prepared.zoneIds.forEach((id, z) => {
    const t = total[z] ?? 0;
    const c = closed[z] ?? 0;
    out.set(id, { closed: c, total: t, rate: t ? c / t : null });
  });
  return out;
}

/*
 * Heat settings, chosen for software WebGL (SwiftShader on the wall PCs' fallback path), where every
 * fragment costs CPU time:
 *  - radiusPixels 25 (deck.gl default 50): each point's splat costs ∝ r², so a quarter of the fill;
 *    25 px still merges neighbouring transformer districts into one hot spot at district zoom.
 *  - weightsTextureSize 512 (default 2048): the weights texture is re-rendered and scanned for its max
 *    on every aggregation; 512² is 1/16 of the texels, and the kernel blurs away the coarser grid.
 *  - debounceTimeout 300 ms: re-aggregate once a pan or zoom has settled, not on every frame of it.
 */
export const HEAT_SETTINGS = { radiusPixels: 25, weightsTextureSize: 512, debounceTimeout: 300, intensity: 1, threshold: 0.05 } as const;

/** The closure-rate classes, shared by the zone and hexagon views: quantize [0.5, 1] in 5 → 60/70/80/90 %. */
export const CLOSURE_RATE_SCALE: ThresholdScale = makeQuantizeScale([0.5, 1], [...ATTENTION_RAMP].reverse(), 'ratio');

export const HEXAGON_RADIUS_METERS = 1000;

export type IssueHeatView = 'heat' | 'closureByZone' | 'closureByHexagon';

export interface IssueHeatOptions extends BaseLayerOptions {
  view: IssueHeatView;
  zones: GridZoneCollection;
  /** Per-zone closure rates (computeZoneClosureRates), for the 'closureByZone' view. */
  zoneClosure: ReadonlyMap<string, ZoneClosure>;
  selectedZoneId?: string | null;
  hexagonRadiusMeters?: number;
}

/** Returns [heat, closure by zone, closure by hexagon]; exactly one is visible (none when switched off). */
export function buildIssueHeatLayers(heat: PreparedIssueHeat, options: IssueHeatOptions) {
  const base = baseProps(options);
  const { view } = options;
  const heatLayer = new HeatmapLayer<null>({
    id: LAYER_IDS.issueHeat,
    ...base,
    // A heatmap has nothing to pick; tooltips come from the points and zones.
    pickable: false,
    visible: base.visible && view === 'heat',
    data: heat.data,
    aggregation: 'SUM',
    colorRange: HEAT_RAMP.map((c) => [...c] as [number, number, number]),
    radiusPixels: HEAT_SETTINGS.radiusPixels,
    weightsTextureSize: HEAT_SETTINGS.weightsTextureSize,
    debounceTimeout: HEAT_SETTINGS.debounceTimeout,
    intensity: HEAT_SETTINGS.intensity,
    threshold: HEAT_SETTINGS.threshold,
  });
  const rates = new Map<string, number | null>();
  for (const [id, z] of options.zoneClosure) rates.set(id, z.rate);
  const zoneLayer = buildGridZonesLayer(options.zones, {
    ...base,
    id: `${SUBLAYER_IDS.issueHeatClosure}-zones`,
    visible: base.visible && view === 'closureByZone',
    indicator: 'closureRate',
    values: rates,
    scale: CLOSURE_RATE_SCALE,
    selectedZoneId: options.selectedZoneId ?? null,
  });
  const hexLayer = new HexagonLayer<null>({
    id: `${SUBLAYER_IDS.issueHeatClosure}-hexagons`,
    ...base,
    visible: base.visible && view === 'closureByHexagon',
    data: heat.closureData,
    radius: options.hexagonRadiusMeters ?? HEXAGON_RADIUS_METERS,
    coverage: 0.9,
    extruded: false,
    // CPU binning: once per data and radius (bins live in world space, not screen space), the same
    // on every GPU, and it lets the scale use fixed class breaks.
    gpuAggregation: false,
    colorAggregation: 'MEAN',
    colorScaleType: 'quantize',
    colorDomain: CLOSURE_RATE_SCALE.domain,
    colorRange: CLOSURE_RATE_SCALE.colors.map((c) => [...c] as [number, number, number, number]),
  });
  return [heatLayer, zoneLayer, hexLayer] as const;
}

export const issueHeatLegend: GradientLegend = {
  kind: 'gradient',
  measure: 'openIssuesWeightedByDaysOverdue',
  colors: HEAT_RAMP,
  relative: true,
};

export const closureRateLegend: ThresholdLegend = thresholdLegend(CLOSURE_RATE_SCALE);
