import { issueActions, type IssueAction } from '../../../api/schemas/enums';
import type { Draft } from './transition-draft';

/*
 * A transition's draft kept in sessionStorage, per account and issue: when the session expires the
 * sign-in dialog replaces the workspace (and the form with it); after signing in again as the same
 * account the form comes back with what was typed. sessionStorage: the tab's own, gone with it, and
 * never shared with another account (the key holds the account id).
 */

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface StoredDraft {
  action: IssueAction;
  draft: Draft;
}

const keyOf = (accountId: string, issueId: string) => `dangjian.draft.${accountId}.${issueId}`;

const isText = (v: unknown): v is string => typeof v === 'string' && v.length <= 10_000;

export function loadDraft(storage: Storage | null, accountId: string, issueId: string): StoredDraft | null {
  try {
    const raw = storage?.getItem(keyOf(accountId, issueId));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as { action?: unknown; draft?: Partial<Record<keyof Draft, unknown>> };
    const d = parsed.draft;
    if (!(issueActions as readonly unknown[]).includes(parsed.action) || !d || !isText(d.comment) || !isText(d.assigneeId) || !isText(d.deadline)) return null;
    return { action: parsed.action as IssueAction, draft: { comment: d.comment, assigneeId: d.assigneeId, deadline: d.deadline } };
  } catch {
    // A hand-edited or foreign value is no draft.
    return null;
  }
}

/** Keeps the open form's draft; null (no form open, or the write went through) forgets it. */
export function saveDraft(storage: Storage | null, accountId: string, issueId: string, value: StoredDraft | null): void {
  try {
    if (value) storage?.setItem(keyOf(accountId, issueId), JSON.stringify(value));
    else storage?.removeItem(keyOf(accountId, issueId));
  } catch {
    // Storage full or disabled: the draft lives in memory only, as before.
  }
}

export function tabStorage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}
