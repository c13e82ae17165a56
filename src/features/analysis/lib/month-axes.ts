import { formatCount } from '../../../lib/format-number';
import type { Language } from '../../../lib/view-options';
import type { ChartTokens } from './chart-tokens';
import type { PartialMonth } from '../../../lib/time-window';
import { fill } from '../strings';
import { monthLabel } from './series';

/**
 * What every monthly chart shares: the months along x, counts up y (万 for Chinese readers), legend,
 * tooltip, type. Every size comes from the tokens' sizes (the root font size), none is written here.
 */
export function monthAxesOption(months: readonly string[], k: ChartTokens, language: Language) {
  const z = k.size;
  const axisText = { color: k.muted, fontFamily: k.font, fontSize: z.text };
  const rule = { color: k.border, width: z.rule };
  return {
    animation: false,
    textStyle: { fontFamily: k.font, color: k.text, fontSize: z.text },
    grid: { left: z.gap, right: z.gap * 2, top: z.legendBand, bottom: z.gap, containLabel: true },
    legend: {
      top: 0,
      left: 0,
      textStyle: { color: k.text, fontFamily: k.font, fontSize: z.text },
      itemWidth: z.swatchWidth,
      itemHeight: z.swatchHeight,
      itemGap: z.gap * 2,
    },
    tooltip: {
      trigger: 'axis',
      // In the chart's own box, as by default, but named: ECharts then stops reading the box's computed
      // style at every draw (a forced style recalculation while a cross-filter redraws the page).
      appendTo: (chartBox: HTMLElement) => chartBox,
      axisPointer: { type: 'shadow' },
      backgroundColor: k.surface,
      borderColor: k.border,
      borderWidth: z.rule,
      padding: z.gap,
      textStyle: { color: k.text, fontFamily: k.font, fontSize: z.text },
      // One row per series name with a value: a line split at a partial month is two series of one name.
      formatter: (params: unknown) => axisTooltip(params, language),
    },
    xAxis: {
      type: 'category',
      data: months.map((m) => monthLabel(m, language)),
      axisLabel: { ...axisText, margin: z.gap },
      axisLine: { lineStyle: rule },
      axisTick: { show: false },
    },
    yAxis: {
      type: 'value',
      axisLabel: { ...axisText, margin: z.gap, formatter: (v: number) => formatCount(v, language, true) },
      splitLine: { lineStyle: { ...rule, opacity: 0.6 } },
    },
  };
}

/** A bar's values with a partial last month's bar faded: not a month's worth, it must not read as a fall. */
export function fadePartial(values: readonly number[], partial: PartialMonth | null) {
  if (!partial) return values;
  return values.map((value, i) => (i === values.length - 1 ? { value, itemStyle: { opacity: 0.45 } } : value));
}

/**
 * A line's values as the data of two series of one name: the whole months drawn solid, the step into a
 * partial last month dashed (a few days' worth, drawn like the rest it reads as a fall). No partial month:
 * the values as they are, and no second series.
 */
export function splitPartialLine(values: readonly number[], partial: PartialMonth | null) {
  const n = values.length;
  if (!partial || n < 2) return { whole: [...values], partial: null };
  return {
    whole: values.map((value, i) => (i < n - 1 ? value : null)),
    partial: values.map((value, i) => (i >= n - 2 ? value : null)),
  };
}

interface AxisTooltipParam {
  seriesName?: string;
  value?: unknown;
  marker?: unknown;
  axisValueLabel?: string;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** An axis tooltip's HTML: the month, then each series name once with its value (series without one left out). */
export function axisTooltip(params: unknown, language: Language): string {
  const list = (Array.isArray(params) ? params : [params]) as AxisTooltipParam[];
  const seen = new Set<string>();
  const rows: string[] = [];
  for (const p of list) {
    const name = p.seriesName ?? '';
    if (typeof p.value !== 'number' || seen.has(name)) continue;
    seen.add(name);
    const marker = typeof p.marker === 'string' ? p.marker : '';
    rows.push(`${marker}${escapeHtml(name)}&emsp;<b>${escapeHtml(formatCount(p.value, language))}</b>`);
  }
  return [escapeHtml(list[0]?.axisValueLabel ?? ''), ...rows].join('<br/>');
}

/** The words under a trend whose last month is in progress (the strings' chart.partialMonth); none otherwise. */
export function partialMonthNote(partial: PartialMonth | null, template: string, language: Language): string | undefined {
  return partial ? fill(template, { month: monthLabel(partial.month, language), days: partial.days }) : undefined;
}
