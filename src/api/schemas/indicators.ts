import { z } from '../../lib/zod';
import { IndicatorLevel, IssueStatus, Severity, ViolationCategory, WorkType } from './enums';
import { Day } from './common';

export const IndicatorDefinition = z.object({
  formula: z.string().check(z.describe('how the value is computed, in words and symbols')),
  period: z.object({
    from: Day,
    to: Day,
    basis: z.string().check(z.describe('which dates of which records the window selects, or that the value is a state as of now')),
  }),
  numerator: z.string().check(z.describe('what the numerator counts or sums')),
  denominator: z.nullable(z.string()).check(z.describe('what the denominator counts; null for a plain count')),
  sources: z.array(z.string()).check(z.describe('the resource fields it is computed from, e.g. violations.severity')),
});

export const IndicatorRecordsLink = z.object({
  href: z.string().check(z.describe('an API URL (from the origin) listing the records, filtered to the subject and window, e.g. /api/v1/violations?zoneId=…&from=…&to=…&severity=severe')),
  rows: z
    .enum(['numerator', 'inputs'])
    .check(z.describe('numerator: the list\'s rows are exactly what the numerator counts (its total is the numerator); inputs: the rows the value is summed or measured from')),
});

export const IndicatorBetter = z.enum(['higher', 'lower']);

export const Indicator = z.object({
  key: z.string(),
  label: z.string(),
  labelEn: z.string(),
  value: z.nullable(z.number()).check(z.describe('null when the denominator is zero')),
  unit: z.string().check(z.describe("'%', 'count', 'per100', 'rate', 'days', 'months'")),
  better: IndicatorBetter.check(z.describe('which way is good')),
  numerator: z.nullable(z.number()),
  denominator: z.nullable(z.number()),
  definition: IndicatorDefinition,
  records: z.nullable(IndicatorRecordsLink).check(z.describe('where the records behind the value are listed; null where no list holds them')),
});

export const IndicatorReport = z.object({
  level: IndicatorLevel,
  id: z.string(),
  name: z.string(),
  from: Day,
  to: Day,
  indicators: z.array(Indicator),
});

/** One child of the ranked subject, with its value and place. */
export const RankingItem = z.object({
  rank: z.int().check(z.positive(), z.describe('1-based place in the order asked for; equal values in id order; null values last')),
  id: z.string(),
  name: z.string(),
  value: z.nullable(z.number()),
  numerator: z.nullable(z.number()),
  denominator: z.nullable(z.number()),
  records: z.nullable(IndicatorRecordsLink),
});

export const rankingOrders = ['best', 'worst'] as const;

export const IndicatorRanking = z.object({
  level: IndicatorLevel,
  id: z.string(),
  name: z.string(),
  childLevel: IndicatorLevel.check(z.describe('the level of the subjects ranked')),
  key: z.string(),
  label: z.string(),
  labelEn: z.string(),
  unit: z.string(),
  better: IndicatorBetter,
  order: z.enum(rankingOrders),
  from: Day,
  to: Day,
  definition: IndicatorDefinition,
  items: z.array(RankingItem),
});


const Count = z.int().check(z.nonnegative());

export const BreakdownCell = z.object({
  category: ViolationCategory,
  severity: Severity,
  violations: Count,
  records: z.nullable(z.string()).check(z.describe('API URL listing these violations')),
});

export const WorkTypeCount = z.object({
  workType: WorkType,
  violations: Count,
  operations: z.nullable(Count).check(z.describe('work operations of this type by the subject\'s operations teams in the window; null for zones and members (work is tallied per operations team)')),
  violationsPer100Operations: z.nullable(z.number()),
  records: z.nullable(z.string()),
});

export const FunnelStage = z.object({
  status: IssueStatus,
  issues: Count.check(z.describe('issues created in the window that are at this stage now')),
  atOrBeyond: Count.check(z.describe('issues at this stage or a later one now (the closure loop is found → assigned → rectifying → awaiting_verification → closed)')),
  overdue: Count.check(z.describe('of those at this stage, overdue: past the deadline (open), or closed after it')),
  records: z.nullable(z.string()),
  overdueRecords: z.nullable(z.string()),
});

export const Breakdown = z.object({
  level: IndicatorLevel,
  id: z.string(),
  name: z.string(),
  from: Day,
  to: Day,
  violations: Count,
  issues: Count,
  matrix: z.array(BreakdownCell).check(z.describe('violations by category × severity, every pair, categories then severities in code order')),
  byWorkType: z.array(WorkTypeCount),
  funnel: z.array(FunnelStage).check(z.describe('the closure loop, in order')),
});

export const MonthlyPoint = z.object({
  month: z.string().check(z.regex(/^\d{4}-\d{2}$/)),
  violations: z.int(),
  byCategory: z.record(z.string(), z.int()),
  bySeverity: z.record(z.string(), z.int()),
  issuesOpened: z.int(),
  issuesClosed: z.int(),
});
export const MonthlySeries = z.object({
  level: IndicatorLevel,
  id: z.string(),
  points: z.array(MonthlyPoint),
});

export const MarketingResult = z.object({
  gridTeamId: z.string(),
  unitId: z.string(),
  month: z.string().check(z.regex(/^\d{4}-\d{2}$/)),
  winOrders: z.int(),
  winOrdersTarget: z.int(),
  winAmountCny: z.number(),
  winAmountTargetCny: z.number(),
});

export const MarketingList = z.object({ items: z.array(MarketingResult) });

export type Indicator = z.infer<typeof Indicator>;
export type IndicatorReport = z.infer<typeof IndicatorReport>;
export type MonthlySeries = z.infer<typeof MonthlySeries>;
export type IndicatorRanking = z.infer<typeof IndicatorRanking>;
export type RankingItem = z.infer<typeof RankingItem>;
export type Breakdown = z.infer<typeof Breakdown>;
export type MarketingResult = z.infer<typeof MarketingResult>;
