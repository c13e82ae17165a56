import { useTranslation } from 'react-i18next';
import type { Issue } from '../../../api/schemas/issues';
import type { Violation } from '../../../api/schemas/violations';
import { formatDateTime } from '../../../lib/format-time';
import type { Language } from '../../../lib/view-options';
import { useWallMessages } from '../hooks/use-wall-messages';

interface TickerProps {
  items: readonly Violation[];
  /** Those of the items the room has not acknowledged yet. */
  unacknowledged: readonly Violation[];
  /** Issues that became overdue since the room last acknowledged: shown until it does. */
  overdue: readonly Issue[];
  zoneNames: ReadonlyMap<string, string>;
  language: Language;
}

const shortTime = (instant: string, language: Language) => formatDateTime(instant, language).replace(/^\d{4}\/|, \d{4}/, '');

/**
 * The newest severe violations of the unit on screen: when, where (the grid zone), what work, which
 * category; never who. Those the room has not acknowledged pulse (still, where the viewer prefers
 * reduced motion), as their places do on the map. Issues newly overdue get a line of their own while
 * there are any (so a full line of violations never hides them): where and how many days late, in
 * amber with a tag of their own, until acknowledged; never an assignee's name.
 */
export function SevereTicker({ items, unacknowledged, overdue, zoneNames, language }: TickerProps) {
  const { t } = useWallMessages();
  const { t: tApp } = useTranslation();
  const unseen = new Set(unacknowledged.map((v) => v.id));
  const zoneOf = (id: string) => zoneNames.get(id) ?? id;
  const [newest, ...older] = items;
  const item = (v: Violation) => (
    <p key={v.id} className={unseen.has(v.id) ? 'wall-ticker__item wall-ticker__item--new' : 'wall-ticker__item'}>
      {unseen.has(v.id) && <span className="wall-ticker__new">{t('ticker.new')}</span>}
      <time dateTime={v.occurredAt}>{shortTime(v.occurredAt, language)}</time>
      <span>{zoneOf(v.zoneId)}</span>
      <span className="wall-ticker__what">
        {tApp(`enums.workType.${v.workType}`)} · {tApp(`enums.category.${v.category}`)}
      </span>
    </p>
  );
  return (
    <section className="wall-ticker" aria-label={t('ticker.label')}>
      <div className="wall-ticker__line">
        {/* The title and the newest item go together: a newest item too long for the room beside the title has its
            end cut (…), rather than wrapping out of sight and leaving the title alone over an empty line. */}
        <div className="wall-ticker__lead">
          <h2 className="wall-ticker__title">{t('ticker.title')}</h2>
          {newest ? item(newest) : <p className="wall-ticker__item">{t('noData')}</p>}
        </div>
        {older.map(item)}
      </div>
      {overdue.length > 0 && (
        <div className="wall-ticker__line">
          {overdue.map((i) => (
            <p key={i.id} className="wall-ticker__item wall-ticker__item--overdue">
              <span className="wall-ticker__overdue">{t('ticker.overdue')}</span>
              <span>{zoneOf(i.zoneId)}</span>
              <span>{t('ticker.daysOverdue', { count: i.daysOverdue })}</span>
            </p>
          ))}
        </div>
      )}
    </section>
  );
}
