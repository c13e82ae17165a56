import { ScatterplotLayer } from '@deck.gl/layers';
import { ClipOutDataFilterExtension } from './clip-out-data-filter';
import type { DataFilterExtensionProps } from '@deck.gl/extensions';
import type { AccessorContext } from '@deck.gl/core';
import { isOverdueCode, statusCodeOf, violationIdOf, rowOfViolationId } from '../api/violation-columns';
import { issueStatuses, severities, violationCategories } from '../api/schemas/enums';
import { violationQueries } from '../api/queries/violations';
import type { ViolationWithIssue } from '../api/queries/violations';
import { dayOfRow, type ViolationTable } from '../data/violation-table';
import { filterCategoriesOf, type ViolationFilter } from '../lib/violation-filter';
import { formatDateTime } from '../lib/format-time';
import { CATEGORY_COLORS, NEUTRAL_GREY, SELECTION_COLOR, SEVERITY_COLORS, withAlpha } from './palette';
import type { Rgba } from './palette';
import { niceFloor, type CategoricalLegend, type SizeLegend } from './legend';
import type { GridZoneCollection } from '../api/schemas/org';
import type { Position } from '../api/schemas/geojson';
import { violationsByZone } from '../data/zone-violation-counts';
import { areaAnchor } from '../lib/geometry';
import type { Theme } from '../lib/view-options';
import { SCALE } from './scale-rules';
import type { BaseLayerOptions } from './layer-options';
import { baseProps, selectionColorOf, sizeScaleOf } from './layer-options';
import { defineDetails, defineLayer, type DetailRow, type NavTarget } from './layer-entry';
import { buildViolationLinksLayer, type ViolationLink } from './violation-links';

/*
 * Up to 1,000,000 violations as one ScatterplotLayer over binary attributes. Everything the layer needs
 * of the violation table is derived once per table (pointsOf) and kept in one `data` object whose
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

const ID = 'violations';
/** The per-zone symbols drawn at city and district scale. */
const BY_ZONE_ID = `${ID}-by-zone`;

/** What the layer derives from a table, once: the binary data object and stable accessors. */
export interface ViolationPoints {
  /** Stable: pass this very object as `data` on every render. */
  data: ViolationPointsData;
  accessors: {
    filterCategory: RowAccessor<number[]>;
    colorByCategory: RowAccessor<Rgba>;
    colorBySeverity: RowAccessor<Rgba>;
  };
}

const pointsCache = new WeakMap<ViolationTable, ViolationPoints>();

export function pointsOf(table: ViolationTable): ViolationPoints {
  const cached = pointsCache.get(table);
  if (cached) return cached;
  const { category, severity, status, workType } = table;
  const categoryColors = violationCategories.map((c) => CATEGORY_COLORS[c]);
  const severityColors = severities.map((s) => SEVERITY_COLORS[s]);
  const points: ViolationPoints = {
    data: {
      length: table.count,
      attributes: {
        getPosition: { value: table.positions, size: 2 },
        getFilterValue: { value: table.days, size: 1 },
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
        target[3] = workType[index] ?? 0;
        return target;
      },
      colorByCategory: (_, { index }) => categoryColors[category[index] ?? 0] ?? NEUTRAL_GREY,
      colorBySeverity: (_, { index }) => severityColors[severity[index] ?? 0] ?? NEUTRAL_GREY,
    },
  };
  pointsCache.set(table, points);
  return points;
}

export type ViolationColorBy = 'category' | 'severity';

export interface ViolationPointsOptions extends BaseLayerOptions {
  filter: ViolationFilter;
  colorBy: ViolationColorBy;
  /** Row of the selected violation, highlighted through the picking uniform (no attribute change). */
  selectedRow?: number | null;
  radiusPixels?: number;
}

// One extension instance for every render: a new instance with equal options is fine for deck.gl,
// but sharing one makes "extensions did not change" trivially true.
const violationFilterExtension = new ClipOutDataFilterExtension({ filterSize: 1, categorySize: 4 });

