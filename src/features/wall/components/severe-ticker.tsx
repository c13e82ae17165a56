import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Violation } from '../../../api/schemas/violations';
import { formatDateTime } from '../../../lib/format-time';
import type { Language } from '../../../lib/view-options';
import { useWallMessages } from '../hooks/use-wall-messages';
import { acknowledgementQuery, useAcknowledge } from '../api/acknowledgement';
import { newestOf, newSince } from '../lib/attention';
import { steadyJitteredInterval } from '../lib/staleness';

/** The later of two instants (ISO); null when neither. */
function laterOf(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return a ?? b;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

interface TickerProps {
  items: readonly Violation[];
  zoneNames: ReadonlyMap<string, string>;
  language: Language;
  /** The wall's name: the API keeps what its room has acknowledged under it. */
  wallId: string;
  enabled: boolean;
  refreshMs: number;
}

/**
 * The newest severe violations of the unit on screen: when, where (the grid zone), what work, which
 * category; never who. Those newer than what the room last acknowledged pulse (still, where the
 * viewer prefers reduced motion) until a key, click or touch acknowledges them; the acknowledgement is
 * stored by the API for this wall, and shown at once (an outage keeps it until a reload).
 */
export function SevereTicker({ items, zoneNames, language, wallId, enabled, refreshMs }: TickerProps) {
  const { t } = useWallMessages();
  const { t: tApp } = useTranslation();
  const stored = useQuery({ ...acknowledgementQuery(wallId), enabled, refetchInterval: steadyJitteredInterval(refreshMs), retry: false });
  const [local, setLocal] = useState<string | null>(null);
  // Until the API has answered, nothing is new: a wall must not flash what its room may have seen.
  const seen = stored.isSuccess ? laterOf(stored.data.seenUpTo, local) : null;

  // A wall that has never acknowledged anything starts with everything it shows seen.
  if (stored.isSuccess && stored.data.seenUpTo === null && local === null && items.length > 0) setLocal(newestOf(items, null));

  // What the room acknowledges here is stored for the wall (the API keeps the later instant).
  const { mutate } = useAcknowledge(wallId);
  useEffect(() => {
    if (local !== null) mutate(local);
  }, [local, mutate]);

  useEffect(() => {
    if (!stored.isSuccess) return;
    const onInput = () => setLocal((mine) => newestOf(items, laterOf(mine, seen)));
    window.addEventListener('keydown', onInput, { capture: true });
    window.addEventListener('pointerdown', onInput, { capture: true });
    return () => {
      window.removeEventListener('keydown', onInput, { capture: true });
      window.removeEventListener('pointerdown', onInput, { capture: true });
    };
  }, [items, seen, stored.isSuccess]);

  const unseen = new Set(newSince(items, seen).map((v) => v.id));
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
