import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../../components/chart-frame';
import { LoadingState } from '../../../components/states';
import { CATEGORY_COLORS } from '../../../layers/palette';
import { formatCount } from '../../../lib/format-number';
import { useLanguage } from '../../../store/hooks';
import { cssColor, type ChartTokens } from '../lib/chart-tokens';
import { monthAxesOption } from '../lib/month-axes';
import { categoryTrend, monthLabel, type CategoryTrend } from '../lib/series';
import { fill, useAnalysisStrings } from '../strings';
import { useLevelMonths, type Level } from '../hooks/use-level';
import { EChart } from './echart';

/** The 36-month trend of violations, stacked by category, with its table. */
export function TrendChart({ level }: { level: Level }) {
  const { t } = useTranslation();
  const s = useAnalysisStrings();
  const language = useLanguage();
  const series = useLevelMonths(level);
  const trend = useMemo(() => (series.data ? categoryTrend(series.data.points) : null), [series.data]);
  const categoryName = useCallback((c: string) => t(`enums.category.${c}` as 'enums.category.behaviour'), [t]);

  const option = useCallback(
    (k: ChartTokens) => {
      if (!trend) return {};
      return {
        ...monthAxesOption(trend.months, k, language),
        series: trend.byCategory.map(({ category, values }) => ({
          type: 'bar',
          name: categoryName(category),
          stack: 'violations',
          data: values,
          barCategoryGap: '25%',
          itemStyle: { color: cssColor(CATEGORY_COLORS[category], 1) },
          emphasis: { focus: 'series' },
        })),
      };
    },
    [trend, language, categoryName],
  );

  if (!trend) return <LoadingState>{s.loading}</LoadingState>;
  return (
    <ChartFrame
      className="analysis__trend"
      title={s.trend.title}
      label={trendLabel(trend, s.trend.label, language)}
      showTableLabel={s.chart.showTable}
      showChartLabel={s.chart.showChart}
      table={<TrendTable trend={trend} categoryName={categoryName} />}
    >
      <EChart option={option} className="analysis__trend-chart" />
    </ChartFrame>
  );
}

function trendLabel(trend: CategoryTrend, template: string, language: 'zh-CN' | 'en'): string {
  let peak = 0;
  trend.totals.forEach((v, i) => {
    if (v > (trend.totals[peak] ?? 0)) peak = i;
  });
  return fill(template, {
    total: formatCount(trend.totals.reduce((a, b) => a + b, 0), language),
    peak: monthLabel(trend.months[peak] ?? '', language),
    peakValue: formatCount(trend.totals[peak] ?? 0, language),
  });
}

function TrendTable({ trend, categoryName }: { trend: CategoryTrend; categoryName: (c: string) => string }) {
  const s = useAnalysisStrings();
  const language = useLanguage();
  return (
    <table className="data-table">
      <caption>{s.trend.title}</caption>
      <thead>
        <tr>
          <th scope="col">{s.trend.month}</th>
          {trend.byCategory.map((c) => (
            <th key={c.category} scope="col" className="num">
              {categoryName(c.category)}
            </th>
          ))}
          <th scope="col" className="num">
            {s.trend.total}
          </th>
        </tr>
      </thead>
      <tbody>
        {trend.months.map((m, i) => (
          <tr key={m}>
            <th scope="row">{monthLabel(m, language)}</th>
            {trend.byCategory.map((c) => (
              <td key={c.category} className="num">
                {formatCount(c.values[i] ?? 0, language)}
              </td>
            ))}
            <td className="num">{formatCount(trend.totals[i] ?? 0, language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
