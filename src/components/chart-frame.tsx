import { useId, useState, type ReactNode } from 'react';
import { updatingProps } from './states';
import './chart-frame.css';

export interface ChartFrameProps {
  title: string;
  /** The chart's accessible name: what it shows and what stands out, in a sentence. */
  label: string;
  /** The same data as a table: the chart's text alternative, one click away for everyone. */
  table: ReactNode;
  showTableLabel: string;
  showChartLabel: string;
  /** Beside the title (an export button…). */
  tools?: ReactNode;
  className?: string;
  /** Still the last window's or filter's figures, the new ones on their way: marked (UPDATING_CLASS) and aria-busy. */
  updating?: boolean;
  /** A line under the chart or its table that qualifies the figures (a partial last month…). */
  note?: string;
  children: ReactNode;
}

/** A frame's class and aria-busy: its own class, marked while it shows the last figures. */
export const frameProps = (className: string | undefined, updating: boolean) => updatingProps(updating, className ? `chart-frame ${className}` : 'chart-frame');

/** A chart with its title, an accessible name, and a switch to the table of its data. */
export function ChartFrame({ title, label, table, showTableLabel, showChartLabel, tools, className, updating = false, note, children }: ChartFrameProps) {
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  return (
    <section {...frameProps(className, updating)} aria-labelledby={titleId}>
      <header className="chart-frame__head">
        <h3 id={titleId} className="chart-frame__title">
          {title}
        </h3>
        <div className="chart-frame__tools">
          {tools}
          <button type="button" className="ui-button chart-frame__switch" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
            {asTable ? showChartLabel : showTableLabel}
          </button>
        </div>
      </header>
      {asTable ? (
        // It scrolls: focusable, so that a keyboard can scroll it too (and named for that stop).
        <div className="chart-frame__table" tabIndex={0} role="region" aria-labelledby={titleId}>
          {table}
        </div>
      ) : (
        <div className="chart-frame__chart" role="img" aria-label={note ? `${label}. ${note}` : label}>
          {children}
        </div>
      )}
      {note && <p className="chart-frame__note">{note}</p>}
    </section>
  );
}
