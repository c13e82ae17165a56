import { actionNeedsAssignee } from '../../../api/issue-workflow';
import type { IssueAction } from '../../../api/schemas/enums';
import type { IssueTransitionRequest } from '../../../api/schemas/issues';

/** What the user has typed for a transition: kept across a 412 and a change of action. */
export interface Draft {
  comment: string;
  assigneeId: string;
  deadline: string;
}

export type DraftErrors = Partial<Record<keyof Draft, 'missing' | 'past' | 'too-long' | (string & {})>>;

/** Submitting for verification says what was done; rejecting says why. Other actions may go without a comment. */
export const needsComment = (action: IssueAction): boolean => action === 'submit' || action === 'reject';

export const MAX_COMMENT = 2000;

/** The form's own checks (the server checks again): required fields, a deadline not in the past, the comment's length. */
export function draftErrors(action: IssueAction, draft: Draft, today: string): DraftErrors {
  const errors: DraftErrors = {};
  if (needsComment(action) && draft.comment.trim() === '') errors.comment = 'missing';
  if ([...draft.comment].length > MAX_COMMENT) errors.comment = 'too-long';
  if (actionNeedsAssignee(action)) {
    if (!draft.assigneeId) errors.assigneeId = 'missing';
    if (!draft.deadline) errors.deadline = 'missing';
    else if (draft.deadline < today) errors.deadline = 'past';
  }
  return errors;
}

/**
 * The request body. The API wants a comment on every transition: where the user wrote none (an action
 * that does not need one), the action's own words stand in (`fallbackComment`).
 */
export function transitionBody(action: IssueAction, draft: Draft, fallbackComment: string): IssueTransitionRequest {
  const comment = draft.comment.trim() || fallbackComment;
  return actionNeedsAssignee(action) ? { action, comment, assigneeId: draft.assigneeId, deadline: draft.deadline } : { action, comment };
}
