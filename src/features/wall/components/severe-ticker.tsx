import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Violation } from '../../../api/schemas/violations';
import { formatDateTime } from '../../../lib/format-time';
import type { Language } from '../../../lib/view-options';
import { useWallMessages } from '../hooks/use-wall-messages';
import { newestOf, newSince } from '../lib/attention';

const SEEN_KEY = 'dangjian.wall.seen-severe';

function readSeen(): string | null {
  try {
    return localStorage.getItem(SEEN_KEY);
  } catch {
    return null;
  }
}

/**
 * The newest severe violations of the unit on screen: when, where (the grid zone), what work, which
 * category; never who. Those newer than what the room last acknowledged pulse (still, where the
 * viewer prefers reduced motion) until a key, click or touch acknowledges them.
 */
export function SevereTicker({ items, zoneNames, language }: { items: readonly Violation[]; zoneNames: ReadonlyMap<string, string>; language: Language }) {
  const { t } = useWallMessages();
  const { t: tApp } = useTranslation();
  const [seen, setSeen] = useState(readSeen);
  // A wall that has seen nothing yet starts with everything seen.
  if (seen === null && items.length > 0) setSeen(newestOf(items, null));

  useEffect(() => {
    try {
      if (seen !== null) localStorage.setItem(SEEN_KEY, seen);
    } catch {
      // Storage disabled by a kiosk policy: acknowledgements last until a reload.
    }
  }, [seen]);

  useEffect(() => {
    const acknowledge = () => setSeen((s) => newestOf(items, s));
    window.addEventListener('keydown', acknowledge, { capture: true });
    window.addEventListener('pointerdown', acknowledge, { capture: true });
    return () => {
      window.removeEventListener('keydown', acknowledge, { capture: true });
      window.removeEventListener('pointerdown', acknowledge, { capture: true });
    };
  }, [items]);

  const fresh = new Set(newSince(items, seen).map((v) => v.id));
  return (
    <section className="wall-ticker" aria-label={t('ticker.title')}>
      <h2 className="wall-ticker__title">{t('ticker.title')}</h2>
      {items.length === 0 && <p className="wall-ticker__item">{t('noData')}</p>}
      {items.map((v) => (
        <p key={v.id} className={fresh.has(v.id) ? 'wall-ticker__item wall-ticker__item--new' : 'wall-ticker__item'}>
          {fresh.has(v.id) && <span className="wall-ticker__new">{t('ticker.new')}</span>}
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
