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

/** The filter as a row test on the CPU, exactly as the GPU applies it (lookup tables, no allocation per row). */
export function rowFilterOf(filter: ViolationFilter): (rows: ColumnRow, row: number) => boolean {
  const [cats, sevs, stats, types] = filterCategoriesOf(filter);
  const table = (codes: number[], size: number) => {
    const t = new Uint8Array(size);
    for (const c of codes) t[c] = 1;
    return t;
  };
  const cat = table(cats, 256);
  const sev = table(sevs, 256);
  const st = table(stats, 256);
  const wt = table(types, 256);
  const { fromDay, toDay } = filter;
  return (rows, row) => {
    const day = rows.days[row] ?? -1;
    return (
      day >= fromDay &&
      day <= toDay &&
      cat[rows.category[row] ?? 255] === 1 &&
      sev[rows.severity[row] ?? 255] === 1 &&
      st[rows.status[row] ?? 255] === 1 &&
      wt[rows.workType[row] ?? 255] === 1
    );
  };
}
