import { issueStatuses, severities, violationCategories, workTypes } from '../api/schemas/enums';
import { isClosedCode, isOverdueCode, SEVERE_CODE } from '../api/violation-columns';
import { CODE_KEYS, codeKeysOf, codesOfKey, codeTestOf, filterCategoriesOf, type ViolationFilter } from '../lib/violation-filter';
import { rowRangeOfDays, type ViolationTable } from './violation-table';

/*
 * Violations per grid zone for the current window and filter: what the map shows of violations at
 * city and district scale, and what the zone tallies count. A window change must stay cheap at a
 * million rows, so each table gets (once, on first use) cumulative counts per zone and day: a window
 * with every code shown is then two lookups per zone. Otherwise the window's violations are counted
 * per zone and code key (zoneKeyCounts), and a filter on codes sums the keys it lets through: a
 * cross-filter, which changes codes and not the window, reads no row.
 */

interface ZoneDayPrefix {
  /** Days + 1 columns per zone: prefix[z * width + d] = violations of zone z with day < d. */
  prefix: Uint32Array;
  width: number;
}

const prefixes = new WeakMap<ViolationTable, ZoneDayPrefix>();

function prefixOf(table: ViolationTable): ZoneDayPrefix {
  const cached = prefixes.get(table);
  if (cached) return cached;
  const zones = table.zoneIds.length;
  const width = (table.count ? (table.days[table.count - 1] ?? 0) : 0) + 2;
  const prefix = new Uint32Array(zones * width);
  for (let row = 0; row < table.count; row++) {
    const z = table.zone[row] ?? 0;
    const d = table.days[row] ?? 0;
    if (z < zones) prefix[z * width + d + 1] = (prefix[z * width + d + 1] ?? 0) + 1;
  }
  for (let z = 0; z < zones; z++) {
    const base = z * width;
    for (let d = 1; d < width; d++) prefix[base + d] = (prefix[base + d] ?? 0) + (prefix[base + d - 1] ?? 0);
  }
  const entry = { prefix, width };
  prefixes.set(table, entry);
  return entry;
}

/*
 * What a violation adds to besides its zone's count, by its key: bit 1 severe, 2 closed, 4 overdue (every
 * violation opened an issue). A row without a key (a code outside the vocabularies) is in no group.
 */
const NO_GROUP = 8;
let keyGroups: Uint8Array | null = null;
function groupsOfKeys(): Uint8Array {
  keyGroups ??= Uint8Array.from({ length: CODE_KEYS }, (_, key) => {
    const codes = codesOfKey(key);
    if (!codes) return NO_GROUP;
    const [, severity, status] = codes;
    return (severity === SEVERE_CODE ? 1 : 0) | (isClosedCode(status) ? 2 : 0) | (isOverdueCode(status) ? 4 : 0);
  });
  return keyGroups;
}

interface ZoneKeyCounts {
  /** byKey[key * zones + zone]: violations of the zone with that code key in rows [start, end). */
  byKey: Uint32Array;
  /** byGroup[group * zones + zone], the same by group (groupsOfKeys): what a filter letting every key through sums. */
  byGroup: Uint32Array;
  start: number;
  end: number;
}
const keyCounts = new WeakMap<ViolationTable, ZoneKeyCounts>();

/**
 * Violations per zone and code key (and group of keys) in the rows of the day window, a key's zones side
 * by side: summing a key into every zone is one run through memory. One set of arrays per table, moved
 * from the last window by the rows that differ when that is fewer than the window's rows (a sliding
 * window reads a few days' rows): read them at once, the next call changes them.
 */
