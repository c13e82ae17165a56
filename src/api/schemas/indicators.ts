import { z } from '../../lib/zod';
import { IndicatorLevel } from './enums';
import { Day } from './common';

export const IndicatorDefinition = z.object({
  formula: z.string().check(z.describe('how the value is computed, in words and symbols')),
  sources: z.array(z.string()).check(z.describe('the resource fields it is computed from, e.g. violations.severity')),
});

export const Indicator = z.object({
  key: z.string(),
  label: z.string(),
  labelEn: z.string(),
  value: z.nullable(z.number()).check(z.describe('null when the denominator is zero')),
  unit: z.string().check(z.describe("'%', 'count', 'per100', 'days', 'CNY'…")),
  numerator: z.nullable(z.number()),
  denominator: z.nullable(z.number()),
  definition: IndicatorDefinition,
});

export const IndicatorReport = z.object({
  level: IndicatorLevel,
  id: z.string(),
  name: z.string(),
  from: Day,
  to: Day,
  indicators: z.array(Indicator),
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
export type MarketingResult = z.infer<typeof MarketingResult>;
