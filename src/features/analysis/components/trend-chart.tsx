import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../../components/chart-frame';
import { LoadingState } from '../../../components/states';
import { CATEGORY_COLORS } from '../../../layers/palette';
import { formatCount } from '../../../lib/format-number';
import { useAppStore, useAppStoreApi, useLanguage } from '../../../store/hooks';
import { isolated } from '../lib/cross-filter';
import { cssColor, type ChartTokens } from '../lib/chart-tokens';
import { fadePartial, monthAxesOption, partialMonthNote } from '../lib/month-axes';
import { categoryTrend, monthLabel, monthsWindow, type CategoryTrend } from '../lib/series';
import { fill, useAnalysisStrings } from '../strings';
import { useLevelMonths, usePartialMonth, type Level } from '../hooks/use-level';
import { EChart } from './echart';
import { MonthTable } from './month-table';

/** The 36-month trend of violations, stacked by category, with its table. */
export function TrendChart({ level }: { level: Level }) {
  const { t } = useTranslation();
  const s = useAnalysisStrings();
  const language = useLanguage();
  const series = useLevelMonths(level);
  const trend = useMemo(() => (series.data ? categoryTrend(series.data.points) : null), [series.data]);
  const partial = usePartialMonth(trend?.months, level);
  const categoryName = useCallback((c: string) => t(`enums.category.${c}` as 'enums.category.behaviour'), [t]);
  const store = useAppStoreApi();
  const restoreFilters = useAppStore((state) => state.restoreFilters);
  const changeTimeWindow = useAppStore((state) => state.changeTimeWindow);
  // A click on a category's bar filters by it, as the filter panel would (a second click shows all again).
  const filterByCategory = useCallback(
    ({ seriesIndex }: { seriesIndex: number }) => {
      const category = trend?.byCategory[seriesIndex]?.category;
      if (category) restoreFilters(isolated(store.getState().filters, { categories: category }));
    },
    [trend, store, restoreFilters],
  );

  // A drag across the months makes them the window (the map's timeline's, the URL's from= and to=).
  const brushMonths = useCallback(
    ({ first, last }: { first: number; last: number }) => {
      const months = trend?.months ?? [];
      const clamp = (i: number) => Math.min(months.length - 1, Math.max(0, i));
      const [from, to] = [months[clamp(first)], months[clamp(last)]];
      if (from && to) changeTimeWindow(monthsWindow(from, to));
    },
    [trend, changeTimeWindow],
  );

  const option = useCallback(
    (k: ChartTokens) => {
      if (!trend) return {};
      return {
        ...monthAxesOption(trend.months, k, language),
        series: trend.byCategory.map(({ category, values }) => ({
          type: 'bar',
          name: categoryName(category),
          stack: 'violations',
          data: fadePartial(values, partial),
          barCategoryGap: '25%',
          itemStyle: { color: cssColor(CATEGORY_COLORS[category], 1) },
          cursor: 'pointer',
          emphasis: { focus: 'series' },
        })),
      };
    },
    [trend, partial, language, categoryName],
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
      updating={series.isPlaceholderData}
      note={partialMonthNote(partial, s.chart.partialMonth, language)}
    >
      <EChart option={option} onClick={filterByCategory} onBrush={brushMonths} brushLabel={s.trend.brush} className="analysis__trend-chart" />
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
  const columns = [
    ...trend.byCategory.map((c) => ({ key: c.category, name: categoryName(c.category), values: c.values })),
    { key: 'total', name: s.trend.total, values: trend.totals },
  ];
  return <MonthTable caption={s.trend.title} monthHeader={s.trend.month} months={trend.months} columns={columns} />;
}
