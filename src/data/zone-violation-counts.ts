import { issueStatuses, severities, violationCategories, workTypes } from '../api/schemas/enums';
import { codeTestOf, filterCategoriesOf, type ViolationFilter } from '../lib/violation-filter';
import { rowRangeOfDays, type ViolationTable } from './violation-table';

/*
 * Violations per grid zone for the current window and filter: what the map shows of violations at
 * city and district scale. A window change must stay cheap at a million rows, so each table gets
 * (once, on first use) cumulative counts per zone and day: a window is then two lookups per zone. A
 * filter on category, severity or status falls back to one pass over the window's rows.
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

/** Violations per zone (indexed like table.zoneIds) passing `filter`. */
export function violationsByZone(table: ViolationTable, filter: ViolationFilter): Uint32Array {
  const zones = table.zoneIds.length;
  const out = new Uint32Array(zones);
  if (codesOpen(filter)) {
    const { prefix, width } = prefixOf(table);
    const from = Math.max(0, Math.min(width - 1, Math.ceil(filter.fromDay)));
    const to = Math.max(0, Math.min(width - 1, Math.floor(filter.toDay) + 1));
    if (to <= from) return out;
    for (let z = 0; z < zones; z++) out[z] = (prefix[z * width + to] ?? 0) - (prefix[z * width + from] ?? 0);
    return out;
  }
  const { keys, passes } = codeTestOf(filter, table);
  const [start, end] = rowRangeOfDays(table, filter.fromDay, filter.toDay);
  for (let row = start; row < end; row++) {
    if (passes[keys[row] ?? passes.length] !== 1) continue;
    const z = table.zone[row] ?? 0;
    if (z < zones) out[z] = (out[z] ?? 0) + 1;
  }
  return out;
}
