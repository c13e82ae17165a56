import type { CSSProperties } from 'react';
import { indicatorDefinition, type IndicatorKey } from '../../../api/indicator-catalogue';
import type { LegendDescriptor, ThresholdLegend } from '../../../lib/legend-types';
import { thresholdEdgeLabels, thresholdLabels } from '../../../lib/legend-labels';
import type { Language } from '../../../lib/view-options';
import { useWallMessages } from '../hooks/use-wall-messages';

const rgba = (c: readonly number[]) => `rgba(${c[0] ?? 0}, ${c[1] ?? 0}, ${c[2] ?? 0}, ${((c[3] ?? 255) / 255).toFixed(2)})`;
/** A class's colour as the map draws it: over the land (wall.css). */
const swatch = (c: readonly number[]) => ({ '--swatch': rgba(c) }) as CSSProperties;

/**
 * What the zones' colours mean, for a room reading the map from afar: the grid zones' classes as a
 * stepped colour bar with the numbers at its steps, the indicator named as in the ranking beside it.
 * The classes are the map's own (the grid-zones layer's legend), so the key cannot disagree with it.
 */
export function ZoneKey({ legends, indicator, language }: { legends: readonly LegendDescriptor[] | undefined; indicator: IndicatorKey; language: Language }) {
  const { t } = useWallMessages();
  const legend = legends?.find((l): l is ThresholdLegend => l.kind === 'threshold');
  if (!legend || legend.bins.length === 0) return null;
  const title = t('zoneKey', { indicator: indicatorDefinition(indicator).label[language === 'en' ? 'en' : 'zh'] });
  const classes = thresholdLabels(legend, language);
  const edges = thresholdEdgeLabels(legend, language);
  const n = legend.bins.length;
  const noData = (legend.noDataCount ?? 0) > 0;
  return (
    <section className="wall-key" aria-label={title}>
      <p className="wall-key__title">{title}</p>
      <div className="wall-key__scale">
        <div>
          <ol className="wall-key__bar">
            {legend.bins.map((bin, i) => (
              <li key={i} className="wall-key__step" style={swatch(bin.color)}>
                <span className="visually-hidden">{classes[i]}</span>
              </li>
            ))}
          </ol>
          <div className="wall-key__edges" aria-hidden="true">
            {edges.map((edge, i) =>
              edge === null ? null : (
                <span key={i} style={{ left: `${(100 * i) / n}%` }} data-end={i === 0 ? 'start' : i === n ? 'end' : undefined}>
                  {edge}
                </span>
              ),
            )}
          </div>
        </div>
        {noData && (
          <p className="wall-key__nodata">
            <span className="wall-key__step wall-key__step--nodata" style={swatch(legend.noData)} aria-hidden="true" />
            {t('noDataClass')}
          </p>
        )}
      </div>
    </section>
  );
}
