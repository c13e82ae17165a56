import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { issueStatuses } from '../../../api/schemas/enums';
import { ISSUE_SORTS, normaliseCodes, type IssueSort, type IssuesView } from '../../../lib/url-state';
import { useRefineIssues } from '../../../store/hooks';

/** State checkboxes, "overdue only" and the order: each change lands in the URL (no history entry). */
export function IssueFilters({ view }: { view: IssuesView }) {
  const { t } = useTranslation('issues');
  const { t: tApp } = useTranslation();
  const refine = useRefineIssues();
  const sortId = useId();
  return (
    <div className="issue-filters" role="group" aria-label={t('filters.legend')}>
      <fieldset className="issue-filters__states">
        <legend>{t('filters.states')}</legend>
        {issueStatuses.map((status) => (
          <label key={status} className="issue-filters__check">
            <input
              type="checkbox"
              checked={view.states.includes(status)}
              onChange={(e) =>
                refine({ states: normaliseCodes(issueStatuses, e.target.checked ? [...view.states, status] : view.states.filter((s) => s !== status)) })
              }
            />
            {tApp(`enums.status.${status}`)}
          </label>
        ))}
      </fieldset>
      <label className="issue-filters__check issue-filters__late">
        <input type="checkbox" checked={view.lateOnly} onChange={(e) => refine({ lateOnly: e.target.checked })} />
        {t('filters.lateOnly')}
      </label>
      <div className="issue-filters__sort">
        <label htmlFor={sortId}>{t('filters.sort')}</label>
        <select id={sortId} value={view.sort} onChange={(e) => refine({ sort: e.target.value as IssueSort })}>
          {ISSUE_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`filters.sorts.${sort}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
