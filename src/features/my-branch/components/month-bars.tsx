import { useTranslation } from 'react-i18next';
import type { MonthlySeries } from '../../../api/schemas/indicators';
import { useLanguage } from '../../../store/hooks';
import { formatMonth, lastWholeMonth, partialLastMonth } from '../../../lib/time-window';

const W = 360;
const H = 64;

/**
 * Violations per month as bars; the figures in words are its accessible name (and its tooltip per bar). The
 * month in progress (to `dataTo`) is pale and said to be so far; the words' last month is the last whole one.
 */
export function MonthBars({ points, dataTo }: { points: MonthlySeries['points']; dataTo: string }) {
  const { t } = useTranslation('branch');
  const language = useLanguage();
  if (points.length === 0) return null;
  const max = Math.max(1, ...points.map((p) => p.violations));
  const top = points.reduce((a, b) => (b.violations > a.violations ? b : a));
  const month = (m: string) => formatMonth(`${m}-01`, language);
  const partial = partialLastMonth(points.map((p) => p.month), dataTo);
  const lastWhole = points[lastWholeMonth(points.length, partial)];
  const label = t('member.trendLabel', {
    count: points.length,
    total: points.reduce((sum, p) => sum + p.violations, 0),
    max: top.violations,
    maxMonth: month(top.month),
    lastMonth: month(lastWhole?.month ?? ''),
    last: lastWhole?.violations ?? 0,
  });
  const step = W / points.length;
  return (
    <figure className="month-bars">
      <svg viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" role="img" aria-label={label}>
        {points.map((p, i) => {
          const h = (p.violations / max) * (H - 2);
          return (
            <rect key={p.month} x={i * step + 0.5} y={H - h} width={Math.max(1, step - 1)} height={h} className={partial?.month === p.month ? 'month-bars__partial' : undefined}>
              <title>{`${month(p.month)}${partial?.month === p.month ? t('member.toDate', { days: partial.days }) : ''} ${p.violations}`}</title>
            </rect>
          );
        })}
      </svg>
      <figcaption className="month-bars__axis" aria-hidden="true">
        <span>{month(points[0]?.month ?? '')}</span>
        <span>{month(points.at(-1)?.month ?? '')}</span>
      </figcaption>
    </figure>
  );
}
