import { useTranslation } from 'react-i18next';
import { useIndicatorRankings } from '../../../api/queries/indicators';
import type { RankingSubject } from '../../../api/queries/indicators';
import { PanelSection } from '../../../components/panel';
import { LoadingState } from '../../../components/states';
import { useSettledFilterWindow } from '../../../data/use-violation-table';
import { formatColumn } from '../../../lib/format-number';
import { indicatorLabel, indicatorUnitSuffix } from '../../../lib/indicator-labels';
import { useLanguage } from '../../../store/hooks';
import { compareWithSiblings } from '../lib/branch-view';

/** What a secretary is measured on, in the order a branch meeting reads them (safety, then closure, then the grid). */
export const BRANCH_KPI_KEYS = [
  'violations_per_100_operations',
  'severe_share',
  'members_without_violation_rate',
  'issue_closure_rate',
  'on_time_closure_rate',
  'overdue_open_issues',
  'transformer_district_coverage',
] as const satisfies readonly RankingSubject['key'][];

/**
 * The branch's KPIs over the map's time window against the branches of its district bureau: its value,
 * their mean and its place (rankings are aggregates anyone signed in may read, so this shows out of scope too).
 */
export function BranchKpis({ branchId, unitId }: { branchId: string; unitId: string }) {
  const { t } = useTranslation('branch');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  const { window } = useSettledFilterWindow();
  const rankings = useIndicatorRankings(window ? { level: 'unit', id: unitId, childLevel: 'branch', from: window.from, to: window.to } : null, BRANCH_KPI_KEYS);
  const first = rankings.find((r) => r.data)?.data;
  return (
    <PanelSection title={first ? `${t('kpis.title')} · ${t('kpis.window', { from: first.from, to: first.to })}` : t('kpis.title')}>
      {!first && rankings.some((r) => r.isPending) && <LoadingState>{t('loading')}</LoadingState>}
      {first && (
        <table className="branch-table branch-kpis">
          <caption className="visually-hidden">{t('kpis.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('kpis.indicator')}</th>
              <th scope="col">{t('kpis.value')}</th>
              <th scope="col">{t('kpis.average')}</th>
              <th scope="col">{t('kpis.rank')}</th>
            </tr>
          </thead>
          <tbody>
            {rankings.map((r, i) => {
              const ranking = r.data;
              if (!ranking) return null;
              const c = compareWithSiblings(ranking, branchId);
              const unit = indicatorUnitSuffix(ranking, language, tc('details.unitDays'));
              // The unit goes once, with the label: the three figures of a row stay short enough to sit side by side.
              const [value, average] = formatColumn([c.value, c.average], ranking.unit, language);
              return (
                <tr key={BRANCH_KPI_KEYS[i]} title={ranking.definition.formula}>
                  <th scope="row">
                    {indicatorLabel(ranking, language)}
                    {unit && <span className="branch-kpis__unit">{unit}</span>}
                  </th>
                  <td className={['branch-kpis__value', c.standing && `branch-kpis__value--${c.standing}`, c.side && `branch-kpis__value--${c.side}`].filter(Boolean).join(' ')}>
                    {value}
                    {c.standing && <span className="visually-hidden"> {t(`kpis.standing.${c.standing}`)}</span>}
                  </td>
                  <td>{average}</td>
                  <td>{c.rank === null ? '—' : `${c.rank}/${c.of}`}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </PanelSection>
  );
}
