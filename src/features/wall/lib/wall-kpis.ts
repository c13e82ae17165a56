import type { IndicatorKey } from '../../../api/indicator-catalogue';

/*
 * What a wall shows of a unit: a handful of the catalogue's indicators a control room reads at a
 * glance (violations and their rate, severity, members without violations around them, closure,
 * overdue issues). Values, labels and units all come from the catalogue and the API.
 */
export const WALL_KPIS = [
  'violation_count',
  'violations_per_100_operations',
  'severe_share',
  'members_without_violation_rate',
  'issue_closure_rate',
  'overdue_open_issues',
] as const satisfies readonly IndicatorKey[];

/** The ranking shows this many children at most (a district bureau has up to ~10 branches). */
export const RANKING_ROWS = 11;