export const VIOLATION_RADIUS_PIXELS = 3;

export function buildViolationPointsLayer(table: ViolationTable, options: ViolationPointsOptions) {
  const { filter, colorBy } = options;
  const prepared = pointsOf(table);
  return new ScatterplotLayer<null, DataFilterExtensionProps>({
    id: ID,
    ...baseProps(options),
    data: prepared.data,
    radiusUnits: 'pixels',
    getRadius: options.radiusPixels ?? VIOLATION_RADIUS_PIXELS,
    radiusScale: sizeScaleOf(options),
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
export function rowsOfZone(prepared: ViolationTable, zoneId: string): Uint32Array {
  const z = prepared.zoneIds.indexOf(zoneId);
  if (z < 0) return new Uint32Array(0);
  const rows: number[] = [];
  for (let i = 0; i < prepared.count; i++) if (prepared.zone[i] === z) rows.push(i);
  return Uint32Array.from(rows);
}

const zoneViolationsFilterExtension = new ClipOutDataFilterExtension({ filterSize: 1, categorySize: 4 });
export const ZONE_VIOLATION_RING_PIXELS = 6;

export interface ZoneViolationPoints {
  length: number;
  /** Stable per selection: pass this very object as `data`. */
  data: { length: number; attributes: { getPosition: { value: Float32Array; size: 2 }; getFilterValue: { value: Float32Array; size: 1 } } };
  filterCategory: (object: unknown, context: { index: number }) => [number, number, number, number];
}

/** A small binary copy of a zone's rows, made once per selection (never per filter change). */
export function prepareZoneViolations(prepared: ViolationTable, rows: Uint32Array): ZoneViolationPoints {
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
      return [prepared.category[row] ?? 0, prepared.severity[row] ?? 0, prepared.status[row] ?? 0, prepared.workType[row] ?? 0];
    },
  };
}

/** Rings around a selected zone's violations, above the points, under the same GPU filter. */
export function buildZoneViolationsLayer(points: ZoneViolationPoints, options: BaseLayerOptions & { filter: ViolationFilter }) {
  const base = baseProps(options);
  return new ScatterplotLayer<null, DataFilterExtensionProps>({
    id: `${ID}-zone`,
    ...base,
    visible: base.visible && points.length > 0,
    pickable: false,
    data: points.data,
    radiusUnits: 'pixels',
    getRadius: ZONE_VIOLATION_RING_PIXELS,
    radiusScale: sizeScaleOf(options),
    stroked: true,
    filled: false,
    lineWidthUnits: 'pixels',
    getLineWidth: 1.25,
    lineWidthScale: sizeScaleOf(options),
    getLineColor: withAlpha(selectionColorOf(options), 200),
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


const NO_ROWS = new Uint32Array(0);
const zoneRowsCache = new WeakMap<ViolationTable, { zoneId: string; points: ZoneViolationPoints }>();
/** A selected zone's rows, found once per (table, zone). */
function zoneViolationsOf(table: ViolationTable, zoneId: string | null): ZoneViolationPoints {
  const cached = zoneRowsCache.get(table);
  if (cached && cached.zoneId === (zoneId ?? '')) return cached.points;
  const points = prepareZoneViolations(table, zoneId ? rowsOfZone(table, zoneId) : NO_ROWS);
  zoneRowsCache.set(table, { zoneId: zoneId ?? '', points });
  return points;
}

const NO_LINKS: ViolationLink[] = [];
const COLOR_BY: readonly ViolationColorBy[] = ['category', 'severity'];
const selectedRowOf = (selection: { kind: string; id: string } | null) => (selection?.kind === 'violation' ? rowOfViolationId(selection.id) : null);
const zoneOfPlace = (place: { level: string; id?: string }) => (place.level === 'zone' ? (place.id ?? null) : null);

export const violationsEntry = defineLayer({
  key: 'violations',
  id: ID,
  group: 'party',
  names: { zh: '党员身边违章', en: 'Violations around members' },
  defaultVisible: true,
  option: {
    label: 'layers.colorBy',
    values: COLOR_BY,
    default: 'category',
    valueLabel: (value, t) => t(`colorBy.${value}`),
  },
  // Points from district scale in; per-zone symbols further out (scale-rules.ts).
  fades: [
    { id: ID, from: SCALE.violationPoints.from, to: SCALE.violationPoints.to, direction: 'in' },
    { id: BY_ZONE_ID, from: SCALE.violationPoints.from, to: SCALE.violationPoints.to, direction: 'out' },
  ],
  needs: () => ['violations', 'zones'],
  inputs: (c) => [c.data.violations, c.data.zones, c.theme, c.zoom < SCALE.violationPoints.to ? c.zoom : SCALE.violationPoints.to, c.visible, c.opacity, c.filter, c.option, selectedRowOf(c.selection), zoneOfPlace(c.place), c.data.members, c.linked.memberIds, c.sizeScale],
  build: (c) => {
    const table = c.data.violations;
    const row = selectedRowOf(c.selection);
    const base = { visible: c.visible, opacity: c.opacity, sizeScale: c.sizeScale };
    // From a selected violation to the members in whose circle it falls (those drawn on the map).
    const links =
      row !== null && row < table.count && c.linked.memberIds.size
        ? c.data.members
            .filter((m) => c.linked.memberIds.has(m.member.id))
            .map((m) => ({ from: [table.positions[2 * row] ?? 0, table.positions[2 * row + 1] ?? 0] as [number, number], to: m.position, memberId: m.member.id }))
        : NO_LINKS;
    return [
      buildViolationsByZoneLayer(byZoneOf(table, c.data.zones, c.filter), { ...base, theme: c.theme, zoom: c.zoom }),
      buildViolationPointsLayer(table, { ...base, filter: c.filter, colorBy: c.option === 'severity' ? 'severity' : 'category', selectedRow: row }),
      // A zone on the drill path lights up its own violations: rows found once per zone, filtered on the GPU.
      buildZoneViolationsLayer(zoneViolationsOf(table, zoneOfPlace(c.place)), { ...base, filter: c.filter, theme: c.theme }),
      buildViolationLinksLayer(links.length ? links : NO_LINKS, { ...base, pickable: false }),
    ];
  },
  legend: (c) => [violationLegend(c.option === 'severity' ? 'severity' : 'category'), byZoneLegend(byZoneOf(c.data.violations, c.data.zones, c.filter), c.theme, c.zoom)],
  pick: (info, c) => {
    if (info.layer?.id === BY_ZONE_ID) {
      const z = info.index >= 0 ? byZoneOf(c.data.violations, c.data.zones, c.filter).symbols[info.index] : undefined;
      return z
        ? {
            layer: 'violations',
            kind: 'zone',
            target: { place: { level: 'zone', id: z.zoneId } },
            describe: (t) => ({ title: z.name, lines: [t('tooltip.violations', { count: z.count })] }),
          }
        : null;
    }
    // The points alone are pickable (the rings and links are not).
    if (info.layer?.id !== ID || info.index < 0) return null;
    const table = c.data.violations;
    const row = info.index;
    const id = violationIdOf(row);
    return {
      layer: 'violations',
      kind: 'violation',
      target: { selection: { kind: 'violation', id } },
      describe: (t) => {
        if (row >= table.count) return { title: id, lines: [] };
        const status = table.status[row] ?? 0;
        return {
          title: id,
          lines: [
            `${t(`enums.category.${violationCategories[table.category[row] ?? 0] ?? 'behaviour'}`)} · ${t(`enums.severity.${severities[table.severity[row] ?? 0] ?? 'general'}`)}`,
            dayOfRow(table, row),
            `${t(`enums.status.${issueStatuses[statusCodeOf(status)] ?? 'found'}`)}${isOverdueCode(status) ? ` · ${t('tooltip.overdue')}` : ''}`,
          ],
        };
      },
    };
  },
  details: defineDetails({
    kind: 'violation',
    needs: ['zones'],
    query: (id) => violationQueries.withIssue(id),
    describe: (_id, data, fetched: ViolationWithIssue | undefined, t, language) => {
      if (!fetched) return null;
      const { violation: v, issue, circle } = fetched;
      const zoneName = data.zones.features.find((f) => f.id === v.zoneId)?.properties.name ?? v.zoneId;
      const names = v.memberIds.map((mid) => circle?.find((m) => m.id === mid)?.name ?? mid);
      const zoneLink: NavTarget = { place: { level: 'zone', id: v.zoneId } };
      const rows: DetailRow[] = [
        { label: 'details.category', value: t(`enums.category.${v.category}`) },
        { label: 'details.severity', value: t(`enums.severity.${v.severity}`) },
        { label: 'details.workType', value: t(`enums.workType.${v.workType}`) },
        { label: 'details.occurredAt', value: formatDateTime(v.occurredAt, language) },
        { label: 'details.description', value: v.description },
        {
          label: 'details.person',
          value:
            v.personId === null
              ? t('details.contractorWorker')
              : `${v.personName}${v.personIsMember ? t('details.personMember') : ''}${v.personNameMasked ? t('details.masked') : ''}`,
        },
        { label: 'details.zone', value: { text: zoneName, to: zoneLink } },
        { label: 'details.circle', value: names.length ? names.join('、') : t('details.none') },
        {
          label: 'details.issueStatus',
          value: `${t(`enums.status.${v.issueStatus}`)}${v.issueOverdue ? ` · ${t('details.overdue')}` : ''}`,
        },
      ];
      if (issue) rows.push({ label: 'details.deadline', value: issue.deadline });
      if (issue?.assigneeName) rows.push({ label: 'details.assignee', value: issue.assigneeName });
      rows.push({ label: 'details.issue', value: v.issueId });
      return { title: v.id, rows };
    },
  }),
});

/*
 * Violations per grid zone as proportional symbols (area ∝ count, at the zone's representative
 * point): what can be read of a hundred thousand violations at city and district scale. The counts
 * follow the window and the filters (prefix sums: two lookups per zone per change).
 */

/** The busiest zone's symbol: small at city scale where zones are small, larger as they grow with the zoom. */
export const byZoneMaxRadius = (zoom: number) => Math.max(5, Math.min(20, 6 * 1.6 ** (zoom - 9)));

export interface ZoneSymbol {
  zoneId: string;
  name: string;
  position: Position;
  count: number;
}

export interface ZoneSymbols {
  symbols: readonly ZoneSymbol[];
  /** The count drawn at the largest radius: the busiest zone's, so it reads the same in any window. */
  max: number;
  /** The layer's binary attributes, in the order of `symbols`: lng, lat of each, and its radius (byZoneRadius). */
  positions: Float32Array;
  radii: Float32Array;
}

type ZoneAnchor = { zoneId: string; name: string; position: Position };
const anchorsCache = new WeakMap<ViolationTable, { zones: GridZoneCollection; anchors: readonly (ZoneAnchor | undefined)[] }>();
/** Each of the table's zone codes' name and symbol position (undefined: a zone the outlines lack), found once. */
function anchorsOf(table: ViolationTable, zones: GridZoneCollection) {
  const cached = anchorsCache.get(table);
  if (cached && cached.zones === zones) return cached.anchors;
  const byId = new Map(zones.features.map((f) => [f.id, f]));
  const anchors = table.zoneIds.map((zoneId) => {
    const f = byId.get(zoneId);
    return f && { zoneId, name: f.properties.name, position: areaAnchor(f.geometry) };
  });
  anchorsCache.set(table, { zones, anchors });
  return anchors;
}

const symbolsCache = new WeakMap<ViolationTable, { zones: GridZoneCollection; filter: ViolationFilter; symbols: ZoneSymbols }>();
/** The symbols of a table, zones and filter: the same object while none of them changes. */
export function byZoneOf(table: ViolationTable, zones: GridZoneCollection, filter: ViolationFilter): ZoneSymbols {
  const cached = symbolsCache.get(table);
  if (cached && cached.zones === zones && cached.filter === filter) return cached.symbols;
  const counts = violationsByZone(table, filter);
  const anchors = anchorsOf(table, zones);
  const symbols: ZoneSymbol[] = [];
  let max = 0;
  for (let z = 0; z < anchors.length; z++) {
    const count = counts[z] ?? 0;
    const anchor = anchors[z];
    if (!anchor || count === 0) continue;
    symbols.push({ ...anchor, count });
    if (count > max) max = count;
  }
  // The largest first: small symbols are drawn over big ones and stay clickable.
  symbols.sort((a, b) => b.count - a.count);
  const positions = new Float32Array(symbols.length * 2);
  const radii = new Float32Array(symbols.length);
  symbols.forEach((s, i) => {
    positions[2 * i] = s.position[0] ?? 0;
    positions[2 * i + 1] = s.position[1] ?? 0;
    radii[i] = byZoneRadius(s.count, max);
  });
  const result = { symbols, max, positions, radii };
  symbolsCache.set(table, { zones, filter, symbols: result });
  return result;
}

/** Area ∝ count: the radius of a zone's symbol, in units of the largest radius (radiusScale). */
export const byZoneRadius = (count: number, max: number) => (max > 0 ? Math.max(0.1, Math.sqrt(count / max)) : 0);

const BY_ZONE_FILL: Readonly<Record<Theme, Rgba>> = { dark: [255, 176, 64, 120], light: [214, 96, 0, 110] };
const BY_ZONE_LINE: Readonly<Record<Theme, Rgba>> = { dark: [255, 236, 200, 220], light: [90, 40, 0, 200] };

export function buildViolationsByZoneLayer(byZone: ZoneSymbols, options: BaseLayerOptions & { theme: Theme; zoom: number }) {
  const base = baseProps(options);
  return new ScatterplotLayer({
    id: BY_ZONE_ID,
    ...base,
    visible: base.visible && byZone.symbols.length > 0,
    // Binary attributes, new with each window: deck.gl uploads two small arrays instead of calling an accessor
    // per zone (and splitting each position into two floats), which the first window changes after a load
    // ran cold (~20 ms of main thread at the province's 2,168 zones). A pick's index is the symbol's.
    data: {
      length: byZone.symbols.length,
      attributes: { getPosition: { value: byZone.positions, size: 2 }, getRadius: { value: byZone.radii, size: 1 } },
    },
    radiusUnits: 'pixels',
    // The zoom only scales a uniform: zooming rebuilds no attribute.
    radiusScale: byZoneMaxRadius(options.zoom) * sizeScaleOf(options),
    radiusMinPixels: 1.5,
    getFillColor: BY_ZONE_FILL[options.theme],
    stroked: true,
    lineWidthUnits: 'pixels',
    getLineWidth: 1,
    lineWidthScale: sizeScaleOf(options),
    getLineColor: BY_ZONE_LINE[options.theme],
  });
}

/** Three reference sizes of the symbols, drawn with the very radius function the layer uses. */
export function byZoneLegend(byZone: ZoneSymbols, theme: Theme, zoom: number): SizeLegend {
  const top = niceFloor(byZone.max);
  const values = [top, top / 4, top / 16].filter((v) => v >= 1).map(Math.round);
  return {
    kind: 'size',
    unit: 'violationsPerZone',
    items: values.map((value) => ({ value, radiusPixels: byZoneRadius(value, byZone.max) * byZoneMaxRadius(zoom) })),
    color: BY_ZONE_FILL[theme],
  };
}
