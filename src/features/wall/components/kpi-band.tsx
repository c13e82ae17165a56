import { indicatorDefinition, isIndicatorKey } from '../../../api/indicator-catalogue';
import type { Indicator, IndicatorReport } from '../../../api/schemas/indicators';
import { KpiTile } from '../../../components/kpi-tile';
import { formatColumn } from '../../../lib/format-number';
import type { Language } from '../../../lib/view-options';
import { useWallMessages } from '../hooks/use-wall-messages';
import { WALL_NAMES_EN, wallKpisOf } from '../lib/wall-kpis';

const label = (i: Indicator, language: Language) =>
  isIndicatorKey(i.key) ? indicatorDefinition(i.key).label[language === 'en' ? 'en' : 'zh'] : language === 'en' ? i.labelEn : i.label;

/** A rate's "per 100 …" or days after the figure; nothing for counts and percentages. */
function unitOf(i: Indicator, language: Language): string {
  const per = isIndicatorKey(i.key) ? indicatorDefinition(i.key).per : undefined;
  if (per) return language === 'en' ? per.en : per.zh;
  return i.unit === 'days' ? (language === 'en' ? 'days' : '天') : '';
}

/** Whether a figure needs the room's attention: overdue issues, or a rate against the better direction is not judged here. */
const toneOf = (i: Indicator): 'neutral' | 'bad' => (i.key === 'overdue_open_issues' && (i.value ?? 0) > 0 ? 'bad' : 'neutral');

/** The current unit's key figures, from the catalogue's indicators as the API computes them. */
export function KpiBand({ report, name, language, pending }: { report: IndicatorReport | null; name: string; language: Language; pending: boolean }) {
  const { t } = useWallMessages();
  const title = report ? t('kpis', { name, from: report.from, to: report.to }) : pending ? t('loading') : t('noData');
  const shown = report ? wallKpisOf(report.level).map((key) => report.indicators.find((i) => i.key === key)).filter((i): i is Indicator => i !== undefined) : [];
  return (
    <section className="wall-kpis" aria-label={title}>
      <h2 className="wall-kpis__title">{title}</h2>
      <div className="wall-kpis__tiles">
        {shown.map((i) => {
          const full = label(i, language);
          const short = (language === 'en' && isIndicatorKey(i.key) ? WALL_NAMES_EN[i.key] : undefined) ?? full;
          return (
            // To the decimals of a ranking's column (10.4, not 10): the ranking beside it lists the same figure.
            // A shortened name keeps the full one as the tile's title.
            <KpiTile key={i.key} label={short} definition={short === full ? undefined : full} value={formatColumn([i.value], i.unit, language)[0] ?? '—'} unit={unitOf(i, language)} tone={toneOf(i)} />
          );
        })}
      </div>
    </section>
  );
}
