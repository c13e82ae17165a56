import { type AccountRole, type IssueAction, type IssueStatus } from './schemas/enums';

/*
 * The closure workflow, one table for the server (which enforces it) and the client (which offers only
 * what the server would accept): each action moves an issue from one state to the next, and each role
 * may take some of the actions on the issues in its full scope.
 */

export const ISSUE_TRANSITIONS: Readonly<Record<IssueAction, { from: IssueStatus; to: IssueStatus }>> = {
  assign: { from: 'found', to: 'assigned' },
  start: { from: 'assigned', to: 'rectifying' },
  submit: { from: 'rectifying', to: 'awaiting_verification' },
  verify: { from: 'awaiting_verification', to: 'closed' },
  reject: { from: 'awaiting_verification', to: 'rectifying' },
  reopen: { from: 'closed', to: 'assigned' },
};

/**
 * A secretary runs the rectification of their own branch's issues (assign, start, submit) and may reopen
 * one that comes back; a manager verifies and closes, or rejects, what a branch submits — in their district
 * bureau (a district manager) or everywhere (the bureau manager) — and may reopen too. Nobody verifies
 * their own branch's work.
 */
export const ROLE_ACTIONS: Readonly<Record<AccountRole, readonly IssueAction[]>> = {
  branch_secretary: ['assign', 'start', 'submit', 'reopen'],
  district_manager: ['verify', 'reject', 'reopen'],
  bureau_manager: ['verify', 'reject', 'reopen'],
};

/** The actions that hand the issue to a person (assigneeId required) and may set a new deadline. */
export const actionNeedsAssignee = (action: IssueAction): boolean => action === 'assign' || action === 'reopen';

/** What a role may do to an issue in this state (in its full scope; outside it, nothing). */
export function actionsFor(role: AccountRole, status: IssueStatus): IssueAction[] {
  return ROLE_ACTIONS[role].filter((action) => ISSUE_TRANSITIONS[action].from === status);
}
