import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComparisonItem, IndicatorComparison } from '../../../api/schemas/indicator-comparison';
import type { Indicator, IndicatorReport } from '../../../api/schemas/indicators';
import { KpiTile } from '../../../components/kpi-tile';
import { updatingProps } from '../../../components/states';
import { formatCount, formatValue } from '../../../lib/format-number';
import { indicatorLabel, indicatorUnitSuffix } from '../../../lib/indicator-labels';
import type { Language } from '../../../lib/view-options';
import { useLanguage } from '../../../store/hooks';
import { fill, useAnalysisStrings, type AnalysisMessages } from '../strings';
import { deltaOf, type Delta } from '../lib/comparison';
import { formatIndicator } from '../lib/format-indicator';
import { monthLabel, monthlyValues } from '../lib/series';
import { useLevelComparison, useLevelMonthsUnfiltered, usePartialMonth, type LevelPlace } from '../hooks/use-level';
import { ExplainButton } from './explain-dialog';
import { Sparkline } from './sparkline';

/**
 * The level's KPI tiles: value, unit, the change against the previous period and the siblings' mean,
 * the rank among the siblings, the definition with its records; a 36-month sparkline where the
 * monthly series holds its inputs. They do not follow the filters: drawn again only for a new place or window.
 */
export const KpiGrid = memo(function KpiGrid({ report, level, updating = false }: { report: IndicatorReport; level: LevelPlace; updating?: boolean }) {
  const { t } = useTranslation();
  const s = useAnalysisStrings();
  const language = useLanguage();
  const series = useLevelMonthsUnfiltered(level);
  const comparison = useLevelComparison(level).data;
  // Whole months only: a partial last one (one day on the 1st) would end every line in a fall.
  const all = series.data?.points;
  const partial = usePartialMonth(useMemo(() => all?.map((p) => p.month), [all]), level);
  const points = useMemo(() => (partial ? all?.slice(0, -1) : all), [all, partial]);
  const lastMonth = monthLabel(points?.at(-1)?.month ?? '', language);
  return (
    <section {...updatingProps(updating, 'analysis__kpis')} aria-label={s.kpis}>
      {report.indicators.map((i: Indicator) => {
        const values = points ? monthlyValues(i.key, points) : null;
        const known = values?.filter((v): v is number => v !== null) ?? [];
        const fmt = (v: number | null | undefined) => formatIndicator(v ?? null, i.unit, language);
        const compared = comparison?.items.find((c) => c.key === i.key);
        return (
          <KpiTile
            key={i.key}
            label={indicatorLabel(i, language)}
            value={formatIndicator(i.value, i.unit, language)}
            unit={indicatorUnitSuffix(i, language, t('details.unitDays'))}
          >
            <ExplainButton indicator={i} />
            {comparison && compared && <Comparisons indicator={i} item={compared} siblings={comparison.siblings} />}
            {values && known.length > 1 && (
              <Sparkline values={values} label={fill(s.sparkline, { min: fmt(Math.min(...known)), max: fmt(Math.max(...known)), lastMonth, last: fmt(values.at(-1)) })} />
            )}
          </KpiTile>
        );
      })}
    </section>
  );
});

/** What the comparisons are against, once for all tiles: the previous window and the siblings. */
export function ComparisonNote({
  comparison,
  levelName,
  nameOf,
}: {
  comparison: IndicatorComparison | undefined;
  levelName: string;
  /** The parent's name in the UI's language (the API names units in Chinese). */
  nameOf: (parent: NonNullable<IndicatorComparison['parent']>) => string;
}) {
  const s = useAnalysisStrings();
  if (!comparison) return null;
  const { previous, parent } = comparison;
  const parts = [fill(previous.complete ? s.compare.head : s.compare.headIncomplete, { from: previous.from, to: previous.to })];
  if (parent) parts.push(fill(s.compare.headSiblings, { parent: nameOf(parent), count: comparison.siblings, level: levelName }));
  return <p className="analysis__compare-note">{parts.join(s.compare.separator)}</p>;
}

/** The tile's three comparisons; a line only where there is something to compare with. */
function Comparisons({ indicator: i, item, siblings }: { indicator: Indicator; item: ComparisonItem; siblings: number }) {
  const s = useAnalysisStrings();
  const language = useLanguage();
  const better = i.better;
  const previous = deltaOf(item.value, item.previous, i.unit, better);
  const average = deltaOf(item.value, item.siblingAverage, i.unit, better);
  if (!previous && !average && item.rank === null) return null;
  return (
    <dl className="kpi-compare">
      {previous && <DeltaRow label={s.compare.previous} delta={previous} unit={i.unit} s={s} language={language} />}
      {average && <DeltaRow label={s.compare.average} delta={average} unit={i.unit} s={s} language={language} />}
      {item.rank !== null && siblings > 1 && (
        <div>
          <dt>{s.compare.rank}</dt>
          <dd>{fill(s.compare.rankValue, { rank: item.rank, of: siblings })}</dd>
        </div>
      )}
    </dl>
  );
}

function DeltaRow({ label, delta, unit, s, language }: { label: string; delta: Delta; unit: string; s: AnalysisMessages; language: Language }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd className={`kpi-compare__delta kpi-compare__delta--${delta.tone}`}>
        {delta.direction !== 'same' && (
          <span className="kpi-compare__arrow" aria-hidden="true">
            {delta.direction === 'up' ? '▲' : '▼'}
          </span>
        )}
        {deltaText(delta, unit, s, language)}
      </dd>
    </div>
  );
}

/** '+12.3%', '−1.25 个百分点', '+3', '持平': the sign says the direction, for every reader. */
export function deltaText(delta: Delta, unit: string, s: AnalysisMessages, language: Language): string {
  if (delta.direction === 'same') return s.compare.same;
  const sign = delta.direction === 'up' ? '+' : '−';
  const number = (digits: number) => formatValue(delta.amount, '', language, digits);
  if (delta.kind === 'points') return `${sign}${fill(s.compare.points, { amount: number(2) })}`;
  if (delta.kind === 'percent') return `${sign}${number(1)}%`;
  return `${sign}${unit === 'count' ? formatCount(delta.amount, language) : number(2)}`;
}
