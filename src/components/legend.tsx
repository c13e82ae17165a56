import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { LegendDescriptor, ThresholdLegend } from '../lib/legend-types';
import type { Language } from '../lib/view-options';
import { formatValue } from '../lib/format-number';
import { legendNumber as fmt, thresholdLabels } from '../lib/legend-labels';
import { cssRgba as rgba, swatchStyle as swatch } from './swatch';
import './legend.css';

function keyLabel(t: TFunction, key: string): string {
  for (const path of ['legend.keys', 'enums.category', 'enums.severity', 'enums.memberRole']) {
    const full = `${path}.${key}`;
    // Dynamic keys: look them up untyped and fall back to the raw key (e.g. a grid team's id).
    const text = (t as unknown as (k: string, o: { defaultValue: string }) => string)(full, { defaultValue: '' });
    if (text) return text;
  }
  return key;
}

/** A threshold legend as a small table: colour, class, and how many areas each class holds where known. */
function ThresholdLegendView({ legend, language, unitText }: { legend: ThresholdLegend; language: Language; unitText: string }) {
  const { t } = useTranslation();
  const labels = thresholdLabels(legend, language);
  const counted = legend.bins.some((b) => b.count !== undefined);
  const extent = legend.ends !== 'data' ? legend.extent : undefined;
  const number = (n: number | undefined) => (n === undefined ? '' : formatValue(n, 'count', language, 0));
  return (
    <div className="legend legend--threshold">
      <p className="legend__unit">{unitText}</p>
      <table>
        {counted && (
          <thead>
            <tr>
              <th scope="col" colSpan={2}>
                {t('legend.range')}
              </th>
              <th scope="col" className="legend__count">
                {t('legend.zones')}
              </th>
            </tr>
          </thead>
        )}
        <tbody>
          {legend.bins.map((bin, i) => (
            <tr key={i}>
              <td>
                <span className="legend__swatch" style={swatch(bin.color)} aria-hidden="true" />
              </td>
              <td>{labels[i]}</td>
              {counted && <td className="legend__count">{number(bin.count)}</td>}
            </tr>
          ))}
          <tr>
            <td>
              <span className="legend__swatch legend__swatch--nodata" style={swatch(legend.noData)} aria-hidden="true" />
            </td>
            <td>{t('legend.noData')}</td>
            {counted && <td className="legend__count">{number(legend.noDataCount)}</td>}
          </tr>
        </tbody>
      </table>
      {extent && (
        <p className="legend__note">
          {t('legend.dataRange', { from: fmt(extent[0], legend.unit, language, 0), to: fmt(extent[1], legend.unit, language, 0) })}
        </p>
      )}
    </div>
  );
}

/** A legend drawn from a builder's descriptor: the numbers here are the numbers on the map. */
export function Legend({ legend, language }: { legend: LegendDescriptor; language: Language }) {
  const { t } = useTranslation();
  const unitText = (unit: string) => (t as unknown as (k: string, o: { defaultValue: string }) => string)(`legend.units.${unit}`, { defaultValue: unit });
  switch (legend.kind) {
    case 'categorical':
      return (
        <ul className="legend legend--categorical">
          {legend.items.map((item) => (
            <li key={item.key}>
              <span className="legend__swatch" style={swatch(item.color)} aria-hidden="true" />
              <span>{keyLabel(t, item.key)}</span>
            </li>
          ))}
        </ul>
      );
    case 'threshold':
      return <ThresholdLegendView legend={legend} language={language} unitText={unitText(legend.unit)} />;
    case 'size':
      return (
        <div className="legend legend--size">
          <p className="legend__unit">{unitText(legend.unit)}</p>
          <ul>
            {legend.items.map((item) => (
              <li key={item.value}>
                <svg width={2 * item.radiusPixels + 4} height={2 * item.radiusPixels + 4} aria-hidden="true">
                  <circle cx={item.radiusPixels + 2} cy={item.radiusPixels + 2} r={item.radiusPixels} fill={rgba(legend.color)} stroke="rgba(255,209,0,0.9)" />
                </svg>
                <span>{fmt(item.value, legend.unit, language)}</span>
              </li>
            ))}
          </ul>
        </div>
      );
    case 'gradient':
      return (
        <div className="legend legend--gradient">
          <p className="legend__unit">{t('legend.heatMeasure')}</p>
          <div
            className="legend__ramp"
            aria-hidden="true"
            style={{ background: `linear-gradient(90deg, ${legend.colors.map((c) => rgba([...c, 255])).join(', ')})` }}
          />
          <div className="legend__ends">
            <span>{t('legend.low')}</span>
            <span>{t('legend.high')}</span>
          </div>
          {legend.relative && <p className="legend__note">{t('legend.relative')}</p>}
        </div>
      );
  }
}
