import type { AccountRole, IssueStatus } from '../../../api/schemas/enums';
import type { Issue } from '../../../api/schemas/issues';
import type { Account } from '../../../api/schemas/session';
import type { IssueListFilter } from '../../../api/queries/issue-workspace';
import type { IssueSort, IssuesView } from '../../../lib/url-state';
import { daysBetween, shanghaiDayOf } from '../../../lib/time-window';

/** Where an issue stands against its deadline, counted in calendar days in Asia/Shanghai. */
export type Due =
  | { kind: 'closed'; daysLate: number }
  | { kind: 'left'; days: number }
  | { kind: 'today' }
  | { kind: 'overdue'; days: number };

/**
 * A deadline is the whole of its day (Asia/Shanghai): on that day the issue is due today, from the next
 * day it is overdue by one day, as the server counts `daysOverdue`.
 */
export function dueOf(issue: Pick<Issue, 'status' | 'deadline' | 'daysOverdue'>, now: number | Date): Due {
  if (issue.status === 'closed') return { kind: 'closed', daysLate: issue.daysOverdue };
  const days = daysBetween(shanghaiDayOf(now), issue.deadline);
  if (days > 0) return { kind: 'left', days };
  return days === 0 ? { kind: 'today' } : { kind: 'overdue', days: -days };
}

/** By deadline (then id, so equal deadlines keep one order), soonest first or latest first. */
export function sortIssues<T extends Pick<Issue, 'deadline' | 'id'>>(items: readonly T[], sort: IssueSort): T[] {
  const sign = sort === 'deadline' ? 1 : -1;
  return [...items].sort((a, b) => sign * (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Whose issues the workspace lists: a secretary their branch, a district manager their district bureau, the bureau all. */
export function listFilterOf(account: Account, view: Pick<IssuesView, 'states' | 'lateOnly'>): IssueListFilter {
  const scope =
    account.role === 'branch_secretary' && account.scope.branchId
      ? { branchId: account.scope.branchId }
      : account.role === 'district_manager' && account.scope.unitId
        ? { unitId: account.scope.unitId }
        : {};
  return { ...scope, statuses: view.states, ...(view.lateOnly && { overdue: true }) };
}

/** What a write may have raced with: the fields a person acts on. */
export interface IssueChange {
  field: 'status' | 'assignee' | 'deadline';
  from: string | null;
  to: string | null;
}

/** What changed between the issue as the user opened it and as it is now (empty: only the version moved). */
export function issueChanges(
  seen: Pick<Issue, 'status' | 'assigneeId' | 'assigneeName' | 'deadline'>,
  now: Pick<Issue, 'status' | 'assigneeId' | 'assigneeName' | 'deadline'>,
): IssueChange[] {
  const changes: IssueChange[] = [];
  if (seen.status !== now.status) changes.push({ field: 'status', from: seen.status, to: now.status });
  if (seen.assigneeId !== now.assigneeId) changes.push({ field: 'assignee', from: seen.assigneeName ?? seen.assigneeId, to: now.assigneeName ?? now.assigneeId });
  if (seen.deadline !== now.deadline) changes.push({ field: 'deadline', from: seen.deadline, to: now.deadline });
  return changes;
}

/** Why a role has nothing to do here: whose turn it is, where the workflow says. */
export function waitingFor(role: AccountRole, status: IssueStatus): 'waitsForManager' | 'waitsForBranch' | 'noActions' {
  if (status === 'awaiting_verification') return 'waitsForManager';
  if (role !== 'branch_secretary' && status !== 'closed') return 'waitsForBranch';
  return 'noActions';
}
