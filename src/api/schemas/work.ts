import { z } from '../../lib/zod';
import { Day } from './common';
import { workTypes } from './enums';

// The work done (作业): operations on work tickets and the crews' worker-days, the denominators of
// "violations per 100 operations" and "violations per 100 workers per year".

/** Work is tallied for units (everything under them) and branches (their operations teams). */
export const workLevels = ['unit', 'branch'] as const;
export const WorkLevel = z.enum(workLevels);

const Month = z.string().check(z.regex(/^\d{4}-\d{2}$/));
const Count = z.int().check(z.nonnegative());

const WorkDone = {
  operations: Count.check(z.describe('work operations (作业), each recorded on a work ticket')),
  operationsByWorkType: z.record(z.enum(workTypes), Count),
  ownWorkerDays: Count.check(z.describe('worker-days of own staff on those operations')),
  contractorWorkerDays: Count.check(z.describe('worker-days of contractor (外包) workers on those operations')),
};

export const WorkMonth = z.object({ month: Month, ...WorkDone });

export const WorkMonthly = z.object({
  level: WorkLevel,
  id: z.string(),
  name: z.string(),
  from: Day,
  to: Day,
  workforce: z
    .object({
      ownStaff: Count.check(z.describe('people of the operations teams (party members and staff)')),
      contractors: Count.check(z.describe('registered contractor workers of those teams (a count; they are not people records)')),
    })
    .check(z.describe('the same in every month of the window')),
  totals: z.object({
    ...WorkDone,
    workers: Count.check(z.describe('own staff + contractor workers')),
    workerYears: z.number().check(z.describe('workers × the window\'s length in years, within the dataset\'s three years')),
  }),
  points: z
    .array(WorkMonth)
    .check(z.describe('each month of the window within the dataset\'s three years; a month the window covers in part counts that part of its work')),
});

export type WorkLevel = z.infer<typeof WorkLevel>;
export type WorkMonth = z.infer<typeof WorkMonth>;
export type WorkMonthly = z.infer<typeof WorkMonthly>;
