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
  /** Violations in the window (a member: those in their circle: team, zone, work site). */
  violations: number;
  severe: number;
  /** Party members + staff of the subject; 0 where it has none (a member). */
  headcount: number;
  /** Issues created in the window: those born from its violations, and standalone ones in its zones. */
  issues: number;
  issuesClosed: number;
  /** Closed, and not past the deadline when closed. */
  issuesClosedOnTime: number;
  /** Σ (closedAt − createdAt) over the closed issues, in days. */
  closeDaysTotal: number;
  /** Still open and past the deadline. */
  issuesOverdueOpen: number;
  winOrders: number;
  winOrdersTarget: number;
  winAmountCny: number;
  winAmountTargetCny: number;
  /** Calendar months the window touches, and how many of them had a violation. */
  months: number;
  monthsWithViolation: number;
}
export type TallyField = keyof IndicatorTally;

export function emptyTally(): IndicatorTally {
  return {
    violations: 0,
    severe: 0,
    headcount: 0,
    issues: 0,
    issuesClosed: 0,
    issuesClosedOnTime: 0,
    closeDaysTotal: 0,
    issuesOverdueOpen: 0,
    winOrders: 0,
    winOrdersTarget: 0,
    winAmountCny: 0,
    winAmountTargetCny: 0,
    months: 0,
    monthsWithViolation: 0,
  };
}

export type IndicatorUnit = 'count' | '%' | 'per100' | 'days' | 'months';

