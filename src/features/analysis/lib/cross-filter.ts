import { issueStatuses, severities, violationCategories, workTypes } from '../../../api/schemas/enums';
import type { UrlFilters } from '../../../lib/url-state';

/*
 * Cross-filter: a chart segment sets the filter panel's filters (the one store, the URL's cat=, sev=,
 * st=, wt=, overdue=1). Pure: the new filters, which the workspace hands to the store's restoreFilters, so
 * the map's first screen carries none of this.
 */

/** The filters that list codes, each with every code it may hold. */
export const CODE_DIMENSIONS = { categories: violationCategories, severities, statuses: issueStatuses, workTypes } as const;
export type CodeDimension = keyof typeof CODE_DIMENSIONS;

type Filters = Pick<UrlFilters, CodeDimension | 'overdueOnly'>;

/** Whether `code` is the one code shown on that dimension. */
export const isOnly = (f: Filters, dimension: CodeDimension, code: string) => f[dimension].length === 1 && f[dimension][0] === code;

/**
 * A segment clicked: only its codes shown on their dimensions (the others as they were: filters combine);
 * clicked again while they are the only ones, those dimensions show everything again. Unknown codes: no change.
 */
export function isolated<F extends Filters>(f: F, codes: Partial<Record<CodeDimension, string>>): F {
  const entries = (Object.entries(codes) as [CodeDimension, string][]).filter(([dimension, code]) => (CODE_DIMENSIONS[dimension] as readonly string[]).includes(code));
  if (entries.length === 0) return f;
  const again = entries.every(([dimension, code]) => isOnly(f, dimension, code));
  const next = { ...f };
  for (const [dimension, code] of entries) next[dimension] = (again ? CODE_DIMENSIONS[dimension] : [code]) as never;
  return next;
}

/** A chip cleared: its dimension back to everything. */
export function cleared<F extends Filters>(f: F, dimension: CodeDimension | 'overdueOnly'): F {
  return dimension === 'overdueOnly' ? { ...f, overdueOnly: false } : { ...f, [dimension]: [...CODE_DIMENSIONS[dimension]] };
}
