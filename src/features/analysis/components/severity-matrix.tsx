import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { severities } from '../../../api/schemas/enums';
import { frameProps } from '../../../components/chart-frame';
import { ErrorState, LoadingState } from '../../../components/states';
import { formatCount } from '../../../lib/format-number';
import { useLanguage } from '../../../store/hooks';
import { severityMatrix } from '../lib/series';
import { useAnalysisStrings } from '../strings';
import { useLevelBreakdown, type Level } from '../hooks/use-level';
import { FilterButton } from './filter-button';
import { RecordsButton } from './records-button';

/**
 * Category × severity over the window, as a shaded table: the matrix is its own table view (every
 * number is text), and the shading (one hue, darker for more) lets the largest cells stand out.
 */
export function SeverityMatrix({ level }: { level: Level }) {
  const { t } = useTranslation();
  const s = useAnalysisStrings();
  const language = useLanguage();
  const breakdown = useLevelBreakdown(level);
  const titleId = 'analysis-matrix-title';
  let body;
  if (breakdown.isError) body = <ErrorState>{s.failed}</ErrorState>;
  else if (!breakdown.data) body = <LoadingState>{s.loading}</LoadingState>;
  else {
    const m = severityMatrix(breakdown.data.matrix);
    // At least a tint for a non-zero cell, so that it reads apart from zero.
    const shade = (n: number) => (n === 0 || m.max === 0 ? 0 : Math.round(6 + (n / m.max) * 40));
    body = (
      <table className="data-table analysis__matrix" aria-labelledby={titleId}>
        <caption>{s.matrix.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{s.matrix.category}</th>
            {severities.map((sev) => (
              <th key={sev} scope="col" className="num">
                <FilterButton codes={{ severities: sev }} name={t(`enums.severity.${sev}`)}>
                  {t(`enums.severity.${sev}`)}
                </FilterButton>
              </th>
            ))}
            <th scope="col" className="num">
              {s.matrix.total}
            </th>
          </tr>
        </thead>
        <tbody>
          {m.rows.map((row) => (
            <tr key={row.category}>
              <th scope="row">
                <FilterButton codes={{ categories: row.category }} name={t(`enums.category.${row.category}`)}>
                  {t(`enums.category.${row.category}`)}
                </FilterButton>
              </th>
              {severities.map((sev) => (
                <td key={sev} className="num analysis__cell" style={{ '--shade': `${shade(row.cells[sev])}%` } as CSSProperties}>
                  <RecordsButton href={row.records[sev]} count={row.cells[sev]} name={`${t(`enums.category.${row.category}`)} · ${t(`enums.severity.${sev}`)}`} />
                </td>
              ))}
              <td className="num">{formatCount(row.total, language)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{s.matrix.total}</th>
            {severities.map((sev) => (
              <td key={sev} className="num">
                {formatCount(m.columnTotals[sev], language)}
              </td>
            ))}
            <td className="num">{formatCount(m.total, language)}</td>
          </tr>
        </tfoot>
      </table>
    );
  }
  return (
    <section {...frameProps('analysis__matrix-frame', breakdown.isPlaceholderData)} aria-labelledby={titleId}>
      <header className="chart-frame__head">
        <h3 id={titleId} className="chart-frame__title">
          {s.matrix.title}
        </h3>
      </header>
      {body}
    </section>
  );
}
