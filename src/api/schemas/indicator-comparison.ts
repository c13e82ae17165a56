import { z } from '../../lib/zod';
import { IndicatorLevel } from './enums';
import { Day } from './common';

// Apart from ./indicators: only the analysis workspace reads comparisons, and the map's first screen
// (which loads ./indicators) does not carry this schema.

/** One indicator of a subject beside the same indicator before, and among its siblings. */
export const ComparisonItem = z.object({
  key: z.string(),
  value: z.nullable(z.number()),
  previous: z.nullable(z.number()).check(z.describe('the value over the previous window; null where it has none, or that window is not all within the dataset')),
  siblingAverage: z
    .nullable(z.number())
    .check(z.describe('the plain mean of the values of the parent\'s children at the subject\'s level (the subject among them), null values left out; null for the bureau')),
  rank: z.nullable(z.int().check(z.positive())).check(z.describe('the subject\'s place among those siblings, best first, as GET /indicators/ranking orders them; null without a value or a parent')),
});

export const IndicatorComparison = z.object({
  level: IndicatorLevel,
  id: z.string(),
  name: z.string(),
  from: Day,
  to: Day,
  previous: z
    .object({ from: Day, to: Day, complete: z.boolean().check(z.describe('whether the dataset covers all of it; previous values are null otherwise')) })
    .check(z.describe('the window of the same length just before this one')),
  parent: z.nullable(z.object({ level: IndicatorLevel, id: z.string(), name: z.string() })).check(z.describe('whose children the subject is ranked among; null for the bureau')),
  siblings: z.int().check(z.nonnegative(), z.describe('how many subjects are ranked, the subject among them (0 for the bureau)')),
  items: z.array(ComparisonItem).check(z.describe('the indicators of GET /indicators for the same subject and window, in the same order')),
});

export type IndicatorComparison = z.infer<typeof IndicatorComparison>;
export type ComparisonItem = z.infer<typeof ComparisonItem>;
