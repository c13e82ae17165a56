import { issueStatuses, severities, violationCategories, workTypes } from '../api/schemas/enums';
import type { IssueStatus, Severity, ViolationCategory, WorkType } from '../api/schemas/enums';
import { OVERDUE_BIT } from '../api/violation-columns';

/*
 * The violation filter in the columns' terms: a day window (days since the columns' dayZero) and the
 * codes shown. The map passes it to the GPU as uniforms; the data tier counts with the same test on
 * the CPU (rowFilterOf), so counts and points always agree.
 */

export interface ViolationFilter {
  /** Inclusive, in days since dayZero. */
  fromDay: number;
  toDay: number;
  categories: Iterable<ViolationCategory>;
  severities: Iterable<Severity>;
  statuses: Iterable<IssueStatus>;
  workTypes: Iterable<WorkType>;
  /** 'only': just the issues past their deadline; 'any' (default): overdue or not. */
  overdue?: 'any' | 'only';
}

/** Everything passes: the filter before the filters are known. */
export const ALL_VIOLATIONS: ViolationFilter = {
  fromDay: 0,
  toDay: 65535,
  categories: violationCategories,
  severities,
  statuses: issueStatuses,
  workTypes,
};

/** The [category, severity, status, work type] code lists the GPU's category bitmask is built from. */
export function filterCategoriesOf(filter: ViolationFilter): [number[], number[], number[], number[]] {
  const index = <T>(all: readonly T[], picked: Iterable<T>) =>
    [...new Set(picked)].map((v) => all.indexOf(v)).filter((i) => i >= 0).sort((a, b) => a - b);
  const statusCodes = index(issueStatuses, filter.statuses).flatMap((s) =>
    filter.overdue === 'only' ? [s | OVERDUE_BIT] : [s, s | OVERDUE_BIT],
  );
  return [index(violationCategories, filter.categories), index(severities, filter.severities), statusCodes, index(workTypes, filter.workTypes)];
}

export interface ColumnRow {
  days: ArrayLike<number>;
  category: ArrayLike<number>;
  severity: ArrayLike<number>;
  status: ArrayLike<number>;
  workType: ArrayLike<number>;
}

/*
 * Each row's four codes as one number (category, severity, status with its overdue bit, work type), made once per
 * set of columns: a filter then tests a row with one lookup, which a million rows make worth it.
 */
const STATUS_KEYS = issueStatuses.length * 2;
const KEY_COUNT = violationCategories.length * severities.length * STATUS_KEYS * workTypes.length;
/** The key of a row with a code outside the vocabularies: no filter lets it pass. */
const NO_KEY = KEY_COUNT;
/** How many keys a row can have (NO_KEY included): the width of a count per key. */
export const CODE_KEYS = KEY_COUNT + 1;

const keyOf = (category: number, severity: number, status: number, workType: number): number => {
  const s = (status & ~OVERDUE_BIT) + ((status & OVERDUE_BIT) !== 0 ? issueStatuses.length : 0);
  if (category >= violationCategories.length || severity >= severities.length || (status & ~OVERDUE_BIT) >= issueStatuses.length || workType >= workTypes.length) return NO_KEY;
  return category + violationCategories.length * (severity + severities.length * (s + STATUS_KEYS * workType));
};

const rowKeys = new WeakMap<ColumnRow, Uint16Array>();
function keysOf(rows: ColumnRow, count: number): Uint16Array {
  let keys = rowKeys.get(rows);
  if (!keys || keys.length < count) {
    keys = new Uint16Array(count);
    for (let row = 0; row < count; row++) keys[row] = keyOf(rows.category[row] ?? 255, rows.severity[row] ?? 255, rows.status[row] ?? 255, rows.workType[row] ?? 255);
    rowKeys.set(rows, keys);
  }
  return keys;
}

/** Each row's key (see codeTestOf), made once per set of columns. */
export const codeKeysOf = (rows: ColumnRow): Uint16Array => keysOf(rows, rows.days.length);

/** A key's codes: [category, severity, status with its overdue bit, work type]; null for NO_KEY. */
export function codesOfKey(key: number): [number, number, number, number] | null {
  if (!(key >= 0 && key < KEY_COUNT)) return null;
  const category = key % violationCategories.length;
  let rest = (key - category) / violationCategories.length;
  const severity = rest % severities.length;
  rest = (rest - severity) / severities.length;
  const s = rest % STATUS_KEYS;
  const workType = (rest - s) / STATUS_KEYS;
  const status = s >= issueStatuses.length ? (s - issueStatuses.length) | OVERDUE_BIT : s;
  return [category, severity, status, workType];
}

/**
 * The filter's codes as a test of the rows (the day window aside, which a row range holds): a row passes when
 * `passes[keys[row]] === 1`. Inline in a loop over a million rows, with no call per row.
 */
export function codeTestOf(filter: ViolationFilter, rows: ColumnRow): { keys: Uint16Array; passes: Uint8Array } {
  const [cats, sevs, stats, types] = filterCategoriesOf(filter);
  const passes = new Uint8Array(CODE_KEYS);
  for (const c of cats) for (const v of sevs) for (const st of stats) for (const w of types) passes[keyOf(c, v, st, w)] = 1;
  return { keys: codeKeysOf(rows), passes };
}

/** The filter as a row test on the CPU, exactly as the GPU applies it. */
export function rowFilterOf(filter: ViolationFilter): (rows: ColumnRow, row: number) => boolean {
  const { fromDay, toDay } = filter;
  let lastRows: ColumnRow | null = null;
  let test: ReturnType<typeof codeTestOf> = { keys: new Uint16Array(0), passes: new Uint8Array(0) };
  return (rows, row) => {
    if (rows !== lastRows) {
      lastRows = rows;
      test = codeTestOf(filter, rows);
    }
    const day = rows.days[row] ?? -1;
    return day >= fromDay && day <= toDay && test.passes[test.keys[row] ?? NO_KEY] === 1;
  };
}
