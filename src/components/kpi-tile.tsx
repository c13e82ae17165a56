import './kpi-tile.css';

export interface KpiTileProps {
  label: string;
  /** Formatted for the reader (formatValue); '—' for no value. */
  value: string;
  /** Shown on hover and to screen readers: what the number is (formula, period). */
  definition?: string;
  /** A note under the value (e.g. the numerator and denominator). */
  note?: string;
  /** Colours the value: 'bad' where the figure needs attention. */
  tone?: 'neutral' | 'good' | 'bad';
}

/** One key figure: large value, its label, what it means. */
export function KpiTile({ label, value, definition, note, tone = 'neutral' }: KpiTileProps) {
  return (
    <div className={`kpi-tile kpi-tile--${tone}`} title={definition}>
      <span className="kpi-tile__label">{label}</span>
      <span className="kpi-tile__value">{value}</span>
      {note && <span className="kpi-tile__note">{note}</span>}
    </div>
  );
}
