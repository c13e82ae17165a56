import type { CSSProperties, ReactNode } from 'react';
import './kpi-tile.css';

export interface KpiTileProps {
  label: string;
  /** Formatted for the reader (formatValue); '—' for no value. */
  value: string;
  /** The unit, set smaller after the value ('起/百人', '天'): the figure is what is read from afar. */
  unit?: string;
  /** Shown on hover and to screen readers: what the number is (formula, period). */
  definition?: string;
  /** A note under the value (e.g. the numerator and denominator). */
  note?: string;
  /** Colours the value: 'bad' where the figure needs attention. */
  tone?: 'neutral' | 'good' | 'bad';
  /** Under the figure: e.g. its sparkline. */
  children?: ReactNode;
}

/** One key figure: large value, its label, what it means. */
export function KpiTile({ label, value, unit, definition, note, tone = 'neutral', children }: KpiTileProps) {
  return (
    // --figure-chars: the figure's length, for a tile that sizes its figure to its width (the wall's).
    <div className={`kpi-tile kpi-tile--${tone}`} title={definition} style={{ '--figure-chars': value.length } as CSSProperties}>
      <span className="kpi-tile__label">{label}</span>
      <span className="kpi-tile__value">
        {value}
        {unit && <span className="kpi-tile__unit">{unit}</span>}
      </span>
      {note && <span className="kpi-tile__note">{note}</span>}
      {children}
    </div>
  );
}
