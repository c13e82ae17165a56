import { describe, expect, it } from 'vitest';
import {
  buildViolationPointsLayer,
  buildViolationsByZoneLayer,
  buildZoneViolationsLayer,
  byZoneOf,
  byZoneRadius,
  pointsOf,
  prepareZoneViolations,
  rowsOfZone,
  violationLegend,
  violationsEntry,
} from '../../../src/layers/violation-points';
import { filterCategoriesOf, rowFilterOf, type ViolationFilter } from '../../../src/lib/violation-filter';
import { prepareViolationTable } from '../../../src/data/violation-table';
import { OVERDUE_BIT } from '../../../src/api/violation-columns';
import { CATEGORY_COLORS, SEVERITY_COLORS } from '../../../src/layers/palette';
import { makeViolationColumns, makeViolationRow } from '../../factories/layers-violations';
import { evalAccessor, plain } from '../../factories/layers-accessors';
import { EMPTY_MAP_DATA } from '../../../src/data/map-data';
import type { Violation } from '../../../src/api/schemas/violations';
import { collection, makeZone } from '../../factories/layers-features';
import { areaAnchor } from '../../../src/lib/geometry';
import { NOTHING_LINKED } from '../../../src/data/linked';
import { BUREAU } from '../../../src/lib/url-state';
import type { LayerContext } from '../../../src/layers/layer-entry';

const rows = [
  makeViolationRow({ lon: 113.264, lat: 23.129, day: 10, category: 'behaviour', severity: 'general', status: 'found' }),
  makeViolationRow({ lon: 113.459, lat: 23.106, day: 400, category: 'equipment', severity: 'severe', status: 'rectifying', overdue: true, workType: 'live_work' }),
  makeViolationRow({ lon: 113.612, lat: 22.75, day: 1000, category: 'management', severity: 'serious', status: 'closed', zone: 2, workType: 'switching' }),
];
const prepared = prepareViolationTable(makeViolationColumns(rows));
const points = pointsOf(prepared);
const rowPassesFilter = (table: typeof prepared, row: number, filter: ViolationFilter) => rowFilterOf(filter)(table, row);

const allFilter: ViolationFilter = {
  fromDay: 0,
  toDay: 1100,
  categories: ['behaviour', 'equipment', 'management'],
  severities: ['general', 'serious', 'severe'],
  statuses: ['found', 'assigned', 'rectifying', 'awaiting_verification', 'closed'],
  workTypes: ['patrol', 'switching', 'maintenance', 'emergency_repair', 'live_work', 'construction'],
};

describe('the violation table and its points', () => {
  it('dequantises positions to within 1e-4° and interleaves lon, lat', () => {
    expect(prepared.positions).toHaveLength(rows.length * 2);
    rows.forEach((r, i) => {
      expect(Math.abs((prepared.positions[2 * i] ?? NaN) - r.lon)).toBeLessThan(1e-4);
      expect(Math.abs((prepared.positions[2 * i + 1] ?? NaN) - r.lat)).toBeLessThan(1e-4);
    });
  });

  it('exposes binary attributes of the right sizes and the day as the filter value', () => {
    const { attributes, length } = points.data;
    expect(length).toBe(3);
    expect(attributes.getPosition.size).toBe(2);
    expect(attributes.getPosition.value).toBeInstanceOf(Float32Array);
    expect(attributes.getPosition.value.length).toBe(length * 2);
    expect(attributes.getFilterValue.size).toBe(1);
    expect(Array.from(attributes.getFilterValue.value)).toEqual([10, 400, 1000]);
  });

  it('gives each row its [category, severity, status-with-overdue-bit, work type] for the category filter', () => {
    const f = points.accessors.filterCategory;
    expect(evalAccessor(f, null, 0)).toEqual([0, 0, 0, 0]);
    expect(evalAccessor(f, null, 1)).toEqual([1, 2, 2 | OVERDUE_BIT, 4]);
    expect(evalAccessor(f, null, 2)).toEqual([2, 1, 4, 1]);
  });
});