export interface IndicatorValue {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

export interface IndicatorDefinition {
  key: string;
  label: { zh: string; en: string };
  unit: IndicatorUnit;
  /** Which way is good: red always means "needs attention". */
  better: 'higher' | 'lower';
  levels: readonly IndicatorLevel[];
  /** In words and symbols, as the definition shown beside every value. */
  formula: string;
  /** The resource fields it is computed from. */
  sources: readonly string[];
  /** The tally fields `compute` reads: the client offers an indicator only where it can tally them. */
  needs: readonly TallyField[];
  compute(tally: IndicatorTally): IndicatorValue;
}

/** Rates are rounded to two decimals, once, here: the API and the client show the same digits. */
const round2 = (x: number) => Math.round(x * 100) / 100;

const count = (n: number): IndicatorValue => ({ value: n, numerator: n, denominator: null });

const ratio = (numerator: number, denominator: number, scale: number): IndicatorValue => ({
  value: denominator > 0 ? round2((numerator / denominator) * scale) : null,
  numerator,
  denominator,
});

const AGGREGATE_LEVELS = ['unit', 'branch', 'zone'] as const satisfies readonly IndicatorLevel[];
const ALL_LEVELS = ['unit', 'branch', 'zone', 'member'] as const satisfies readonly IndicatorLevel[];

const define = <const K extends string>(d: IndicatorDefinition & { key: K }) => d;

export const INDICATORS = [
  define({
    key: 'violation_count',
    label: { zh: '违章数', en: 'Violations' },
    unit: 'count',
    better: 'lower',
    levels: ALL_LEVELS,
    formula: 'count of violations in the window within the subject (a member: within their circle: team, zone, work site)',
    sources: ['violations.occurredAt', 'violations.zoneId', 'violations.memberIds'],
    needs: ['violations'],
    compute: (t) => count(t.violations),
  }),
  define({
    key: 'violations_per_100_staff',
    label: { zh: '百人违章率', en: 'Violations per 100 staff' },
    unit: 'per100',
    better: 'lower',
    levels: AGGREGATE_LEVELS,
    formula: 'violations ÷ (party members + staff) × 100',
    sources: ['violations.zoneId', 'members.branchId', 'staff.teamId', 'teams.memberIds', 'teams.staffIds'],
    needs: ['violations', 'headcount'],
    compute: (t) => ratio(t.violations, t.headcount, 100),
  }),
  define({
    key: 'severe_share',
    label: { zh: '严重违章占比', en: 'Severe share' },
    unit: '%',
    better: 'lower',
    levels: ALL_LEVELS,
    formula: 'violations with severity = severe ÷ all violations × 100',
    sources: ['violations.severity'],
    needs: ['violations', 'severe'],
    compute: (t) => ratio(t.severe, t.violations, 100),
  }),
  define({
    key: 'months_without_violation',
    label: { zh: '身边无违章月数', en: 'Months without a violation around the member' },
    unit: 'months',
    better: 'higher',
    levels: ['member'],
    formula: 'months of the window with no violation around the member (党员身边无违章)',
    sources: ['violations.memberIds', 'violations.occurredAt'],
    needs: ['months', 'monthsWithViolation'],
    compute: (t) => ({ value: t.months - t.monthsWithViolation, numerator: t.months - t.monthsWithViolation, denominator: t.months }),
  }),
  define({
    key: 'issue_closure_rate',
    label: { zh: '问题闭环率', en: 'Issue closure rate' },
    unit: '%',
    better: 'higher',
    levels: ALL_LEVELS,
    formula: 'issues closed ÷ issues created in the window × 100',
    sources: ['issues.status', 'issues.createdAt'],
    needs: ['issues', 'issuesClosed'],
    compute: (t) => ratio(t.issuesClosed, t.issues, 100),
  }),
  define({
    key: 'on_time_closure_rate',
    label: { zh: '按期闭环率', en: 'On-time closure rate' },
    unit: '%',
    better: 'higher',
    levels: ALL_LEVELS,
    formula: 'issues closed by their deadline ÷ issues closed × 100',
    sources: ['issues.closedAt', 'issues.deadline'],
    needs: ['issuesClosed', 'issuesClosedOnTime'],
    compute: (t) => ratio(t.issuesClosedOnTime, t.issuesClosed, 100),
  }),
  define({
    key: 'overdue_open_issues',
    label: { zh: '超期未闭环问题数', en: 'Overdue open issues' },
    unit: 'count',
    better: 'lower',
    levels: ALL_LEVELS,
    formula: 'issues created in the window, still open and past their deadline',
    sources: ['issues.status', 'issues.deadline'],
    needs: ['issuesOverdueOpen'],
    compute: (t) => count(t.issuesOverdueOpen),
  }),
  define({
    key: 'mean_days_to_close',
    label: { zh: '平均闭环天数', en: 'Mean days to close' },
    unit: 'days',
    better: 'lower',
    levels: ALL_LEVELS,
    formula: 'Σ (closedAt − createdAt) in days ÷ issues closed',
    sources: ['issues.createdAt', 'issues.closedAt'],
    needs: ['closeDaysTotal', 'issuesClosed'],
    compute: (t) => ({
      value: t.issuesClosed > 0 ? Math.round((t.closeDaysTotal / t.issuesClosed) * 10) / 10 : null,
      numerator: Math.round(t.closeDaysTotal * 10) / 10,
      denominator: t.issuesClosed,
    }),
  }),
  define({
    key: 'win_orders',
    label: { zh: '赢单数', en: 'Win orders' },
    unit: 'count',
    better: 'higher',
    levels: AGGREGATE_LEVELS,
    formula: 'Σ win orders of the grid teams, months of the window',
    sources: ['marketing.winOrders'],
    needs: ['winOrders'],
    compute: (t) => count(t.winOrders),
  }),
  define({
    key: 'win_order_completion',
    label: { zh: '赢单数完成率', en: 'Win-order count completion' },
    unit: '%',
    better: 'higher',
    levels: AGGREGATE_LEVELS,
    formula: 'Σ win orders ÷ Σ win-order targets × 100',
    sources: ['marketing.winOrders', 'marketing.winOrdersTarget'],
    needs: ['winOrders', 'winOrdersTarget'],
    compute: (t) => ratio(t.winOrders, t.winOrdersTarget, 100),
  }),
  define({
    key: 'win_amount_completion',
    label: { zh: '赢单金额完成率', en: 'Win-order amount completion' },
    unit: '%',
    better: 'higher',
    levels: AGGREGATE_LEVELS,
    formula: 'Σ win amount ÷ Σ amount targets × 100',
    sources: ['marketing.winAmountCny', 'marketing.winAmountTargetCny'],
    needs: ['winAmountCny', 'winAmountTargetCny'],
    compute: (t) => ratio(t.winAmountCny, t.winAmountTargetCny, 100),
  }),
];

export type IndicatorKey = (typeof INDICATORS)[number]['key'];
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

/** An indicator as the API serves it: value, numerator and denominator, with its definition. */
export function indicatorOf(definition: IndicatorDefinition, tally: IndicatorTally): Indicator {
  return {
    key: definition.key,
    label: definition.label.zh,
    labelEn: definition.label.en,
    unit: definition.unit,
    ...definition.compute(tally),
    definition: { formula: definition.formula, sources: [...definition.sources] },
  };
}
