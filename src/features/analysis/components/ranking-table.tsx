import { memo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/api-error';
import { indicatorDefinition, indicatorsOfLevel, isIndicatorKey, type IndicatorKey } from '../../../api/indicator-catalogue';
import { indicatorQueries, sameSubjectPlaceholder } from '../../../api/queries/indicators';
import type { IndicatorRanking } from '../../../api/schemas/indicators';
import { frameProps } from '../../../components/chart-frame';
import { ClassKey, ClassSwatch } from '../../../components/class-key';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { LinkButton } from '../../../components/link-button';
import { indicatorLabel, indicatorUnitSuffix } from '../../../lib/indicator-labels';
import { thresholdColourOf } from '../../../lib/legend-types';
import type { PlaceLevel } from '../../../lib/url-state';
import { useDrillTo, useIndicator, useLanguage, usePickIndicator } from '../../../store/hooks';
import { fill, useAnalysisStrings } from '../strings';
import { downloadText } from '../lib/csv';
import { rankingCsv, rankingFileName } from '../lib/ranking-csv';
import type { LevelPlace } from '../hooks/use-level';
import { useZoneClassLegend } from '../hooks/use-zone-class-legend';
import { formatIndicatorColumn } from '../lib/format-indicator';

/**
 * The children of the level ranked by one indicator (the URL's `ind=`, the one the map colours zones
 * by), best or worst first. A row's name is a drill step down; the table exports as CSV. It does not follow
 * the filters: drawn again only for a new place, window or indicator. Zones carry their class's colour on the
 * map, with the map's key to the classes above them.
 */
export const RankingTable = memo(function RankingTable({ level, childLevel, subjectName }: { level: LevelPlace; childLevel: PlaceLevel; subjectName: string }) {
  const { t } = useTranslation();
  const s = useAnalysisStrings();
  const language = useLanguage();
  const drillTo = useDrillTo();
  const picked = useIndicator();
  const pickIndicator = usePickIndicator();
  const [order, setOrder] = useState<'best' | 'worst'>('best');
  const choices = indicatorsOfLevel(childLevel);
  // The URL's indicator where the children have it, else their first (violations, at every level).
  const key: IndicatorKey = choices.some((d) => d.key === picked) ? picked : ((choices[0]?.key ?? 'violation_count') as IndicatorKey);
  const { subject, window } = level;
  const ranking = useQuery({
    ...indicatorQueries.ranking({ level: subject?.level ?? 'unit', id: subject?.id ?? '', key, order, from: window?.from, to: window?.to }),
    enabled: subject !== null && window !== null,
    // Another subject's children must never be listed (a click on one would drill to the wrong level).
    placeholderData: sameSubjectPlaceholder(subject),
  });
  const zoneClasses = useZoneClassLegend(level, key, childLevel === 'zone');
  const titleId = 'analysis-ranking-title';
  // Units in the reader's language (the API's rankings name things in Chinese); branches and the rest have Chinese names only.
  const nameOf = (item: { id: string; name: string }) => (language === 'en' && childLevel === 'unit' ? (level.unitNamesEn.get(item.id) ?? item.name) : item.name);
  const childName = s.childLevels[childLevel];

  const exportCsv = (data: IndicatorRanking) => {
    const label = indicatorLabel(data, language);
    const unit = indicatorUnitSuffix(data, language, t('details.unitDays')) || (data.unit === '%' ? '%' : '');
    const text = rankingCsv({ items: data.items.map((item) => ({ ...item, name: nameOf(item) })) }, {
      rank: s.ranking.rank,
      name: s.ranking.name,
      id: 'ID',
      value: unit ? fill(s.ranking.csvValue, { label, unit }) : label,
      numerator: s.ranking.numerator,
      denominator: s.ranking.denominator,
    });
    downloadText(text, rankingFileName(subjectName, label, data.from, data.to));
  };

  let body;
  if (ranking.error instanceof ApiError && ranking.error.status === 403) body = <EmptyState>{s.forbidden}</EmptyState>;
  else if (ranking.isError) body = <ErrorState>{s.failed}</ErrorState>;
  else if (!ranking.data) body = <LoadingState>{s.loading}</LoadingState>;
  else if (ranking.data.items.length === 0) body = <EmptyState>{s.ranking.empty}</EmptyState>;
  else {
    const data = ranking.data;
    const max = Math.max(0, ...data.items.map((i) => Math.abs(i.value ?? 0)));
    const unit = indicatorUnitSuffix(data, language, t('details.unitDays'));
    const values = formatIndicatorColumn(data.items.map((i) => i.value), data.unit, language);
    body = (
      <table className="data-table analysis__ranking" aria-labelledby={titleId}>
        <thead>
          <tr>
            <th scope="col" className="num">
              {s.ranking.rank}
            </th>
            <th scope="col">{s.ranking.name}</th>
            <th scope="col" className="num">
              {unit ? fill(s.ranking.valueWithUnit, { unit }) : s.ranking.value}
            </th>
            <td className="analysis__bar-col" aria-hidden="true" />
          </tr>
        </thead>
        <tbody>
          {data.items.map((item, index) => (
            <tr key={item.id}>
              <td className="num">{item.rank}</td>
              <th scope="row">
                {zoneClasses && <ClassSwatch color={thresholdColourOf(zoneClasses, item.value)} />}
                <LinkButton onClick={() => drillTo({ level: childLevel, id: item.id })}>{nameOf(item)}</LinkButton>
              </th>
              <td className="num">{values[index]}</td>
              <td className="analysis__bar-col" aria-hidden="true">
                <span className="analysis__bar" style={{ width: `${max > 0 ? (Math.abs(item.value ?? 0) / max) * 100 : 0}%` }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }

  return (
    <section {...frameProps('analysis__ranking-frame', ranking.isPlaceholderData)} aria-labelledby={titleId}>
      <header className="chart-frame__head">
        <h3 id={titleId} className="chart-frame__title">
          {fill(s.ranking.title, { level: childName })}
        </h3>
        <div className="chart-frame__tools">
          <button
            type="button"
            className="ui-button"
            title={s.ranking.exportLabel}
            disabled={!ranking.data || ranking.data.items.length === 0}
            onClick={() => ranking.data && exportCsv(ranking.data)}
          >
            {s.ranking.export}
          </button>
        </div>
      </header>
      <div className="analysis__ranking-controls">
        <label>
          <span>{s.ranking.indicator}</span>
          <select value={key} onChange={(e) => isIndicatorKey(e.target.value) && pickIndicator(e.target.value)}>
            {choices.map((d) => (
              <option key={d.key} value={d.key}>
                {d.label[language === 'en' ? 'en' : 'zh']}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{s.ranking.order}</span>
          <select value={order} onChange={(e) => setOrder(e.target.value === 'worst' ? 'worst' : 'best')}>
            <option value="best">{s.ranking.best}</option>
            <option value="worst">{s.ranking.worst}</option>
          </select>
        </label>
      </div>
      {zoneClasses && (
        <ClassKey
          className="analysis__ranking-key"
          legend={zoneClasses}
          title={t('legend.zoneKey', { indicator: indicatorDefinition(key).label[language === 'en' ? 'en' : 'zh'] })}
          noDataLabel={t('legend.noData')}
          language={language}
        />
      )}
      <div className="analysis__ranking-scroll">{body}</div>
    </section>
  );
});
