import { z } from 'zod';
import { IssueAction, IssueSource, IssueStatus } from './enums';
import { Day, Instant, page } from './common';
import { Position } from './geojson';

export const IssueHistoryEntry = z.object({
  at: Instant,
  action: z.union([IssueAction, z.literal('create')]),
  from: IssueStatus.nullable(),
  to: IssueStatus,
  actorId: z.string(),
  actorName: z.string(),
  comment: z.string(),
  version: z.number().int().positive(),
});

export const Issue = z.object({
  id: z.string(),
  source: IssueSource,
  title: z.string(),
  description: z.string(),
  position: Position,
  unitId: z.string(),
  branchId: z.string(),
  zoneId: z.string(),
  violationId: z.string().nullable(),
  status: IssueStatus,
  createdAt: Instant,
  deadline: Day,
  closedAt: Instant.nullable(),
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  overdue: z.boolean().describe('open and past its deadline, or closed after it'),
  daysOverdue: z.number().int().nonnegative(),
  version: z.number().int().positive().describe('bumps on every transition; the ETag carries it'),
});

export const IssueDetail = Issue.extend({ history: z.array(IssueHistoryEntry) });
export const IssuePage = page(Issue);

/** Body of POST /issues/{id}/transitions; the request carries If-Match with the issue's ETag. */
export const IssueTransitionRequest = z.object({
  action: IssueAction,
  comment: z.string().trim().min(1).max(2000),
  assigneeId: z.string().optional().describe('required for assign and reopen'),
});

export type IssueHistoryEntry = z.infer<typeof IssueHistoryEntry>;
export type Issue = z.infer<typeof Issue>;
export type IssueDetail = z.infer<typeof IssueDetail>;
export type IssuePage = z.infer<typeof IssuePage>;
export type IssueTransitionRequest = z.infer<typeof IssueTransitionRequest>;
