import { useTranslation } from 'react-i18next';
import type { Violation } from '../../../api/schemas/violations';
import { formatDateTime } from '../../../lib/format-time';
import type { Language } from '../../../lib/view-options';
import { useWallMessages } from '../hooks/use-wall-messages';

interface TickerProps {
  items: readonly Violation[];
  /** Those of the items the room has not acknowledged yet. */
  unacknowledged: readonly Violation[];
  zoneNames: ReadonlyMap<string, string>;
  language: Language;
}

/**
 * The newest severe violations of the unit on screen: when, where (the grid zone), what work, which
 * category; never who. Those the room has not acknowledged pulse (still, where the viewer prefers
 * reduced motion), as their places do on the map.
 */
export function SevereTicker({ items, unacknowledged, zoneNames, language }: TickerProps) {
  const { t } = useWallMessages();
  const { t: tApp } = useTranslation();
  const unseen = new Set(unacknowledged.map((v) => v.id));
  return (
    <section className="wall-ticker" aria-label={t('ticker.title')}>
      <h2 className="wall-ticker__title">{t('ticker.title')}</h2>
      {items.length === 0 && <p className="wall-ticker__item">{t('noData')}</p>}
      {items.map((v) => (
        <p key={v.id} className={unseen.has(v.id) ? 'wall-ticker__item wall-ticker__item--new' : 'wall-ticker__item'}>
          {unseen.has(v.id) && <span className="wall-ticker__new">{t('ticker.new')}</span>}
          <time dateTime={v.occurredAt}>{formatDateTime(v.occurredAt, language).replace(/^\d{4}\/|, \d{4}/, '')}</time>
          <span>{zoneNames.get(v.zoneId) ?? v.zoneId}</span>
          <span>
            {tApp(`enums.workType.${v.workType}`)} · {tApp(`enums.category.${v.category}`)}
          </span>
        </p>
      ))}
    </section>
  );
}
