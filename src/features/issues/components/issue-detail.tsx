import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/api-error';
import { actionsFor, ISSUE_TRANSITIONS } from '../../../api/issue-workflow';
import { useBranches, useZones } from '../../../api/queries/org';
import { useIssueTransition, useVersionedIssue } from '../../../api/queries/issue-workspace';
import type { IssueAction } from '../../../api/schemas/enums';
import type { IssueDetail as Detail } from '../../../api/schemas/issues';
import type { Account } from '../../../api/schemas/session';
import { formatDateTime } from '../../../lib/format-time';
import { formatDay, shanghaiDayOf } from '../../../lib/time-window';
import { useLanguage } from '../../../store/hooks';
import { dueOf, issueChanges, waitingFor } from '../lib/issue-view';
import { transitionBody, type Draft } from '../lib/transition-draft';
import { loadDraft, saveDraft, tabStorage } from '../lib/draft-store';
import { DueText } from './issue-table';
import { initialDeadline, TransitionForm } from './transition-form';

interface Versioned {
  data: Detail;
  etag: string | null;
}

/** The issue a write is based on, and what became of it: a 412 shows the difference and offers to apply again. */
function ConflictNotice({ seen, now, action, onApplyAgain }: { seen: Detail; now: Detail; action: IssueAction; onApplyAgain: (() => void) | null }) {
  const { t } = useTranslation('issues');
  const { t: tApp } = useTranslation();
  const language = useLanguage();
  const shown = (field: 'status' | 'assignee' | 'deadline', value: string | null) =>
    value === null ? t('unassigned') : field === 'status' ? tApp(`enums.status.${value as Detail['status']}`) : field === 'deadline' ? formatDay(value, language) : value;
  const changes = issueChanges(seen, now);
  const added = now.history.filter((h) => h.version > seen.version);
  return (
    <div className="issue-conflict" role="alert">
      <h4 className="issue-conflict__title">{t('conflict.title')}</h4>
      <ul>
        {changes.map((c) => (
          <li key={c.field}>{t('conflict.changed', { field: t(`conflict.fields.${c.field}`), from: shown(c.field, c.from), to: shown(c.field, c.to) })}</li>
        ))}
        {changes.length === 0 && <li>{t('conflict.onlyVersion')}</li>}
        {added.map((h) => (
          <li key={h.version} className="issue-conflict__entry">
            {formatDateTime(h.at, language)} · {h.actorName} · {h.action === 'create' ? t('detail.created') : t(`actions.${h.action}`)}
            {h.comment && `：${h.comment}`}
          </li>
        ))}
      </ul>
      {onApplyAgain ? (
        <button type="button" className="ui-button ui-button--primary" onClick={onApplyAgain}>
          {t('conflict.applyAgain')}
        </button>
      ) : (
        <p>{t('conflict.noLonger', { state: tApp(`enums.status.${now.status}`), action: t(`actions.${action}`) })}</p>
      )}
    </div>
  );
}

