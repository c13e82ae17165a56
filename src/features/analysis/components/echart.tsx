import { useEffect, useRef } from 'react';
import { init, use as registerCharts, type EChartsCoreOption, type EChartsType } from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { useTheme } from '../../../store/hooks';
import { chartTokensOf, type ChartTokens } from '../lib/chart-tokens';

// Only what the workspace draws: bars and lines on a grid, a legend and a tooltip, as SVG (crisp text at any
// scale, and light: no canvas to re-rasterise on a software-rendered wall).
registerCharts([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export interface EChartProps {
  /** The option for the theme's tokens; a new function (new data or language) or a new theme redraws. */
  option: (tokens: ChartTokens) => EChartsCoreOption;
  className?: string;
}

/** One ECharts instance in a box that follows its size; the frame around it names it for screen readers. */
export function EChart({ option, className }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  // The tokens change with the theme: a switch redraws with the new ones.
  const theme = useTheme();

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const instance = init(el, null, { renderer: 'svg' });
    chart.current = instance;
    // A viewBox lets the drawing scale with its box where it is not redrawn: printed on A4.
    instance.on('finished', () => el.querySelector('svg')?.setAttribute('viewBox', `0 0 ${instance.getWidth()} ${instance.getHeight()}`));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const el = box.current;
    if (el && chart.current) chart.current.setOption(option(chartTokensOf(el)), { notMerge: true });
  }, [option, theme]);

  return <div ref={box} className={className ? `echart ${className}` : 'echart'} />;
}
