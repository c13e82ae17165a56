import { issueStatuses, severities, violationCategories, workTypes } from '../api/schemas/enums';
import { isClosedCode, isOverdueCode, SEVERE_CODE } from '../api/violation-columns';
import { CODE_KEYS, codeKeysOf, codesOfKey, codeTestOf, filterCategoriesOf, type ViolationFilter } from '../lib/violation-filter';
import { rowRangeOfDays, type ViolationTable } from './violation-table';

/*
 * Violations per grid zone for the current window and filter, and the issues they opened: what the map
 * shows of violations at city and district scale, and what the zone tallies count. Both must stay cheap
 * at a million rows:
 * - a window with every code shown (a window change) adds up cumulative counts per zone and block of
 *   days, made once per table, and reads only the rows of the partial blocks at its two ends;
 * - a filter on codes sums, per zone, the window's counts of the code keys it lets through, moved from
 *   the last window by the rows that differ: a cross-filter, which changes codes and not the window,
 *   reads no row.
 */

/*
 * What a violation adds to besides its zone's count, by its key: bit 1 severe, 2 closed, 4 overdue (every
 * violation opened an issue). A row without a key (a code outside the vocabularies) is in no group.
 */
const GROUPS = 8;
const NO_GROUP = GROUPS;
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

/** Days per block of the cumulative counts: a window's ends read at most this many days' rows each. */
const BLOCK_DAYS = 32;

interface GroupBlocks {
  /** prefix[(group * zones + zone) * (blocks + 1) + b]: violations of the zone and group in blocks before b. */
  prefix: Uint32Array;
  blocks: number;
}
const groupBlocks = new WeakMap<ViolationTable, GroupBlocks>();

function groupBlocksOf(table: ViolationTable): GroupBlocks {
  const cached = groupBlocks.get(table);
  if (cached) return cached;
  const zones = table.zoneIds.length;
  const blocks = Math.floor((table.count ? (table.days[table.count - 1] ?? 0) : 0) / BLOCK_DAYS) + 1;
  const width = blocks + 1;
  const prefix = new Uint32Array(GROUPS * zones * width);
  const keys = codeKeysOf(table);
  const groups = groupsOfKeys();
  for (let row = 0; row < table.count; row++) {
    const z = table.zone[row] ?? zones;
    const g = groups[keys[row] ?? 0] ?? NO_GROUP;
    if (z >= zones || g >= GROUPS) continue;
    const i = (g * zones + z) * width + Math.floor((table.days[row] ?? 0) / BLOCK_DAYS) + 1;
    prefix[i] = (prefix[i] ?? 0) + 1;
  }
  for (let base = 0; base < prefix.length; base += width) {
    for (let b = 1; b < width; b++) prefix[base + b] = (prefix[base + b] ?? 0) + (prefix[base + b - 1] ?? 0);
  }
  const entry = { prefix, blocks };
  groupBlocks.set(table, entry);
  return entry;
}

/** Violations per group and zone (counts[group * zones + zone]) of the whole days fromDay..toDay. */
function windowGroupCounts(table: ViolationTable, fromDay: number, toDay: number): Uint32Array {
  const zones = table.zoneIds.length;
  const counts = new Uint32Array(GROUPS * zones);
  const [first, last] = [Math.ceil(fromDay), Math.floor(toDay)];
  if (last < first) return counts;
  const keys = codeKeysOf(table);
  const groups = groupsOfKeys();
  const addDays = (from: number, to: number) => {
    const [start, end] = rowRangeOfDays(table, from, to);
    for (let row = start; row < end; row++) {
      const z = table.zone[row] ?? zones;
      const g = groups[keys[row] ?? 0] ?? NO_GROUP;
      if (z >= zones || g >= GROUPS) continue;
      const i = g * zones + z;
      counts[i] = (counts[i] ?? 0) + 1;
    }
  };
  const { prefix, blocks } = groupBlocksOf(table);
  // The blocks wholly inside the window, then the days before and after them.
  const fromBlock = Math.min(blocks, Math.ceil(first / BLOCK_DAYS));
  const toBlock = Math.min(blocks, Math.floor((last + 1) / BLOCK_DAYS));
  if (toBlock <= fromBlock) {
    addDays(first, last);
    return counts;
  }
  const width = blocks + 1;
  for (let i = 0; i < counts.length; i++) counts[i] = (prefix[i * width + toBlock] ?? 0) - (prefix[i * width + fromBlock] ?? 0);
  addDays(first, fromBlock * BLOCK_DAYS - 1);
  addDays(toBlock * BLOCK_DAYS, last);
  return counts;
}

interface ZoneKeyCounts {
  /** counts[key * zones + zone]: violations of the zone with that code key in rows [start, end). */
  counts: Uint32Array;
  start: number;
  end: number;
}
const keyCounts = new WeakMap<ViolationTable, ZoneKeyCounts>();

/**
 * Violations per zone and code key in the rows of the day window, a key's zones side by side (summing a key
 * into every zone is one run through memory). One array per table, moved from the last window by the rows
 * that differ when that is fewer than the window's rows: read it at once, the next call changes it.
 */
function zoneKeyCounts(table: ViolationTable, fromDay: number, toDay: number): Uint32Array {
  const zones = table.zoneIds.length;
  const [start, end] = rowRangeOfDays(table, fromDay, toDay);
  let state = keyCounts.get(table);
  if (!state) {
    state = { counts: new Uint32Array(zones * CODE_KEYS), start: 0, end: 0 };
    keyCounts.set(table, state);
  }
  const { counts } = state;
  const keys = codeKeysOf(table);
  const add = (from: number, to: number, delta: 1 | -1) => {
    for (let row = from; row < to; row++) {
      const z = table.zone[row] ?? zones;
      if (z >= zones) continue;
      const i = (keys[row] ?? 0) * zones + z;
      counts[i] = (counts[i] ?? 0) + delta;
    }
  };
  const overlaps = start < state.end && state.start < end;
  if (!overlaps || Math.abs(start - state.start) + Math.abs(end - state.end) >= end - start) {
    counts.fill(0);
    add(start, end, 1);
  } else {
    if (start < state.start) add(start, state.start, 1);
    else add(state.start, start, -1);
    if (end > state.end) add(state.end, end, 1);
    else add(end, state.end, -1);
  }
  state.start = start;
  state.end = end;
  return counts;
}

/**
 * Makes the window's counts per zone and code key ahead of a filter on codes (a category, severity, state
 * or work type), when nothing else is to be done: the first such filter then only sums them (made at that
 * filter, at 10⁶ violations they took its step from ~60 to ~175 ms of main thread). Nothing to do when they
 * are current. The memory is what the first filter would have taken: a key per row and 721 counts per zone
 * (1 MB at default scale, 6 MB for the province's 2,168 zones).
 */
export function prepareZoneKeyCounts(table: ViolationTable, fromDay: number, toDay: number): void {
  zoneKeyCounts(table, fromDay, toDay);
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

/** The window's counts per zone, of the codes the filter lets through; kept for the last filter. */
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
  // Summed by group when every key passes, by key otherwise; each unit's group says what it adds to.
  const open = codesOpen(filter);
  const source = open ? windowGroupCounts(table, filter.fromDay, filter.toDay) : zoneKeyCounts(table, filter.fromDay, filter.toDay);
  const units: number[] = [];
  if (open) for (let g = 0; g < GROUPS; g++) units.push(g);
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
  return zoneCodeCounts(table, filter).violations.slice();
}
