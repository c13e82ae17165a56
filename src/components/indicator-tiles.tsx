import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatValue } from '../lib/format-number';
import { indicatorLabel, indicatorUnitSuffix } from '../lib/indicator-labels';
import type { Language } from '../lib/view-options';
import { KpiTile } from './kpi-tile';

/** What a tile reads of an indicator (the API's Indicator has it; components do not import the contract). */
export interface TileIndicator {
  key: string;
  label: string;
  labelEn: string;
  value: number | null;
  unit: string;
  definition: { formula: string };
}

/** A place's indicators from the API as KPI tiles: label, value, unit, and the formula on hover. */
// Memoised: its panel re-renders when the window changes, before the window's figures have come.
export const IndicatorTiles = memo(function IndicatorTiles({ indicators, language, className }: { indicators: readonly TileIndicator[]; language: Language; className: string }) {
  const { t } = useTranslation();
  return (
    <div className={className}>
      {indicators.map((i) => (
        <KpiTile
          key={i.key}
          label={indicatorLabel(i, language)}
          value={formatValue(i.value, i.unit, language)}
          unit={indicatorUnitSuffix(i, language, t('details.unitDays'))}
          definition={i.definition.formula}
        />
      ))}
    </div>
  );
});
