import quickselect from 'quickselect';
import type { IndicatorLevel } from './schemas/enums';
import type { Indicator } from './schemas/indicators';

/*
 * The indicator catalogue (口径): every indicator the product shows, defined once. The API's
 * /indicators, the zone colouring, the details and (later) the charts and the wall all read it.
 *
 * An indicator is computed from a tally: what a subject (a unit, branch, grid zone or member) adds
 * up to over a window. The server tallies its dataset; the client tallies the violation columns and
 * the few lists it has; both then call the same `compute`, so the numbers cannot drift apart.
 */

/** What a subject adds up to over a window (both ends inclusive, calendar days in Asia/Shanghai). */
export interface IndicatorTally {
  /** Violations in the window (a member: those in their circle: their own and those of the people linked to them). */
  violations: number;
  severe: number;
  /** Of the violations, repeats: see REPEAT_RULE. */
  repeatViolations: number;
  /** Work operations (作业) of the subject's operations teams in the window (units and branches only). */
  operations: number;
  /** Own staff + registered contractor workers of those teams × the window's length in years (within the dataset). */
  workerYears: number;
  /**
   * Member-months: the subject's party members (a zone: its grid team's gridders) × the calendar months the
   * window touches, and of those, the member-months with no violation in the member's circle.
   */
  memberMonths: number;
  memberMonthsWithoutViolation: number;
  /** Issues created in the window: those born from its violations, and standalone ones in its zones. */
  issues: number;
  issuesClosed: number;
  /** Closed, and not past the deadline when closed. */
  issuesClosedOnTime: number;
  /** Σ (closedAt − createdAt) over the closed issues, in days. */
  closeDaysTotal: number;
  /** (closedAt − createdAt) in days of each closed issue, in no particular order. */
  closeDays: ArrayLike<number>;
  /** Still open and past the deadline. */
  issuesOverdueOpen: number;
  /** Closed once and reopened (whatever their state now). */
  issuesReopened: number;
  /** "4+N" grid teams serving the subject's zones, and those complete: four party-member gridders and N ≥ 1 staff. */
  gridTeams: number;
  gridTeamsComplete: number;
  /** Transformer districts (台区) in the subject's zones, and those with a responsible gridder (包干到户). */
  transformerDistricts: number;
  transformerDistrictsAssigned: number;
  /** Those transformer districts × the window's length in years (365.25 days; the part within the dataset). */
  transformerDistrictYears: number;
  winOrders: number;
  winOrdersTarget: number;
  winAmountCny: number;
  winAmountTargetCny: number;
  /** Calendar months the window touches, and how many of them had a violation. */
  months: number;
  monthsWithViolation: number;
}
export type TallyField = keyof IndicatorTally;

/** A year of the rates per year, in days (the API and the client divide by the same). */
export const YEAR_DAYS = 365.25;

/** Transformer district-years: districts × the window's days in years, to two decimals (the API and the client round alike). */
export const districtYears = (districts: number, days: number): number => Math.round(((districts * days) / YEAR_DAYS) * 100) / 100;

export function emptyTally(): IndicatorTally {
  return {
    violations: 0,
    severe: 0,
    repeatViolations: 0,
    operations: 0,
    workerYears: 0,
    memberMonths: 0,
    memberMonthsWithoutViolation: 0,
    issues: 0,
    issuesClosed: 0,
    issuesClosedOnTime: 0,
    closeDaysTotal: 0,
    closeDays: [],
    issuesOverdueOpen: 0,
    issuesReopened: 0,
    gridTeams: 0,
    gridTeamsComplete: 0,
    transformerDistricts: 0,
    transformerDistrictsAssigned: 0,
    transformerDistrictYears: 0,
    winOrders: 0,
    winOrdersTarget: 0,
    winAmountCny: 0,
    winAmountTargetCny: 0,
    months: 0,
    monthsWithViolation: 0,
  };
}

/** Days within which the same item again, by the same team or at the same site, is a repeat violation. */
export const REPEAT_WINDOW_DAYS = 30;