function zoneKeyCounts(table: ViolationTable, fromDay: number, toDay: number): ZoneKeyCounts {
  const zones = table.zoneIds.length;
  const [start, end] = rowRangeOfDays(table, fromDay, toDay);
  let state = keyCounts.get(table);
  if (!state) {
    state = { byKey: new Uint32Array(zones * CODE_KEYS), byGroup: new Uint32Array(zones * (NO_GROUP + 1)), start: 0, end: 0 };
    keyCounts.set(table, state);
  }
  const { byKey, byGroup } = state;
  const keys = codeKeysOf(table);
  const groups = groupsOfKeys();
  const add = (from: number, to: number, delta: 1 | -1) => {
    for (let row = from; row < to; row++) {
      const z = table.zone[row] ?? zones;
      if (z >= zones) continue;
      const key = keys[row] ?? 0;
      const i = key * zones + z;
      const g = (groups[key] ?? NO_GROUP) * zones + z;
      byKey[i] = (byKey[i] ?? 0) + delta;
      byGroup[g] = (byGroup[g] ?? 0) + delta;
    }
  };
  const overlaps = start < state.end && state.start < end;
  if (!overlaps || Math.abs(start - state.start) + Math.abs(end - state.end) >= end - start) {
    byKey.fill(0);
    byGroup.fill(0);
    add(start, end, 1);
  } else {
    if (start < state.start) add(start, state.start, 1);
    else add(state.start, start, -1);
    if (end > state.end) add(state.end, end, 1);
    else add(end, state.end, -1);
  }
  state.start = start;
  state.end = end;
  return state;
}

/** Whether the filter lets every code through (only its day window selects). */
function codesOpen(filter: ViolationFilter): boolean {
  const [categories, severityCodes, statusCodes, workTypeCodes] = filterCategoriesOf(filter);
  return (
    categories.length === violationCategories.length &&
    severityCodes.length === severities.length &&
    statusCodes.length === 2 * issueStatuses.length &&
    workTypeCodes.length === workTypes.length
  );
}

/** Per zone (indexed like table.zoneIds), the violations passing a filter and the issues they opened. */
export interface ZoneCodeCounts {
  violations: Uint32Array;
  severe: Uint32Array;
  closed: Uint32Array;
  closedOnTime: Uint32Array;
  overdueOpen: Uint32Array;
}

const codeCounts = new WeakMap<ViolationTable, { filter: ViolationFilter; counts: ZoneCodeCounts }>();

/** The window's counts per zone, summed over the keys the filter lets through; kept for the last filter. */
export function zoneCodeCounts(table: ViolationTable, filter: ViolationFilter): ZoneCodeCounts {
  const cached = codeCounts.get(table);
  if (cached?.filter === filter) return cached.counts;
  const zones = table.zoneIds.length;
  const out: ZoneCodeCounts = {
    violations: new Uint32Array(zones),
    severe: new Uint32Array(zones),
    closed: new Uint32Array(zones),
    closedOnTime: new Uint32Array(zones),
    overdueOpen: new Uint32Array(zones),
  };
  // Every key let through: the eight groups instead of the keys (a window change with no filter on codes).
  const { byKey, byGroup } = zoneKeyCounts(table, filter.fromDay, filter.toDay);
  const open = codesOpen(filter);
  const source = open ? byGroup : byKey;
  const units: number[] = [];
  if (open) for (let g = 0; g < NO_GROUP; g++) units.push(g);
  else codeTestOf(filter, table).passes.forEach((pass, key) => pass === 1 && units.push(key));
  const groups = groupsOfKeys();
  const addUnit = (into: Uint32Array, offset: number) => {
    for (let z = 0; z < zones; z++) into[z] = (into[z] ?? 0) + (source[offset + z] ?? 0);
  };
  for (const unit of units) {
    const g = open ? unit : (groups[unit] ?? NO_GROUP);
    const offset = unit * zones;
    addUnit(out.violations, offset);
    if (g & 1) addUnit(out.severe, offset);
    if (g & 2) addUnit(out.closed, offset);
    if ((g & 6) === 2) addUnit(out.closedOnTime, offset);
    if ((g & 6) === 4) addUnit(out.overdueOpen, offset);
  }
  codeCounts.set(table, { filter, counts: out });
  return out;
}

/** Violations per zone (indexed like table.zoneIds) passing `filter`. */
export function violationsByZone(table: ViolationTable, filter: ViolationFilter): Uint32Array {
  if (!codesOpen(filter)) return zoneCodeCounts(table, filter).violations.slice();
  const zones = table.zoneIds.length;
  const out = new Uint32Array(zones);
  const { prefix, width } = prefixOf(table);
  const from = Math.max(0, Math.min(width - 1, Math.ceil(filter.fromDay)));
  const to = Math.max(0, Math.min(width - 1, Math.floor(filter.toDay) + 1));
  if (to <= from) return out;
  for (let z = 0; z < zones; z++) out[z] = (prefix[z * width + to] ?? 0) - (prefix[z * width + from] ?? 0);
  return out;
}
