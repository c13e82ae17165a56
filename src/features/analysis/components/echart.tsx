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
  /** A drag across the plot (a brush): the first and last category along the axis it covered, in order. */
  onBrush?: (range: { first: number; last: number }) => void;
  /** What a drag does, as the brushable chart's tooltip (the chart frame's hint says it in words too). */
  brushLabel?: string;
  className?: string;
}

/** A press that moves less than this is a click, not a brush. */
const BRUSH_MIN_PX = 6;

/** One ECharts instance in a box that follows its size; the frame around it names it for screen readers. */
export function EChart({ option, onClick, onBrush, brushLabel, className }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const band = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  // The latest option and handlers, for the resize observer and the chart's events (set up once).
  const latest = useRef({ option, onClick, onBrush });
  useEffect(() => {
    latest.current = { option, onClick, onBrush };
  });
  // The tokens the option was last drawn with, for the theme they were read under: reading them forces a style
  // recalculation, so they are read again only for another theme, or when a resize changed the root font size
  // (the type scales with the viewport).
  const drawn = useRef<DrawnTokens | null>(null);
  const theme = useTheme();

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const instance = init(el, null, { renderer: 'svg' });
    chart.current = instance;
    // A drag across the plot brushes a range of the axis; the click that ends a drag is not a click on a bar.
    let brush: { startX: number; x: number } | null = null;
    let brushedAt = 0;
    const zr = instance.getZr();
    const showBand = (a: number, b: number) => {
      const el = band.current;
      if (!el) return;
      el.style.left = `${Math.min(a, b)}px`;
      el.style.width = `${Math.abs(b - a)}px`;
      el.hidden = false;
    };
    zr.on('mousedown', (e) => {
      if (latest.current.onBrush && instance.containPixel({ gridIndex: 0 }, [e.offsetX, e.offsetY])) brush = { startX: e.offsetX, x: e.offsetX };
    });
    zr.on('mousemove', (e) => {
      if (!brush) return;
      brush.x = e.offsetX;
      if (Math.abs(brush.x - brush.startX) >= BRUSH_MIN_PX) showBand(brush.startX, brush.x);
    });
    const endBrush = (e: { offsetX: number; offsetY: number }) => {
      const done = brush;
      brush = null;
      if (band.current) band.current.hidden = true;
      if (!done || Math.abs(e.offsetX - done.startX) < BRUSH_MIN_PX) return;
      // The grid's data coordinates of both ends: along a category axis, the category's index.
      const [a, b] = [done.startX, e.offsetX].map((x) => {
        const point = instance.convertFromPixel({ gridIndex: 0 }, [x, e.offsetY]) as number[] | undefined;
        return Math.round(Number(point?.[0]));
      });
      if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b)) return;
      brushedAt = performance.now();
      latest.current.onBrush?.({ first: Math.min(a, b), last: Math.max(a, b) });
    };
    zr.on('mouseup', endBrush);
    zr.on('globalout', () => {
      brush = null;
      if (band.current) band.current.hidden = true;
    });
    instance.on('click', (e) => {
      if (performance.now() - brushedAt < 300) return;
      latest.current.onClick?.({ seriesIndex: e.seriesIndex ?? 0, dataIndex: e.dataIndex });
    });
    // Printing, the box's height follows the drawing (scaled by its viewBox): a resize measured there would read
    // the box with the drawing hidden, height 0, and keep it. The screen's drawing prints as it is.
    const printing = window.matchMedia('print');
    const fit = () => {
      if (printing.matches) return;
      instance.resize();
      if (drawn.current && rootRemPx() !== drawn.current.tokens.size.rem) draw(instance, latest.current.option, (drawn.current = { theme: drawn.current.theme, tokens: chartTokensOf(el) }));
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
    if (!el || !chart.current) return;
    if (drawn.current?.theme !== theme) drawn.current = { theme, tokens: chartTokensOf(el) };
    draw(chart.current, option, drawn.current);
  }, [option, theme]);

  const chartBox = <div ref={box} className={className ? `echart ${className}` : 'echart'} />;
  if (!onBrush) return chartBox;
  return (
    <div className="echart-brushable" title={brushLabel}>
      {chartBox}
      <div ref={band} className="echart-brushable__band" hidden aria-hidden="true" />
    </div>
  );
}

interface DrawnTokens {
  theme: string;
  tokens: ChartTokens;
}

// Each option states the whole chart. Its series replace the last ones; the components (axes, legend, tooltip)
// are updated in place: made again at every draw, as `notMerge` does, the tooltip measures the page's layout
// each time, just after a cross-filter changed the tables (a trend's draw at 10⁶, unminified: 22–73 ms → 10–26 ms).
function draw(instance: EChartsType, option: EChartProps['option'], drawn: DrawnTokens) {
  instance.setOption(option(drawn.tokens), { replaceMerge: ['series'] });
}
