import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { recordQueries, recordsListOf } from '../../../api/queries/records';
import { ErrorState, LoadingState } from '../../../components/states';
import { formatCount } from '../../../lib/format-number';
import { formatDateTime } from '../../../lib/format-time';
import { useLanguage, usePlace, useTheme } from '../../../store/hooks';
import { fill, useAnalysisStrings } from '../strings';
import { issueHref, violationMapHref, type LinkContext } from '../lib/record-links';

const PAGE = 20;

/**
 * A page of the violations or issues behind a figure, each with a link to where it is seen (the map).
 * `compact` (a panel beside others): issues without their creation time, their lateness in the deadline's cell.
 */
export function RecordsList({ href, rows, compact = false }: { href: string; rows: 'numerator' | 'inputs'; compact?: boolean }) {
  const { t } = useTranslation();
  const s = useAnalysisStrings();
  const language = useLanguage();
  const context: LinkContext = { place: usePlace(), lang: language, theme: useTheme() };
  const [offset, setOffset] = useState(0);
  const listed = recordsListOf(href) !== null;
  const query = useQuery({ ...recordQueries.page(href, offset, PAGE), enabled: listed, placeholderData: keepPreviousData });
  if (!listed) return <p>{s.explain.recordsNone}</p>;
  if (query.isError) return <ErrorState>{s.failed}</ErrorState>;
  if (!query.data) return <LoadingState>{s.loading}</LoadingState>;
  const { list, page } = query.data;
  const total = page.total;
  const note = fill(rows === 'numerator' ? s.explain.recordsNumerator : s.explain.recordsInputs, { total: formatCount(total, language) });
  const status = (code: string, overdue: boolean) => `${t(`enums.status.${code}` as 'enums.status.found')}${overdue ? ` · ${s.explain.overdue}` : ''}`;

  let table;
  if (total === 0) table = <p>{s.explain.empty}</p>;
  else if (list === 'violations') {
    table = (
      <table className="data-table explain-dialog__table">
        <caption className="visually-hidden">{note}</caption>
        <thead>
          <tr>
            <th scope="col">{s.explain.time}</th>
            <th scope="col">{t('details.category')}</th>
            <th scope="col">{t('details.workType')}</th>
            <th scope="col">{s.explain.description}</th>
            <th scope="col">{s.explain.status}</th>
            <th scope="col">{s.explain.link}</th>
          </tr>
        </thead>
        <tbody>
          {page.items.map((v) => (
            <tr key={v.id}>
              <td className="nowrap">{formatDateTime(v.occurredAt, language)}</td>
              <td>
                {t(`enums.category.${v.category}`)} · {t(`enums.severity.${v.severity}`)}
              </td>
              <td>{t(`enums.workType.${v.workType}`)}</td>
              <th scope="row">{v.description}</th>
              <td>{status(v.issueStatus, v.issueOverdue)}</td>
              <td>
                <a href={violationMapHref(v.id, context)}>{s.explain.onMap}</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  } else {
    table = (
      <table className="data-table explain-dialog__table">
        <caption className="visually-hidden">{note}</caption>
        <thead>
          <tr>
            {!compact && <th scope="col">{s.explain.created}</th>}
            <th scope="col">{s.explain.description}</th>
            <th scope="col">{s.explain.status}</th>
            <th scope="col">{s.explain.deadline}</th>
            <th scope="col">{s.explain.link}</th>
          </tr>
        </thead>
        <tbody>
          {page.items.map((issue) => (
            <tr key={issue.id}>
              {!compact && <td className="nowrap">{formatDateTime(issue.createdAt, language)}</td>}
              <th scope="row">{issue.title}</th>
              <td className="keep-words">{status(issue.status, issue.overdue && !compact)}</td>
              <td className="keep-words">
                <span className="nowrap">{issue.deadline}</span>
                {issue.overdue && issue.daysOverdue > 0 && (
                  <>
                    {' '}
                    <span className="records__late">· {fill(issue.daysOverdue === 1 ? s.explain.dayOverdue : s.explain.daysOverdue, { days: issue.daysOverdue })}</span>
                  </>
                )}
              </td>
              <td>
                <a href={issueHref(issue, context)}>{issue.violationId ? s.explain.onMap : s.explain.inIssues}</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  const last = Math.min(total, offset + page.items.length);
  return (
    <>
      <p className="explain-dialog__note">{note}</p>
      {/* Focusable, so that a keyboard can scroll it. */}
      <div className="explain-dialog__scroll" tabIndex={0} role="region" aria-label={note}>
        {table}
      </div>
      {total > PAGE && (
        <nav className="explain-dialog__pager" aria-label={s.explain.records}>
          <button type="button" className="ui-button" disabled={offset === 0 || query.isFetching} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
            {s.explain.previous}
          </button>
          <span aria-live="polite">{fill(s.explain.page, { first: formatCount(offset + 1, language), last: formatCount(last, language), total: formatCount(total, language) })}</span>
          <button type="button" className="ui-button" disabled={last >= total || query.isFetching} onClick={() => setOffset(offset + PAGE)}>
            {s.explain.next}
          </button>
        </nav>
      )}
    </>
  );
}
