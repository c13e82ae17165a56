import { formatCount } from '../../../lib/format-number';
import type { Language } from '../../../lib/view-options';
import type { ChartTokens } from './chart-tokens';
import { monthLabel } from './series';

/** What every monthly chart shares: the months along x, counts up y (万 for Chinese readers), legend, tooltip, type. */
export function monthAxesOption(months: readonly string[], k: ChartTokens, language: Language) {
  const axisText = { color: k.muted, fontFamily: k.font, fontSize: 12 };
  return {
    animation: false,
    textStyle: { fontFamily: k.font, color: k.text },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, textStyle: { color: k.text, fontFamily: k.font, fontSize: 13 }, itemWidth: 14, itemHeight: 10 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      backgroundColor: k.surface,
      borderColor: k.border,
      textStyle: { color: k.text, fontFamily: k.font },
      valueFormatter: (v: unknown) => formatCount(typeof v === 'number' ? v : null, language),
    },
    xAxis: {
      type: 'category',
      data: months.map((m) => monthLabel(m, language)),
      axisLabel: axisText,
      axisLine: { lineStyle: { color: k.border } },
      axisTick: { show: false },
    },
    yAxis: {
      type: 'value',
      axisLabel: { ...axisText, formatter: (v: number) => formatCount(v, language, true) },
      splitLine: { lineStyle: { color: k.border, opacity: 0.6 } },
    },
  };
}
