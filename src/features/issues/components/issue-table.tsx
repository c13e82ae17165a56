import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Issue } from '../../../api/schemas/issues';
import { formatDay } from '../../../lib/time-window';
import { useLanguage } from '../../../store/hooks';
import { dueOf, type Due } from '../lib/issue-view';

/** Rows shown at first; a long list (closed issues) grows by this many on request, never all at once. */
const PAGE_ROWS = 100;

export function DueText({ due }: { due: Due }) {
  const { t } = useTranslation('issues');
  switch (due.kind) {
    case 'closed':
      return <span className="due due--closed">{due.daysLate > 0 ? t('due.closedLate', { count: due.daysLate }) : t('due.closed')}</span>;
    case 'left':
      return <span className="due due--left">{t('due.left', { count: due.days })}</span>;
    case 'today':
      return <span className="due due--today">{t('due.today')}</span>;
    case 'overdue':
      return <span className="due due--overdue">{t('due.overdue', { count: due.days })}</span>;
  }
}

/** The issues as a table; a row's title opens its detail (a link: the URL says which issue is open). */
export function IssueTable({ items, openId, now, onOpen }: { items: readonly Issue[]; openId: string | null; now: number; onOpen: (id: string) => void }) {
  const { t } = useTranslation('issues');
  const { t: tApp } = useTranslation();
  const language = useLanguage();
  const [shown, setShown] = useState(PAGE_ROWS);
  const rows = items.slice(0, shown);
  const hrefOf = (id: string) => {
    const params = new URLSearchParams(window.location.search);
    params.set('issue', id);
    return `${window.location.pathname}?${params.toString()}`;
  };

  return (
    <div className="issue-table__scroll">
      <table className="issue-table">
        <caption className="visually-hidden">{t('table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.issue')}</th>
            <th scope="col">{t('table.state')}</th>
            <th scope="col">{t('table.source')}</th>
            <th scope="col">{t('table.severity')}</th>
            <th scope="col">{t('table.deadline')}</th>
            <th scope="col">{t('table.due')}</th>
            <th scope="col">{t('table.assignee')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((issue) => (
            <tr key={issue.id} className={issue.id === openId ? 'issue-table__row--open' : undefined}>
              <th scope="row" className="issue-table__title">
                <a
                  href={hrefOf(issue.id)}
                  aria-current={issue.id === openId ? 'true' : undefined}
                  aria-label={t('table.open', { id: issue.id, title: issue.title })}
                  onClick={(e) => {
                    // A plain click opens in place; a modified click (new tab) follows the link.
                    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
                    e.preventDefault();
                    onOpen(issue.id);
                  }}
                >
                  <span className="issue-table__id">{issue.id}</span>
                  <span className="issue-table__name">{issue.title}</span>
                </a>
              </th>
              <td className="issue-table__wrap">
                <span className={`state-chip state-chip--${issue.status}`}>{tApp(`enums.status.${issue.status}`)}</span>
              </td>
              <td className="issue-table__wrap">{t(`sources.${issue.source}`)}</td>
              <td>{issue.severity ? tApp(`enums.severity.${issue.severity}`) : t('none')}</td>
              <td className="issue-table__num">{formatDay(issue.deadline, language)}</td>
              <td className="issue-table__num issue-table__wrap">
                <DueText due={dueOf(issue, now)} />
              </td>
              <td>{issue.assigneeName ?? t('unassigned')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {items.length === 0 && <p className="issue-table__empty">{t('table.empty')}</p>}
      {items.length > shown && (
        <button type="button" className="ui-button issue-table__more" onClick={() => setShown((n) => n + PAGE_ROWS)}>
          {t('table.more', { count: Math.min(PAGE_ROWS, items.length - shown) })}
        </button>
      )}
    </div>
  );
}
