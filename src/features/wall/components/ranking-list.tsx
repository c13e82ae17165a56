import type { IndicatorRanking } from '../../../api/schemas/indicators';
import { indicatorDefinition, isIndicatorKey, type IndicatorKey } from '../../../api/indicator-catalogue';
import { formatValue } from '../../../lib/format-number';
import type { Language } from '../../../lib/view-options';
import { useWallMessages } from '../hooks/use-wall-messages';
import { RANKING_ROWS } from '../lib/wall-kpis';

/** A child's name without its parent's in front (番禺供电局石壁东供电所党支部 → 石壁东供电所党支部): the heading says whose they are. */
export const shortName = (name: string, parent: string) => (parent && name.startsWith(parent) && name.length > parent.length ? name.slice(parent.length) : name);

/** The current unit's children ranked by one indicator, best first, each with a bar to compare by eye. */
export function RankingList({ ranking, indicator, language }: { ranking: IndicatorRanking | null; indicator: IndicatorKey; language: Language }) {
  const { t } = useWallMessages();
  // Named before its numbers arrive (or while they cannot).
  const key = ranking && isIndicatorKey(ranking.key) ? ranking.key : indicator;
  const name = indicatorDefinition(key).label[language === 'en' ? 'en' : 'zh'];
  const rows = ranking?.items.slice(0, RANKING_ROWS) ?? [];
  const max = Math.max(0, ...rows.map((r) => r.value ?? 0));
  return (
    <section className="wall-ranking" aria-label={t('ranking', { indicator: name })}>
      <h2 className="wall-ranking__title">{t('ranking', { indicator: name })}</h2>
      {ranking && rows.length === 0 && <p className="wall-ranking__empty">{t('rankingEmpty')}</p>}
      <ol className="wall-ranking__rows">
        {rows.map((r) => (
          <li key={r.id} className="wall-ranking__row">
            <span className="wall-ranking__rank">{r.rank}</span>
            <span className="wall-ranking__name">{shortName(r.name, ranking?.name ?? '')}</span>
            <span className="wall-ranking__value">{formatValue(r.value, ranking?.unit ?? '', language)}</span>
            <span className="wall-ranking__bar" aria-hidden="true">
              <span style={{ width: `${max > 0 ? ((r.value ?? 0) / max) * 100 : 0}%` }} />
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
