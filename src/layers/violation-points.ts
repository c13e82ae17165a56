import { ScatterplotLayer } from '@deck.gl/layers';
import { ClipOutDataFilterExtension } from './clip-out-data-filter';
import type { DataFilterExtensionProps } from '@deck.gl/extensions';
import type { AccessorContext } from '@deck.gl/core';
import { dequantize, OVERDUE_BIT } from '../api/violation-columns';
import type { ViolationColumns } from '../api/violation-columns';
import { issueStatuses, severities, violationCategories } from '../api/schemas/enums';
import type { IssueStatus, Severity, ViolationCategory } from '../api/schemas/enums';
import { CATEGORY_COLORS, NEUTRAL_GREY, SELECTION_COLOR, SEVERITY_COLORS } from './palette';
import type { Rgba } from './palette';
import type { CategoricalLegend } from './legend';
import { LAYER_IDS, SUBLAYER_IDS } from './layer-ids';
import type { BaseLayerOptions } from './layer-options';
import { baseProps } from './layer-options';

/*
 * Up to 1,000,000 violations as one ScatterplotLayer over binary attributes. Everything that depends
 * only on the data is computed once in prepareViolationPoints and kept in one `data` object whose
 * identity never changes; filters reach the GPU as DataFilterExtension uniforms (filterRange,
 * filterCategories → a category bitmask), so moving the time window or ticking a category re-uploads
 * nothing (issue 3 §4, proved in tests/src/layers/violation-points-lifecycle.test.ts).
 */

/** The binary `data` prop: deck.gl reads `attributes.getX` instead of calling getX per row. */
export interface ViolationPointsData {
  length: number;
  attributes: {
    getPosition: { value: Float32Array; size: 2 };
    getFilterValue: { value: Float32Array; size: 1 };
  };
}

type RowAccessor<T> = (object: unknown, info: AccessorContext<unknown>) => T;

export interface PreparedViolationPoints {
  count: number;
  bbox: readonly [number, number, number, number];
  dayZero: string;
  zoneIds: readonly string[];
  /** lon, lat interleaved, dequantised from the uint16 columns. */
  positions: Float32Array;
  /** Day since dayZero, the numeric filter channel. */
  days: Float32Array;
  category: Uint8Array;
  severity: Uint8Array;
  status: Uint8Array;
  zone: Uint16Array;
  /** Stable: pass this very object as `data` on every render. */
  data: ViolationPointsData;
  /** Stable accessor functions, created once per prepared set. */
  accessors: {
    filterCategory: RowAccessor<number[]>;
    colorByCategory: RowAccessor<Rgba>;
    colorBySeverity: RowAccessor<Rgba>;
  };
}

export function prepareViolationPoints(columns: ViolationColumns): PreparedViolationPoints {
  const { count, bbox } = columns;
  const [minLon, minLat, maxLon, maxLat] = bbox;
  const positions = new Float32Array(count * 2);
  const days = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    positions[2 * i] = dequantize(columns.lon[i] ?? 0, minLon, maxLon);
    positions[2 * i + 1] = dequantize(columns.lat[i] ?? 0, minLat, maxLat);
    days[i] = columns.day[i] ?? 0;
  }
  const { category, severity, status } = columns;
  const categoryColors = violationCategories.map((c) => CATEGORY_COLORS[c]);
  const severityColors = severities.map((s) => SEVERITY_COLORS[s]);
  return {
    count,
    bbox,
    dayZero: columns.dayZero,
    zoneIds: columns.zoneIds,
    positions,
    days,
    category,
    severity,
    status,
    zone: columns.zone,
    data: {
      length: count,
      attributes: {
        getPosition: { value: positions, size: 2 },
        getFilterValue: { value: days, size: 1 },
      },
    },
    accessors: {
      // Categories go through the accessor (not a binary attribute) on purpose: DataFilterExtension
      // maps category values to bitmask keys in its accessor transform; a binary column would skip
      // that mapping. deck.gl runs it once per data, never on a filter change.
      filterCategory: (_, { index, target }) => {
        target[0] = category[index] ?? 0;
        target[1] = severity[index] ?? 0;
        target[2] = status[index] ?? 0;
        return target;
      },
      colorByCategory: (_, { index }) => categoryColors[category[index] ?? 0] ?? NEUTRAL_GREY,
      colorBySeverity: (_, { index }) => severityColors[severity[index] ?? 0] ?? NEUTRAL_GREY,
    },
  };
}

export interface ViolationFilter {
  /** Inclusive, in days since dayZero. */
  fromDay: number;
  toDay: number;
  categories: Iterable<ViolationCategory>;
  severities: Iterable<Severity>;
  statuses: Iterable<IssueStatus>;
  /** 'only': just the issues past their deadline; 'any' (default): overdue or not. */
  overdue?: 'any' | 'only';
}

export type ViolationColorBy = 'category' | 'severity';

export interface ViolationPointsOptions extends BaseLayerOptions {
  filter: ViolationFilter;
  colorBy: ViolationColorBy;
  /** Row of the selected violation, highlighted through the picking uniform (no attribute change). */
  selectedRow?: number | null;
  radiusPixels?: number;
}

/** The [category, severity, status] value lists the category bitmask is built from. */
export function filterCategoriesOf(filter: ViolationFilter): [number[], number[], number[]] {
  const index = <T>(all: readonly T[], picked: Iterable<T>) =>
    [...new Set(picked)].map((v) => all.indexOf(v)).filter((i) => i >= 0).sort((a, b) => a - b);
  const statusCodes = index(issueStatuses, filter.statuses).flatMap((s) =>
    filter.overdue === 'only' ? [s | OVERDUE_BIT] : [s, s | OVERDUE_BIT],
  );
  return [index(violationCategories, filter.categories), index(severities, filter.severities), statusCodes];
}