describe('buildViolationPointsLayer', () => {
  const build = (over: Partial<Parameters<typeof buildViolationPointsLayer>[1]> = {}) =>
    buildViolationPointsLayer(prepared, { filter: allFilter, colorBy: 'category', ...over });

  it('has the stable id, passes visible/opacity and uses the prepared binary data as is', () => {
    const layer = build({ visible: false, opacity: 0.4 });
    expect(layer.id).toBe(violationsEntry.id);
    expect(layer.props.visible).toBe(false);
    expect(layer.props.opacity).toBe(0.4);
    expect(layer.props.data).toBe(points.data);
    expect(pointsOf(prepared), 'derived once per table').toBe(points);
  });

  it('grows on a wall by a uniform (radiusScale), the attributes untouched; 1 on a desk and for nonsense', () => {
    expect(build().props.radiusScale).toBe(1);
    const wall = build({ sizeScale: 2 });
    expect(wall.props.radiusScale).toBe(2);
    expect(wall.props.data).toBe(points.data);
    expect(wall.props.getRadius).toBe(build().props.getRadius);
    expect(build({ sizeScale: Number.NaN }).props.radiusScale).toBe(1);
    expect(build({ sizeScale: -3 }).props.radiusScale).toBe(1);
  });

  it('colours by category or by severity', () => {
    const byCat = build().props.getFillColor;
    const bySev = build({ colorBy: 'severity' }).props.getFillColor;
    expect(plain(evalAccessor(byCat, null, 1))).toEqual(plain(CATEGORY_COLORS.equipment));
    expect(plain(evalAccessor(bySev, null, 1))).toEqual(plain(SEVERITY_COLORS.severe));
    expect(plain(evalAccessor(bySev, null, 2))).toEqual(plain(SEVERITY_COLORS.serious));
  });

  it('turns the filter into a day range and category lists', () => {
    const filter: ViolationFilter = { ...allFilter, fromDay: 5, toDay: 500, categories: ['equipment'], statuses: ['rectifying'], overdue: 'only' };
    const layer = build({ filter });
    expect(layer.props.filterRange).toEqual([5, 500]);
    expect(layer.props.filterCategories).toEqual([[1], [0, 1, 2], [2 | OVERDUE_BIT], [0, 1, 2, 3, 4, 5]]);
    expect([0, 1, 2].map((r) => rowPassesFilter(prepared, r, filter))).toEqual([false, true, false]);
    expect([0, 1, 2].map((r) => rowPassesFilter(prepared, r, { ...filter, toDay: 1100, overdue: 'any', statuses: ['found', 'closed'], categories: ['behaviour', 'management'] }))).toEqual([true, false, true]);
    // Work type: live work is row 1's, switching row 2's.
    const everything = { ...allFilter, toDay: 1100 };
    expect([0, 1, 2].map((r) => rowPassesFilter(prepared, r, { ...everything, workTypes: ['live_work', 'switching'] }))).toEqual([false, true, true]);
    expect(filterCategoriesOf({ ...everything, workTypes: ['switching', 'live_work'] })[3]).toEqual([1, 4]);
  });

  it('shows nothing when a whole dimension is unticked', () => {
    expect(filterCategoriesOf({ ...allFilter, severities: [] })[1]).toEqual([]);
    expect(rowPassesFilter(prepared, 0, { ...allFilter, severities: [] })).toBe(false);
  });

  it('highlights the selected row through the picking uniform', () => {
    expect(build({ selectedRow: 2 }).props.highlightedObjectIndex).toBe(2);
    expect(build().props.highlightedObjectIndex).toBe(-1);
  });

  it('keeps data, accessors, triggers and extension identical across a filter change (prop level)', () => {
    const a = build();
    const b = build({ filter: { ...allFilter, fromDay: 300, categories: ['management'] } });
    expect(b.props.data).toBe(a.props.data);
    expect(b.props.getFillColor).toBe(a.props.getFillColor);
    expect(b.props.getFilterCategory).toBe(a.props.getFilterCategory);
    expect(b.props.extensions[0]).toBe(a.props.extensions[0]);
    expect(b.props.updateTriggers).toEqual(a.props.updateTriggers);
    expect(b.props.filterRange).not.toEqual(a.props.filterRange);
  });

  it('legend lists the same colours the accessor paints', () => {
    const legend = violationLegend('severity');
    expect(legend.items.map((i) => i.key)).toEqual(['general', 'serious', 'severe']);
    expect(legend.items[2]?.color).toBe(SEVERITY_COLORS.severe);
  });
});

