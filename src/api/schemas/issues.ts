import { z } from '../../lib/zod';
import { IssueAction, IssueSource, IssueStatus, Severity } from './enums';
import { Day, Instant, page } from './common';
import { Position } from './geojson';

export const IssueHistoryEntry = z.object({
  at: Instant,
  action: z.union([IssueAction, z.literal('create')]),
  from: z.nullable(IssueStatus),
  to: IssueStatus,
  actorId: z.string(),
  actorName: z.string(),
  comment: z.string(),
  version: z.int().check(z.positive()),
});

export const Issue = z.object({
  id: z.string(),
  source: IssueSource,
  severity: z.nullable(Severity).check(z.describe('the violation\'s severity; null for issues not born from a violation')),
  title: z.string(),
  description: z.string(),
  position: Position,
  unitId: z.string(),
  branchId: z.string(),
  zoneId: z.string(),
  violationId: z.nullable(z.string()),
  status: IssueStatus,
  createdAt: Instant,
  deadline: Day,
  closedAt: z.nullable(Instant),
  assigneeId: z.nullable(z.string()),
  assigneeName: z.nullable(z.string()),
  overdue: z.boolean().check(z.describe('open and past its deadline, or closed after it')),
  daysOverdue: z.int().check(z.nonnegative()),
  version: z.int().check(z.positive(), z.describe('bumps on every transition; the ETag carries it')),
});

export const IssueDetail = z.extend(Issue, { history: z.array(IssueHistoryEntry) });
export const IssuePage = page(Issue);

/** Body of POST /issues/{id}/transitions; the request carries If-Match with the issue's ETag. Unknown fields are refused (422). */
export const IssueTransitionRequest = z.strictObject({
  action: IssueAction,
  comment: z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)),
  assigneeId: z.optional(z.string()).check(z.describe('required for assign and reopen')),
  deadline: z.optional(Day).check(z.describe('assign and reopen only: the new deadline (a day, Asia/Shanghai, today or later); absent: unchanged')),
});

export type IssueHistoryEntry = z.infer<typeof IssueHistoryEntry>;
export type Issue = z.infer<typeof Issue>;
export type IssueDetail = z.infer<typeof IssueDetail>;
export type IssuePage = z.infer<typeof IssuePage>;
export type IssueTransitionRequest = z.infer<typeof IssueTransitionRequest>;