/** What makes a violation a repeat (重复违章), in words: the formula of every indicator that counts them. */
export const REPEAT_RULE =
  `a violation is a repeat when the same violation item (violations.description) was recorded for the same operations team (violations.teamId), ` +
  `or at the same transformer district (violations.transformerDistrictId), in the ${REPEAT_WINDOW_DAYS} days (${REPEAT_WINDOW_DAYS * 24} h) before it, ` +
  'by an earlier record; that earlier record may lie before the window';

export type IndicatorUnit = 'count' | '%' | 'per100' | 'rate' | 'days' | 'months';

export interface IndicatorValue {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

/**
 * Where the records behind a value are listed: an API list endpoint, filtered to the subject (unitId,
 * branchId, zoneId or memberId), to the window where the list takes one, and by `query`.
 */
export interface IndicatorRecords {
  list: 'violations' | 'issues' | 'teams' | 'transformer-districts' | 'marketing';
  /** Filters besides the subject and the window, as query parameters. */
  query: Readonly<Record<string, string>>;
  /** Whether the list is filtered to the window (from, to): no for what is counted as it stands now. */
  windowed: boolean;
  /**
   * 'numerator': the list's rows are exactly what the numerator counts (its `total` is the numerator);
   * 'inputs': the rows the value is computed from (summed, or measured), not a count of them.
   */
  rows: 'numerator' | 'inputs';
  /** Where set, the levels whose subject filter selects these records exactly (the others get no link). */
  levels?: readonly IndicatorLevel[];
}

export interface IndicatorDefinition {
  key: string;
  label: { zh: string; en: string };
  unit: IndicatorUnit;
  /** For a rate per 100 of something: what, as a reader says it after the number. */
  per?: { zh: string; en: string };
  /** Which way is good: red always means "needs attention". */
  better: 'higher' | 'lower';
  levels: readonly IndicatorLevel[];
  /** The tally fields `compute` reads: the client offers an indicator only where it can tally them. */
  needs: readonly TallyField[];
  compute(tally: IndicatorTally): IndicatorValue;
}

/** An indicator in words (INDICATOR_TEXT): what the API serves beside every value. */
export interface IndicatorText {
  /** In words and symbols, as the definition shown beside every value. */
  formula: string;
  /** What the window selects: which dates of which records fall in it, or that it is a state as of now. */
  period: string;
  /** What the numerator and the denominator are (null: the value is a count, without one). */
  numerator: string;
  denominator: string | null;
  /** The resource fields it is computed from. */
  sources: readonly string[];
  /** The records behind the value; null where no list endpoint holds them. */
  records: IndicatorRecords | null;
}

/** Rates are rounded to two decimals, once, here: the API and the client show the same digits. */
const round2 = (x: number) => Math.round(x * 100) / 100;
const round1 = (x: number) => Math.round(x * 10) / 10;

const count = (n: number): IndicatorValue => ({ value: n, numerator: n, denominator: null });

const ratio = (numerator: number, denominator: number, scale: number): IndicatorValue => ({
  value: denominator > 0 ? round2((numerator / denominator) * scale) : null,
  numerator,
  denominator,
});

/**
 * The 90th percentile by nearest rank: the smallest d such that at least 90 % of the values are ≤ d,
 * i.e. the ⌈0.9 n⌉-th smallest. Numerator: ⌈0.9 n⌉ (the values within it), denominator: n.
 */
export function percentile90(values: ArrayLike<number>): IndicatorValue {
  const n = values.length;
  if (n === 0) return { value: null, numerator: 0, denominator: 0 };
  const rank = Math.ceil(0.9 * n);
  // Selected, not sorted: a bureau's year holds ~330,000 closed issues at province scale (sorting them: ~40 ms).
  // quickselect only indexes and swaps, which a typed array does as well (its types name arrays).
  const copy = Float64Array.from(values);
  quickselect(copy as unknown as number[], rank - 1, 0, n - 1, (a, b) => a - b);
  return { value: round1(copy[rank - 1] ?? 0), numerator: rank, denominator: n };
}

const AGGREGATE_LEVELS = ['unit', 'branch', 'zone'] as const satisfies readonly IndicatorLevel[];
const ALL_LEVELS = ['unit', 'branch', 'zone', 'member'] as const satisfies readonly IndicatorLevel[];
/** Work (作业) is tallied for operations teams, which belong to branches and units, not to zones. */
const WORK_LEVELS = ['unit', 'branch'] as const satisfies readonly IndicatorLevel[];

/** The issue statuses short of closed, as a list filter. */
export const OPEN_STATUSES = 'found,assigned,rectifying,awaiting_verification';

const VIOLATIONS_IN_WINDOW = 'violations that occurred in the window (violations.occurredAt)';
const ISSUES_IN_WINDOW = 'issues created in the window (issues.createdAt); their state as of now';
const AS_OF_NOW = 'as it stands now (the window does not apply)';
const MARKETING_MONTHS = 'the calendar months the window touches (marketing.month)';
const VIOLATION_RECORDS: IndicatorRecords = { list: 'violations', query: {}, windowed: true, rows: 'numerator' };
const CLOSED_ISSUES: IndicatorRecords = { list: 'issues', query: { status: 'closed' }, windowed: true, rows: 'numerator' };
const MARKETING_RECORDS: IndicatorRecords = { list: 'marketing', query: {}, windowed: true, rows: 'inputs' };
const SUBJECT_VIOLATIONS = 'violations in the subject\'s grid zones (a member: in their circle: their own and those of the people linked to them)';

const define = <const K extends string>(d: IndicatorDefinition & { key: K }) => d;

export const INDICATORS = [
  define({
    key: 'violation_count',
    label: { zh: '违章数', en: 'Violations' },
    unit: 'count',
    better: 'lower',
    levels: ALL_LEVELS,
    needs: ['violations'],
    compute: (t) => count(t.violations),
  }),
  define({
    key: 'violations_per_100_operations',
    label: { zh: '百次作业违章率', en: 'Violations per 100 work operations' },
    unit: 'per100',
    per: { zh: '起/百次作业', en: 'per 100 operations' },
    better: 'lower',
    levels: WORK_LEVELS,
    needs: ['violations', 'operations'],
    compute: (t) => ratio(t.violations, t.operations, 100),
  }),
  define({
    key: 'violations_per_100_workers_per_year',
    label: { zh: '百人年违章率', en: 'Violations per 100 workers per year' },
    unit: 'per100',
    per: { zh: '起/百人·年', en: 'per 100 worker-years' },
    better: 'lower',
    levels: WORK_LEVELS,
    needs: ['violations', 'workerYears'],
    compute: (t) => ratio(t.violations, t.workerYears, 100),
  }),
  // A zone's work is not tallied (operations teams work across zones), but its transformer districts are where the
  // work happens: violations per district and year compare zones of different sizes and windows of different lengths.
  define({
    key: 'violations_per_transformer_district_per_year',
    label: { zh: '台区年均违章数', en: 'Violations per transformer district' },
    unit: 'rate',
    per: { zh: '起/台区·年', en: 'a year' },
    better: 'lower',
    levels: AGGREGATE_LEVELS,
    needs: ['violations', 'transformerDistrictYears'],
    compute: (t) => ratio(t.violations, t.transformerDistrictYears, 1),
  }),
  define({
    key: 'severe_share',
    label: { zh: '严重违章占比', en: 'Severe share' },
    unit: '%',
    better: 'lower',
    levels: ALL_LEVELS,
    needs: ['violations', 'severe'],
    compute: (t) => ratio(t.severe, t.violations, 100),
  }),
  define({
    key: 'repeat_violation_share',
    label: { zh: '重复违章占比', en: 'Repeat violation share' },
    unit: '%',
    better: 'lower',
    levels: ALL_LEVELS,
    needs: ['violations', 'repeatViolations'],
    compute: (t) => ratio(t.repeatViolations, t.violations, 100),
  }),
  define({
    key: 'members_without_violation_rate',
    label: { zh: '党员身边无违章率', en: 'Members with no violation around them' },
    unit: '%',
    better: 'higher',
    levels: AGGREGATE_LEVELS,
    needs: ['memberMonths', 'memberMonthsWithoutViolation'],
    compute: (t) => ratio(t.memberMonthsWithoutViolation, t.memberMonths, 100),
  }),
  define({
    key: 'months_without_violation',
    label: { zh: '身边无违章月数', en: 'Months without a violation around the member' },
    unit: 'months',
    better: 'higher',
    levels: ['member'],
    needs: ['months', 'monthsWithViolation'],
    compute: (t) => ({ value: t.months - t.monthsWithViolation, numerator: t.months - t.monthsWithViolation, denominator: t.months }),
  }),
  define({
    key: 'open_issues',
    label: { zh: '未闭环问题数', en: 'Open issues' },
    unit: 'count',
    better: 'lower',
    levels: ALL_LEVELS,
    needs: ['issues', 'issuesClosed'],
    compute: (t) => count(t.issues - t.issuesClosed),
  }),
  define({
    key: 'overdue_open_issues',
    label: { zh: '超期未闭环问题数', en: 'Overdue open issues' },
    unit: 'count',
    better: 'lower',
    levels: ALL_LEVELS,
    needs: ['issuesOverdueOpen'],
    compute: (t) => count(t.issuesOverdueOpen),
  }),
  define({
    key: 'issue_closure_rate',
    label: { zh: '问题闭环率', en: 'Issue closure rate' },
    unit: '%',
    better: 'higher',
    levels: ALL_LEVELS,
    needs: ['issues', 'issuesClosed'],
    compute: (t) => ratio(t.issuesClosed, t.issues, 100),
  }),
  define({
    key: 'on_time_closure_rate',
    label: { zh: '按期闭环率', en: 'On-time closure rate' },
    unit: '%',
    better: 'higher',
    levels: ALL_LEVELS,
    needs: ['issuesClosed', 'issuesClosedOnTime'],
    compute: (t) => ratio(t.issuesClosedOnTime, t.issuesClosed, 100),
  }),
  define({
    key: 'mean_days_to_close',
    label: { zh: '平均闭环天数', en: 'Mean days to close' },
    unit: 'days',
    better: 'lower',
    levels: ALL_LEVELS,
    needs: ['closeDaysTotal', 'issuesClosed'],
    compute: (t) => ({
      value: t.issuesClosed > 0 ? round1(t.closeDaysTotal / t.issuesClosed) : null,
      numerator: round1(t.closeDaysTotal),
      denominator: t.issuesClosed,
    }),
  }),
  define({
    key: 'days_to_close_p90',
    label: { zh: '闭环天数90分位', en: 'Days to close, 90th percentile' },
    unit: 'days',
    better: 'lower',
    levels: ALL_LEVELS,
    needs: ['closeDays'],
    compute: (t) => percentile90(t.closeDays),
  }),
  define({
    key: 'reopened_issue_share',
    label: { zh: '问题重开率', en: 'Reopened issue share' },
    unit: '%',
    better: 'lower',
    levels: ALL_LEVELS,
    needs: ['issues', 'issuesReopened'],
    compute: (t) => ratio(t.issuesReopened, t.issues, 100),
  }),
  define({
    key: 'four_plus_n_completeness',
    label: { zh: '"4+N"团队完整率', en: '"4+N" team completeness' },
    unit: '%',
    better: 'higher',
    levels: AGGREGATE_LEVELS,
    needs: ['gridTeams', 'gridTeamsComplete'],
    compute: (t) => ratio(t.gridTeamsComplete, t.gridTeams, 100),
  }),
  define({
    key: 'transformer_district_coverage',
    label: { zh: '台区包干到户率', en: 'Transformer districts assigned' },
    unit: '%',
    better: 'higher',
    levels: AGGREGATE_LEVELS,
    needs: ['transformerDistricts', 'transformerDistrictsAssigned'],
    compute: (t) => ratio(t.transformerDistrictsAssigned, t.transformerDistricts, 100),
  }),
  define({
    key: 'win_orders',
    label: { zh: '赢单数', en: 'Win orders' },
    unit: 'count',
    better: 'higher',
    levels: AGGREGATE_LEVELS,
    needs: ['winOrders'],
    compute: (t) => count(t.winOrders),
  }),
  define({
    key: 'win_order_completion',
    label: { zh: '赢单数完成率', en: 'Win-order count completion' },
    unit: '%',
    better: 'higher',
    levels: AGGREGATE_LEVELS,
    needs: ['winOrders', 'winOrdersTarget'],
    compute: (t) => ratio(t.winOrders, t.winOrdersTarget, 100),
  }),
  define({
    key: 'win_amount_completion',
    label: { zh: '赢单金额完成率', en: 'Win-order amount completion' },
    unit: '%',
    better: 'higher',
    levels: AGGREGATE_LEVELS,
    needs: ['winAmountCny', 'winAmountTargetCny'],
    compute: (t) => ratio(t.winAmountCny, t.winAmountTargetCny, 100),
  }),
];

export type IndicatorKey = (typeof INDICATORS)[number]['key'];

/**
 * What each indicator means, in words: served beside every value (GET /indicators), read by the
 * server and the workspace's explanations. Apart from the entries above so that the map's first screen,
 * which computes and labels but never explains, does not carry the text (it is tree-shaken out).
 */
export const INDICATOR_TEXT: { readonly [K in IndicatorKey]: IndicatorText } = {
  violation_count: {
    formula: 'count of violations in the window within the subject (a member: within their circle: their own and those of the people linked to them)',
    period: VIOLATIONS_IN_WINDOW,
    numerator: SUBJECT_VIOLATIONS,
    denominator: null,
    sources: ['violations.occurredAt', 'violations.zoneId', 'violations.memberIds'],
    records: VIOLATION_RECORDS,
  },
  violations_per_100_operations: {
    formula:
      'violations ÷ work operations (作业, each on a work ticket) of the subject\'s operations teams in the window × 100; ' +
      'a month the window covers in part counts that part of its operations, by the days\' weights',
    period: `${VIOLATIONS_IN_WINDOW}; operations done in the window (work.month)`,
    numerator: `${SUBJECT_VIOLATIONS}; an operations team works only in its branch's zones`,
    denominator: 'work operations of the subject\'s operations teams in the window',
    sources: ['violations.occurredAt', 'violations.zoneId', 'work.operations', 'teams.branchId'],
    records: VIOLATION_RECORDS,
  },
  violations_per_100_workers_per_year: {
    formula:
      'violations ÷ worker-years × 100, worker-years = (own staff of the subject\'s operations teams + their registered contractor workers) × ' +
      'the window\'s length in years (365.25 days; only the part within the dataset\'s three years)',
    period: `${VIOLATIONS_IN_WINDOW}; the workforce over the same days`,
    numerator: SUBJECT_VIOLATIONS,
    denominator: 'worker-years of the subject\'s operations teams over the window',
    sources: ['violations.occurredAt', 'violations.zoneId', 'work.workforce.ownStaff', 'work.workforce.contractors'],
    records: VIOLATION_RECORDS,
  },
  violations_per_transformer_district_per_year: {
    formula:
      'violations ÷ (transformer districts in the subject\'s zones × the window\'s length in years); years of 365.25 days, ' +
      'only the part of the window within the dataset\'s three years',
    period: `${VIOLATIONS_IN_WINDOW}; transformer districts as they are now`,
    numerator: SUBJECT_VIOLATIONS,
    denominator: 'transformer district-years: transformer districts in the subject\'s zones × the window in years',
    sources: ['violations.occurredAt', 'violations.zoneId', 'transformerDistricts.zoneId'],
    records: VIOLATION_RECORDS,
  },
  severe_share: {
    formula: 'violations with severity = severe ÷ all violations × 100',
    period: VIOLATIONS_IN_WINDOW,
    numerator: 'of those violations, the severe ones (严重)',
    denominator: SUBJECT_VIOLATIONS,
    sources: ['violations.severity'],
    records: { list: 'violations', query: { severity: 'severe' }, windowed: true, rows: 'numerator' },
  },
  repeat_violation_share: {
    formula: `repeat violations ÷ all violations × 100; ${REPEAT_RULE}`,
    period: `${VIOLATIONS_IN_WINDOW}; the ${REPEAT_WINDOW_DAYS} days before each may reach back before it`,
    numerator: 'of those violations, the repeats',
    denominator: SUBJECT_VIOLATIONS,
    sources: ['violations.occurredAt', 'violations.description', 'violations.teamId', 'violations.transformerDistrictId'],
    records: { list: 'violations', query: { repeat: 'true' }, windowed: true, rows: 'numerator' },
  },
  members_without_violation_rate: {
    formula:
      'member-months with no violation in the member\'s circle ÷ member-months × 100, over the calendar months the window touches (党员身边无违章, month by month); ' +
      'a member\'s circle: their own violations and those of the people linked to them in the liaison chain (a member: the staff they liaise with; ' +
      'a branch committee member: the members they liaise with); contractor workers are in no member\'s circle',
    period: `the calendar months the window touches; ${VIOLATIONS_IN_WINDOW}; members as they are now`,
    numerator: 'member-months of the subject\'s party members without a violation in the member\'s circle',
    denominator:
      'party members of the subject (a unit: all under it; a branch: its members; a zone: its grid team\'s four gridders) × calendar months the window touches',
    sources: ['members.branchId', 'members.gridTeamId', 'members.liaisonIds', 'violations.memberIds', 'violations.occurredAt'],
    // The violations behind the member-months with one. A zone's gridders' circles reach beyond the zone: no list.
    records: { list: 'violations', query: { aroundMembers: 'true' }, windowed: true, rows: 'inputs', levels: ['unit', 'branch'] },
  },
  months_without_violation: {
    formula: 'months of the window with no violation around the member (党员身边无违章)',
    period: 'the calendar months the window touches; violations that occurred in the window',
    numerator: 'months of the window without a violation in the member\'s circle',
    denominator: 'calendar months the window touches',
    sources: ['violations.memberIds', 'violations.occurredAt'],
    records: { list: 'violations', query: {}, windowed: true, rows: 'inputs' },
  },
  open_issues: {
    formula: 'issues created in the window that are not closed now (found, assigned, rectifying or awaiting verification)',
    period: ISSUES_IN_WINDOW,
    numerator: 'open issues: born from the subject\'s violations, or standalone in its zones (a member: from their circle\'s violations)',
    denominator: null,
    sources: ['issues.status', 'issues.createdAt'],
    records: { list: 'issues', query: { status: OPEN_STATUSES }, windowed: true, rows: 'numerator' },
  },
  overdue_open_issues: {
    formula: 'issues created in the window, still open and past their deadline',
    period: ISSUES_IN_WINDOW,
    numerator: 'open issues whose deadline (end of that day, Asia/Shanghai) has passed',
    denominator: null,
    sources: ['issues.status', 'issues.deadline'],
    records: { list: 'issues', query: { status: OPEN_STATUSES, overdue: 'true' }, windowed: true, rows: 'numerator' },
  },
  issue_closure_rate: {
    formula: 'issues closed ÷ issues created in the window × 100',
    period: ISSUES_IN_WINDOW,
    numerator: 'of those issues, the ones closed now',
    denominator: 'issues created in the window',
    sources: ['issues.status', 'issues.createdAt'],
    records: CLOSED_ISSUES,
  },
  on_time_closure_rate: {
    formula: 'issues closed by their deadline ÷ issues closed × 100',
    period: ISSUES_IN_WINDOW,
    numerator: 'closed issues whose closedAt is not past the deadline',
    denominator: 'of the issues created in the window, the ones closed now',
    sources: ['issues.closedAt', 'issues.deadline'],
    records: { list: 'issues', query: { status: 'closed', overdue: 'false' }, windowed: true, rows: 'numerator' },
  },
  mean_days_to_close: {
    formula: 'Σ (closedAt − createdAt) in days ÷ issues closed',
    period: ISSUES_IN_WINDOW,
    numerator: 'Σ (closedAt − createdAt) in days over the closed issues',
    denominator: 'of the issues created in the window, the ones closed now',
    sources: ['issues.createdAt', 'issues.closedAt'],
    records: { ...CLOSED_ISSUES, rows: 'inputs' },
  },
  days_to_close_p90: {
    formula: '90th percentile (nearest rank) of closedAt − createdAt in days over the closed issues: the ⌈0.9 n⌉-th smallest of the n durations',
    period: ISSUES_IN_WINDOW,
    numerator: '⌈0.9 n⌉: the closed issues closed within that many days',
    denominator: 'n: of the issues created in the window, the ones closed now',
    sources: ['issues.createdAt', 'issues.closedAt'],
    records: { ...CLOSED_ISSUES, rows: 'inputs' },
  },
  reopened_issue_share: {
    formula: 'issues reopened after being closed (a reopen in their history) ÷ issues created in the window × 100',
    period: ISSUES_IN_WINDOW,
    numerator: 'of those issues, the ones reopened at least once (whatever their state now)',
    denominator: 'issues created in the window',
    sources: ['issues.createdAt', 'issues.history.action'],
    records: { list: 'issues', query: { reopened: 'true' }, windowed: true, rows: 'numerator' },
  },
  four_plus_n_completeness: {
    formula: '"4+N" grid teams with four party-member gridders and N ≥ 1 non-member staff ÷ grid teams serving the subject\'s zones × 100',
    period: AS_OF_NOW,
    numerator: 'complete grid teams: teams.memberIds are four party members serving as gridders, teams.staffIds at least one',
    denominator: 'grid teams serving the subject\'s zones (one per zone)',
    sources: ['teams.kind', 'teams.zoneId', 'teams.memberIds', 'teams.staffIds', 'members.isGridder'],
    records: { list: 'teams', query: { kind: 'grid', complete: 'true' }, windowed: false, rows: 'numerator' },
  },
  transformer_district_coverage: {
    formula: 'transformer districts (台区) with a responsible gridder (gridderId, 包干到户) ÷ transformer districts in the subject\'s zones × 100',
    period: AS_OF_NOW,
    numerator: 'transformer districts in the subject\'s zones whose gridderId names a party member',
    denominator: 'transformer districts in the subject\'s zones',
    sources: ['transformerDistricts.zoneId', 'transformerDistricts.gridderId'],
    records: { list: 'transformer-districts', query: { assigned: 'true' }, windowed: false, rows: 'numerator' },
  },
  win_orders: {
    formula: 'Σ win orders of the grid teams, months of the window',
    period: MARKETING_MONTHS,
    numerator: 'Σ winOrders of the grid teams serving the subject\'s zones',
    denominator: null,
    sources: ['marketing.winOrders'],
    records: MARKETING_RECORDS,
  },
  win_order_completion: {
    formula: 'Σ win orders ÷ Σ win-order targets × 100',
    period: MARKETING_MONTHS,
    numerator: 'Σ winOrders of the grid teams serving the subject\'s zones',
    denominator: 'Σ winOrdersTarget of the same teams and months',
    sources: ['marketing.winOrders', 'marketing.winOrdersTarget'],
    records: MARKETING_RECORDS,
  },
  win_amount_completion: {
    formula: 'Σ win amount ÷ Σ amount targets × 100',
    period: MARKETING_MONTHS,
    numerator: 'Σ winAmountCny of the grid teams serving the subject\'s zones',
    denominator: 'Σ winAmountTargetCny of the same teams and months',
    sources: ['marketing.winAmountCny', 'marketing.winAmountTargetCny'],
    records: MARKETING_RECORDS,
  },
};

export const INDICATOR_KEYS = INDICATORS.map((d) => d.key) as readonly IndicatorKey[];

const byKey = new Map<string, IndicatorDefinition>(INDICATORS.map((d) => [d.key, d]));

export function isIndicatorKey(value: unknown): value is IndicatorKey {
  return typeof value === 'string' && byKey.has(value);
}

export function indicatorDefinition(key: IndicatorKey): IndicatorDefinition {
  const d = byKey.get(key);
  if (!d) throw new Error(`unknown indicator ${key}`);
  return d;
}

/** The indicators of a level, in catalogue order. */
export function indicatorsOfLevel(level: IndicatorLevel): IndicatorDefinition[] {
  return INDICATORS.filter((d) => (d.levels as readonly string[]).includes(level));
}

/** Those whose every input is among `available` (e.g. what the client can tally per zone). */
export function computableFrom(available: ReadonlySet<TallyField>, level: IndicatorLevel): IndicatorDefinition[] {
  return indicatorsOfLevel(level).filter((d) => d.needs.every((field) => available.has(field)));
}

/** The list filter naming a subject of each level. */
const SUBJECT_PARAM: Record<IndicatorLevel, string> = { unit: 'unitId', branch: 'branchId', zone: 'zoneId', member: 'memberId' };

export interface IndicatorSubjectRef {
  level: IndicatorLevel;
  id: string;
}
export interface IndicatorWindow {
  from: string;
  to: string;
}

/**
 * The API URL (from the origin, with /api/v1) listing the records behind a value of `definition` for
 * this subject and window; null where none does (and for a member, whose circle only the violation
 * and issue lists take).
 */
export function recordsHref(definition: IndicatorDefinition, subject: IndicatorSubjectRef, window: IndicatorWindow): string | null {
  const records = textOf(definition).records;
  if (!records || (subject.level === 'member' && records.list !== 'violations' && records.list !== 'issues')) return null;
  if (records.levels && !records.levels.includes(subject.level)) return null;
  return listHref(records.list, subject, records.windowed ? window : null, records.query);
}

/** An API list URL filtered to the subject, the window (unless null) and `query`. */
export function listHref(list: IndicatorRecords['list'], subject: IndicatorSubjectRef, window: IndicatorWindow | null, query: Readonly<Record<string, string>>): string {
  const params: [string, string][] = [[SUBJECT_PARAM[subject.level], subject.id]];
  if (window) params.push(['from', window.from], ['to', window.to]);
  params.push(...Object.entries(query));
  // Commas stay readable: they separate the values of a list filter.
  return `/api/v1/${list}?${params.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ',')}`).join('&')}`;
}

/** An indicator as the API serves it: value, numerator and denominator, with its definition and records. */
export function indicatorOf(definition: IndicatorDefinition, tally: IndicatorTally, subject: IndicatorSubjectRef, window: IndicatorWindow): Indicator {
  const href = recordsHref(definition, subject, window);
  return {
    key: definition.key,
    label: definition.label.zh,
    labelEn: definition.label.en,
    unit: definition.unit,
    better: definition.better,
    ...definition.compute(tally),
    definition: definitionOf(definition, window),
    records: href && textOf(definition).records ? { href, rows: textOf(definition).records?.rows ?? 'numerator' } : null,
  };
}

const textOf = (definition: IndicatorDefinition): IndicatorText => INDICATOR_TEXT[definition.key as IndicatorKey];

/** The definition served beside a value (and once per ranking). */
export function definitionOf(definition: IndicatorDefinition, window: IndicatorWindow): Indicator['definition'] {
  const text = textOf(definition);
  return {
    formula: text.formula,
    period: { from: window.from, to: window.to, basis: text.period },
    numerator: text.numerator,
    denominator: text.denominator,
    sources: [...text.sources],
  };
}
