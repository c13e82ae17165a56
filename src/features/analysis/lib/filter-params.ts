import { issueStatuses, severities, violationCategories, workTypes, type IssueStatus, type Severity, type ViolationCategory, type WorkType } from '../../../api/schemas/enums';
import type { UrlFilters } from '../../../lib/url-state';

/** The map's filters as /breakdown and /series/monthly take them. */
export interface ChartFilter {
  category?: ViolationCategory[];
  severity?: Severity[];
  status?: IssueStatus[];
  workType?: WorkType[];
  overdue?: true;
}

/**
 * The filter panel's state (the one store, the URL's cat=, sev=, st=, wt=, overdue=1) as API parameters: a
 * dimension showing every code filters nothing and is left out, so the unfiltered charts share their cache.
 * null where a dimension shows no code at all: nothing passes (the API has no way to say "none").
 */
export function chartFilterOf(f: Pick<UrlFilters, 'categories' | 'severities' | 'statuses' | 'workTypes' | 'overdueOnly'>): ChartFilter | null {
  if (f.categories.length === 0 || f.severities.length === 0 || f.statuses.length === 0 || f.workTypes.length === 0) return null;
  const out: ChartFilter = {};
  if (f.categories.length < violationCategories.length) out.category = [...f.categories];
  if (f.severities.length < severities.length) out.severity = [...f.severities];
  if (f.statuses.length < issueStatuses.length) out.status = [...f.statuses];
  if (f.workTypes.length < workTypes.length) out.workType = [...f.workTypes];
  if (f.overdueOnly) out.overdue = true;
  return out;
}