describe('the per-zone symbols (city and district scale)', () => {
  // Rows 0 and 1 are in Z001 (days 10 and 400), row 2 in Z003 (day 1000); Z002 has none.
  const zones = collection([makeZone('Z001'), makeZone('Z002'), makeZone('Z003')]);
  const anchorOf = (i: number) => areaAnchor(zones.features[i]!.geometry);

  it('gives the zones with violations, the largest first, their positions and radii as binary attributes', () => {
    const all = byZoneOf(prepared, zones, allFilter);
    expect(all.symbols.map((s) => [s.zoneId, s.count])).toEqual([['Z001', 2], ['Z003', 1]]);
    expect(all.max).toBe(2);
    expect(Array.from(all.positions)).toEqual(Array.from(new Float32Array([...anchorOf(0), ...anchorOf(2)])));
    expect(Array.from(all.radii)).toEqual(Array.from(new Float32Array([1, byZoneRadius(1, 2)])));
    const layer = buildViolationsByZoneLayer(all, { theme: 'dark', zoom: 9 });
    expect(layer.props.data).toEqual({ length: 2, attributes: { getPosition: { value: all.positions, size: 2 }, getRadius: { value: all.radii, size: 1 } } });
    // A later window: one violation each, the same size.
    const laterFilter = { ...allFilter, fromDay: 300 };
    const later = byZoneOf(prepared, zones, laterFilter);
    expect(later.symbols.map((s) => [s.zoneId, s.count])).toEqual([['Z001', 1], ['Z003', 1]]);
    expect(Array.from(later.radii)).toEqual([1, 1]);
    expect(byZoneOf(prepared, zones, laterFilter), 'kept while table, zones and filter are the same').toBe(later);
  });

  it('picks a symbol by its index: its zone, and a tooltip with its count', () => {
    const filter = { ...allFilter, fromDay: 300 };
    const context: LayerContext = {
      data: { ...EMPTY_MAP_DATA, violations: prepared, zones },
      visible: true,
      opacity: 1,
      zoom: 9,
      theme: 'dark',
      option: 'category',
      filter,
      place: BUREAU,
      selection: null,
      linked: NOTHING_LINKED,
      sizeScale: 1,
      lazy: [],
    };
    const picked = violationsEntry.pick({ layer: { id: `${violationsEntry.id}-by-zone` }, object: undefined, index: 1 }, context);
    expect(picked?.target).toEqual({ place: { level: 'zone', id: 'Z003' } });
    expect(picked?.describe((key, options) => `${key}${JSON.stringify(options)}`, 'zh-CN')).toEqual({ title: 'Z003 网格', lines: ['tooltip.violations{"count":1}'] });
    expect(violationsEntry.pick({ layer: { id: `${violationsEntry.id}-by-zone` }, object: undefined, index: -1 }, context)).toBeNull();
  });
});

describe('a selected zone lights up its violations', () => {
  it('finds the zone\'s rows and copies their positions and days once', () => {
    expect([...rowsOfZone(prepared, 'Z003')]).toEqual([2]);
    expect(rowsOfZone(prepared, 'Z-none')).toHaveLength(0);
    const points = prepareZoneViolations(prepared, rowsOfZone(prepared, 'Z003'));
    expect(points.length).toBe(1);
    expect(points.data.attributes.getPosition.value[0]).toBeCloseTo(113.612, 3);
    expect(points.data.attributes.getFilterValue.value[0]).toBe(1000);
    expect(points.filterCategory(null, { index: 0 })).toEqual([2, 1, 4, 1]);
  });

  it('rings them under the same filter, and a filter change keeps the same data object', () => {
    const points = prepareZoneViolations(prepared, rowsOfZone(prepared, 'Z003'));
    const a = buildZoneViolationsLayer(points, { filter: allFilter });
    const b = buildZoneViolationsLayer(points, { filter: { ...allFilter, fromDay: 500 } });
    expect(a.id).toBe(`${violationsEntry.id}-zone`);
    expect(a.props.visible).toBe(true);
    expect(b.props.data).toBe(a.props.data);
    expect(b.props.filterRange).toEqual([500, 1100]);
    expect(buildZoneViolationsLayer(prepareZoneViolations(prepared, new Uint32Array(0)), { filter: allFilter }).props.visible).toBe(false);
  });
});

describe('a violation\'s details', () => {
  const violation: Violation = {
    id: 'V0000004', occurredAt: '2026-07-10T14:00:00+08:00', category: 'equipment', severity: 'serious', workType: 'switching',
    description: '未按规定装设接地线', position: [113.46, 23.11], unitId: 'U-440112', branchId: 'B-440112-01', zoneId: 'Z-440112-01',
    teamId: 'T-440112-01-O', personId: 'S-440112-01-1', personName: '王*', personNameMasked: true, personIsMember: false,
    memberIds: ['M-440112-01-3'], transformerDistrictId: null, feederId: null, issueId: 'IV0000004', issueStatus: 'rectifying', issueOverdue: false,
  };
  const t = ((key: string) => key) as never;
  const rowsOf = (v: Violation) => violationsEntry.details?.describe(v.id, EMPTY_MAP_DATA, { violation: v, issue: null, circle: null }, t, 'zh-CN')?.rows ?? [];
  const valueOf = (v: Violation, label: string) => rowsOf(v).find((r) => r.label === label)?.value;

  it('say who broke the rule: a named (here masked) person, or a contractor worker, who has no name on the roster', () => {
    expect(valueOf(violation, 'details.person')).toBe('王*details.masked');
    expect(valueOf({ ...violation, personId: null, personName: '', personNameMasked: false, memberIds: [] }, 'details.person')).toBe('details.contractorWorker');
    expect(valueOf({ ...violation, personId: null, personName: '', personNameMasked: false, memberIds: [] }, 'details.circle')).toBe('details.none');
  });
});
