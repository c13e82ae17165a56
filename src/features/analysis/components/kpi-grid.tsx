import { useTranslation } from 'react-i18next';
import type { Indicator, IndicatorReport } from '../../../api/schemas/indicators';
import { KpiTile } from '../../../components/kpi-tile';
import { formatCount, formatValue } from '../../../lib/format-number';
import { indicatorLabel, indicatorUnitSuffix } from '../../../lib/indicator-labels';
import type { Language } from '../../../lib/view-options';
import { useLanguage } from '../../../store/hooks';
import { fill, useAnalysisStrings } from '../strings';
import { monthlyValues } from '../lib/series';
import { useLevelMonths, type Level } from '../hooks/use-level';
import { Sparkline } from './sparkline';

/** A value as its reader says it: counts in 万 for Chinese readers, the rest by unit. */
export function formatIndicator(value: number | null, unit: string, language: Language): string {
  return unit === 'count' ? formatCount(value, language) : formatValue(value, unit, language);
}

/** The level's KPI tiles: value, unit, definition; a 36-month sparkline where the monthly series holds its inputs. */
export function KpiGrid({ report, level }: { report: IndicatorReport; level: Level }) {
  const { t } = useTranslation();
  const s = useAnalysisStrings();
  const language = useLanguage();
  const series = useLevelMonths(level);
  const points = series.data?.points;
  return (
    <section className="analysis__kpis" aria-label={s.kpis}>
      {report.indicators.map((i: Indicator) => {
        const values = points ? monthlyValues(i.key, points) : null;
        const known = values?.filter((v): v is number => v !== null) ?? [];
        const fmt = (v: number | null | undefined) => formatIndicator(v ?? null, i.unit, language);
        return (
          <KpiTile
            key={i.key}
            label={indicatorLabel(i, language)}
            value={formatIndicator(i.value, i.unit, language)}
            unit={indicatorUnitSuffix(i, language, t('details.unitDays'))}
            definition={i.definition.formula}
          >
            <Explain indicator={i} />
            {values && known.length > 1 && (
              <Sparkline values={values} label={fill(s.sparkline, { min: fmt(Math.min(...known)), max: fmt(Math.max(...known)), last: fmt(values.at(-1)) })} />
            )}
          </KpiTile>
        );
      })}
    </section>
  );
}

/** What the figure is: formula, period, numerator and denominator with their values (the API's definition). */
function Explain({ indicator: i }: { indicator: Indicator }) {
  const s = useAnalysisStrings();
  const language = useLanguage();
  const d = i.definition;
  return (
    <details className="kpi-explain">
      <summary aria-label={`${s.explain.summary}: ${indicatorLabel(i, language)}`}>{s.explain.summary}</summary>
      <dl>
        <dt>{s.explain.formula}</dt>
        <dd>{d.formula}</dd>
        <dt>{s.explain.period}</dt>
        <dd>
          {d.period.from} – {d.period.to}: {d.period.basis}
        </dd>
        <dt>{s.explain.numerator}</dt>
        <dd>
          {formatCount(i.numerator, language)} · {d.numerator}
        </dd>
        {d.denominator !== null && (
          <>
            <dt>{s.explain.denominator}</dt>
            <dd>
              {formatCount(i.denominator, language)} · {d.denominator}
            </dd>
          </>
        )}
      </dl>
    </details>
  );
}
