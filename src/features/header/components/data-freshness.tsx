import { useTranslation } from 'react-i18next';
import { META_REFETCH_MS, useDatasetMeta } from '../../../api/queries/meta';
import { formatAge, formatDateTime } from '../../../lib/format-time';
import type { Language } from '../../../lib/view-options';
import { freshnessOf } from '../lib/freshness';
import { useNow } from '../../../components/use-now';

/** The dataset's as-of time and how fresh what we show is (from the public GET /api/v1/meta). */
export function DataFreshness({ language }: { language: Language }) {
  const { t } = useTranslation();
  const meta = useDatasetMeta();
  const now = useNow(10_000);
  const freshness = freshnessOf({
    dataUpdatedAt: meta.dataUpdatedAt,
    failing: meta.isError || meta.failureCount > 0,
    now,
    refetchIntervalMs: META_REFETCH_MS,
  });
  const age = freshness.ageMs === null ? '' : formatAge(freshness.ageMs, language);
  const text =
    freshness.state === 'loading'
      ? t('header.freshness.loading')
      : freshness.state === 'unavailable'
        ? t('header.freshness.unavailable')
        : t(`header.freshness.${freshness.state}`, { age });

  return (
    <div className="freshness">
      {meta.data && (
        <div className="freshness__as-of">
          {/* English words are longer: its label is for screen readers at every width (the type grows with the screen). */}
          <span className={language === 'en' ? 'freshness__label visually-hidden' : 'freshness__label'}>{t('header.asOf')}</span>
          <time className="freshness__value" dateTime={meta.data.asOf}>
            {formatDateTime(meta.data.asOf, language)}
          </time>
        </div>
      )}
      {/* Not a live region: the age changes every minute and would be read out each time. */}
      <p className={`freshness__state freshness__state--${freshness.state}`} data-state={freshness.state}>
        <span className="freshness__dot" aria-hidden="true" />
        <span className="visually-hidden">{t('header.freshness.label')}</span>
        <span>{text}</span>
      </p>
    </div>
  );
}
