import { useRef } from 'react';
import type { IndicatorRanking } from '../../../api/schemas/indicators';
import { ClassSwatch } from '../../../components/class-key';
import { thresholdColourOf, type ThresholdLegend } from '../../../lib/legend-types';
import { indicatorDefinition, isIndicatorKey, type IndicatorKey } from '../../../api/indicator-catalogue';
import { formatColumn } from '../../../lib/format-number';
import type { Language } from '../../../lib/view-options';
import { useRowsThatFit } from '../hooks/use-rows-that-fit';
import { useWallMessages } from '../hooks/use-wall-messages';
import { RANKING_ROWS, rankingRows, shortName } from '../lib/wall-kpis';

/**
 * The current unit's children ranked by one indicator, best first, each with a bar to compare by eye;
 * or a district's zones with the one on screen marked (and shown, between its neighbours, when it
 * ranks below the leaders), each in the colour of its class on the map.
 */
export function RankingList({
  ranking,
  indicator,
  language,
  currentId,
  unitName,
  zoneClasses,
}: {
  ranking: IndicatorRanking | null;
  indicator: IndicatorKey;
  language: Language;
  currentId: string | null;
  /** A unit's name in the wall's language (the API's rankings name things in Chinese); null: the API's. */
  unitName: (id: string) => string | null;
  /** The zones' classes on the map (its key's): a ranked zone shows its class's colour, the map's for its value. */
  zoneClasses: ThresholdLegend | null;
}) {
  const { t } = useWallMessages();
  // Named before its numbers arrive (or while they cannot).
  const key = ranking && isIndicatorKey(ranking.key) ? ranking.key : indicator;
  const name = indicatorDefinition(key).label[language === 'en' ? 'en' : 'zh'];
  // What is ranked, said plainly for a room reading it from afar: a district's zones or branches, or the district bureaus.
  const title =
    ranking?.childLevel === 'zone'
      ? t('rankingZones', { unit: ranking.name, indicator: name })
      : t(ranking?.childLevel === 'branch' ? 'rankingBranches' : 'ranking', { indicator: name });
  // As many as the column holds (fewer leaders on a small screen; the current zone always in view).
  const list = useRef<HTMLOListElement>(null);
  const fit = useRowsThatFit(list, RANKING_ROWS, [ranking?.id, ranking?.items.length, currentId, language].join(':'));
  const rows = rankingRows(ranking?.items ?? [], currentId, fit);
  // Units in the wall's language; every name short of what it shares with the ranked place's, which the heading names.
  const unitNames = ranking?.childLevel === 'unit';
  const parent = ranking ? ((unitNames && unitName(ranking.id)) || ranking.name) : '';
  const nameOf = (item: { id: string; name: string }) => shortName((unitNames && unitName(item.id)) || item.name, parent);
  const classes = ranking?.childLevel === 'zone' ? zoneClasses : null;
  const max = Math.max(0, ...rows.map((r) => (r.kind === 'item' ? (r.item.value ?? 0) : 0)));
  const values = formatColumn(
    rows.map((r) => (r.kind === 'item' ? r.item.value : null)),
    ranking?.unit ?? '',
    language,
  );
  return (
    <section className="wall-ranking" aria-label={title}>
      <h2 className="wall-ranking__title">{title}</h2>
      {ranking && rows.length === 0 && <p className="wall-ranking__empty">{t('rankingEmpty')}</p>}
      <ol className="wall-ranking__rows" ref={list}>
        {rows.map((r, i) =>
          r.kind === 'gap' ? (
            <li key="gap" className="wall-ranking__gap" aria-hidden="true">
              ⋮
            </li>
          ) : (
            <li
              key={r.item.id}
              className={r.current ? 'wall-ranking__row wall-ranking__row--current' : 'wall-ranking__row'}
              aria-current={r.current ? 'true' : undefined}
            >
              <span className="wall-ranking__rank">{r.item.rank}</span>
              <span className="wall-ranking__name">
                {classes && <ClassSwatch color={thresholdColourOf(classes, r.item.value)} />}
                {nameOf(r.item)}
                {r.current && <span className="wall-ranking__now">{t('rankingCurrent')}</span>}
              </span>
              <span className="wall-ranking__value">{values[i]}</span>
              <span className="wall-ranking__bar" aria-hidden="true">
                <span style={{ width: `${max > 0 ? ((r.item.value ?? 0) / max) * 100 : 0}%` }} />
              </span>
            </li>
          ),
        )}
      </ol>
    </section>
  );
}
