import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ISSUE_LIST_CAP, useIssueList } from '../../../api/queries/issue-workspace';
import { useSignedInAccount } from '../../../api/session';
import { useIssuesView, useOpenIssue } from '../../../store/hooks';
import { listFilterOf, sortIssues } from '../lib/issue-view';
import { IssueDetailPanel } from './issue-detail';
import { IssueFilters } from './issue-filters';
import { IssueTable } from './issue-table';
import './issues.css';

/** "Now" for days left: the minute is enough, and a workspace left open all day moves past midnight. */
function useMinute(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(id);
  }, []);
  return now;
}

/**
 * The issues workspace: the caller's issues in scope (a secretary: their branch) as a table, and the
 * open issue's detail beside it with the actions the role may take. Filters, order and the open issue
 * are in the URL.
 */
export function IssuesWorkspace() {
  const { t } = useTranslation('issues');
  const account = useSignedInAccount();
  const view = useIssuesView();
  const openIssue = useOpenIssue();
  const now = useMinute();
  const filter = useMemo(() => (account ? listFilterOf(account, view) : null), [account, view]);
  const list = useIssueList(filter);
  const items = useMemo(() => sortIssues(list.data?.items ?? [], view.sort), [list.data, view.sort]);

  if (!account) return null;
  const title = account.role === 'branch_secretary' ? t('title.mine') : t('title.scope');
  const scope = account.role === 'branch_secretary' ? t('scope.branch') : account.role === 'district_manager' ? t('scope.unit') : t('scope.bureau');

  return (
    <div className={view.open ? 'issues issues--with-detail' : 'issues'}>
      <section className="issues__list" aria-labelledby="issues-title">
        <div className="issues__head">
          <h2 id="issues-title" className="issues__title">
            {title}
          </h2>
          <p className="issues__scope">
            {scope}
            {list.data && (
              <span className="issues__count" role="status">
                {' · '}
                {list.data.total > list.data.items.length
                  ? t('countCapped', { total: list.data.total, count: Math.min(list.data.items.length, ISSUE_LIST_CAP) })
                  : t('count', { count: list.data.total })}
              </span>
            )}
          </p>
        </div>
        <IssueFilters view={view} />
        {list.isPending && filter ? (
          <p role="status">{t('loading')}</p>
        ) : list.error ? (
          <div role="alert" className="issues__failed">
            {t('failed', { detail: list.error.message })}{' '}
            <button type="button" className="ui-button" onClick={() => void list.refetch()}>
              {t('retry')}
            </button>
          </div>
        ) : (
          <IssueTable items={items} openId={view.open} now={now} onOpen={openIssue} />
        )}
      </section>
      {view.open && <IssueDetailPanel key={view.open} id={view.open} account={account} now={now} onClose={() => openIssue(null)} />}
    </div>
  );
}
