import { useEffect, useRef } from 'react';
import { init, use as registerCharts, type EChartsCoreOption, type EChartsType } from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { useTheme } from '../../../store/hooks';
import { chartTokensOf, rootRemPx, type ChartTokens } from '../lib/chart-tokens';

// Only what the workspace draws: bars and lines on a grid, a legend and a tooltip, as SVG (crisp text at any
// scale, and light: no canvas to re-rasterise on a software-rendered wall).
registerCharts([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** What a click on a chart names: the series (e.g. a category) and the category along the axis (e.g. a month). */
export interface ChartClick {
  seriesIndex: number;
  dataIndex: number;
}

export interface EChartProps {
  /** The option for the theme's tokens; a new function (new data or language) or a new theme redraws. */
  option: (tokens: ChartTokens) => EChartsCoreOption;
  /** A click on a bar or a point. */
  onClick?: (click: ChartClick) => void;
  className?: string;
}

/** One ECharts instance in a box that follows its size; the frame around it names it for screen readers. */
export function EChart({ option, onClick, className }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  // The latest option and click handler, for the resize observer and the chart's events (set up once).
  const latest = useRef({ option, onClick });
  useEffect(() => {
    latest.current = { option, onClick };
  });
  // The root font size the option was drawn for: the type scales with the viewport, so a resize may change it.
  const drawnRem = useRef(0);
  // The tokens change with the theme: a switch redraws with the new ones.
  const theme = useTheme();

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const instance = init(el, null, { renderer: 'svg' });
    chart.current = instance;
    // A viewBox lets the drawing scale with its box where it is not redrawn: printed on A4.
    instance.on('finished', () => el.querySelector('svg')?.setAttribute('viewBox', `0 0 ${instance.getWidth()} ${instance.getHeight()}`));
    instance.on('click', (e) => latest.current.onClick?.({ seriesIndex: e.seriesIndex ?? 0, dataIndex: e.dataIndex }));
    const fit = () => {
      instance.resize();
      if (rootRemPx() !== drawnRem.current) draw(instance, el, latest.current.option, drawnRem);
    };
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    window.addEventListener('resize', fit);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', fit);
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const el = box.current;
    if (el && chart.current) draw(chart.current, el, option, drawnRem);
  }, [option, theme]);

  return <div ref={box} className={className ? `echart ${className}` : 'echart'} />;
}

function draw(instance: EChartsType, el: Element, option: EChartProps['option'], drawnRem: { current: number }) {
  const tokens = chartTokensOf(el);
  drawnRem.current = tokens.size.rem;
  instance.setOption(option(tokens), { notMerge: true });
}
