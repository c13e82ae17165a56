import { useCallback, useMemo } from 'react';
import { ChartFrame } from '../../../components/chart-frame';
import { LoadingState } from '../../../components/states';
import { OKABE_ITO } from '../../../layers/palette';
import { formatCount } from '../../../lib/format-number';
import { lastWholeMonth } from '../../../lib/time-window';
import { useLanguage } from '../../../store/hooks';
import { cssColor, type ChartTokens } from '../lib/chart-tokens';
import { fadePartial, monthAxesOption, partialMonthNote, splitPartialLine } from '../lib/month-axes';
import { issueTrend, monthLabel } from '../lib/series';
import { fill, useAnalysisStrings } from '../strings';
import { useLevelMonths, usePartialMonth, type Level } from '../hooks/use-level';
import { EChart } from './echart';
import { MonthTable } from './month-table';

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Issues opened (bars) against issues closed (a line) per month: is the loop keeping up? */
export function IssuesChart({ level }: { level: Level }) {
  const s = useAnalysisStrings();
  const language = useLanguage();
  const series = useLevelMonths(level);
  const trend = useMemo(() => (series.data ? issueTrend(series.data.points) : null), [series.data]);
  const partial = usePartialMonth(trend?.months, level);

  const option = useCallback(
    (k: ChartTokens) => {
      if (!trend) return {};
      const closed = splitPartialLine(trend.closed, partial);
      // Closed as a line over the bars: where it runs below them, the backlog grows.
      const line = (data: (number | null)[], type: 'solid' | 'dashed') => ({
        type: 'line',
        name: s.issues.closed,
        data,
        symbol: 'none',
        lineStyle: { width: k.size.line, color: cssColor(OKABE_ITO.orange), type },
        itemStyle: { color: cssColor(OKABE_ITO.orange) },
      });
      return {
        ...monthAxesOption(trend.months, k, language),
        series: [
          { type: 'bar', name: s.issues.opened, data: fadePartial(trend.opened, partial), barCategoryGap: '25%', itemStyle: { color: cssColor(OKABE_ITO.blue) } },
          line(closed.whole, 'solid'),
          ...(closed.partial ? [line(closed.partial, 'dashed')] : []),
        ],
      };
    },
    [trend, partial, language, s],
  );

  if (!trend) return <LoadingState>{s.loading}</LoadingState>;
  // The last whole month: a partial one would read as a fall.
  const last = lastWholeMonth(trend.months.length, partial);
  const label = fill(s.issues.label, {
    opened: formatCount(sum(trend.opened), language),
    closed: formatCount(sum(trend.closed), language),
    lastMonth: monthLabel(trend.months[last] ?? '', language),
    lastOpened: formatCount(trend.opened[last] ?? 0, language),
    lastClosed: formatCount(trend.closed[last] ?? 0, language),
  });
  return (
    <ChartFrame
      className="analysis__issues"
      updating={series.isPlaceholderData}
      note={partialMonthNote(partial, s.chart.partialMonthLine, language)}
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