/** One issue: its facts, the actions the role may take in its state, and its audit timeline. */
export function IssueDetailPanel({ id, account, now, onClose }: { id: string; account: Account; now: number; onClose: () => void }) {
  const { t } = useTranslation('issues');
  const { t: tApp } = useTranslation();
  const language = useLanguage();
  const query = useVersionedIssue(id);
  const branches = useBranches();
  // The map has them already when the user comes from it; a zone reads by its name, not its id.
  const zones = useZones();
  const transition = useIssueTransition(id);
  // A form left open when the session expired comes back after signing in again as the same account.
  const [restored] = useState(() => loadDraft(tabStorage(), account.id, id));
  const [action, setAction] = useState<IssueAction | null>(restored?.action ?? null);
  const [draft, setDraft] = useState<Draft>(restored?.draft ?? { comment: '', assigneeId: '', deadline: '' });
  useEffect(() => {
    saveDraft(tabStorage(), account.id, id, action ? { action, draft } : null);
  }, [account.id, id, action, draft]);
  // The version the user is acting on: the server's while no form is open, held still while one is
  // (`frozen`), so that a write made meanwhile by someone else comes back as a 412, not overwritten.
  const [frozen, setFrozen] = useState<Versioned | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  // The panel is keyed by the issue: a newly opened issue brings the keyboard to its heading, once.
  const focused = useRef(false);
  const heading = useCallback((el: HTMLHeadingElement | null) => {
    if (el && !focused.current) {
      focused.current = true;
      el.focus();
    }
  }, []);

  const latest = query.data ?? null;
  const basis = frozen ?? latest;

  const error = query.error;
  if (error) {
    const status = error instanceof ApiError ? error.status : 0;
    return (
      <section className="issue-detail" aria-label={t('detail.region')}>
        <div className="issue-detail__head">
          <h3 className="issue-detail__title" tabIndex={-1} ref={heading}>
            {status === 403 ? t('detail.outOfScope') : status === 404 ? t('detail.notFound', { id }) : t('failed', { detail: '' })}
          </h3>
          <button type="button" className="ui-button" onClick={onClose}>
            {t('detail.backToList')}
          </button>
        </div>
        {status === 403 ? (
          <p className="issue-detail__scope">{t('detail.outOfScopeDetail', { id })}</p>
        ) : status !== 404 ? (
          <p role="alert">{error instanceof ApiError ? error.detail : error instanceof Error ? error.message : ''}</p>
        ) : null}
      </section>
    );
  }
  if (!latest || !basis) {
    return (
      <section className="issue-detail" aria-label={t('detail.region')} aria-busy="true">
        <p role="status">{t('loading')}</p>
      </section>
    );
  }

  const issue = latest.data;
  const allowed = actionsFor(account.role, issue.status);
  const branchName = branches.data?.items.find((b) => b.id === issue.branchId)?.name ?? issue.branchId;
  const zoneName = zones.data?.features.find((f) => f.id === issue.zoneId)?.properties.name ?? issue.zoneId;
  const writeError = transition.error;
  const writeStatus = writeError instanceof ApiError ? writeError.status : null;
  const stale = writeStatus === 412 && basis.data.version !== issue.version;

  const begin = (next: IssueAction) => {
    setAction(next);
    setSaved(null);
    transition.reset();
    setFrozen(latest);
    setDraft((d) => ({ ...d, assigneeId: d.assigneeId || (issue.assigneeId ?? ''), deadline: d.deadline || initialDeadline(issue, shanghaiDayOf(now)) }));
  };
  const send = async (on: Versioned, d: Draft) => {
    if (!action) return;
    const result = await transition.mutateAsync({
      body: transitionBody(action, d, t(`form.defaultComment.${action}`)),
      etag: on.etag ?? '',
    });
    setSaved(t('form.saved', { action: t(`actions.${action}`), state: tApp(`enums.status.${result.data.status}`) }));
    setAction(null);
    setDraft({ comment: '', assigneeId: '', deadline: '' });
    // Follow the server again (the answer is already in the cache, with its ETag).
    setFrozen(null);
  };
  const applyAgain = action && allowed.includes(action) ? () => void send(latest, draft).catch(() => undefined) : null;

  const refusal = (() => {
    if (!writeError || writeStatus === 412 || (writeStatus === 422 && writeError instanceof ApiError && writeError.errors?.length)) return null;
    if (!(writeError instanceof ApiError)) return t('refused.failed', { detail: String(writeError) });
    const label = action ? t(`actions.${action}`) : '';
    if (writeStatus === 409 && action) {
      return t('refused.notAllowed', { state: tApp(`enums.status.${issue.status}`), action: label, needed: tApp(`enums.status.${ISSUE_TRANSITIONS[action].from}`) });
    }
    if (writeStatus === 403) return writeError.detail.includes('role') ? t('refused.forbiddenRole', { action: label }) : t('refused.forbidden', { id: issue.id, branch: branchName });
    if (writeStatus === 422) return t('refused.invalid', { detail: writeError.detail });
    return t('refused.failed', { detail: writeError.detail });
  })();

  return (
    <section className="issue-detail" aria-label={t('detail.region')}>
      <div className="issue-detail__head">
        <h3 className="issue-detail__title" tabIndex={-1} ref={heading}>
          <span className="issue-detail__id">{issue.id}</span> {issue.title}
        </h3>
        <button type="button" className="ui-button issue-detail__close" aria-label={t('detail.close')} title={t('detail.close')} onClick={onClose}>
          ×
        </button>
      </div>
      <dl className="issue-detail__facts" aria-label={t('detail.facts')}>
        <div>
          <dt>{t('table.state')}</dt>
          <dd>
            <span className={`state-chip state-chip--${issue.status}`}>{tApp(`enums.status.${issue.status}`)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('table.due')}</dt>
          <dd>
            <DueText due={dueOf(issue, now)} />
          </dd>
        </div>
        <div>
          <dt>{t('table.deadline')}</dt>
          <dd>{formatDay(issue.deadline, language)}</dd>
        </div>
        <div>
          <dt>{t('table.assignee')}</dt>
          <dd>{issue.assigneeName ?? t('unassigned')}</dd>
        </div>
        <div>
          <dt>{t('table.source')}</dt>
          <dd>{t(`sources.${issue.source}`)}</dd>
        </div>
        <div>
          <dt>{t('table.severity')}</dt>
          <dd>{issue.severity ? tApp(`enums.severity.${issue.severity}`) : t('none')}</dd>
        </div>
        <div>
          <dt>{t('detail.createdAt')}</dt>
          <dd>{formatDateTime(issue.createdAt, language)}</dd>
        </div>
        <div>
          <dt>{t('detail.branch')}</dt>
          <dd>
            {branchName} · {zoneName}
          </dd>
        </div>
      </dl>

      <h4 className="issue-detail__subhead">{t('detail.actions')}</h4>
      {saved && (
        <p className="issue-detail__saved" role="status">
          {saved}
        </p>
      )}
      {allowed.length === 0 ? (
        <p className="issue-detail__none">{t(`detail.${waitingFor(account.role, issue.status)}`)}</p>
      ) : (
        <div className="issue-detail__actions" role="group" aria-label={t('detail.actions')}>
          {allowed.map((a) => (
            <button key={a} type="button" className="ui-button" aria-pressed={action === a} onClick={() => begin(a)}>
              {t(`actions.${a}`)}
            </button>
          ))}
        </div>
      )}
      {action && restored && !saved && (
        <p className="issue-detail__saved" role="status">
          {t('form.restored')}
        </p>
      )}
      {action && stale && <ConflictNotice seen={basis.data} now={issue} action={action} onApplyAgain={applyAgain} />}
      {refusal && (
        <p className="issue-detail__refusal" role="alert">
          {refusal}
        </p>
      )}
      {action && (
        <TransitionForm
          issue={issue}
          action={action}
          draft={draft}
          onDraft={setDraft}
          onSubmit={(d) => send(basis, d)}
          onCancel={() => {
            setAction(null);
            setFrozen(null);
            transition.reset();
          }}
          busy={transition.isPending}
          // After a 412 that moved the issue on, the action may no longer apply: the draft stays, the button does not.
          blocked={!allowed.includes(action)}
          error={writeError}
          now={now}
        />
      )}

      <h4 className="issue-detail__subhead">{t('detail.timeline')}</h4>
      <ol className="issue-timeline">
        {issue.history.map((h) => (
          <li key={h.version} className="issue-timeline__entry">
            <p className="issue-timeline__line">
              <time dateTime={h.at}>{formatDateTime(h.at, language)}</time>
              <span className="issue-timeline__who">{h.actorName}</span>
              <span className="issue-timeline__what">{h.action === 'create' ? t('detail.created') : t(`actions.${h.action}`)}</span>
              <span className="issue-timeline__move">
                {h.from ? `${tApp(`enums.status.${h.from}`)} → ` : ''}
                {tApp(`enums.status.${h.to}`)}
              </span>
            </p>
            {h.comment && <p className="issue-timeline__comment">{h.comment}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
