import { formatCount } from '../../../lib/format-number';
import { useLanguage } from '../../../store/hooks';
import { monthLabel } from '../lib/series';

export interface MonthColumn {
  key: string;
  name: string;
  values: readonly number[];
}

/** A monthly series as a table: the chart's data for a screen reader, or for anyone who wants the numbers. */
export function MonthTable({ caption, monthHeader, months, columns }: { caption: string; monthHeader: string; months: readonly string[]; columns: readonly MonthColumn[] }) {
  const language = useLanguage();
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{monthHeader}</th>
          {columns.map((c) => (
            <th key={c.key} scope="col" className="num">
              {c.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {months.map((m, i) => (
          <tr key={m}>
            <th scope="row">{monthLabel(m, language)}</th>
            {columns.map((c) => (
              <td key={c.key} className="num">
                {formatCount(c.values[i] ?? 0, language)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
