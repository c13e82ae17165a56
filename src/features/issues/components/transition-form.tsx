import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/api-error';
import { actionNeedsAssignee, ISSUE_TRANSITIONS } from '../../../api/issue-workflow';
import { useBranchMembers } from '../../../api/queries/org';
import type { IssueAction } from '../../../api/schemas/enums';
import type { IssueDetail } from '../../../api/schemas/issues';
import { addDays, shanghaiDayOf } from '../../../lib/time-window';
import { draftErrors, needsComment, type Draft, type DraftErrors } from '../lib/transition-draft';

export interface TransitionFormProps {
  issue: IssueDetail;
  action: IssueAction;
  draft: Draft;
  onDraft: (draft: Draft) => void;
  /** Sends the write; rejects with the API's error. */
  onSubmit: (draft: Draft) => Promise<unknown>;
  onCancel: () => void;
  busy: boolean;
  /** The action no longer applies to the issue's state: nothing to submit. */
  blocked?: boolean;
  /** A refusal the form shows beside its fields (422) or above them. */
  error: unknown;
  /** Epoch ms: today (Asia/Shanghai) is the earliest deadline. */
  now: number;
}

/** The deadline a new assignment starts from: the issue's, unless it has passed (then a week from today). */
export function initialDeadline(issue: Pick<IssueDetail, 'deadline'>, today: string): string {
  return issue.deadline >= today ? issue.deadline : addDays(today, 7);
}

/** A 422's named fields, by the form's field names. */
function fieldErrorsOf(error: unknown): DraftErrors {
  const out: DraftErrors = {};
  if (!(error instanceof ApiError) || error.status !== 422) return out;
  for (const e of error.errors ?? []) {
    if (e.name === 'assigneeId' || e.name === 'deadline' || e.name === 'comment') out[e.name] = e.reason;
  }
  return out;
}

/** One action's form: the comment (required for submit and reject), and an assignee and deadline for assign and reopen. */
export function TransitionForm({ issue, action, draft, onDraft, onSubmit, onCancel, busy, blocked = false, error, now }: TransitionFormProps) {
  const { t } = useTranslation('issues');
  const { t: tApp } = useTranslation();
  const id = useId();
  const today = shanghaiDayOf(now);
  const withAssignee = actionNeedsAssignee(action);
  const roster = useBranchMembers(withAssignee ? issue.branchId : null);
  const [ownErrors, setErrors] = useState<DraftErrors>({});
  const fields = useRef<Partial<Record<keyof Draft, HTMLElement | null>>>({});
  // The server names a bad field (422): shown beside it, as our own checks are.
  const serverErrors = useMemo(() => fieldErrorsOf(error), [error]);
  const errors = { ...serverErrors, ...ownErrors };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = draftErrors(action, draft, today);
    setErrors(found);
    const first = (['assigneeId', 'deadline', 'comment'] as const).find((f) => found[f]);
    if (first) {
      fields.current[first]?.focus();
      return;
    }
    void onSubmit(draft).catch(() => undefined);
  };

  const messageOf = (field: keyof Draft) => {
    const code = errors[field];
    if (!code) return null;
    switch (code) {
      case 'missing':
        return field === 'comment' && needsComment(action) ? t(`form.commentMissing.${action as 'submit' | 'reject'}`) : field === 'assigneeId' ? t('form.assigneeMissing') : t('form.deadlineMissing');
      case 'past':
        return t('form.deadlinePast');
      case 'too-long':
        return t('form.tooLong');
      default:
        return code;
    }
  };
  const describedBy = (field: keyof Draft) => (errors[field] ? `${id}-${field}-error` : undefined);
  const fieldError = (field: keyof Draft) =>
    errors[field] ? (
      <p className="issue-form__error" id={`${id}-${field}-error`}>
        {messageOf(field)}
      </p>
    ) : null;
  const label = t(`actions.${action}`);

  return (
    <form className="issue-form" onSubmit={submit} noValidate aria-label={t('form.title', { action: label, id: issue.id })}>
      {withAssignee && (
        <div className="issue-form__row">
          <div className="issue-form__field">
            <label htmlFor={`${id}-assignee`}>{t('form.assignee')}</label>
            <select
              id={`${id}-assignee`}
              ref={(el) => {
                fields.current.assigneeId = el;
              }}
              value={draft.assigneeId}
              aria-invalid={errors.assigneeId ? true : undefined}
              aria-describedby={describedBy('assigneeId')}
              onChange={(e) => onDraft({ ...draft, assigneeId: e.target.value })}
            >
              <option value="">{roster.isPending ? t('form.rosterLoading') : t('form.assigneePick')}</option>
              {roster.data?.items.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
            {fieldError('assigneeId')}
          </div>
          <div className="issue-form__field">
            <label htmlFor={`${id}-deadline`}>{t('form.deadline')}</label>
            <input
              id={`${id}-deadline`}
              type="date"
              ref={(el) => {
                fields.current.deadline = el;
              }}
              min={today}
              value={draft.deadline}
              aria-invalid={errors.deadline ? true : undefined}
              aria-describedby={describedBy('deadline')}
              onChange={(e) => onDraft({ ...draft, deadline: e.target.value })}
            />
            {fieldError('deadline')}
          </div>
        </div>
      )}
      <div className="issue-form__field">
        <label htmlFor={`${id}-comment`}>{needsComment(action) ? t(`form.commentRequired.${action as 'submit' | 'reject'}`) : t('form.comment')}</label>
        <textarea
          id={`${id}-comment`}
          ref={(el) => {
            fields.current.comment = el;
          }}
          rows={3}
          maxLength={2000}
          value={draft.comment}
          aria-required={needsComment(action) || undefined}
          aria-invalid={errors.comment ? true : undefined}
          aria-describedby={describedBy('comment')}
          onChange={(e) => onDraft({ ...draft, comment: e.target.value })}
        />
        {fieldError('comment')}
      </div>
      <div className="issue-form__buttons">
        <button type="submit" className="ui-button ui-button--primary" disabled={busy || blocked} data-action={action}>
          {busy ? t('form.saving') : t('form.submit', { action: label })}
        </button>
        <button type="button" className="ui-button" onClick={onCancel} disabled={busy}>
          {t('form.cancel')}
        </button>
        <span className="issue-form__move">
          {/* What the action does, in the closure loop's words. */}
          {tApp(`enums.status.${ISSUE_TRANSITIONS[action].from}`)} → {tApp(`enums.status.${ISSUE_TRANSITIONS[action].to}`)}
        </span>
      </div>
    </form>
  );
}
