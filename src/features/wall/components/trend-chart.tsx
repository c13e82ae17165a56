import type { MonthlySeries } from '../../../api/schemas/indicators';
import { formatValue } from '../../../lib/format-number';
import { partialLastMonth, shanghaiDayOf } from '../../../lib/time-window';
import type { Language } from '../../../lib/view-options';
import { useWallMessages } from '../hooks/use-wall-messages';

/**
 * The current unit's violations month by month this year: bars to compare by eye, the last month's figure in
 * words. The month in progress (one day of it on the 1st) is said to be so far and drawn pale: not a fall.
 */
export function TrendChart({ series, asOf, language }: { series: MonthlySeries | null; asOf: string | null; language: Language }) {
  const { t } = useWallMessages();
  const points = series?.points ?? [];
  const max = Math.max(1, ...points.map((p) => p.violations));
  const last = points.at(-1);
  const partial = asOf ? partialLastMonth(points.map((p) => p.month), shanghaiDayOf(asOf)) : null;
  const lastValues = last && { month: Number(last.month.slice(5)), value: formatValue(last.violations, 'count', language) };
  return (
    <section className="wall-trend" aria-label={t('trend.title')}>
      <h2 className="wall-ranking__title">{t('trend.title')}</h2>
      {last ? (
        <>
          <p className="wall-trend__last">{partial ? t('trend.lastPartial', { ...lastValues, days: partial.days }) : t('trend.last', lastValues)}</p>
          <svg className="wall-trend__bars" viewBox={`0 0 ${points.length * 10} 100`} preserveAspectRatio="none" aria-hidden="true">
            {points.map((p, i) => {
              const h = (p.violations / max) * 100;
              return <rect key={p.month} x={i * 10 + 1.5} y={100 - h} width={7} height={h} className={partial?.month === p.month ? 'wall-trend__partial' : undefined} />;
            })}
          </svg>
          <div className="wall-trend__months" style={{ gridTemplateColumns: `repeat(${points.length}, minmax(0, 1fr))` }} aria-hidden="true">
            {points.map((p) => (
              <span key={p.month}>{Number(p.month.slice(5))}</span>
            ))}
          </div>
        </>
      ) : (
        <p className="wall-ranking__empty">{t('noData')}</p>
      )}
    </section>
  );
}