// One extension instance for every render: a new instance with equal options is fine for deck.gl,
// but sharing one makes "extensions did not change" trivially true.
const violationFilterExtension = new ClipOutDataFilterExtension({ filterSize: 1, categorySize: 3 });

export const VIOLATION_RADIUS_PIXELS = 3;

export function buildViolationPointsLayer(prepared: PreparedViolationPoints, options: ViolationPointsOptions) {
  const { filter, colorBy } = options;
  return new ScatterplotLayer<null, DataFilterExtensionProps>({
    id: LAYER_IDS.violations,
    ...baseProps(options),
    data: prepared.data,
    radiusUnits: 'pixels',
    getRadius: options.radiusPixels ?? VIOLATION_RADIUS_PIXELS,
    radiusMinPixels: 1,
    stroked: false,
    getFillColor: colorBy === 'severity' ? prepared.accessors.colorBySeverity : prepared.accessors.colorByCategory,
    // Only the colours depend on colorBy; the filter must never appear in an update trigger.
    updateTriggers: { getFillColor: colorBy },
    highlightedObjectIndex: options.selectedRow ?? -1,
    highlightColor: [...SELECTION_COLOR],
    extensions: [violationFilterExtension],
    getFilterCategory: prepared.accessors.filterCategory,
    filterRange: [filter.fromDay, filter.toDay],
    filterCategories: filterCategoriesOf(filter),
  });
}

/** The rows of one zone (one pass over the zone column): the violations a selected zone lights up. */
export function rowsOfZone(prepared: PreparedViolationPoints, zoneId: string): Uint32Array {
  const z = prepared.zoneIds.indexOf(zoneId);
  if (z < 0) return new Uint32Array(0);
  const rows: number[] = [];
  for (let i = 0; i < prepared.count; i++) if (prepared.zone[i] === z) rows.push(i);
  return Uint32Array.from(rows);
}

const zoneViolationsFilterExtension = new ClipOutDataFilterExtension({ filterSize: 1, categorySize: 3 });
export const ZONE_VIOLATION_RING_PIXELS = 6;

export interface ZoneViolationPoints {
  length: number;
  /** Stable per selection: pass this very object as `data`. */
  data: { length: number; attributes: { getPosition: { value: Float32Array; size: 2 }; getFilterValue: { value: Float32Array; size: 1 } } };
  filterCategory: (object: unknown, context: { index: number }) => [number, number, number];
}

/** A small binary copy of a zone's rows, made once per selection (never per filter change). */
export function prepareZoneViolations(prepared: PreparedViolationPoints, rows: Uint32Array): ZoneViolationPoints {
  const positions = new Float32Array(rows.length * 2);
  const days = new Float32Array(rows.length);
  rows.forEach((row, i) => {
    positions[2 * i] = prepared.positions[2 * row] ?? 0;
    positions[2 * i + 1] = prepared.positions[2 * row + 1] ?? 0;
    days[i] = prepared.days[row] ?? 0;
  });
  return {
    length: rows.length,
    data: { length: rows.length, attributes: { getPosition: { value: positions, size: 2 }, getFilterValue: { value: days, size: 1 } } },
    filterCategory: (_, { index }) => {
      const row = rows[index] ?? 0;
      return [prepared.category[row] ?? 0, prepared.severity[row] ?? 0, prepared.status[row] ?? 0];
    },
  };
}

/** Rings around a selected zone's violations, above the points, under the same GPU filter. */
export function buildZoneViolationsLayer(points: ZoneViolationPoints, options: BaseLayerOptions & { filter: ViolationFilter }) {
  const base = baseProps(options);
  return new ScatterplotLayer<null, DataFilterExtensionProps>({
    id: SUBLAYER_IDS.zoneViolations,
    ...base,
    visible: base.visible && points.length > 0,
    pickable: false,
    data: points.data,
    radiusUnits: 'pixels',
    getRadius: ZONE_VIOLATION_RING_PIXELS,
    stroked: true,
    filled: false,
    lineWidthUnits: 'pixels',
    getLineWidth: 1.5,
    getLineColor: [...SELECTION_COLOR],
    extensions: [zoneViolationsFilterExtension],
    getFilterCategory: points.filterCategory,
    filterRange: [options.filter.fromDay, options.filter.toDay],
    filterCategories: filterCategoriesOf(options.filter),
  });
}

export function violationLegend(colorBy: ViolationColorBy): CategoricalLegend {
  return colorBy === 'category'
    ? { kind: 'categorical', items: violationCategories.map((key) => ({ key, color: CATEGORY_COLORS[key] })) }
    : { kind: 'categorical', items: severities.map((key) => ({ key, color: SEVERITY_COLORS[key] })) };
}

/** Whether a row passes a filter, computed on the CPU the way the GPU does (for counts and tests). */
export function rowPassesFilter(prepared: PreparedViolationPoints, row: number, filter: ViolationFilter): boolean {
  const day = prepared.days[row] ?? -1;
  if (day < filter.fromDay || day > filter.toDay) return false;
  const [cats, sevs, stats] = filterCategoriesOf(filter);
  return (
    cats.includes(prepared.category[row] ?? -1) &&
    sevs.includes(prepared.severity[row] ?? -1) &&
    stats.includes(prepared.status[row] ?? -1)
  );
}
