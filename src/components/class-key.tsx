import type { CSSProperties } from 'react';
import type { ThresholdLegend } from '../lib/legend-types';
import { edgeLabelLayout, thresholdEdgeLabels, thresholdLabels } from '../lib/legend-labels';
import type { Language } from '../lib/view-options';
import { swatchStyle as swatch } from './swatch';
import './legend.css';
import './class-key.css';

/**
 * A map's key to its classes at a glance: a stepped colour bar with the numbers at its steps, and "no data"
 * beside it where some areas have none. Drawn from a layer's own threshold legend, so it cannot disagree
 * with the map; sized by its font size (the wall's type, or the desk's).
 */
export function ClassKey({
  legend,
  title,
  noDataLabel,
  language,
  className,
}: {
  legend: ThresholdLegend;
  title: string;
  noDataLabel: string;
  language: Language;
  className: string;
}) {
  if (legend.bins.length === 0) return null;
  const classes = thresholdLabels(legend, language);
  const edges = thresholdEdgeLabels(legend, language);
  const n = legend.bins.length;
  // Numbers that would run into each other (8.71 beside 17.16) take two rows, and each step is as wide as they need.
  const { rows, stepCh } = edgeLabelLayout(edges);
  const stepStyle = { '--class-key-step': `${Math.ceil(stepCh * 10) / 10}ch` } as CSSProperties;
  return (
    <section className={`class-key ${className}`} aria-label={title} style={stepStyle}>
      <p className="class-key__title">{title}</p>
      <div className="class-key__scale">
        <div>
          <ol className="class-key__bar">
            {legend.bins.map((bin, i) => (
              <li key={i} className="class-key__step" style={swatch(bin.color)}>
                <span className="visually-hidden">{classes[i]}</span>
              </li>
            ))}
          </ol>
          <div className="class-key__edges" aria-hidden="true" data-rows={rows}>
            {edges.map((edge, i) =>
              edge === null ? null : (
                <span
                  key={i}
                  style={{ left: `${(100 * i) / n}%` }}
                  data-end={i === 0 ? 'start' : i === n ? 'end' : undefined}
                  data-row={rows === 2 && i % 2 === 1 ? 2 : undefined}
                >
                  {edge}
                </span>
              ),
            )}
          </div>
        </div>
        {(legend.noDataCount ?? 0) > 0 && (
          <p className="class-key__nodata">
            <span className="class-key__step class-key__step--nodata" style={swatch(legend.noData)} aria-hidden="true" />
            {noDataLabel}
          </p>
        )}
      </div>
    </section>
  );
}

/** One class's colour as the map draws it, before the name of what it colours (a ranked zone). */
export function ClassSwatch({ color }: { color: readonly number[] }) {
  return <span className="class-swatch" style={swatch(color)} aria-hidden="true" />;
}
