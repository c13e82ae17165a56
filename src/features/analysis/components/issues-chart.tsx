import { useCallback, useMemo } from 'react';
import { ChartFrame } from '../../../components/chart-frame';
import { LoadingState } from '../../../components/states';
import { OKABE_ITO } from '../../../layers/palette';
import { formatCount } from '../../../lib/format-number';
import { partialLastMonth } from '../../../lib/time-window';
import { useLanguage } from '../../../store/hooks';
import { cssColor, type ChartTokens } from '../lib/chart-tokens';
import { fadePartial, monthAxesOption } from '../lib/month-axes';
import { issueTrend, lastWholeMonth, monthLabel } from '../lib/series';
import { fill, useAnalysisStrings } from '../strings';
import { useLevelMonths, type Level } from '../hooks/use-level';
import { EChart } from './echart';
import { MonthTable } from './month-table';

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Issues opened (bars) against issues closed (a line) per month: is the loop keeping up? */
export function IssuesChart({ level }: { level: Level }) {
  const s = useAnalysisStrings();
  const language = useLanguage();
  const series = useLevelMonths(level);
  const trend = useMemo(() => (series.data ? issueTrend(series.data.points) : null), [series.data]);
  const dataTo = level.extent?.to;
  const partial = useMemo(() => (trend && dataTo ? partialLastMonth(trend.months, dataTo) : null), [trend, dataTo]);

  const option = useCallback(
    (k: ChartTokens) =>
      trend
        ? {
            ...monthAxesOption(trend.months, k, language),
            series: [
              { type: 'bar', name: s.issues.opened, data: fadePartial(trend.opened, partial), barCategoryGap: '25%', itemStyle: { color: cssColor(OKABE_ITO.blue) } },
              // Closed as a line over the bars: where it runs below them, the backlog grows.
              { type: 'line', name: s.issues.closed, data: trend.closed, symbol: 'none', lineStyle: { width: k.size.line, color: cssColor(OKABE_ITO.orange) }, itemStyle: { color: cssColor(OKABE_ITO.orange) } },
            ],
          }
        : {},
    [trend, partial, language, s],
  );

  if (!trend) return <LoadingState>{s.loading}</LoadingState>;
  const label = fill(s.issues.label, {
    opened: formatCount(sum(trend.opened), language),
    closed: formatCount(sum(trend.closed), language),
    // The last whole month: a partial one would read as a fall.
    lastMonth: monthLabel(trend.months[lastWholeMonth(trend.months.length, partial)] ?? '', language),
    lastOpened: formatCount(trend.opened[lastWholeMonth(trend.opened.length, partial)] ?? 0, language),
    lastClosed: formatCount(trend.closed[lastWholeMonth(trend.closed.length, partial)] ?? 0, language),
  });
  return (
    <ChartFrame
      className="analysis__issues"
      updating={series.isPlaceholderData}
      note={partial ? fill(s.chart.partialMonth, { month: monthLabel(partial.month, language), days: partial.days }) : undefined}
      title={s.issues.title}
      label={label}
      showTableLabel={s.chart.showTable}
      showChartLabel={s.chart.showChart}
      table={
        <MonthTable
          caption={s.issues.title}
          monthHeader={s.trend.month}
          months={trend.months}
          columns={[
            { key: 'opened', name: s.issues.opened, values: trend.opened },
            { key: 'closed', name: s.issues.closed, values: trend.closed },
          ]}
        />
      }
    >
      <EChart option={option} className="analysis__issues-chart" />
    </ChartFrame>
  );
}
