import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Breakdown, IndicatorReport } from '../../../api/schemas/indicators';
import { frameProps } from '../../../components/chart-frame';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { formatCount, formatValue } from '../../../lib/format-number';
import { useLanguage } from '../../../store/hooks';
import { fill, useAnalysisStrings } from '../strings';
import { useLevelBreakdown, type Level } from '../hooks/use-level';
import { FilterButton } from './filter-button';
import { RecordsButton } from './records-button';
import { RecordsList } from './records-list';

/** A titled panel whose figure is a table (every number is text; bars only repeat them). */
function TablePanel({ id, title, className, updating = false, children }: { id: string; title: string; className: string; updating?: boolean; children: ReactNode }) {
  return (
    <section {...frameProps(className, updating)} aria-labelledby={id}>
      <header className="chart-frame__head">
        <h3 id={id} className="chart-frame__title">
          {title}
        </h3>
      </header>
      {children}
    </section>
  );
}

/** A bar for a number already in the row, relative to the column's largest. */
function Bar({ value, max, tone = 'accent' }: { value: number; max: number; tone?: 'accent' | 'bad' }) {
  return (
    <span className="analysis__bar-track" aria-hidden="true">
      <span className={`analysis__bar analysis__bar--${tone}`} style={{ width: `${max > 0 ? (value / max) * 100 : 0}%` }} />
    </span>
  );
}

function useBreakdownState(level: Level): { data: Breakdown | undefined; fallback: ReactNode; updating: boolean } {
  const s = useAnalysisStrings();
  const breakdown = useLevelBreakdown(level);
  if (breakdown.isError) return { data: undefined, fallback: <ErrorState>{s.failed}</ErrorState>, updating: false };
  if (!breakdown.data) return { data: undefined, fallback: <LoadingState>{s.loading}</LoadingState>, updating: false };
  return { data: breakdown.data, fallback: null, updating: breakdown.isPlaceholderData };
}

/** Found → assigned → rectifying → awaiting verification → closed: where the window's issues are now. */
export function ClosureFunnel({ level }: { level: Level }) {
  const { t } = useTranslation();
  const s = useAnalysisStrings();
  const language = useLanguage();
  const { data, fallback, updating } = useBreakdownState(level);
  const id = 'analysis-funnel-title';
  if (!data) return <TablePanel id={id} title={s.funnel.title} className="analysis__funnel">{fallback}</TablePanel>;
  const max = Math.max(0, ...data.funnel.map((f) => f.atOrBeyond));
  return (
    <TablePanel id={id} title={s.funnel.title} className="analysis__funnel" updating={updating}>
      <table className="data-table" aria-labelledby={id}>
        <caption>{s.funnel.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{s.funnel.stage}</th>
            <th scope="col" className="num">
              {s.funnel.reached}
            </th>
            <td className="analysis__bar-col" aria-hidden="true" />
            <th scope="col" className="num">
              {s.funnel.now}
            </th>
            <th scope="col" className="num">
              {s.funnel.overdue}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.funnel.map((f) => (
            <tr key={f.status}>
              <th scope="row">
                <FilterButton codes={{ statuses: f.status }} name={t(`enums.status.${f.status}`)}>
                  {t(`enums.status.${f.status}`)}
                </FilterButton>
              </th>
              <td className="num">{formatCount(f.atOrBeyond, language)}</td>
              <td className="analysis__bar-col">
                <Bar value={f.atOrBeyond} max={max} />
              </td>
              <td className="num">
                <RecordsButton href={f.records} count={f.issues} name={fill(s.funnel.recordsNow, { stage: t(`enums.status.${f.status}`) })} />
              </td>
              <td className={f.overdue > 0 ? 'num analysis__overdue' : 'num'}>
                <RecordsButton href={f.overdueRecords} count={f.overdue} name={fill(s.funnel.recordsOverdue, { stage: t(`enums.status.${f.status}`) })} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TablePanel>
  );
}

/** Violations by work type, with the work done where it is tallied (units and branches): the honest rate. */
export function WorkTypes({ level }: { level: Level }) {
  const { t } = useTranslation();
  const s = useAnalysisStrings();
  const language = useLanguage();
  const { data, fallback, updating } = useBreakdownState(level);
  const id = 'analysis-work-types-title';
  if (!data) return <TablePanel id={id} title={s.workTypes.title} className="analysis__work-types">{fallback}</TablePanel>;
  const max = Math.max(0, ...data.byWorkType.map((w) => w.violations));
  return (
    <TablePanel id={id} title={s.workTypes.title} className="analysis__work-types" updating={updating}>
      <table className="data-table" aria-labelledby={id}>
        <caption>{s.workTypes.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{s.workTypes.workType}</th>
            <th scope="col" className="num">
              {s.workTypes.violations}
            </th>
            <td className="analysis__bar-col" aria-hidden="true" />
            <th scope="col" className="num">
              {s.workTypes.operations}
            </th>
            <th scope="col" className="num">
              {s.workTypes.rate}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.byWorkType.map((w) => (
            <tr key={w.workType}>
              <th scope="row">
                <FilterButton codes={{ workTypes: w.workType }} name={t(`enums.workType.${w.workType}`)}>
                  {t(`enums.workType.${w.workType}`)}
                </FilterButton>
              </th>
              <td className="num">
                <RecordsButton href={w.records} count={w.violations} name={t(`enums.workType.${w.workType}`)} />
              </td>
              <td className="analysis__bar-col">
                <Bar value={w.violations} max={max} />
              </td>
              <td className="num">{formatCount(w.operations, language)}</td>
              <td className="num">{formatValue(w.violationsPer100Operations, 'per100', language, 2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TablePanel>
  );
}

/**
 * The level's open issues past their deadline, the longest overdue first (the figure's own records,
 * sorted by deadline): what a report on a district bureau, branch or zone must list, on screen and printed.
 * It does not follow the filters.
 */
export const OverdueIssues = memo(function OverdueIssues({ report }: { report: IndicatorReport }) {
  const s = useAnalysisStrings();
  const records = report.indicators.find((i) => i.key === 'overdue_open_issues')?.records;
  return (
    <TablePanel id="analysis-overdue-title" title={s.overdueIssues.title} className="analysis__overdue-issues">
      {records ? <RecordsList href={`${records.href}&sort=deadline`} rows="numerator" compact /> : <EmptyState>{s.overdueIssues.none}</EmptyState>}
    </TablePanel>
  );
});
